<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify, list or checkpoint the station&apos;s audit trail.</source>
        <translation>Den Audit-Trail der Station prüfen, auflisten oder mit einem Checkpoint versehen.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Only events of this device (list).</source>
        <translation>Nur Ereignisse dieses Geräts (list).</translation>
    </message>
    <message>
        <source>First sequence number (list).</source>
        <translation>Erste Sequenznummer (list).</translation>
    </message>
    <message>
        <source>Number of events (list).</source>
        <translation>Anzahl der Ereignisse (list).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Operator doing the export (password from STATION_PASSWORD or stdin).</source>
        <translation>Bediener, der den Export durchführt (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db PFAD ist erforderlich.</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>MANIPULIERT: %1</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Checkpoint signed at audit event %1.</source>
        <translation>Checkpoint bei Audit-Ereignis %1 signiert.</translation>
    </message>
    <message>
        <source>The latest checkpoint already covers the whole trail.</source>
        <translation>Der letzte Checkpoint deckt bereits den gesamten Audit-Trail ab.</translation>
    </message>
    <message>
        <source>The audit trail is empty: there is nothing to witness.</source>
        <translation>Der Audit-Trail ist leer: Es gibt nichts zu bezeugen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Witnessed checkpoint (audit event %1) written to %2; key fingerprint %3.</source>
        <translation>Bezeugter Checkpoint (Audit-Ereignis %1) nach %2 geschrieben; Schlüssel-Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor.</source>
        <translation>--passphrase-fd erwartet einen Dateideskriptor.</translation>
    </message>
    <message>
        <source>New admin passphrase for the station key: </source>
        <translation>Neue Admin-Passphrase für den Stationsschlüssel: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The two passphrases differ; the station key was not changed.</source>
        <translation>Die beiden Passphrasen sind verschieden; der Stationsschlüssel wurde nicht geändert.</translation>
    </message>
    <message>
        <source>No passphrase was given (--passphrase-fd N, or a terminal); the station key was not changed.</source>
        <translation>Es wurde keine Passphrase angegeben (--passphrase-fd N oder ein Terminal); der Stationsschlüssel wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The station key %1 is now protected by the admin&apos;s passphrase.</source>
        <translation>Der Stationsschlüssel %1 ist jetzt durch die Passphrase des Admins geschützt.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db PATH [--json]</source>
        <translation>Aufruf: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db PFAD [--json]</translation>
    </message>
    <message>
        <source>Export file (export), witnessed checkpoint (checkpoint) or public key (public-key).</source>
        <translation>Exportdatei (export), bezeugter Checkpoint (checkpoint) oder öffentlicher Schlüssel (public-key).</translation>
    </message>
    <message>
        <source>The station&apos;s public key, as the auditor keeps it (verify).</source>
        <translation>Der öffentliche Schlüssel der Station, wie ihn der Auditor aufbewahrt (verify).</translation>
    </message>
    <message>
        <source>The pinned SHA-256 fingerprint of the public key (verify).</source>
        <translation>Der festgelegte SHA-256-Fingerabdruck des öffentlichen Schlüssels (verify).</translation>
    </message>
    <message>
        <source>Read the admin&apos;s new passphrase from this file descriptor (protect-key).</source>
        <translation>Die neue Passphrase des Admins aus diesem Dateideskriptor lesen (protect-key).</translation>
    </message>
    <message>
        <source>The auditor&apos;s last witnessed checkpoint (verify).</source>
        <translation>Der zuletzt bezeugte Checkpoint des Auditors (verify).</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1, signed at event %2.</source>
        <translation>
            <numerusform>%n Audit-Ereignis nach %1 exportiert, signiert bei Ereignis %2.</numerusform>
            <numerusform>%n Audit-Ereignisse nach %1 exportiert, signiert bei Ereignis %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No export file given.</source>
        <translation>Keine Exportdatei angegeben.</translation>
    </message>
    <message>
        <source>The export could not be checkpointed.</source>
        <translation>Für den Export konnte kein Checkpoint erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>No output directory given.</source>
        <translation>Kein Ausgabeverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>Choose at least one of csv, json and pdf.</source>
        <translation>Mindestens eines von csv, json und pdf wählen.</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times, e.g. 2026-11-21 or 2026-11-21T14:00:00Z.</source>
        <translation>--from und --to erwarten Zeitangaben nach ISO 8601, z. B. 2026-11-21 oder 2026-11-21T14:00:00Z.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Das Ausgabeverzeichnis %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>Keine Charge &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>%1 holds no complete audit export (verification.json, audit-events.json).</source>
        <translation>%1 enthält keinen vollständigen Audit-Export (verification.json, audit-events.json).</translation>
    </message>
    <message>
        <source>Audit report - TPM Provisioning Station</source>
        <translation>Audit-Bericht - TPM Provisioning Station</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>Software version: %1</source>
        <translation>Softwareversion: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>dem ersten Ereignis</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>dem Export</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Charge: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3)</source>
        <translation>Exportiert %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Events in this report: %1 (sequence %2 to %3)</source>
        <translation>Ereignisse in diesem Bericht: %1 (Sequenz %2 bis %3)</translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>VERDICT: INTACT</source>
        <translation>ERGEBNIS: UNVERSEHRT</translation>
    </message>
    <message>
        <source>VERDICT: TAMPERED</source>
        <translation>ERGEBNIS: MANIPULIERT</translation>
    </message>
    <message>
        <source>Events verified: %1; signed checkpoints: %2; last checkpoint at event %3.</source>
        <translation>Geprüfte Ereignisse: %1; signierte Checkpoints: %2; letzter Checkpoint bei Ereignis %3.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>(station software or unknown)</source>
        <translation>(Stationssoftware oder unbekannt)</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Elektronische Signaturen</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1  %2 (%3) signed meaning &quot;%4&quot; for %5 %6; reason: %7</source>
        <translation>%1  %2 (%3) hat mit der Bedeutung &quot;%4&quot; für %5 %6 signiert; Begründung: %7</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit event %1 is out of order: it was chained after event %2.</source>
        <translation>Audit-Ereignis %1 ist außer der Reihe: Es wurde nach Ereignis %2 verkettet.</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: event %2 already has a successor.</source>
        <translation>Audit-Ereignis %1 wurde eingefügt: Ereignis %2 hat bereits einen Nachfolger.</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: it is not part of the chain after event %2.</source>
        <translation>Audit-Ereignis %1 wurde eingefügt: Es gehört nicht zur Kette nach Ereignis %2.</translation>
    </message>
    <message>
        <source>One or more audit events are missing between event %1 and event %2.</source>
        <translation>Zwischen Ereignis %1 und Ereignis %2 fehlen ein oder mehrere Audit-Ereignisse.</translation>
    </message>
    <message>
        <source>Audit event %1 was altered: its content no longer matches its hash.</source>
        <translation>Audit-Ereignis %1 wurde verändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <source>The append-only protection %1 of the audit records was removed or changed.</source>
        <translation>Der Nur-Anfügen-Schutz %1 der Audit-Datensätze wurde entfernt oder geändert.</translation>
    </message>
    <message>
        <source>The last audit event has no valid hash.</source>
        <translation>Das letzte Audit-Ereignis hat keinen gültigen Hash.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 belongs to another station.</source>
        <translation>Die Checkpoint-Datei %1 gehört zu einer anderen Station.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 is unreadable.</source>
        <translation>Die Checkpoint-Datei %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 does not carry a valid signature of this station.</source>
        <translation>Der Checkpoint bei Audit-Ereignis %1 trägt keine gültige Signatur dieser Station.</translation>
    </message>
    <message>
        <source>Two checkpoints disagree about audit event %1.</source>
        <translation>Zwei Checkpoints widersprechen sich bei Audit-Ereignis %1.</translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence.</source>
        <translation>Audit-Ereignis %1 ist außer der Reihe.</translation>
    </message>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation>Audit-Ereignis %1 fehlt.</translation>
    </message>
    <message>
        <source>Audit events %1 to %2 are missing.</source>
        <translation>Audit-Ereignisse %1 bis %2 fehlen.</translation>
    </message>
    <message>
        <source>The audit trail between events %1 and %2 was rewritten: it no longer matches the signed checkpoint at event %2.</source>
        <translation>Der Audit-Trail zwischen den Ereignissen %1 und %2 wurde umgeschrieben: Er passt nicht mehr zum signierten Checkpoint bei Ereignis %2.</translation>
    </message>
    <message>
        <source>The audit trail was truncated: events %1 to %2, vouched for by a signed checkpoint, are missing from its end.</source>
        <translation>Der Audit-Trail wurde gekürzt: Die Ereignisse %1 bis %2, durch einen signierten Checkpoint belegt, fehlen an seinem Ende.</translation>
    </message>
    <message>
        <source>The audit trail is intact (events: %1, signed checkpoints: %2).</source>
        <translation>Der Audit-Trail ist unversehrt (Ereignisse: %1, signierte Checkpoints: %2).</translation>
    </message>
    <message>
        <source>The public key has fingerprint %1, not the pinned fingerprint %2.</source>
        <translation>Der öffentliche Schlüssel hat den Fingerabdruck %1, nicht den festgelegten Fingerabdruck %2.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <source>%1 names the checkpoint key %2, not the trusted key %3: the station key was replaced.</source>
        <translation>%1 nennt den Checkpoint-Schlüssel %2, nicht den vertrauenswürdigen Schlüssel %3: Der Stationsschlüssel wurde ausgetauscht.</translation>
    </message>
    <message>
        <source>Cannot read the witnessed checkpoint %1: %2</source>
        <translation>Der bezeugte Checkpoint %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint note.</source>
        <translation>%1 ist keine signierte Checkpoint-Notiz.</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 is of %2, not of this station (%3).</source>
        <translation>Der bezeugte Checkpoint %1 stammt von %2, nicht von dieser Station (%3).</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 (event %2) carries no valid signature of the trusted key %3: the key or the checkpoint was replaced.</source>
        <translation>Der bezeugte Checkpoint %1 (Ereignis %2) trägt keine gültige Signatur des vertrauenswürdigen Schlüssels %3: Der Schlüssel oder der Checkpoint wurde ausgetauscht.</translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoints).</source>
        <translation>
            <numerusform>Die Checkpoint-Datei %1 fehlt: Die Station spiegelt ihren neuesten signierten Checkpoint dorthin (die Datenbank enthält %n signierten Checkpoint).</numerusform>
            <numerusform>Die Checkpoint-Datei %1 fehlt: Die Station spiegelt ihren neuesten signierten Checkpoint dorthin (die Datenbank enthält %n signierte Checkpoints).</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 is signed by another key (%2), not the trusted key %3.</source>
        <translation>Der Checkpoint bei Audit-Ereignis %1 ist mit einem anderen Schlüssel (%2) signiert, nicht mit dem vertrauenswürdigen Schlüssel %3.</translation>
    </message>
    <message>
        <source>The trail&apos;s checkpoint at audit event %1 disagrees with the witnessed checkpoint: the trail was rewritten and re-signed.</source>
        <translation>Der Checkpoint des Trails bei Audit-Ereignis %1 weicht vom bezeugten Checkpoint ab: Der Trail wurde umgeschrieben und neu signiert.</translation>
    </message>
</context>
<context>
    <name>AuthenticationKeyBlob</name>
    <message>
        <source>The DPS authentication key is damaged (%1). Repeat the QA check; if it fails again, call a supervisor.</source>
        <translation>Der DPS-Authentifizierungsschlüssel ist beschädigt (%1). QA-Prüfung wiederholen; schlägt sie erneut fehl, Schichtleitung rufen.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Import a DPS bulk enrollment result: mark each device of the operation uploaded or failed.</source>
        <translation>Ein DPS-Ergebnis der Massenregistrierung importieren: jedes Gerät der Operation als hochgeladen oder fehlgeschlagen markieren.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Bulk operation number (default: from the file name bulk-NNNN...).</source>
        <translation>Nummer der Massenoperation (Standard: aus dem Dateinamen bulk-NNNN...).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>The DPS bulk result JSON.</source>
        <translation>Das JSON-Ergebnis der DPS-Massenoperation.</translation>
    </message>
    <message>
        <source>--operation takes a number from 1.</source>
        <translation>--operation erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>Charge %1, Operation %2: %3 hochgeladen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Batch UUID or name (default: from the manifest.json next to FILE).</source>
        <translation>UUID oder Name der Charge (Standard: aus der manifest.json neben DATEI).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli batch import-result --db PATH --as ID [--batch UUID|NAME] [--operation N] FILE</source>
        <translation>Aufruf: tpm-station-cli batch import-result --db PFAD --as ID [--batch UUID|NAME] [--operation N] DATEI</translation>
    </message>
    <message>
        <source>The operator importing (password from STATION_PASSWORD or stdin).</source>
        <translation>Bediener, der den Import durchführt (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
</context>
<context>
    <name>CaDirectory</name>
    <message>
        <source>(empty subject)</source>
        <translation>(leerer Antragsteller)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate (no basicConstraints cA:TRUE). A roots directory holds TPM manufacturer CA certificates only: remove this file.</source>
        <translation>%1: &apos;%2&apos; ist kein CA-Zertifikat (kein basicConstraints cA:TRUE). Ein Wurzelverzeichnis enthält nur CA-Zertifikate von TPM-Herstellern: diese Datei entfernen.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; expired on %3. EK certificates that need it are judged expired; ask the TPM vendor for its successor.</source>
        <translation>%1: Die CA &apos;%2&apos; ist am %3 abgelaufen. EK-Zertifikate, die sie benötigen, gelten als abgelaufen; beim TPM-Hersteller die Nachfolge-CA anfordern.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; is not valid before %3. Check the station&apos;s clock.</source>
        <translation>%1: Die CA &apos;%2&apos; ist erst ab %3 gültig. Uhr der Station prüfen.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; (SHA-256 %3) is NOT in the station&apos;s manifest of known TPM vendor CAs. Check where this file came from before trusting it.</source>
        <translation>%1: Die CA &apos;%2&apos; (SHA-256 %3) steht NICHT im Manifest der Station mit bekannten CAs der TPM-Hersteller. Vor dem Vertrauen prüfen, woher diese Datei stammt.</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — NICHT im Manifest bekannter CAs der TPM-Hersteller</translation>
    </message>
</context>
<context>
    <name>CentralAuditSource</name>
    <message>
        <source>The checkpoint of station %1 at audit event %2 has no verdict yet: run &apos;tpm-station-cli central verify&apos;.</source>
        <translation>Der Checkpoint von Station %1 bei Audit-Ereignis %2 hat noch kein Prüfergebnis: &apos;tpm-station-cli central verify&apos; ausführen.</translation>
    </message>
    <message>
        <source>No signed checkpoint of station %1 has reached the factory database.</source>
        <translation>Kein signierter Checkpoint von Station %1 hat die Werksdatenbank erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>The factory database holds station %1&apos;s trail intact: %n event(s), every checkpoint verified against the pinned key.</source>
        <translation>
            <numerusform>Die Werksdatenbank hält die Kette von Station %1 unversehrt: %n Ereignis, jeder Checkpoint gegen den festgelegten Schlüssel geprüft.</numerusform>
            <numerusform>Die Werksdatenbank hält die Kette von Station %1 unversehrt: %n Ereignisse, jeder Checkpoint gegen den festgelegten Schlüssel geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The factory database flags station %1&apos;s trail at audit event %2 (%3): %4</source>
        <translation>Die Werksdatenbank beanstandet die Kette von Station %1 bei Audit-Ereignis %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>CentralEkRegistry</name>
    <message numerus="yes">
        <source>No answer within the time-out of %n second(s): %1</source>
        <translation>
            <numerusform>Keine Antwort innerhalb des Zeitlimits von %n Sekunde: %1</numerusform>
            <numerusform>Keine Antwort innerhalb des Zeitlimits von %n Sekunden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralExports</name>
    <message>
        <source>&apos;%1&apos; is not a station ID (a UUID).</source>
        <translation>&apos;%1&apos; ist keine Stations-ID (UUID).</translation>
    </message>
    <message>
        <source>Station %1 has sent nothing to the factory database %2.</source>
        <translation>Station %1 hat nichts an die Werksdatenbank %2 gesendet.</translation>
    </message>
    <message>
        <source>A batch from the factory database takes each device once: --reexport is for a station&apos;s own batches.</source>
        <translation>Eine Charge aus der Werksdatenbank nimmt jedes Gerät nur einmal auf: --reexport gilt nur für die eigenen Chargen einer Station.</translation>
    </message>
    <message>
        <source>its EK (station %1) was also seen on %2: a DPS batch never takes an EK seen on more than one device</source>
        <translation>sein EK (Station %1) wurde auch auf %2 gesehen: eine DPS-Charge nimmt nie einen EK auf, der auf mehr als einem Gerät gesehen wurde</translation>
    </message>
    <message>
        <source>The batch was written and signed, but the factory database did not record it: %1</source>
        <translation>Die Charge wurde geschrieben und signiert, aber die Werksdatenbank hat sie nicht verbucht: %1</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>The factory database %1 has no station schema yet: run &apos;tpm-station-cli central init --central URL&apos; first.</source>
        <translation>Die Werksdatenbank %1 hat noch kein Stationsschema: zuerst &apos;tpm-station-cli central init --central URL&apos; ausführen.</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, newer than this station software (%3): update the station software.</source>
        <translation>Die Werksdatenbank %1 hat die Schemaversion %2, neuer als diese Stationssoftware (%3): Stationssoftware aktualisieren.</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, older than this station software (%3): run &apos;tpm-station-cli central init&apos; to migrate it.</source>
        <translation>Die Werksdatenbank %1 hat die Schemaversion %2, älter als diese Stationssoftware (%3): &apos;tpm-station-cli central init&apos; ausführen, um sie zu migrieren.</translation>
    </message>
</context>
<context>
    <name>CentralVerifier</name>
    <message>
        <source>Station %1 has no pinned checkpoint key: its checkpoint at audit event %2 cannot be verified (pin it with &apos;tpm-station-cli central pin&apos;).</source>
        <translation>Station %1 hat keinen festgelegten Checkpoint-Schlüssel: Ihr Checkpoint bei Audit-Ereignis %2 kann nicht geprüft werden (mit &apos;tpm-station-cli central pin&apos; festlegen).</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is not signed.</source>
        <translation>Der Checkpoint der Station %1 bei Audit-Ereignis %2 ist nicht signiert.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 does not carry a valid signature.</source>
        <translation>Der Checkpoint der Station %1 bei Audit-Ereignis %2 trägt keine gültige Signatur.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is signed by another key (%3), not the pinned key %4.</source>
        <translation>Der Checkpoint der Station %1 bei Audit-Ereignis %2 ist mit einem anderen Schlüssel (%3) signiert, nicht mit dem festgelegten Schlüssel %4.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 signs a hash that the factory database&apos;s chain does not have at that event.</source>
        <translation>Der Checkpoint der Station %1 bei Audit-Ereignis %2 signiert einen Hash, den die Kette der Werksdatenbank bei diesem Ereignis nicht hat.</translation>
    </message>
    <message>
        <source>A station ID (a UUID) and an Ed25519 public key are needed to pin a key.</source>
        <translation>Zum Festlegen eines Schlüssels werden eine Stations-ID (eine UUID) und ein öffentlicher Ed25519-Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>Station %1 already has the pinned key %2: a station never makes a new key for an existing trail, so the factory database keeps the first one.</source>
        <translation>Station %1 hat bereits den festgelegten Schlüssel %2: Eine Station erzeugt für einen bestehenden Audit-Trail nie einen neuen Schlüssel, daher behält die Werksdatenbank den ersten.</translation>
    </message>
</context>
<context>
    <name>Checkpoints</name>
    <message>
        <source>The station key %1 is accessible to other users; it must be readable by its owner only (chmod 600).</source>
        <translation>Der Stationsschlüssel %1 ist für andere Benutzer zugänglich; er darf nur für seinen Besitzer lesbar sein (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>Der Stationsschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 station key.</source>
        <translation>%1 ist kein Ed25519-Stationsschlüssel.</translation>
    </message>
    <message>
        <source>Cannot generate the station key.</source>
        <translation>Der Stationsschlüssel kann nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot encode the station key.</source>
        <translation>Der Stationsschlüssel kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot create the station key %1: %2</source>
        <translation>Der Stationsschlüssel %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>There is no station key at %1.</source>
        <translation>Unter %1 gibt es keinen Stationsschlüssel.</translation>
    </message>
    <message>
        <source>Cannot sign with the station key.</source>
        <translation>Mit dem Stationsschlüssel kann nicht signiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The station key %1 is protected by the admin&apos;s passphrase: unlock it (tpm-station-cli --key-passphrase-fd N …, or at the prompt).</source>
        <translation>Der Stationsschlüssel %1 ist durch die Passphrase des Admins geschützt: entsperren (tpm-station-cli --key-passphrase-fd N … oder an der Eingabeaufforderung).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the station key %1.</source>
        <translation>Die Passphrase entsperrt den Stationsschlüssel %1 nicht.</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Der öffentliche Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key (PEM &quot;BEGIN PUBLIC KEY&quot;); verifying needs only the station&apos;s public key, never its private key.</source>
        <translation>%1 ist kein öffentlicher Ed25519-Schlüssel (PEM &quot;BEGIN PUBLIC KEY&quot;); zum Prüfen genügt der öffentliche Schlüssel der Station, nie ihr privater Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.

%2</translation>
    </message>
    <message>
        <source>Options before the command:
  --lang L                 the language of the messages (de, zh_CN, ...; default: STATION_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    unlock a station key protected by the admin&apos;s passphrase from descriptor N (else asked at the terminal)
  --version                the version, git revision, build date and the versions of Qt, tpm2-tss, OpenSSL and SQLite in use
  --help                   this text</source>
        <translation>Optionen vor dem Befehl:
  --lang L                 die Sprache der Meldungen (de, zh_CN, ...; Standard: STATION_LANG, dann LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    einen durch die Admin-Passphrase geschützten Stationsschlüssel über Deskriptor N entsperren (sonst Abfrage am Terminal)
  --version                Version, Git-Revision, Build-Datum und die verwendeten Versionen von Qt, tpm2-tss, OpenSSL und SQLite
  --help                   dieser Text</translation>
    </message>
    <message>
        <source>--lang needs a language, for example --lang de.</source>
        <translation>--lang braucht eine Sprache, zum Beispiel --lang de.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not available; the messages are in English.</source>
        <translation>Die Sprache &apos;%1&apos; ist nicht verfügbar; die Meldungen erscheinen auf Englisch.</translation>
    </message>
    <message>
        <source>--key-passphrase-fd takes a file descriptor.</source>
        <translation>--key-passphrase-fd erwartet einen Dateideskriptor.</translation>
    </message>
    <message>
        <source>  --password-fd N          the password of the command&apos;s --as ID from descriptor N (one line), instead of STATION_PASSWORD or stdin</source>
        <translation>  --password-fd N          das Passwort der --as ID des Befehls aus Deskriptor N (eine Zeile), statt aus STATION_PASSWORD oder stdin</translation>
    </message>
    <message>
        <source>--password-fd takes a file descriptor.</source>
        <translation>--password-fd erwartet einen Dateideskriptor.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli [--lang L] [--key-passphrase-fd N] &lt;command&gt; [options]

Commands:
  run                      run the station&apos;s main job on the simulated fleet
  line                     run the line over simulated devices into a station database
  audit verify|list|checkpoint|export|public-key|protect-key   check, witness or export the audit trail
  operator add|list|disable    manage operators
  rework                   order rework of a device (supervisor signature)
  sim create|start|stop|list   manage the simulated TPM fleet
  tpm info                 identify a TPM
  ek show|verify|regid|roots   the EK, its certificate verdict and DPS registration ID; the trust store
  lot import|list|show     incoming TPM lots: the vendor&apos;s delivery lists of EKs
  ownership take|clear|verify  step 3: take ownership (escrowed secrets); rework clear; fit to the device client
  escrow open              the owner&apos;s recovery of escrowed TPM authorizations
  profile pin-escrow       pin the profile&apos;s escrow certificate (an admin&apos;s signed change)
  firmware verify|settings verify a signed firmware release; read a TPM&apos;s provisioning settings
  export dps|audit|slot-keys  signed DPS enrollment batch; signed audit export (CSV, JSON, PDF);
                           slot keys for the cloud engineer (CMS-encrypted)
  batch import-result      import a DPS bulk enrollment result
  label                    device label (ZPL to a file or tcp:// printer, PNG preview)
  slot list|provision|sas|destroy|hwid   Limpet (Windows IoT Core) TPM slots on a bench TPM
  sync [status]            send the queued records to the factory database; show the queue
  central init             create or migrate the factory database&apos;s schema
  dashboard                the factory dashboard from the factory database

Run &apos;tpm-station-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Aufruf: tpm-station-cli [--lang L] [--key-passphrase-fd N] &lt;Befehl&gt; [Optionen]

Befehle:
  run                      die Hauptaufgabe der Station auf der simulierten Flotte ausführen
  line                     die Linie über simulierte Geräte in eine Stationsdatenbank laufen lassen
  audit verify|list|checkpoint|export|public-key|protect-key   den Audit-Trail prüfen, bezeugen oder exportieren
  operator add|list|disable    Bediener verwalten
  rework                   Nacharbeit eines Geräts anordnen (Signatur der Schichtleitung)
  sim create|start|stop|list   die simulierte TPM-Flotte verwalten
  tpm info                 ein TPM identifizieren
  ek show|verify|regid|roots   der EK, das Prüfergebnis seines Zertifikats und die DPS-Registrierungs-ID; der Trust Store
  lot import|list|show     eingehende TPM-Lots: die Lieferlisten der EKs vom Hersteller
  ownership take|clear|verify  Schritt 3: Besitz übernehmen (hinterlegte Geheimnisse); Nacharbeit: löschen; Eignung für den Geräte-Client
  escrow open              Wiederherstellung hinterlegter TPM-Autorisierungen durch den Eigentümer
  profile pin-escrow       das Escrow-Zertifikat des Profils festlegen (eine signierte Änderung eines Admins)
  firmware verify|settings ein signiertes Firmware-Release prüfen; Provisionierungseinstellungen eines TPM lesen
  export dps|audit|slot-keys  signierte DPS-Registrierungscharge; signierter Audit-Export (CSV, JSON, PDF);
                           Slot-Schlüssel für den Cloud-Engineer (CMS-verschlüsselt)
  batch import-result      Ergebnis einer DPS-Massenregistrierung importieren
  label                    Geräteetikett (ZPL in eine Datei oder an einen tcp://-Drucker, PNG-Vorschau)
  slot list|provision|sas|destroy|hwid   Limpet-TPM-Slots (Windows IoT Core) auf einem Labor-TPM
  sync [status]            die wartenden Datensätze an die Werksdatenbank senden; die Warteschlange anzeigen
  central init             das Schema der Werksdatenbank anlegen oder migrieren
  dashboard                das Werks-Dashboard aus der Werksdatenbank

&apos;tpm-station-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <source>--as ID is required: the operator doing this.</source>
        <translation>--as ID ist erforderlich: der Bediener, der dies ausführt.</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>Admin passphrase of the station key %1: </source>
        <translation>Admin-Passphrase des Stationsschlüssels %1: </translation>
    </message>
</context>
<context>
    <name>CmsEscrow</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>kein X.509-Zertifikat (PEM oder DER)</translation>
    </message>
    <message>
        <source>the escrow certificate has expired</source>
        <translation>das Hinterlegungszertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the escrow certificate is not valid yet</source>
        <translation>das Hinterlegungszertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key cannot be read</source>
        <translation>der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the escrow certificate must carry an RSA (2048 bits or more) or an EC key, not %1</source>
        <translation>das Hinterlegungszertifikat muss einen RSA-Schlüssel (2048 Bit oder mehr) oder einen EC-Schlüssel tragen, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted private key (PEM or DER)</source>
        <translation>%1 ist kein unverschlüsselter privater Schlüssel (PEM oder DER)</translation>
    </message>
    <message>
        <source>escrow encryption failed</source>
        <translation>Verschlüsselung für die Hinterlegung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the escrow record is not a CMS EnvelopedData</source>
        <translation>der Hinterlegungsdatensatz ist kein CMS EnvelopedData</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>the escrow record does not open with this key (wrong owner key?)</source>
        <translation>der Hinterlegungsdatensatz lässt sich mit diesem Schlüssel nicht öffnen (falscher Besitzerschlüssel?)</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>encryption of a station secret failed</source>
        <translation>Verschlüsselung eines Stationsgeheimnisses fehlgeschlagen</translation>
    </message>
    <message>
        <source>the key-encryption key must be 256 bits</source>
        <translation>der Schlüsselverschlüsselungsschlüssel muss 256 Bit lang sein</translation>
    </message>
    <message>
        <source>the record is not a CMS EnvelopedData</source>
        <translation>der Datensatz ist kein CMS EnvelopedData</translation>
    </message>
    <message>
        <source>the record does not open with the station&apos;s key-encryption key</source>
        <translation>der Datensatz lässt sich mit dem Schlüsselverschlüsselungsschlüssel der Station nicht öffnen</translation>
    </message>
</context>
<context>
    <name>CommandFlasher</name>
    <message>
        <source>The programmer %1 could not be started. Ask a supervisor to check the station set-up.</source>
        <translation>Das Programmiergerät %1 konnte nicht gestartet werden. Die Schichtleitung bitten, die Einrichtung der Station zu prüfen.</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>Das Programmiergerät ist nicht innerhalb von %1 s fertig geworden und wurde gestoppt. Die Firmware ist NICHT geflasht: Verbindung zum Programmiergerät prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>Das Flashen wurde abgebrochen. Die Firmware ist NICHT geflasht.</translation>
    </message>
    <message>
        <source>The programmer reported an error (exit code %1). The firmware is NOT flashed: see the programmer log.</source>
        <translation>Das Programmiergerät hat einen Fehler gemeldet (Exit-Code %1). Die Firmware ist NICHT geflasht: siehe Protokoll des Programmiergeräts.</translation>
    </message>
    <message>
        <source>The %1 command of the programmer has no program. Ask a supervisor to check the product profile.</source>
        <translation>Der Befehl %1 des Programmiergeräts hat kein Programm. Die Schichtleitung bitten, das Produktprofil zu prüfen.</translation>
    </message>
    <message>
        <source>The programmer&apos;s %1 command uses the unknown placeholder {%2}. Ask a supervisor to check the product profile.</source>
        <translation>Der Befehl %1 des Programmiergeräts verwendet den unbekannten Platzhalter {%2}. Die Schichtleitung bitten, das Produktprofil zu prüfen.</translation>
    </message>
    <message>
        <source>The read-back after flashing failed (exit code %1). The firmware is NOT confirmed: see the programmer log.</source>
        <translation>Das Zurücklesen nach dem Flashen ist fehlgeschlagen (Exit-Code %1). Die Firmware ist NICHT bestätigt: siehe Protokoll des Programmiergeräts.</translation>
    </message>
    <message>
        <source>The read-back command wrote no data. The firmware is NOT confirmed: see the programmer log.</source>
        <translation>Der Befehl zum Zurücklesen hat keine Daten geliefert. Die Firmware ist NICHT bestätigt: siehe Protokoll des Programmiergeräts.</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>Das Gerät enthält nicht das geflashte Image (zurückgelesene Daten weichen ab). Die Firmware ist NICHT geflasht: erneut versuchen, dann das Gerät aussortieren.</translation>
    </message>
</context>
<context>
    <name>CredentialActivation</name>
    <message>
        <source>No endorsement key is persisted at 0x81010001: DPS attestation would fail. Send the device back to the EK step.</source>
        <translation>Unter 0x81010001 ist kein Endorsement Key persistiert: Die DPS-Attestierung würde fehlschlagen. Gerät zurück zum EK-Schritt geben.</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>Unter 0x81000001 ist kein Storage Root Key (SRK) persistiert: Die DPS-Attestierung würde fehlschlagen. Gerät zurück zum Besitzübernahme-Schritt geben.</translation>
    </message>
    <message>
        <source>The endorsement authorization of this TPM is set: DPS would fail, because the device proves its EK with an empty endorsement password. Send the device to rework.</source>
        <translation>Die Endorsement-Autorisierung dieses TPM ist gesetzt: DPS würde fehlschlagen, weil das Gerät seinen EK mit leerem Endorsement-Passwort nachweist. Gerät zur Nacharbeit geben.</translation>
    </message>
    <message>
        <source>The TPM could not activate the credential: it was made for another EK (or another SRK) than this TPM holds. Check that the device in the socket is the one recorded.</source>
        <translation>Das TPM konnte den Berechtigungsnachweis nicht aktivieren: Er wurde für einen anderen EK (oder SRK) erstellt, als dieses TPM enthält. Prüfen, ob das Gerät im Prüfplatz das erfasste ist.</translation>
    </message>
    <message>
        <source>The TPM refused to import the DPS key: it was not wrapped for this TPM&apos;s SRK. Send the device back to the ownership step.</source>
        <translation>Das TPM hat den Import des DPS-Schlüssels abgelehnt: Er wurde nicht für den SRK dieses TPM verpackt. Gerät zurück zum Besitzübernahme-Schritt geben.</translation>
    </message>
    <message>
        <source>The TPM refused the owner authorization needed to store the DPS key. Check the ownership record of this device.</source>
        <translation>Das TPM hat die Besitzer-Autorisierung abgelehnt, die zum Speichern des DPS-Schlüssels nötig ist. Besitzdatensatz dieses Geräts prüfen.</translation>
    </message>
</context>
<context>
    <name>CredentialConfig</name>
    <message>
        <source>credentials.slot is missing: the mode %1 needs a Limpet slot (0 to 9).</source>
        <translation>credentials.slot fehlt: Der Modus %1 braucht einen Limpet-Slot (0 bis 9).</translation>
    </message>
    <message>
        <source>credentials.slot must be a whole number from 0 to 9.</source>
        <translation>credentials.slot muss eine ganze Zahl von 0 bis 9 sein.</translation>
    </message>
    <message>
        <source>credentials.hubHostName is missing: the IoT Hub the devices connect to.</source>
        <translation>credentials.hubHostName fehlt: der IoT Hub, mit dem sich die Geräte verbinden.</translation>
    </message>
    <message>
        <source>credentials.hubHostName: %1</source>
        <translation>credentials.hubHostName: %1</translation>
    </message>
    <message>
        <source>credentials.deviceIdPattern must contain {serial} or {registrationId}, so that every device gets its own IoT Hub device ID.</source>
        <translation>credentials.deviceIdPattern muss {serial} oder {registrationId} enthalten, damit jedes Gerät seine eigene IoT-Hub-Geräte-ID erhält.</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate is missing: exports that carry device keys are encrypted to the cloud engineer&apos;s certificate only.</source>
        <translation>credentials.cloudCertificate fehlt: Exporte mit Geräteschlüsseln werden nur für das Zertifikat des Cloud-Engineers verschlüsselt.</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate %1 is not a usable certificate: %2</source>
        <translation>credentials.cloudCertificate %1 ist kein verwendbares Zertifikat: %2</translation>
    </message>
    <message>
        <source>credentials.mode &quot;%1&quot; is not known: use dps-tpm, iothub-symmetric-slot or dps-symmetric-group.</source>
        <translation>credentials.mode &quot;%1&quot; ist unbekannt: dps-tpm, iothub-symmetric-slot oder dps-symmetric-group verwenden.</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but the credential mode %1 keeps the device&apos;s key in a Limpet slot, and Limpet manages its slots through the owner hierarchy with an empty password. Leave setOwnerAuth false.</source>
        <translation>Das Produktprofil setzt die Owner-Autorisierung (ownership.setOwnerAuth), aber der Anmeldedaten-Modus %1 hält den Schlüssel des Geräts in einem Limpet-Slot, und Limpet verwaltet seine Slots über die Owner-Hierarchie mit leerem Passwort. setOwnerAuth auf false lassen.</translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>First-pass yield per step:</source>
        <translation>Erstdurchlaufausbeute je Schritt:</translation>
    </message>
    <message>
        <source>  step %1: %2 of %3 passed (%4 %)</source>
        <translation>  Schritt %1: %2 von %3 bestanden (%4 %)</translation>
    </message>
    <message>
        <source>Completed devices per station and hour (UTC):</source>
        <translation>Fertige Geräte je Station und Stunde (UTC):</translation>
    </message>
    <message>
        <source>Failure causes:</source>
        <translation>Fehlerursachen:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>The factory dashboard from the factory database: first-pass yield per step, completed devices per station and hour, failure causes.</source>
        <translation>Das Werks-Dashboard aus der Werksdatenbank: Erstdurchlaufausbeute je Schritt, fertige Geräte je Station und Stunde, Fehlerursachen.</translation>
    </message>
    <message>
        <source>Only these stations (comma-separated station IDs).</source>
        <translation>Nur diese Stationen (Stations-IDs, durch Komma getrennt).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</source>
        <translation>Aufruf: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a station database (not an SQLite file). It was not changed.</source>
        <translation>%1 ist keine Stationsdatenbank (keine SQLite-Datei). Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a station database (%2). It was not changed.</source>
        <translation>%1 kann nicht als Stationsdatenbank gelesen werden (%2). Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a station database. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, keine Stationsdatenbank. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the station (schema %2; this version understands up to %3). Update the station software. The file was not changed.</source>
        <translation>%1 wurde von einer neueren Version der Station geschrieben (Schema %2; diese Version versteht bis %3). Stationssoftware aktualisieren. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was not changed; restore it from a backup.</source>
        <translation>%1 ist beschädigt (Integritätsprüfung: %2). Die Datei wurde nicht geändert; aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation>Kein Datenbankpfad angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>Unter %1 gibt es keine Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>%1 has no station identity.</source>
        <translation>%1 hat keine Stationsidentität.</translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>the EK certificate and the EK_pub of this row are different keys</source>
        <translation>das EK-Zertifikat und der EK_pub dieser Zeile sind verschiedene Schlüssel</translation>
    </message>
    <message>
        <source>no EK value in this row</source>
        <translation>kein EK-Wert in dieser Zeile</translation>
    </message>
    <message>
        <source>the same EK as row %1 (a duplicate EK inside the lot)</source>
        <translation>derselbe EK wie in Zeile %1 (ein doppelter EK innerhalb des Lots)</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>Die Lieferliste hat %n fehlerhafte Zeile; nichts wurde importiert.</numerusform>
            <numerusform>Die Lieferliste hat %n fehlerhafte Zeilen; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list holds no EK.</source>
        <translation>Die Lieferliste enthält keinen EK.</translation>
    </message>
    <message>
        <source>The delivery list is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Lieferliste ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceClient</name>
    <message>
        <source>device.authKeyIndex must be a whole number from 2 to 8388607 (an offset from 0x81000000; the Identity Service&apos;s default is 256).</source>
        <translation>device.authKeyIndex muss eine ganze Zahl von 2 bis 8388607 sein (ein Versatz zu 0x81000000; der Standard des Identity Service ist 256).</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization must be true or false.</source>
        <translation>device.hierarchyAuthorization muss true oder false sein.</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization is true but device.ownerAuthDelivery does not say how the device receives the owner authorization ([tpm.hierarchy_authorization] owner in the Identity Service&apos;s config): the station cannot claim the device will provision.</source>
        <translation>device.hierarchyAuthorization ist true, aber device.ownerAuthDelivery sagt nicht, wie das Gerät die Owner-Autorisierung erhält ([tpm.hierarchy_authorization] owner in der Konfiguration des Identity Service): Die Station kann nicht zusichern, dass das Gerät provisioniert wird.</translation>
    </message>
    <message>
        <source>Unknown device setting &quot;%1&quot;.</source>
        <translation>Unbekannte Geräteeinstellung „%1“.</translation>
    </message>
    <message>
        <source>Unknown device client &quot;%1&quot; (device.client): use one of %2.</source>
        <translation>Unbekannter Geräte-Client „%1“ (device.client): Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>%1 has no configurable key index or hierarchy authorization: device.authKeyIndex, device.hierarchyAuthorization and device.ownerAuthDelivery apply to aziot-identity-service only.</source>
        <translation>%1 hat keinen konfigurierbaren Schlüsselindex und keine Hierarchie-Autorisierung: device.authKeyIndex, device.hierarchyAuthorization und device.ownerAuthDelivery gelten nur für aziot-identity-service.</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — owner authorization is set</source>
        <translation>%1: %2 mit leerer Owner-Autorisierung wird abgelehnt — die Owner-Autorisierung ist gesetzt</translation>
    </message>
    <message>
        <source>%1: %2 with empty endorsement authorization is refused — endorsement authorization is set</source>
        <translation>%1: %2 mit leerer Endorsement-Autorisierung wird abgelehnt — die Endorsement-Autorisierung ist gesetzt</translation>
    </message>
    <message>
        <source>Rework: clear the TPM with the escrowed lockout authorization, order the rework from the ownership step, then run the line again.</source>
        <translation>Nacharbeit: das TPM mit der hinterlegten Lockout-Autorisierung löschen, die Nacharbeit ab dem Besitzschritt anordnen, dann die Linie erneut durchlaufen lassen.</translation>
    </message>
</context>
<context>
    <name>DpsBatchExporter</name>
    <message>
        <source>dps.allocationPolicy must be one of hashed, geoLatency, static, custom (not &apos;%1&apos;).</source>
        <translation>dps.allocationPolicy muss hashed, geoLatency, static oder custom sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>dps.provisioningStatus must be enabled or disabled (not &apos;%1&apos;).</source>
        <translation>dps.provisioningStatus muss enabled oder disabled sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>dps.deviceId must contain {serial} or {registrationId}.</source>
        <translation>dps.deviceId muss {serial} oder {registrationId} enthalten.</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>Simulierte Geräte werden aus einem Produktionsprofil nie exportiert.</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>Kein Ausgabeverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Das Ausgabeverzeichnis %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>Ein Chargenname ist eine Zeile mit höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch.</source>
        <translation>Kein Gerät, das die QA bestanden hat, wartet auf eine Charge.</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</source>
        <translation>
            <numerusform>%n simuliertes Gerät ausgelassen: Simulierte Geräte kommen nur mit --allow-simulated auf einem Nicht-Produktionsprofil in eine Charge.</numerusform>
            <numerusform>%n simulierte Geräte ausgelassen: Simulierte Geräte kommen nur mit --allow-simulated auf einem Nicht-Produktionsprofil in eine Charge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices of several products are waiting (%1): choose one with --product.</source>
        <translation>Es warten Geräte mehrerer Produkte (%1): eines mit --product wählen.</translation>
    </message>
    <message>
        <source>no EK recorded by step 2</source>
        <translation>kein EK von Schritt 2 aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>No device of the batch can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>Kein Gerät der Charge kann in DPS registriert werden (%n ausgelassen).</numerusform>
            <numerusform>Kein Gerät der Charge kann in DPS registriert werden (%n ausgelassen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EkCertificate</name>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.</source>
        <translation>Das EK-Zertifikat wurde von einem vertrauenswürdigen TPM-Hersteller ausgestellt und passt zu diesem TPM.</translation>
    </message>
    <message>
        <source>The EK certificate is not issued by a configured TPM manufacturer CA. Set the device aside and ask the line lead to check the product&apos;s manufacturer roots.</source>
        <translation>Das EK-Zertifikat wurde nicht von einer konfigurierten TPM-Hersteller-CA ausgestellt. Gerät aussortieren und die Linienleitung bitten, die Herstellerwurzeln des Produkts zu prüfen.</translation>
    </message>
    <message>
        <source>The EK certificate belongs to a different key than this TPM&apos;s EK. Set the device aside for rework: the TPM or its certificate is not genuine or was replaced.</source>
        <translation>Das EK-Zertifikat gehört zu einem anderen Schlüssel als dem EK dieses TPM. Gerät zur Nacharbeit aussortieren: Das TPM oder sein Zertifikat ist nicht echt oder wurde ausgetauscht.</translation>
    </message>
    <message>
        <source>The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM cannot prove it is genuine.</source>
        <translation>Das TPM enthält kein EK-Zertifikat. Gerät aussortieren und die Linienleitung fragen: Dieses TPM kann seine Echtheit nicht nachweisen.</translation>
    </message>
    <message>
        <source>The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set the device aside for rework.</source>
        <translation>Das im TPM gespeicherte EK-Zertifikat ist beschädigt (kein gültiges X.509-Zertifikat). Gerät zur Nacharbeit aussortieren.</translation>
    </message>
    <message>
        <source>The EK certificate or its issuer is outside its validity period. Check the station&apos;s clock; if it is right, set the device aside.</source>
        <translation>Das EK-Zertifikat oder sein Aussteller liegt außerhalb seines Gültigkeitszeitraums. Uhr der Station prüfen; stimmt sie, das Gerät aussortieren.</translation>
    </message>
    <message>
        <source>The EK certificate names another TPM manufacturer than the TPM reports. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>Das EK-Zertifikat nennt einen anderen TPM-Hersteller, als das TPM meldet. Gerät aussortieren: Das Zertifikat gehört nicht zu diesem TPM.</translation>
    </message>
    <message>
        <source>The certificate is not an EK certificate: its key is for signing only (an attestation or signing key&apos;s certificate). Set the device aside and ask the line lead.</source>
        <translation>Das Zertifikat ist kein EK-Zertifikat: Sein Schlüssel dient nur zum Signieren (Zertifikat eines Attestierungs- oder Signaturschlüssels). Gerät aussortieren und die Linienleitung fragen.</translation>
    </message>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer (checked offline, without the TPM).</source>
        <translation>Das EK-Zertifikat wurde von einem vertrauenswürdigen TPM-Hersteller ausgestellt (offline geprüft, ohne das TPM).</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, not %2 as expected.</source>
        <translation>Das EK-Zertifikat nennt den TPM-Hersteller %1, nicht wie erwartet %2.</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, but this TPM reports %2. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>Das EK-Zertifikat nennt den TPM-Hersteller %1, dieses TPM meldet aber %2. Gerät aussortieren: Das Zertifikat gehört nicht zu diesem TPM.</translation>
    </message>
</context>
<context>
    <name>EkCommand</name>
    <message>
        <source>Create the TPM&apos;s Endorsement Key from the TCG template, read and verify its certificate, and print the DPS registration ID and endorsementKey.</source>
        <translation>Den Endorsement Key des TPM aus der TCG-Vorlage erzeugen, sein Zertifikat lesen und prüfen und die DPS-Registrierungs-ID und den endorsementKey ausgeben.</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI).</source>
        <translation>TCTI (Standard: TPM2TOOLS_TCTI).</translation>
    </message>
    <message>
        <source>EK template: rsa2048 (L-1, default), ecc256 (L-2), h1-rsa2048, h3-ecc384.</source>
        <translation>EK-Vorlage: rsa2048 (L-1, Standard), ecc256 (L-2), h1-rsa2048, h3-ecc384.</translation>
    </message>
    <message>
        <source>Write the EK as TPM2B_PUBLIC to FILE.</source>
        <translation>Den EK als TPM2B_PUBLIC in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Write the EK public key as PEM to FILE.</source>
        <translation>Den öffentlichen EK-Schlüssel als PEM in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Write the EK certificate (DER) to FILE.</source>
        <translation>Das EK-Zertifikat (DER) in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Directory of trusted TPM manufacturer roots and intermediates.</source>
        <translation>Verzeichnis vertrauenswürdiger Wurzel- und Zwischenzertifikate der TPM-Hersteller.</translation>
    </message>
    <message>
        <source>Always create the EK from the template, even when the persisted EK is the certificate&apos;s key.</source>
        <translation>Den EK immer aus der Vorlage erzeugen, auch wenn der persistierte EK der Schlüssel des Zertifikats ist.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>Unbekannter EK-Algorithmus &apos;%1&apos; (rsa2048, ecc256, h1-rsa2048 oder h3-ecc384 verwenden).</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>Keine Zertifikate in &apos;%1&apos; gefunden.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot convert the EK to PEM: %1</source>
        <translation>Der EK kann nicht in PEM umgewandelt werden: %1</translation>
    </message>
    <message>
        <source>The TPM holds no readable EK certificate to write.</source>
        <translation>Das TPM enthält kein lesbares EK-Zertifikat zum Schreiben.</translation>
    </message>
    <message>
        <source>EK</source>
        <translation>EK</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Persisted EK</source>
        <translation>Persistierter EK</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>DIFFERS from the certificate-matching EK</source>
        <translation>WEICHT AB vom zum Zertifikat passenden EK</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>DPS-bereit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>endorsementKey</source>
        <translation>endorsementKey</translation>
    </message>
    <message>
        <source>Print the DPS registration ID of an EK given as a binary TPM2B_PUBLIC or its base64 text.</source>
        <translation>Die DPS-Registrierungs-ID eines EK ausgeben, der als binäres TPM2B_PUBLIC oder als dessen Base64-Text vorliegt.</translation>
    </message>
    <message>
        <source>EK file (&apos;-&apos; for standard input).</source>
        <translation>EK-Datei (&apos;-&apos; für Standardeingabe).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek regid FILE</source>
        <translation>Aufruf: tpm-station-cli ek regid DATEI</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub FILE] [--out-pem FILE] [--out-cert FILE] [--roots DIR] [--create] [--json]
       tpm-station-cli ek verify FILE… [--roots DIR | --profile FILE] [--db PATH] [--tpm-manufacturer ID] [--at TIME] [--json]
       tpm-station-cli ek regid FILE
       tpm-station-cli ek roots list|import|remove --db PATH …</source>
        <translation>Aufruf: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub DATEI] [--out-pem DATEI] [--out-cert DATEI] [--roots VERZ] [--create] [--json]
        tpm-station-cli ek verify DATEI… [--roots VERZ | --profile DATEI] [--db PFAD] [--tpm-manufacturer ID] [--at ZEIT] [--json]
        tpm-station-cli ek regid DATEI
        tpm-station-cli ek roots list|import|remove --db PFAD …</translation>
    </message>
</context>
<context>
    <name>EkExtractedStation</name>
    <message>
        <source>The EK setting &apos;%1&apos; must be a directory path.</source>
        <translation>Die EK-Einstellung &apos;%1&apos; muss ein Verzeichnispfad sein.</translation>
    </message>
    <message>
        <source>The EK setting &apos;%1&apos; names &apos;%2&apos;, which is not a directory.</source>
        <translation>Die EK-Einstellung &apos;%1&apos; nennt &apos;%2&apos;, das kein Verzeichnis ist.</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>Unbekannter EK-Algorithmus &apos;%1&apos; (rsa2048, ecc256, h1-rsa2048 oder h3-ecc384 verwenden).</translation>
    </message>
    <message>
        <source>The EK setting &apos;requireTrusted&apos; must be true or false.</source>
        <translation>Die EK-Einstellung &apos;requireTrusted&apos; muss true oder false sein.</translation>
    </message>
    <message>
        <source>The EK setting &apos;reusePersisted&apos; must be true or false.</source>
        <translation>Die EK-Einstellung &apos;reusePersisted&apos; muss true oder false sein.</translation>
    </message>
    <message>
        <source>A production profile always requires a trusted EK certificate: remove &apos;requireTrusted: false&apos;.</source>
        <translation>Ein Produktionsprofil verlangt immer ein vertrauenswürdiges EK-Zertifikat: &apos;requireTrusted: false&apos; entfernen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The EK persisted at 0x%1 is not the certificate-matching EK (created from a wrong template). The ownership step replaces it; the certificate-matching EK is recorded.</source>
        <translation>Der unter 0x%1 persistierte EK ist nicht der zum Zertifikat passende EK (aus einer falschen Vorlage erzeugt). Der Besitzübernahme-Schritt ersetzt ihn; erfasst wird der zum Zertifikat passende EK.</translation>
    </message>
    <message>
        <source>The station&apos;s records could not be read.</source>
        <translation>Die Datensätze der Station konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This TPM was already provisioned as device %1: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>Dieses TPM wurde bereits als Gerät %1 provisioniert: Derselbe EK kann nicht zu zwei Seriennummern gehören. Gerät aussortieren und die Linienleitung rufen.</translation>
    </message>
    <message>
        <source>A production profile needs the TPM manufacturers&apos; CA certificates: an admin imports them into the station&apos;s trust store (Settings, or tpm-station-cli ek roots import), or the profile sets &apos;rootsDir&apos;.</source>
        <translation>Ein Produktionsprofil braucht die CA-Zertifikate der TPM-Hersteller: Ein Admin importiert sie in den Trust Store der Station (Einstellungen oder tpm-station-cli ek roots import), oder das Profil setzt &apos;rootsDir&apos;.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: no lot %1 was imported. Ask the line lead to import the TPM vendor&apos;s delivery list.</source>
        <translation>EK nicht auf der Lieferliste von Lot %1: Es wurde kein Lot %1 importiert. Die Linienleitung bitten, die Lieferliste des TPM-Herstellers zu importieren.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM is on no imported delivery list. Set the device aside and call the line lead.</source>
        <translation>EK nicht auf der Lieferliste von Lot %1: Dieses TPM steht auf keiner importierten Lieferliste. Gerät aussortieren und die Linienleitung rufen.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM belongs to lot %2 (row %3). Set the device aside and call the line lead.</source>
        <translation>EK nicht auf der Lieferliste von Lot %1: Dieses TPM gehört zu Lot %2 (Zeile %3). Gerät aussortieren und die Linienleitung rufen.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1 as an unused TPM: row %2 was already used by device %3. Set the device aside and call the line lead.</source>
        <translation>EK nicht als unbenutztes TPM auf der Lieferliste von Lot %1: Zeile %2 wurde bereits von Gerät %3 verwendet. Gerät aussortieren und die Linienleitung rufen.</translation>
    </message>
    <message>
        <source>The EK setting &apos;lot&apos; must be a lot number.</source>
        <translation>Die EK-Einstellung &apos;lot&apos; muss eine Lot-Nummer sein.</translation>
    </message>
    <message>
        <source>The lot entry of this TPM could not be marked as used.</source>
        <translation>Der Lot-Eintrag dieses TPM konnte nicht als verwendet markiert werden.</translation>
    </message>
    <message>
        <source>The factory database already has this TPM as device %1 on station %2: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>Die Fabrikdatenbank kennt dieses TPM bereits als Gerät %1 an Station %2: Derselbe EK kann nicht zu zwei Seriennummern gehören. Legen Sie das Gerät beiseite und rufen Sie die Linienleitung.</translation>
    </message>
</context>
<context>
    <name>EkPublicValue</name>
    <message>
        <source>the EK value is empty</source>
        <translation>der EK-Wert ist leer</translation>
    </message>
    <message>
        <source>not an EK certificate, public key, TPM2B_PUBLIC or RSA-2048 modulus (PEM, base64 or hex expected)</source>
        <translation>kein EK-Zertifikat, öffentlicher Schlüssel, TPM2B_PUBLIC oder RSA-2048-Modulus (PEM, Base64 oder Hex erwartet)</translation>
    </message>
</context>
<context>
    <name>EkRootsCommand</name>
    <message>
        <source>UNKNOWN — not in the manifest of known TPM vendor CAs</source>
        <translation>UNBEKANNT — nicht im Manifest bekannter CAs der TPM-Hersteller</translation>
    </message>
    <message>
        <source>The station&apos;s TPM manufacturer trust store.</source>
        <translation>Der Trust Store der Station für TPM-Hersteller.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The admin signing the change (password from STATION_PASSWORD or stdin).</source>
        <translation>Der Admin, der die Änderung signiert (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>Begründung (wird signiert und auditiert).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>CA files: PEM, DER or PKCS#7.</source>
        <translation>CA-Dateien: PEM, DER oder PKCS#7.</translation>
    </message>
    <message>
        <source>The CA&apos;s SHA-256 fingerprint.</source>
        <translation>Der SHA-256-Fingerabdruck der CA.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db PFAD ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) in the trust store.</source>
        <translation>
            <numerusform>%n CA-Zertifikat im Trust Store.</numerusform>
            <numerusform>%n CA-Zertifikate im Trust Store.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>--reason TEXT ist erforderlich: Die Begründung wird signiert und auditiert.</translation>
    </message>
    <message>
        <source>Give at least one CA file.</source>
        <translation>Mindestens eine CA-Datei angeben.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>%n CA-Zertifikat importiert</numerusform>
            <numerusform>%n CA-Zertifikate importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n war bereits im Trust Store.</numerusform>
            <numerusform>%n waren bereits im Trust Store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CA by its SHA-256 fingerprint.</source>
        <translation>Genau eine CA über ihren SHA-256-Fingerabdruck angeben.</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1</source>
        <translation>Aus dem Trust Store entfernt: %1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek roots list --db PATH [--json]
       tpm-station-cli ek roots import FILE… --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli ek roots remove SHA256 --db PATH --as ID --reason TEXT [--json]</source>
        <translation>Aufruf: tpm-station-cli ek roots list --db PFAD [--json]
        tpm-station-cli ek roots import DATEI… --db PFAD --as ID --reason TEXT [--json]
        tpm-station-cli ek roots remove SHA256 --db PFAD --as ID --reason TEXT [--json]</translation>
    </message>
</context>
<context>
    <name>EkVerifyCommand</name>
    <message>
        <source>The product profile %1 is refused: %2</source>
        <translation>Das Produktprofil %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>The EK is %1: Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>Der EK ist %1: Die Azure-DPS-TPM-Attestierung akzeptiert nur RSA-2048-EKs.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>%1 (%2), model %3, version %4</source>
        <translation>%1 (%2), Modell %3, Version %4</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 (RSAES-OAEP identifier)</source>
        <translation>%1 (RSAES-OAEP-Kennung)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — NICHT im Manifest bekannter CAs der TPM-Hersteller</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>NV header or padding cut at the DER length</source>
        <translation>NV-Header oder Auffüllung auf die DER-Länge gekürzt</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>DPS-bereit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>Keine Zertifikate in &apos;%1&apos; gefunden.</translation>
    </message>
    <message>
        <source>Verify EK certificates given as files (DER, PEM or raw NV dumps) offline, as step 2 judges them.</source>
        <translation>EK-Zertifikate, die als Dateien vorliegen (DER, PEM oder rohe NV-Abzüge), offline so prüfen, wie Schritt 2 sie bewertet.</translation>
    </message>
    <message>
        <source>Directory of TPM manufacturer CA files (subdirectories included).</source>
        <translation>Verzeichnis mit CA-Dateien der TPM-Hersteller (einschließlich Unterverzeichnissen).</translation>
    </message>
    <message>
        <source>Compare the certificates&apos; TPM manufacturer with ID (e.g. NTC, IFX).</source>
        <translation>Den TPM-Hersteller der Zertifikate mit ID vergleichen (z. B. NTC, IFX).</translation>
    </message>
    <message>
        <source>Verification time (ISO 8601, UTC; default: now).</source>
        <translation>Prüfzeitpunkt (ISO 8601, UTC; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Give at least one certificate file.</source>
        <translation>Mindestens eine Zertifikatsdatei angeben.</translation>
    </message>
    <message>
        <source>Give --roots or --profile, not both.</source>
        <translation>--roots oder --profile angeben, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time (e.g. 2026-01-31T12:00:00Z).</source>
        <translation>&apos;%1&apos; ist keine Zeitangabe nach ISO 8601 (z. B. 2026-01-31T12:00:00Z).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>EK certificate files (one or more).</source>
        <translation>EK-Zertifikatsdateien (eine oder mehrere).</translation>
    </message>
    <message>
        <source>The station&apos;s trust store in %1 holds no CA certificate: an admin imports the TPM vendors&apos; CA files with &apos;tpm-station-cli ek roots import&apos;.</source>
        <translation>Der Trust Store der Station in %1 enthält kein CA-Zertifikat: Ein Admin importiert die CA-Dateien der TPM-Hersteller mit &apos;tpm-station-cli ek roots import&apos;.</translation>
    </message>
    <message>
        <source>No roots given (--roots DIR, --db PATH or --profile FILE): no certificate can be trusted.</source>
        <translation>Keine Wurzeln angegeben (--roots VERZ, --db PFAD oder --profile DATEI): Keinem Zertifikat kann vertraut werden.</translation>
    </message>
    <message>
        <source>Take the roots from this product profile&apos;s ek.rootsDir (none: the trust store of --db).</source>
        <translation>Die Wurzeln aus ek.rootsDir dieses Produktprofils nehmen (ohne: der Trust Store von --db).</translation>
    </message>
    <message>
        <source>Station database: verify against its TPM manufacturer trust store.</source>
        <translation>Stationsdatenbank: gegen ihren Trust Store der TPM-Hersteller prüfen.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>All steps have passed already.</source>
        <translation>Alle Schritte sind bereits bestanden.</translation>
    </message>
    <message>
        <source>%1 failed %2 times: the device needs rework, ordered by a supervisor.</source>
        <translation>%1 ist %2-mal fehlgeschlagen: Das Gerät braucht Nacharbeit, angeordnet durch die Schichtleitung.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The TPM in the socket is not the one this device had (%1 differs). Check the device.</source>
        <translation>Das TPM im Prüfplatz ist nicht das, das dieses Gerät hatte (%1 weicht ab). Gerät prüfen.</translation>
    </message>
    <message>
        <source>The re-check could not be recorded; nothing was changed.</source>
        <translation>Die Nachprüfung konnte nicht erfasst werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The re-check of the TPM failed.</source>
        <translation>Die Nachprüfung des TPM ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 cannot run before %2 has passed.</source>
        <translation>%1 kann erst laufen, wenn %2 bestanden ist.</translation>
    </message>
    <message>
        <source>The result of %1 could not be recorded; it is not counted as done.</source>
        <translation>Das Ergebnis von %1 konnte nicht erfasst werden; der Schritt gilt nicht als erledigt.</translation>
    </message>
    <message>
        <source>A measurement is out of limits.</source>
        <translation>Ein Messwert liegt außerhalb der Grenzen.</translation>
    </message>
    <message>
        <source>%1 failed: %2
Try again?</source>
        <translation>%1 fehlgeschlagen: %2
Erneut versuchen?</translation>
    </message>
    <message>
        <source>All steps passed.</source>
        <translation>Alle Schritte bestanden.</translation>
    </message>
    <message>
        <source>Not every step has passed.</source>
        <translation>Nicht jeder Schritt ist bestanden.</translation>
    </message>
    <message>
        <source>The simulated timing model of %1 cannot be used (%2). Recreate the simulated fleet.</source>
        <translation>Das simulierte Timing-Modell von %1 ist nicht verwendbar (%2). Die simulierte Flotte neu anlegen.</translation>
    </message>
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Open a device&apos;s escrowed TPM authorizations with the owner&apos;s private key.</source>
        <translation>Die hinterlegten TPM-Autorisierungen eines Geräts mit dem privaten Schlüssel des Besitzers öffnen.</translation>
    </message>
    <message>
        <source>The owner&apos;s private key (PEM or DER).</source>
        <translation>Der private Schlüssel des Besitzers (PEM oder DER).</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>Seriennummer des Geräts.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>  (pending: written ahead, not confirmed on the TPM)</source>
        <translation>  (ausstehend: vorab geschrieben, auf dem TPM nicht bestätigt)</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli escrow open --key OWNER_KEY (--db PATH | --store DIR) --serial S [--json]</source>
        <translation>Aufruf: tpm-station-cli escrow open --key OWNER_KEY (--db PFAD | --store VERZ) --serial S [--json]</translation>
    </message>
</context>
<context>
    <name>EscrowPin</name>
    <message>
        <source>The customer CA file %1 cannot be read.</source>
        <translation>Die CA-Datei des Kunden %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer CA file %1 holds no certificate.</source>
        <translation>Die CA-Datei des Kunden %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>OpenSSL cannot verify the escrow certificate&apos;s chain.</source>
        <translation>OpenSSL kann die Kette des Hinterlegungszertifikats nicht prüfen.</translation>
    </message>
    <message>
        <source>The escrow certificate does not chain to the customer CA %1: %2.</source>
        <translation>Die Kette des Hinterlegungszertifikats führt nicht zur CA des Kunden %1: %2.</translation>
    </message>
    <message>
        <source>A production profile must pin its escrow certificate (ownership.escrowCertificateSha256); the certificate&apos;s SHA-256 is %1.</source>
        <translation>Ein Produktionsprofil muss sein Hinterlegungszertifikat festlegen (ownership.escrowCertificateSha256); der SHA-256 des Zertifikats ist %1.</translation>
    </message>
    <message>
        <source>The escrow certificate is not the one the profile pins: the profile pins SHA-256 %1, the certificate %2 has %3. Nothing was written to the TPM.</source>
        <translation>Das Hinterlegungszertifikat ist nicht das im Profil festgelegte: Das Profil legt SHA-256 %1 fest, das Zertifikat %2 hat %3. Es wurde nichts in das TPM geschrieben.</translation>
    </message>
</context>
<context>
    <name>EscrowPinService</name>
    <message>
        <source>The product profile %1 cannot be read.</source>
        <translation>Das Produktprofil %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The product profile %1 names no escrow certificate (ownership.escrowCertificate).</source>
        <translation>Das Produktprofil %1 nennt kein Hinterlegungszertifikat (ownership.escrowCertificate).</translation>
    </message>
    <message>
        <source>Changing the escrow certificate pin needs a reason.</source>
        <translation>Eine Änderung der Festlegung des Hinterlegungszertifikats braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The product profile %1 cannot be written.</source>
        <translation>Das Produktprofil %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>EscrowRecovery</name>
    <message>
        <source>No escrow record for serial %1.</source>
        <translation>Kein Hinterlegungsdatensatz für Seriennummer %1.</translation>
    </message>
    <message>
        <source>Escrow record %1: %2</source>
        <translation>Hinterlegungsdatensatz %1: %2</translation>
    </message>
    <message>
        <source>Escrow record %1 does not open with this key (wrong owner key, or a damaged record: %2).</source>
        <translation>Hinterlegungsdatensatz %1 lässt sich mit diesem Schlüssel nicht öffnen (falscher Besitzerschlüssel oder beschädigter Datensatz: %2).</translation>
    </message>
    <message>
        <source>Escrow record %1 lacks the %2 value it claims.</source>
        <translation>Dem Hinterlegungsdatensatz %1 fehlt der angegebene Wert %2.</translation>
    </message>
    <message>
        <source>No escrow record of serial %1 holds a value in use (all abandoned or revoked).</source>
        <translation>Kein Hinterlegungsdatensatz der Seriennummer %1 enthält einen verwendeten Wert (alle verworfen oder widerrufen).</translation>
    </message>
</context>
<context>
    <name>EscrowStoreChoice</name>
    <message>
        <source>Station database holding the escrow records.</source>
        <translation>Stationsdatenbank mit den Hinterlegungsdatensätzen.</translation>
    </message>
    <message>
        <source>Escrow store directory (default: %1).</source>
        <translation>Verzeichnis des Hinterlegungsspeichers (Standard: %1).</translation>
    </message>
    <message>
        <source>Give either --db PATH or --store DIR, not both.</source>
        <translation>Entweder --db PFAD oder --store VERZ angeben, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the devices that passed QA as a signed DPS enrollment batch (bulk JSON, CSV, az script).</source>
        <translation>Die Geräte, die die QA bestanden haben, als signierte DPS-Registrierungscharge exportieren (Bulk-JSON, CSV, az-Skript).</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>Ausgabeverzeichnis (neu oder leer).</translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation>Name der Charge.</translation>
    </message>
    <message>
        <source>Only devices of this product.</source>
        <translation>Nur Geräte dieses Produkts.</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;dps&quot; section: hub, allocation, ...).</source>
        <translation>Produktprofil-JSON (sein Abschnitt &quot;dps&quot;: Hub, Zuordnung, ...).</translation>
    </message>
    <message>
        <source>Include simulated devices (marked simulated; never on production profiles).</source>
        <translation>Simulierte Geräte einschließen (als simuliert markiert; nie bei Produktionsprofilen).</translation>
    </message>
    <message>
        <source>Include devices already in a batch.</source>
        <translation>Geräte einschließen, die bereits in einer Charge sind.</translation>
    </message>
    <message>
        <source>The operator exporting (password from STATION_PASSWORD or stdin).</source>
        <translation>Bediener, der den Export durchführt (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--db PATH and --out DIR are required.</source>
        <translation>--db PFAD und --out VERZ sind erforderlich.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>Ausgelassen %1: %2</translation>
    </message>
    <message>
        <source>Manifest signed by the certificate with SHA-256 %1.</source>
        <translation>Manifest signiert mit dem Zertifikat mit SHA-256 %1.</translation>
    </message>
    <message>
        <source>Export audit events (by period, device or batch) with the chain verdict, signed.</source>
        <translation>Audit-Ereignisse (nach Zeitraum, Gerät oder Charge) mit dem Befund der Kette signiert exportieren.</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601, UTC).</source>
        <translation>Beginn des Zeitraums (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601, UTC, inclusive).</source>
        <translation>Ende des Zeitraums (ISO 8601, UTC, einschließlich).</translation>
    </message>
    <message>
        <source>Only this device.</source>
        <translation>Nur dieses Gerät.</translation>
    </message>
    <message>
        <source>Only this batch and its devices.</source>
        <translation>Nur diese Charge und ihre Geräte.</translation>
    </message>
    <message>
        <source>Comma-separated: csv, json, pdf.</source>
        <translation>Kommagetrennt: csv, json, pdf.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, json, pdf.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: csv, json, pdf verwenden.</translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 in %4, written to %5.</source>
        <translation>Charge %1 (%2): %3 in %4, geschrieben nach %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n Gerät von %1</numerusform>
            <numerusform>%n Geräte von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s)</source>
        <translation>
            <numerusform>%n Massenoperation</numerusform>
            <numerusform>%n Massenoperationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out (see --allow-simulated).</source>
        <translation>
            <numerusform>%n simuliertes Gerät ausgelassen (siehe --allow-simulated).</numerusform>
            <numerusform>%n simulierte Geräte ausgelassen (siehe --allow-simulated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) (seq %1..%2) exported to %3. Chain: %4</source>
        <translation>
            <numerusform>%n Audit-Ereignis (seq %1..%2) nach %3 exportiert. Kette: %4</numerusform>
            <numerusform>%n Audit-Ereignisse (seq %1..%2) nach %3 exportiert. Kette: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the batch from this incoming lot&apos;s delivery list, before the TPMs are soldered (needs --product or --profile).</source>
        <translation>Die Charge aus der Lieferliste dieses eingehenden Lots vorbereiten, bevor die TPMs bestückt werden (braucht --product oder --profile).</translation>
    </message>
    <message>
        <source>--from-lot needs --product or --profile, and takes neither --allow-simulated nor --reexport.</source>
        <translation>--from-lot braucht --product oder --profile und verträgt weder --allow-simulated noch --reexport.</translation>
    </message>
    <message>
        <source>With --central: only the devices of these stations (comma-separated station IDs).</source>
        <translation>Mit --central: nur die Geräte dieser Stationen (Stations-IDs, durch Komma getrennt).</translation>
    </message>
    <message>
        <source>--central and --from-lot exclude each other.</source>
        <translation>--central und --from-lot schließen einander aus.</translation>
    </message>
    <message>
        <source>--stations needs --central.</source>
        <translation>--stations braucht --central.</translation>
    </message>
    <message>
        <source>No station has sent anything to the factory database %1.</source>
        <translation>Keine Station hat etwas an die Werksdatenbank %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Station %1: %n audit event(s) (seq %2..%3) exported to %4. Chain: %5</source>
        <translation>
            <numerusform>Station %1: %n Audit-Ereignis (seq %2..%3) nach %4 exportiert. Kette: %5</numerusform>
            <numerusform>Station %1: %n Audit-Ereignisse (seq %2..%3) nach %4 exportiert. Kette: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>With --central: only this station&apos;s trail (a station ID; repeat it or separate IDs with commas).</source>
        <translation>Mit --central: nur die Kette dieser Station (eine Stations-ID; wiederholen oder IDs durch Kommas trennen).</translation>
    </message>
    <message>
        <source>--station needs --central.</source>
        <translation>--station erfordert --central.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli export dps --db PATH --out DIR [--name N] [--allow-simulated] [--reexport] [--profile FILE] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db PATH --out DIR [--name N] [--allow-simulated] [--profile FILE] [--product ID]
       tpm-station-cli export audit --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db PATH --out DIR --profile FILE [--as ID] [--allow-simulated]</source>
        <translation>Aufruf: tpm-station-cli export dps --db PFAD --out VERZ [--name N] [--allow-simulated] [--reexport] [--profile DATEI] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db PFAD --out VERZ [--name N] [--allow-simulated] [--profile DATEI] [--product ID]
       tpm-station-cli export audit --db PFAD --out VERZ [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db PFAD --out VERZ [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db PFAD --out VERZ --profile DATEI [--as ID] [--allow-simulated]</translation>
    </message>
</context>
<context>
    <name>ExportDirectory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>Kein Ausgabeverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Das Ausgabeverzeichnis %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>%1 cannot be an output directory.</source>
        <translation>%1 kann kein Ausgabeverzeichnis sein.</translation>
    </message>
    <message>
        <source>Cannot create the output directory %1: %2 cannot be created.</source>
        <translation>Das Ausgabeverzeichnis %1 kann nicht angelegt werden: %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation>In %1 kann kein Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot move the export into %1: %2</source>
        <translation>Der Export kann nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>FileEscrowStore</name>
    <message>
        <source>Cannot read the escrow file %1: %2</source>
        <translation>Die Hinterlegungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The escrow file %1 is damaged or not an escrow file.</source>
        <translation>Die Hinterlegungsdatei %1 ist beschädigt oder keine Hinterlegungsdatei.</translation>
    </message>
    <message>
        <source>The escrow file %1 holds a damaged record.</source>
        <translation>Die Hinterlegungsdatei %1 enthält einen beschädigten Datensatz.</translation>
    </message>
    <message>
        <source>Cannot create the escrow directory %1.</source>
        <translation>Das Hinterlegungsverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the escrow file %1: %2</source>
        <translation>Die Hinterlegungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot sync the escrow directory %1.</source>
        <translation>Das Hinterlegungsverzeichnis %1 kann nicht synchronisiert werden.</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>Ein Hinterlegungsdatensatz braucht eine Seriennummer, Hierarchien und CMS-Daten.</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>Hinterlegungsdatensatz %1 existiert bereits.</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>Kein Hinterlegungsdatensatz %1 für Seriennummer %2.</translation>
    </message>
</context>
<context>
    <name>FirmwareCatalog</name>
    <message>
        <source>The firmware catalog %1 cannot be read. Ask a supervisor to check the product profile.</source>
        <translation>Der Firmware-Katalog %1 kann nicht gelesen werden. Die Schichtleitung bitten, das Produktprofil zu prüfen.</translation>
    </message>
    <message>
        <source>The firmware catalog holds no release for %1. Ask a supervisor to install the release.</source>
        <translation>Der Firmware-Katalog enthält kein Release für %1. Die Schichtleitung bitten, das Release zu installieren.</translation>
    </message>
    <message>
        <source>The firmware catalog holds several releases named %1 %2. Ask a supervisor to remove the duplicate.</source>
        <translation>Der Firmware-Katalog enthält mehrere Releases namens %1 %2. Die Schichtleitung bitten, das Duplikat zu entfernen.</translation>
    </message>
    <message>
        <source>The firmware manifest %1 is not in the catalog.</source>
        <translation>Das Firmware-Manifest %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>The firmware manifest %1 cannot be read. Ask a supervisor to check the catalog.</source>
        <translation>Das Firmware-Manifest %1 kann nicht gelesen werden. Die Schichtleitung bitten, den Katalog zu prüfen.</translation>
    </message>
    <message>
        <source>The firmware release has no signature. Nothing was written; call engineering.</source>
        <translation>Das Firmware-Release hat keine Signatur. Es wurde nichts geschrieben; die Entwicklung rufen.</translation>
    </message>
    <message>
        <source>The firmware is for product %1, not for %2. Nothing was written; check that the right product is selected.</source>
        <translation>Die Firmware ist für Produkt %1, nicht für %2. Es wurde nichts geschrieben; prüfen, ob das richtige Produkt ausgewählt ist.</translation>
    </message>
    <message>
        <source>The firmware image %1 is missing from the catalog. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Das Firmware-Image %1 fehlt im Katalog. Es wurde nichts geschrieben; die Schichtleitung bitten, das Release neu zu installieren.</translation>
    </message>
    <message>
        <source>The firmware image is truncated (%1 of %2 bytes). Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Das Firmware-Image ist unvollständig (%1 von %2 Bytes). Es wurde nichts geschrieben; die Schichtleitung bitten, das Release neu zu installieren.</translation>
    </message>
    <message>
        <source>The firmware image is larger than its manifest says. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Das Firmware-Image ist größer, als sein Manifest angibt. Es wurde nichts geschrieben; die Schichtleitung bitten, das Release neu zu installieren.</translation>
    </message>
    <message>
        <source>The firmware image does not match its signed digest: it may have been altered. Nothing was written; call engineering.</source>
        <translation>Das Firmware-Image passt nicht zu seinem signierten Hashwert: Es wurde möglicherweise verändert. Es wurde nichts geschrieben; die Entwicklung rufen.</translation>
    </message>
</context>
<context>
    <name>FirmwareCommand</name>
    <message>
        <source>Verify a firmware release in a catalog: signature, product, size and digest.</source>
        <translation>Ein Firmware-Release in einem Katalog prüfen: Signatur, Produkt, Größe und Hashwert.</translation>
    </message>
    <message>
        <source>Catalog directory.</source>
        <translation>Katalogverzeichnis.</translation>
    </message>
    <message>
        <source>Product the release must be for.</source>
        <translation>Produkt, für das das Release sein muss.</translation>
    </message>
    <message>
        <source>Trusted firmware-signing public key (PEM); repeatable.</source>
        <translation>Vertrauenswürdiger öffentlicher Firmware-Signaturschlüssel (PEM); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Exactly this version.</source>
        <translation>Genau diese Version.</translation>
    </message>
    <message>
        <source>Exactly this manifest file.</source>
        <translation>Genau diese Manifestdatei.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>firmware verify needs --catalog, --product and at least one --key.</source>
        <translation>firmware verify braucht --catalog, --product und mindestens ein --key.</translation>
    </message>
    <message>
        <source>Verified: %1 %2 (%3, %4 bytes)</source>
        <translation>Geprüft: %1 %2 (%3, %4 Bytes)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation>Signiert von: %1 (%2)</translation>
    </message>
    <message>
        <source>warning: ignored catalog file %1</source>
        <translation>Warnung: Katalogdatei %1 ignoriert</translation>
    </message>
    <message>
        <source>Read the provisioning settings from the TPM&apos;s settings index 0x01500100 (no secret needed).</source>
        <translation>Die Provisionierungseinstellungen aus dem Einstellungsindex 0x01500100 des TPM lesen (kein Geheimnis nötig).</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI (Standard: TPM2TOOLS_TCTI, sonst device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>The TPM holds no provisioning settings (index 0x%1 is not defined).</source>
        <translation>Das TPM enthält keine Provisionierungseinstellungen (Index 0x%1 ist nicht definiert).</translation>
    </message>
    <message>
        <source>DPS endpoint</source>
        <translation>DPS-Endpunkt</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli firmware verify --catalog DIR --product P --key PEM [--version V] [--manifest FILE] [--json]
       tpm-station-cli firmware settings [--tcti T] [--json]</source>
        <translation>Aufruf: tpm-station-cli firmware verify --catalog VERZ --product P --key PEM [--version V] [--manifest DATEI] [--json]
       tpm-station-cli firmware settings [--tcti T] [--json]</translation>
    </message>
</context>
<context>
    <name>FirmwareConfig</name>
    <message>
        <source>firmware.%1.program is missing</source>
        <translation>firmware.%1.program fehlt</translation>
    </message>
    <message>
        <source>firmware.%1.arguments must be a list of strings</source>
        <translation>firmware.%1.arguments muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>the product profile has no &quot;firmware&quot; section</source>
        <translation>das Produktprofil hat keinen Abschnitt &quot;firmware&quot;</translation>
    </message>
    <message>
        <source>firmware.catalog is missing</source>
        <translation>firmware.catalog fehlt</translation>
    </message>
    <message>
        <source>firmware.signingKeys must be a list of file names</source>
        <translation>firmware.signingKeys muss eine Liste von Dateinamen sein</translation>
    </message>
    <message>
        <source>firmware.signingKeys is missing: no firmware-signing key is trusted</source>
        <translation>firmware.signingKeys fehlt: kein Firmware-Signaturschlüssel ist vertrauenswürdig</translation>
    </message>
    <message>
        <source>firmware.flasher.timeoutMs must be between 100 and 3600000</source>
        <translation>firmware.flasher.timeoutMs muss zwischen 100 und 3600000 liegen</translation>
    </message>
    <message>
        <source>firmware.flasher.fault must be none, fail, hang or corrupt-readback</source>
        <translation>firmware.flasher.fault muss none, fail, hang oder corrupt-readback sein</translation>
    </message>
    <message>
        <source>firmware.flasher.kind must be &quot;simulated&quot; or &quot;command&quot;</source>
        <translation>firmware.flasher.kind muss &quot;simulated&quot; oder &quot;command&quot; sein</translation>
    </message>
</context>
<context>
    <name>FirmwareFlashedStation</name>
    <message>
        <source>The product profile&apos;s firmware settings are incomplete (%1). Ask a supervisor to fix the product profile.</source>
        <translation>Die Firmware-Einstellungen des Produktprofils sind unvollständig (%1). Die Schichtleitung bitten, das Produktprofil zu korrigieren.</translation>
    </message>
    <message>
        <source>The product profile uses the simulated programmer, but this is a real device or a production profile. Ask a supervisor to configure the real programmer.</source>
        <translation>Das Produktprofil verwendet das simulierte Programmiergerät, dies ist aber ein echtes Gerät oder ein Produktionsprofil. Die Schichtleitung bitten, das echte Programmiergerät zu konfigurieren.</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID is not known: step &quot;%1&quot; must pass before the firmware is flashed.</source>
        <translation>Die Registrierungs-ID des Geräts ist nicht bekannt: Schritt &quot;%1&quot; muss bestanden sein, bevor die Firmware geflasht wird.</translation>
    </message>
    <message>
        <source>The provisioning settings are not valid: %1</source>
        <translation>Die Provisionierungseinstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>The firmware release is version %1, the product profile asks for %2. Nothing was written.</source>
        <translation>Das Firmware-Release hat Version %1, das Produktprofil verlangt %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The station cannot create a working directory.</source>
        <translation>Die Station kann kein Arbeitsverzeichnis anlegen.</translation>
    </message>
    <message>
        <source>The station cannot write its working files.</source>
        <translation>Die Station kann ihre Arbeitsdateien nicht schreiben.</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner authorization is not available: %1 Nothing was written.</source>
        <translation>Die Besitzer-Autorisierung des TPM ist nicht verfügbar: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Connect the programmer to device %1, then confirm.</source>
        <translation>Programmiergerät an Gerät %1 anschließen, dann bestätigen.</translation>
    </message>
    <message>
        <source>The programmer was not connected. The firmware is NOT flashed.</source>
        <translation>Das Programmiergerät wurde nicht angeschlossen. Die Firmware ist NICHT geflasht.</translation>
    </message>
    <message>
        <source>The step was cancelled. Nothing was written.</source>
        <translation>Der Schritt wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The provisioning settings could not be stored on the TPM: %1</source>
        <translation>Die Provisionierungseinstellungen konnten nicht auf dem TPM gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index cannot be read: %1 Nothing was written.</source>
        <translation>Der Einstellungsindex des TPM kann nicht gelesen werden: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index 0x%1 is locked and holds other provisioning settings. It cannot be written again: a supervisor must order a rework, in which the device owner undefines the index.</source>
        <translation>Der Einstellungsindex 0x%1 des TPM ist gesperrt und enthält andere Provisionierungseinstellungen. Er kann nicht erneut geschrieben werden: Die Schichtleitung muss eine Nacharbeit anordnen, bei der der Gerätebesitzer den Index entfernt.</translation>
    </message>
    <message>
        <source>The product profile&apos;s credential settings are refused (%1). Ask a supervisor to fix the product profile.</source>
        <translation>Die Anmeldedaten-Einstellungen des Produktprofils werden abgelehnt (%1). Die Schichtleitung bitten, das Produktprofil zu korrigieren.</translation>
    </message>
    <message>
        <source>The device&apos;s TPM slot cannot name it: %1 Nothing was written.</source>
        <translation>Der TPM-Slot des Geräts kann es nicht benennen: %1 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FirmwareManifest</name>
    <message>
        <source>The firmware manifest is not valid (%1). Nothing was written; ask engineering for a correct firmware release.</source>
        <translation>Das Firmware-Manifest ist ungültig (%1). Es wurde nichts geschrieben; bei der Entwicklung ein korrektes Firmware-Release anfordern.</translation>
    </message>
</context>
<context>
    <name>GroupEnrollmentKey</name>
    <message numerus="yes">
        <source>The group enrollment key decodes to %n byte(s); DPS keys are 16 to 64 bytes.</source>
        <translation>
            <numerusform>Der Gruppenregistrierungsschlüssel ergibt dekodiert %n Byte; DPS-Schlüssel haben 16 bis 64 Bytes.</numerusform>
            <numerusform>Der Gruppenregistrierungsschlüssel ergibt dekodiert %n Bytes; DPS-Schlüssel haben 16 bis 64 Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group enrollment key is not base64 text (the standard alphabet with &apos;=&apos; padding, as DPS shows it).</source>
        <translation>Der Gruppenregistrierungsschlüssel ist kein Base64-Text (Standardalphabet mit &apos;=&apos;-Auffüllung, wie DPS ihn anzeigt).</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC-SHA256.</source>
        <translation>OpenSSL konnte den HMAC-SHA256 nicht berechnen.</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>&apos;%1&apos; is not a serial number: 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit. Scan again.</source>
        <translation>&apos;%1&apos; ist keine Seriennummer: 1 bis %2 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer. Erneut scannen.</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <source>Print a device label (ZPL: serial, registration ID as QR code and text) to a file or a printer.</source>
        <translation>Ein Geräteetikett (ZPL: Seriennummer, Registrierungs-ID als QR-Code und Text) in eine Datei oder auf einem Drucker ausgeben.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>Seriennummer des Geräts.</translation>
    </message>
    <message>
        <source>Product (when the serial is ambiguous).</source>
        <translation>Produkt (wenn die Seriennummer nicht eindeutig ist).</translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation>Das ZPL in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Send the ZPL to tcp://HOST:PORT.</source>
        <translation>Das ZPL an tcp://HOST:PORT senden.</translation>
    </message>
    <message>
        <source>Also write a PNG preview.</source>
        <translation>Zusätzlich eine PNG-Vorschau schreiben.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli label --db PATH --serial S [--out FILE] [--printer tcp://HOST:PORT] [--png FILE]</source>
        <translation>Aufruf: tpm-station-cli label --db PFAD --serial S [--out DATEI] [--printer tcp://HOST:PORT] [--png DATEI]</translation>
    </message>
    <message>
        <source>This build has no label preview (built without QtGui).</source>
        <translation>Dieser Build hat keine Etikettenvorschau (ohne QtGui gebaut).</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>Etikett von %1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>Preview written to %1.</source>
        <translation>Vorschau nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The registration ID cannot be encoded as a QR code.</source>
        <translation>Die Registrierungs-ID kann nicht als QR-Code kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot write the label preview %1.</source>
        <translation>Die Etikettenvorschau %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LimpetSlot</name>
    <message>
        <source>Slot %1 does not exist: Limpet has the logical slots 0 to 9.</source>
        <translation>Slot %1 existiert nicht: Limpet hat die logischen Slots 0 bis 9.</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; is not a DNS name: %2</source>
        <translation>Der Hostname &quot;%1&quot; ist kein DNS-Name: %2</translation>
    </message>
    <message>
        <source>The hostname is empty: give the IoT hub&apos;s hostname, e.g. myhub.azure-devices.net.</source>
        <translation>Der Hostname ist leer: den Hostnamen des IoT-Hubs angeben, z. B. myhub.azure-devices.net.</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n character(s).</source>
        <translation>
            <numerusform>er ist länger als %n Zeichen.</numerusform>
            <numerusform>er ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>each dot-separated part must be 1 to 63 letters, digits or hyphens, and must not start or end with a hyphen.</source>
        <translation>jeder durch Punkte getrennte Teil muss aus 1 bis 63 Buchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>Die Geräte-ID ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The device ID is %n character(s) long; IoT Hub allows at most 128.</source>
        <translation>
            <numerusform>Die Geräte-ID ist %n Zeichen lang; IoT Hub erlaubt höchstens 128.</numerusform>
            <numerusform>Die Geräte-ID ist %n Zeichen lang; IoT Hub erlaubt höchstens 128.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device ID &quot;%1&quot; contains &quot;%2&quot;: IoT Hub allows only letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;.</source>
        <translation>Die Geräte-ID &quot;%1&quot; enthält &quot;%2&quot;: IoT Hub erlaubt nur Buchstaben, Ziffern und - . % _ * ? ! ( ) , : = @ $ &apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The device key decodes to %n byte(s); a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</source>
        <translation>
            <numerusform>Der Geräteschlüssel ergibt dekodiert %n Byte; ein Slot nimmt einen Schlüssel mit 32 bis 64 Bytes (44 bis 88 Base64-Zeichen).</numerusform>
            <numerusform>Der Geräteschlüssel ergibt dekodiert %n Bytes; ein Slot nimmt einen Schlüssel mit 32 bis 64 Bytes (44 bis 88 Base64-Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token validity must be a whole number of seconds from 1 to 4294967295.</source>
        <translation>Die Gültigkeit des Tokens muss eine ganze Zahl von Sekunden von 1 bis 4294967295 sein.</translation>
    </message>
    <message>
        <source>The device key is not base64 text (the standard alphabet with &apos;=&apos; padding, as the IoT hub shows the primary key).</source>
        <translation>Der Geräteschlüssel ist kein Base64-Text (Standardalphabet mit &apos;=&apos;-Auffüllung, wie der IoT-Hub den Primärschlüssel anzeigt).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>sie existiert nicht.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>sie ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>it is larger than 4 KiB; it should hold only the base64 key.</source>
        <translation>sie ist größer als 4 KiB; sie sollte nur den Base64-Schlüssel enthalten.</translation>
    </message>
</context>
<context>
    <name>LimpetSlots</name>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: the hardware device ID is derived from its name.</source>
        <translation>Unter 0x81000001 ist kein Storage Root Key (SRK) persistiert: Die Hardware-Geräte-ID wird aus seinem Namen abgeleitet.</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: Limpet (Windows IoT Core) defines and removes slots with the empty owner password, so the station does not write slot %1. Nothing was written.</source>
        <translation>Die Owner-Autorisierung dieses TPM ist gesetzt: Limpet (Windows IoT Core) legt Slots mit dem leeren Owner-Passwort an und entfernt sie damit, daher schreibt die Station Slot %1 nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: a slot&apos;s key is created under it. Take ownership of the TPM first. Nothing was written.</source>
        <translation>Unter 0x81000001 ist kein Storage Root Key (SRK) persistiert: Der Schlüssel eines Slots wird darunter erzeugt. Zuerst den Besitz des TPM übernehmen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Slot %1 is in use (NV index %2 %3, key %4 %5): nothing was written. Replace it explicitly to destroy what it holds and provision it anew.</source>
        <translation>Slot %1 ist belegt (NV-Index %2 %3, Schlüssel %4 %5): Es wurde nichts geschrieben. Ersetzen Sie ihn ausdrücklich, um seinen Inhalt zu vernichten und ihn neu zu provisionieren.</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>definiert</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Slot %1 has no key at %2: the device could not sign a token.</source>
        <translation>Slot %1 hat keinen Schlüssel unter %2: Das Gerät könnte kein Token signieren.</translation>
    </message>
    <message>
        <source>Slot %1 is empty: provision it first.</source>
        <translation>Slot %1 ist leer: zuerst provisionieren.</translation>
    </message>
    <message>
        <source>The NV index %1 of slot %2 cannot be read with the empty authorization a device uses: it does not follow the Limpet layout.</source>
        <translation>Der NV-Index %1 von Slot %2 lässt sich mit der leeren Autorisierung, die ein Gerät verwendet, nicht lesen: Er folgt nicht dem Limpet-Layout.</translation>
    </message>
    <message>
        <source>Slot %1 holds no IoT hub hostname and device ID (NV index %2): the device could not form a token.</source>
        <translation>Slot %1 enthält keinen IoT-Hub-Hostnamen und keine Geräte-ID (NV-Index %2): Das Gerät könnte kein Token bilden.</translation>
    </message>
    <message>
        <source>Slot %1 is empty: there is nothing to destroy.</source>
        <translation>Slot %1 ist leer: Es gibt nichts zu vernichten.</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: a slot is removed with the empty owner password, as Limpet does. Nothing was removed.</source>
        <translation>Die Owner-Autorisierung dieses TPM ist gesetzt: Ein Slot wird wie bei Limpet mit dem leeren Owner-Passwort entfernt. Es wurde nichts entfernt.</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source> (recheck)</source>
        <translation> (Nachprüfung)</translation>
    </message>
    <message>
        <source>Run the line: walk simulated devices through every registered step, recorded in the station database.</source>
        <translation>Die Linie laufen lassen: simulierte Geräte durch jeden registrierten Schritt führen, erfasst in der Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Anzahl simulierter Geräte.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Parallel test sockets (default 1).</source>
        <translation>Parallele Prüfplätze (Standard 1).</translation>
    </message>
    <message>
        <source>Reuse (or create) the simulated fleet in DIR; default: a temporary fleet.</source>
        <translation>Die simulierte Flotte in VERZ wiederverwenden (oder anlegen); Standard: eine temporäre Flotte.</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>ID des Produktprofils.</translation>
    </message>
    <message>
        <source>Product profile (JSON file).</source>
        <translation>Produktprofil (JSON-Datei).</translation>
    </message>
    <message>
        <source>Operator running the line (password from STATION_PASSWORD or stdin).</source>
        <translation>Bediener, der die Linie betreibt (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs of --root running.</source>
        <translation>Die simulierten TPMs von --root weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>Print every step as soon as it is committed.</source>
        <translation>Jeden Schritt ausgeben, sobald er festgeschrieben ist.</translation>
    </message>
    <message>
        <source>Machine-readable summary.</source>
        <translation>Maschinenlesbare Zusammenfassung.</translation>
    </message>
    <message>
        <source>--simulate takes a number of devices from 1 to 1000.</source>
        <translation>--simulate erwartet eine Geräteanzahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db PFAD ist erforderlich.</translation>
    </message>
    <message>
        <source>Line: %1, %2, database %3</source>
        <translation>Linie: %1, %2, Datenbank %3</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s)</source>
        <translation>
            <numerusform>%n simuliertes Gerät</numerusform>
            <numerusform>%n simulierte Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n Prüfplatz</numerusform>
            <numerusform>%n Prüfplätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 completed, %2 need rework, %3 not completed.</source>
        <translation>
            <numerusform>%n Gerät: %1 abgeschlossen, %2 brauchen Nacharbeit, %3 nicht abgeschlossen.</numerusform>
            <numerusform>%n Geräte: %1 abgeschlossen, %2 brauchen Nacharbeit, %3 nicht abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming TPM lot: every device&apos;s EK must be on its delivery list.</source>
        <translation>Eingehendes TPM-Lot: Der EK jedes Geräts muss auf seiner Lieferliste stehen.</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) sent, all sent.</source>
        <translation>
            <numerusform>Fabrikdatenbank: %n Datensatz gesendet, alles gesendet.</numerusform>
            <numerusform>Fabrikdatenbank: %n Datensätze gesendet, alles gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) stay queued in the station: %1</source>
        <translation>
            <numerusform>Fabrikdatenbank: %n Datensatz bleibt in der Station in der Warteschlange: %1</numerusform>
            <numerusform>Fabrikdatenbank: %n Datensätze bleiben in der Station in der Warteschlange: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the records to this factory database while the line runs (libpq connection string; the password from PGPASSFILE/~/.pgpass or PGPASSWORD).</source>
        <translation>Die Datensätze während des Linienlaufs an diese Fabrikdatenbank senden (libpq-Verbindungszeichenfolge; das Passwort aus PGPASSFILE/~/.pgpass oder PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>LotBatchExporter</name>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>Es wurde kein Lot %1 importiert.</translation>
    </message>
    <message>
        <source>lot %1 row %2</source>
        <translation>Lot %1 Zeile %2</translation>
    </message>
    <message>
        <source>no EK_pub the TPM would report (%1)</source>
        <translation>kein EK_pub, den das TPM melden würde (%1)</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>Kein Ausgabeverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Das Ausgabeverzeichnis %1 ist nicht leer.</translation>
    </message>
    <message numerus="yes">
        <source>No EK of lot %1 can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>Kein EK von Lot %1 kann in DPS registriert werden (%n ausgelassen).</numerusform>
            <numerusform>Kein EK von Lot %1 kann in DPS registriert werden (%n ausgelassen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotCommand</name>
    <message>
        <source>%1  part %2  %3 EK(s), %4 used  imported %5 by %6 from %7</source>
        <translation>%1  Teil %2  %3 EK(s), %4 verwendet  importiert %5 von %6 aus %7</translation>
    </message>
    <message>
        <source>Incoming TPM lots: the TPM vendor&apos;s delivery lists of EKs.</source>
        <translation>Eingehende TPM-Lots: die Lieferlisten der EKs vom TPM-Hersteller.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The supervisor signing the import (password from STATION_PASSWORD or stdin).</source>
        <translation>Die Schichtleitung, die den Import signiert (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>Begründung (wird signiert und auditiert).</translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation>Lot-Nummer.</translation>
    </message>
    <message>
        <source>TPM part number.</source>
        <translation>TPM-Teilenummer.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>The delivery list (CSV or JSON).</source>
        <translation>Die Lieferliste (CSV oder JSON).</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db PFAD ist erforderlich.</translation>
    </message>
    <message>
        <source>Give one delivery list file.</source>
        <translation>Genau eine Lieferlisten-Datei angeben.</translation>
    </message>
    <message>
        <source>--lot L and --part P are required.</source>
        <translation>--lot L und --part P sind erforderlich.</translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>--reason TEXT ist erforderlich: Die Begründung wird signiert und auditiert.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Name the lot.</source>
        <translation>Das Lot angeben.</translation>
    </message>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>Es wurde kein Lot %1 importiert.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli lot import FILE --lot L --part P --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli lot list --db PATH [--json]
       tpm-station-cli lot show LOT --db PATH [--json]</source>
        <translation>Aufruf: tpm-station-cli lot import DATEI --lot L --part P --db PFAD --as ID --reason TEXT [--json]
        tpm-station-cli lot list --db PFAD [--json]
        tpm-station-cli lot show LOT --db PFAD [--json]</translation>
    </message>
</context>
<context>
    <name>Lots</name>
    <message>
        <source>this EK is already on the delivery list of lot %1 (row %2): a TPM cannot be in two lots</source>
        <translation>dieser EK steht bereits auf der Lieferliste von Lot %1 (Zeile %2): Ein TPM kann nicht in zwei Lots sein</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>Die Lieferliste hat %n fehlerhafte Zeile; nichts wurde importiert.</numerusform>
            <numerusform>Die Lieferliste hat %n fehlerhafte Zeilen; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list is for lot %1, not %2; nothing was imported.</source>
        <translation>Die Lieferliste gilt für Lot %1, nicht für %2; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The delivery list is for part number %1, not %2; nothing was imported.</source>
        <translation>Die Lieferliste gilt für die Teilenummer %1, nicht für %2; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>A lot needs its lot number and part number.</source>
        <translation>Ein Lot braucht seine Lot-Nummer und seine Teilenummer.</translation>
    </message>
    <message>
        <source>Importing a lot needs a reason.</source>
        <translation>Das Importieren eines Lots braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Lot %1 was already imported on %2 by %3; nothing was imported.</source>
        <translation>Lot %1 wurde bereits am %2 von %3 importiert; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This EK is on no imported lot&apos;s delivery list.</source>
        <translation>Dieser EK steht auf keiner Lieferliste eines importierten Lots.</translation>
    </message>
    <message>
        <source>Row %1 of lot %2 was already used by device %3.</source>
        <translation>Zeile %1 von Lot %2 wurde bereits von Gerät %3 verwendet.</translation>
    </message>
    <message>
        <source>The device %1 is not in the station&apos;s records.</source>
        <translation>Das Gerät %1 ist nicht in den Aufzeichnungen der Station.</translation>
    </message>
</context>
<context>
    <name>ManifestSigner</name>
    <message>
        <source>Cannot write the export signing key %1: %2</source>
        <translation>Der Export-Signaturschlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the export signing certificate %1: %2</source>
        <translation>Das Export-Signaturzertifikat %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export signing key %1 and certificate %2 must both exist; one is missing.</source>
        <translation>Der Export-Signaturschlüssel %1 und das Zertifikat %2 müssen beide vorhanden sein; eines fehlt.</translation>
    </message>
    <message>
        <source>Cannot read the export signing key or certificate next to %1.</source>
        <translation>Export-Signaturschlüssel oder -zertifikat neben %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a private key.</source>
        <translation>%1 ist kein privater Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 ist kein Zertifikat.</translation>
    </message>
    <message>
        <source>The export signing certificate %1 does not belong to the key %2.</source>
        <translation>Das Export-Signaturzertifikat %1 gehört nicht zum Schlüssel %2.</translation>
    </message>
    <message>
        <source>Cannot write the signed manifest into %1.</source>
        <translation>Das signierte Manifest kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The export signing key %1 is accessible to other users (mode %2); it must be readable by its owner only (chmod 600).</source>
        <translation>Der Export-Signaturschlüssel %1 ist für andere Benutzer zugänglich (Modus %2); er darf nur für seinen Besitzer lesbar sein (chmod 600).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Unbekannte Schemaversion %1.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Usage: tpm-station-cli operator add|list|disable --db PATH [options]
Passwords come from STATION_NEW_PASSWORD / STATION_PASSWORD or stdin, never from the command line.</source>
        <translation>Aufruf: tpm-station-cli operator add|list|disable --db PFAD [Optionen]
Passwörter kommen aus STATION_NEW_PASSWORD / STATION_PASSWORD oder stdin, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Manage the station&apos;s operators.</source>
        <translation>Die Bediener der Station verwalten.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation>Bediener-ID.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>operator, supervisor, quality or admin.</source>
        <translation>operator, supervisor, quality oder admin.</translation>
    </message>
    <message>
        <source>The admin doing this (password from STATION_PASSWORD or stdin).</source>
        <translation>Der Admin, der dies ausführt (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Begründung (wird im Audit-Trail erfasst).</translation>
    </message>
    <message>
        <source>Read passwords from stdin, one per line (new password first, then the admin&apos;s).</source>
        <translation>Passwörter von stdin lesen, eines pro Zeile (zuerst das neue Passwort, dann das des Admins).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db PFAD ist erforderlich.</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor, quality or admin.</source>
        <translation>--role muss operator, supervisor, quality oder admin sein.</translation>
    </message>
    <message>
        <source>--id and --name are required.</source>
        <translation>--id und --name sind erforderlich.</translation>
    </message>
    <message>
        <source>Give the new password in STATION_NEW_PASSWORD or on stdin (--password-stdin).</source>
        <translation>Das neue Passwort in STATION_NEW_PASSWORD oder über stdin (--password-stdin) angeben.</translation>
    </message>
    <message>
        <source>Operator %1 (%2, %3) added.</source>
        <translation>Bediener %1 (%2, %3) hinzugefügt.</translation>
    </message>
    <message>
        <source>--id and --reason are required.</source>
        <translation>--id und --reason sind erforderlich.</translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation>Bediener %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Order rework of a device that exhausted its retries (supervisor&apos;s electronic signature).</source>
        <translation>Nacharbeit eines Geräts anordnen, das seine Wiederholungen aufgebraucht hat (elektronische Signatur der Schichtleitung).</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>Seriennummer des Geräts.</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>ID des Produktprofils.</translation>
    </message>
    <message>
        <source>Signing supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>Unterzeichnende Schichtleitung (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Reason for the rework.</source>
        <translation>Grund für die Nacharbeit.</translation>
    </message>
    <message>
        <source>--db, --serial, --as and --reason are required.</source>
        <translation>--db, --serial, --as und --reason sind erforderlich.</translation>
    </message>
    <message>
        <source>Rework of %1 approved and signed by %2.</source>
        <translation>Nacharbeit von %1 genehmigt und signiert von %2.</translation>
    </message>
    <message>
        <source>Run the device again from this step (e.g. ownership-taken after a TPM clear); default: the step that failed.</source>
        <translation>Das Gerät ab diesem Schritt erneut durchlaufen lassen (z. B. ownership-taken nach einem TPM-Clear); Standard: der fehlgeschlagene Schritt.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; (--from-step): use tpm-installed, ek-extracted, ownership-taken, firmware-flashed or qa-check.</source>
        <translation>Unbekannter Schritt &quot;%1&quot; (--from-step): tpm-installed, ek-extracted, ownership-taken, firmware-flashed oder qa-check verwenden.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>An admin must sign in to add an operator.</source>
        <translation>Zum Hinzufügen eines Bedieners muss sich ein Admin anmelden.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>&apos;%1&apos; is not a valid operator ID (letters, digits, . _ -; up to 64 characters).</source>
        <translation>&apos;%1&apos; ist keine gültige Bediener-ID (Buchstaben, Ziffern, . _ -; bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <source>An operator needs a full name.</source>
        <translation>Ein Bediener braucht einen vollständigen Namen.</translation>
    </message>
    <message>
        <source>The password or PIN must have at least %1 characters.</source>
        <translation>Das Passwort bzw. die PIN muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password could not be hashed (scrypt unavailable).</source>
        <translation>Das Passwort konnte nicht gehasht werden (scrypt nicht verfügbar).</translation>
    </message>
    <message>
        <source>The first operator of a station must be an admin.</source>
        <translation>Der erste Bediener einer Station muss ein Admin sein.</translation>
    </message>
    <message>
        <source>Only an admin can add operators.</source>
        <translation>Nur ein Admin kann Bediener hinzufügen.</translation>
    </message>
    <message>
        <source>Operator ID %1 is already taken.</source>
        <translation>Die Bediener-ID %1 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Disabling an operator needs a reason.</source>
        <translation>Das Deaktivieren eines Bedieners braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Only an admin can disable operators.</source>
        <translation>Nur ein Admin kann Bediener deaktivieren.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Es gibt keinen Bediener %1.</translation>
    </message>
    <message>
        <source>Admins cannot disable themselves.</source>
        <translation>Admins können sich nicht selbst deaktivieren.</translation>
    </message>
    <message>
        <source>Unknown operator ID or wrong password.</source>
        <translation>Unbekannte Bediener-ID oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation>Bediener %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Operator %1 is locked after %2 failed attempts; try again in %3 minutes.</source>
        <translation>Bediener %1 ist nach %2 Fehlversuchen gesperrt; in %3 Minuten erneut versuchen.</translation>
    </message>
    <message>
        <source>Wrong password. Operator %1 is now locked for %2 minutes.</source>
        <translation>Falsches Passwort. Bediener %1 ist jetzt für %2 Minuten gesperrt.</translation>
    </message>
</context>
<context>
    <name>OwnershipCommand</name>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI (Standard: TPM2TOOLS_TCTI, sonst device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Step 3: take ownership of a TPM (secrets escrowed to the owner&apos;s certificate).</source>
        <translation>Schritt 3: Besitz eines TPM übernehmen (Geheimnisse beim Zertifikat des Besitzers hinterlegt).</translation>
    </message>
    <message>
        <source>The device owner&apos;s escrow certificate (PEM or DER).</source>
        <translation>Das Hinterlegungszertifikat des Gerätebesitzers (PEM oder DER).</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>Seriennummer des Geräts.</translation>
    </message>
    <message>
        <source>Device UUID (default: a new one).</source>
        <translation>UUID des Geräts (Standard: eine neue).</translation>
    </message>
    <message>
        <source>DA maxTries (default 32).</source>
        <translation>DA maxTries (Standard 32).</translation>
    </message>
    <message>
        <source>DA recoveryTime in seconds (default 7200).</source>
        <translation>DA recoveryTime in Sekunden (Standard 7200).</translation>
    </message>
    <message>
        <source>DA lockoutRecovery in seconds (default 86400).</source>
        <translation>DA lockoutRecovery in Sekunden (Standard 86400).</translation>
    </message>
    <message>
        <source>Disable TPM2_Clear (TPM2_ClearControl).</source>
        <translation>TPM2_Clear deaktivieren (TPM2_ClearControl).</translation>
    </message>
    <message>
        <source>Also set the endorsement authorization (breaks DPS TPM attestation in the field).</source>
        <translation>Auch die Endorsement-Autorisierung setzen (verhindert die DPS-TPM-Attestierung im Feld).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--serial is required.</source>
        <translation>--serial ist erforderlich.</translation>
    </message>
    <message>
        <source>--escrow-cert is required.</source>
        <translation>--escrow-cert ist erforderlich.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Rework: TPM2_Clear (platform hierarchy, or the escrowed lockout authorization) and the EK re-persisted.</source>
        <translation>Nacharbeit: TPM2_Clear (Plattformhierarchie oder hinterlegte Lockout-Autorisierung) und EK erneut persistiert.</translation>
    </message>
    <message>
        <source>Why the TPM is cleared (required).</source>
        <translation>Warum das TPM gelöscht wird (erforderlich).</translation>
    </message>
    <message>
        <source>Clear with the platform hierarchy (empty platform auth).</source>
        <translation>Mit der Plattformhierarchie löschen (leere Plattform-Autorisierung).</translation>
    </message>
    <message>
        <source>Clear with the escrowed lockout authorization, opened with the owner&apos;s private key.</source>
        <translation>Mit der hinterlegten Lockout-Autorisierung löschen, geöffnet mit dem privaten Schlüssel des Besitzers.</translation>
    </message>
    <message>
        <source>--serial and --reason are required.</source>
        <translation>--serial und --reason sind erforderlich.</translation>
    </message>
    <message>
        <source>Give exactly one of --platform and --lockout-key.</source>
        <translation>Genau eine der Optionen --platform und --lockout-key angeben.</translation>
    </message>
    <message>
        <source>No applied lockout authorization is escrowed for serial %1: refusing to guess (a wrong lockout value locks the TPM&apos;s lockout hierarchy).</source>
        <translation>Für Seriennummer %1 ist keine angewendete Lockout-Autorisierung hinterlegt: Raten wird verweigert (ein falscher Lockout-Wert sperrt die Lockout-Hierarchie des TPM).</translation>
    </message>
    <message>
        <source>TPM cleared; EK re-persisted at 0x81010001; escrow records of %1 revoked.</source>
        <translation>TPM gelöscht; EK erneut unter 0x81010001 persistiert; Hinterlegungsdatensätze von %1 widerrufen.</translation>
    </message>
    <message>
        <source>Also set the owner authorization (only for a device client that is given it).</source>
        <translation>Auch die Owner-Autorisierung setzen (nur für einen Geräte-Client, der sie erhält).</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c; see docs/OWNERSHIP.md).</source>
        <translation>Die Software, mit der sich das Gerät bei DPS registriert (Standard azure-iot-sdk-c; siehe docs/OWNERSHIP.md).</translation>
    </message>
    <message>
        <source>Check that a TPM&apos;s authorizations fit the device&apos;s DPS client (no authorization is tried).</source>
        <translation>Prüfen, ob die Autorisierungen eines TPM zum DPS-Client des Geräts passen (es wird keine Autorisierung ausprobiert).</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c).</source>
        <translation>Die Software, die das Gerät für DPS ausführt (Standard azure-iot-sdk-c).</translation>
    </message>
    <message>
        <source>The TPM&apos;s authorizations fit %1.</source>
        <translation>Die Autorisierungen des TPM passen zu %1.</translation>
    </message>
    <message>
        <source>The device needs rework before %1 can provision it. %2</source>
        <translation>Das Gerät braucht Nacharbeit, bevor %1 es provisionieren kann. %2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ownership take|clear|verify [options] (--help for details)</source>
        <translation>Aufruf: tpm-station-cli ownership take|clear|verify [Optionen] (--help für Details)</translation>
    </message>
</context>
<context>
    <name>OwnershipConfig</name>
    <message>
        <source>The ownership setting &quot;%1&quot; must be a whole number from %2 to 4294967295.</source>
        <translation>Die Besitzeinstellung &quot;%1&quot; muss eine ganze Zahl von %2 bis 4294967295 sein.</translation>
    </message>
    <message>
        <source>The ownership setting &quot;%1&quot; must be true or false.</source>
        <translation>Die Besitzeinstellung &quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>The product profile has no escrow certificate (ownership.escrowCertificate): the owner&apos;s certificate is required to escrow the TPM&apos;s owner secrets.</source>
        <translation>Das Produktprofil hat kein Hinterlegungszertifikat (ownership.escrowCertificate): Das Zertifikat des Besitzers ist nötig, um die Besitzergeheimnisse des TPM zu hinterlegen.</translation>
    </message>
    <message>
        <source>Unknown ownership setting &quot;%1&quot;.</source>
        <translation>Unbekannte Besitzeinstellung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but its device client %1 needs it empty: %1 persists its DPS key with TPM2_EvictControl through the owner hierarchy with an empty password, and would be refused in the field. Leave setOwnerAuth false, or use device.client &quot;aziot-identity-service&quot; with hierarchyAuthorization and ownerAuthDelivery.</source>
        <translation>Das Produktprofil setzt die Owner-Autorisierung (ownership.setOwnerAuth), aber sein Geräte-Client %1 braucht sie leer: %1 speichert seinen DPS-Schlüssel mit TPM2_EvictControl über die Owner-Hierarchie mit leerem Passwort und würde im Feld abgewiesen. Lassen Sie setOwnerAuth auf false oder verwenden Sie device.client „aziot-identity-service“ mit hierarchyAuthorization und ownerAuthDelivery.</translation>
    </message>
    <message>
        <source>The product profile sets the endorsement authorization (ownership.setEndorsementAuth), but its device client %1 needs it empty: it proves the EK under PolicySecret(endorsement) with an empty password, so DPS TPM attestation would fail. Only device.client &quot;none&quot; allows it.</source>
        <translation>Das Produktprofil setzt die Endorsement-Autorisierung (ownership.setEndorsementAuth), aber sein Geräte-Client %1 braucht sie leer: Er weist den EK unter PolicySecret(endorsement) mit leerem Passwort nach, die DPS-TPM-Attestierung würde scheitern. Nur device.client „none“ erlaubt sie.</translation>
    </message>
    <message>
        <source>The escrow certificate pin (ownership.escrowCertificateSha256) must be the 64 hex digits of the certificate&apos;s SHA-256 (openssl x509 -outform DER | sha256sum).</source>
        <translation>Die Festlegung des Hinterlegungszertifikats (ownership.escrowCertificateSha256) muss aus den 64 Hex-Ziffern des SHA-256 des Zertifikats bestehen (openssl x509 -outform DER | sha256sum).</translation>
    </message>
</context>
<context>
    <name>OwnershipTakenStation</name>
    <message>
        <source>The escrow certificate of this product cannot be used: %1</source>
        <translation>Das Hinterlegungszertifikat dieses Produkts ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No escrow store is configured.</source>
        <translation>Es ist kein Hinterlegungsspeicher konfiguriert.</translation>
    </message>
    <message>
        <source>The device has no serial number.</source>
        <translation>Das Gerät hat keine Seriennummer.</translation>
    </message>
    <message>
        <source>WARNING: the endorsement authorization is set. The DPS client uses an empty endorsement authorization: TPM attestation with the Device Provisioning Service WILL FAIL in the field for this device.</source>
        <translation>WARNUNG: Die Endorsement-Autorisierung ist gesetzt. Der DPS-Client verwendet eine leere Endorsement-Autorisierung: Die TPM-Attestierung beim Device Provisioning Service WIRD für dieses Gerät im Feld FEHLSCHLAGEN.</translation>
    </message>
    <message>
        <source>A rework needs a reason.</source>
        <translation>Eine Nacharbeit braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Clearing with the lockout hierarchy needs the escrowed lockout authorization.</source>
        <translation>Das Löschen mit der Lockout-Hierarchie braucht die hinterlegte Lockout-Autorisierung.</translation>
    </message>
    <message>
        <source>This TPM was owned under the earlier rule: %1. The ownership step cannot undo it. %2</source>
        <translation>Dieses TPM wurde nach der früheren Regel in Besitz genommen: %1. Der Besitzschritt kann das nicht rückgängig machen. %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The factory database %1 refused the credentials. The password comes from the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD, never from the command line.</source>
        <translation>Die Werksdatenbank %1 hat die Anmeldedaten abgelehnt. Das Passwort kommt aus der Passwortdatei (PGPASSFILE oder ~/.pgpass) oder aus PGPASSWORD, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached over the TLS the connection asks for (sslmode): %2</source>
        <translation>Die Werksdatenbank %1 ist nicht über das TLS erreichbar, das die Verbindung verlangt (sslmode): %2</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached: %2</source>
        <translation>Die Werksdatenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The factory database connection string does not parse: %1</source>
        <translation>Die Verbindungszeichenfolge der Werksdatenbank lässt sich nicht auswerten: %1</translation>
    </message>
    <message>
        <source>The factory database connection string holds a password. Put it in the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD instead.</source>
        <translation>Die Verbindungszeichenfolge der Werksdatenbank enthält ein Passwort. Das Passwort stattdessen in die Passwortdatei (PGPASSFILE oder ~/.pgpass) oder in PGPASSWORD eintragen.</translation>
    </message>
    <message>
        <source>Out of memory connecting to the factory database.</source>
        <translation>Speicher erschöpft beim Verbinden mit der Werksdatenbank.</translation>
    </message>
    <message>
        <source>The connection to the factory database %1 was lost: %2</source>
        <translation>Die Verbindung zur Werksdatenbank %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The factory database %1 does not permit this role to run %2: %3</source>
        <translation>Die Werksdatenbank %1 erlaubt dieser Rolle nicht, %2 auszuführen: %3</translation>
    </message>
    <message>
        <source>The factory database %1 refused the %2 statement: %3</source>
        <translation>Die Werksdatenbank %1 hat die %2-Anweisung abgelehnt: %3</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the connection in time.</source>
        <translation>Die Werksdatenbank %1 hat auf den Verbindungsaufbau nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the %2 statement in time; it was cancelled.</source>
        <translation>Die Werksdatenbank %1 hat auf die %2-Anweisung nicht rechtzeitig geantwortet; sie wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>Cannot read the product profile %1: %2</source>
        <translation>Das Produktprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The product profile %1 is not valid JSON: %2</source>
        <translation>Das Produktprofil %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The product profile needs an ID (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit) and maxRetries from 1 to 100.</source>
        <translation>Das Produktprofil braucht eine ID (1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer) und maxRetries von 1 bis 100.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Usage: tpm-station-cli profile pin-escrow --db PATH --profile FILE --as ADMIN --reason TEXT</source>
        <translation>Aufruf: tpm-station-cli profile pin-escrow --db PFAD --profile DATEI --as ADMIN --reason TEXT</translation>
    </message>
    <message>
        <source>Pin the product profile&apos;s escrow certificate: its SHA-256 is written to ownership.escrowCertificateSha256, signed by an administrator and audited.</source>
        <translation>Das Hinterlegungszertifikat des Produktprofils festlegen: Sein SHA-256 wird in ownership.escrowCertificateSha256 geschrieben, von einem Admin signiert und auditiert.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The product profile to change.</source>
        <translation>Das zu ändernde Produktprofil.</translation>
    </message>
    <message>
        <source>The administrator signing (password from STATION_PASSWORD or stdin).</source>
        <translation>Der Admin, der signiert (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>Why the pin changes.</source>
        <translation>Warum sich die Festlegung ändert.</translation>
    </message>
    <message>
        <source>Escrow certificate %1 pinned in profile %2: SHA-256 %3 (was %4).</source>
        <translation>Hinterlegungszertifikat %1 im Profil %2 festgelegt: SHA-256 %3 (vorher %4).</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The product profile is refused: %1</source>
        <translation>Das Produktprofil wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>The product profile %1 is a production profile: it cannot run on simulated devices.</source>
        <translation>Das Produktprofil %1 ist ein Produktionsprofil: Es kann nicht auf simulierten Geräten laufen.</translation>
    </message>
</context>
<context>
    <name>ProvisioningSettings</name>
    <message>
        <source>The DPS endpoint &apos;%1&apos; is not a host name (for example %2).</source>
        <translation>Der DPS-Endpunkt &apos;%1&apos; ist kein Hostname (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>The DPS ID scope &apos;%1&apos; is not valid: it is &apos;0ne&apos; followed by 8 upper-case letters or digits, for example 0ne000A1B2C.</source>
        <translation>Der DPS-ID-Bereich &apos;%1&apos; ist ungültig: Er besteht aus &apos;0ne&apos; gefolgt von 8 Großbuchstaben oder Ziffern, zum Beispiel 0ne000A1B2C.</translation>
    </message>
    <message>
        <source>The registration ID &apos;%1&apos; is not valid: up to 128 lower-case letters, digits and - . _ :, beginning and ending with a letter or digit.</source>
        <translation>Die Registrierungs-ID &apos;%1&apos; ist ungültig: bis zu 128 Kleinbuchstaben, Ziffern und - . _ :, beginnend und endend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; is not valid: 1 to 64 letters, digits and . _ -.</source>
        <translation>Das Produkt &apos;%1&apos; ist ungültig: 1 bis 64 Buchstaben, Ziffern und . _ -.</translation>
    </message>
    <message>
        <source>The provisioning settings have an unknown format.</source>
        <translation>Die Provisionierungseinstellungen haben ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>The provisioning settings do not fit into the TPM&apos;s settings index.</source>
        <translation>Die Provisionierungseinstellungen passen nicht in den Einstellungsindex des TPM.</translation>
    </message>
    <message>
        <source>The TPM holds no valid provisioning settings (%1).</source>
        <translation>Das TPM enthält keine gültigen Provisionierungseinstellungen (%1).</translation>
    </message>
</context>
<context>
    <name>QaCheckStation</name>
    <message numerus="yes">
        <source>(%n more problem(s) found, see details.)</source>
        <translation>
            <numerusform>(%n weiteres Problem gefunden, siehe Details.)</numerusform>
            <numerusform>(%n weitere Probleme gefunden, siehe Details.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A QA measurement is out of its limits.</source>
        <translation>Ein QA-Messwert liegt außerhalb seiner Grenzen.</translation>
    </message>
    <message>
        <source>The product profile has no DPS ID scope (section &quot;dps&quot;, key &quot;idScope&quot;).</source>
        <translation>Das Produktprofil hat keinen DPS-ID-Bereich (Abschnitt &quot;dps&quot;, Schlüssel &quot;idScope&quot;).</translation>
    </message>
    <message>
        <source>The DPS ID scope &quot;%1&quot; is not valid.</source>
        <translation>Der DPS-ID-Bereich &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>qa.sasValiditySeconds must lie between 60 and 31536000.</source>
        <translation>qa.sasValiditySeconds muss zwischen 60 und 31536000 liegen.</translation>
    </message>
    <message>
        <source>qa.firmwareNvIndex is not an NV index (0x01xxxxxx).</source>
        <translation>qa.firmwareNvIndex ist kein NV-Index (0x01xxxxxx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DPS registration ID (a-z, 0-9, - . _ : only, at most 128).</source>
        <translation>&quot;%1&quot; kann keine DPS-Registrierungs-ID sein (nur a-z, 0-9, - . _ :, höchstens 128).</translation>
    </message>
    <message>
        <source>The EK recorded by the EK step is missing. Run the EK step first.</source>
        <translation>Der vom EK-Schritt erfasste EK fehlt. Zuerst den EK-Schritt ausführen.</translation>
    </message>
    <message>
        <source>No EK is persisted at 0x81010001: the device&apos;s DPS client would find no EK. Send the device back to the EK step.</source>
        <translation>Unter 0x81010001 ist kein EK persistiert: Der DPS-Client des Geräts würde keinen EK finden. Gerät zurück zum EK-Schritt geben.</translation>
    </message>
    <message>
        <source>The EK at 0x81010001 changed since the EK step: the enrollment recorded for this device would not match. Send the device to rework.</source>
        <translation>Der EK unter 0x81010001 hat sich seit dem EK-Schritt geändert: Die für dieses Gerät erfasste Registrierung würde nicht passen. Gerät zur Nacharbeit geben.</translation>
    </message>
    <message>
        <source>No SRK is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>Unter 0x81000001 ist kein SRK persistiert: Die DPS-Attestierung würde fehlschlagen. Gerät zurück zum Besitzübernahme-Schritt geben.</translation>
    </message>
    <message>
        <source>The SRK at 0x81000001 is not of the standard template. Send the device back to the ownership step.</source>
        <translation>Der SRK unter 0x81000001 entspricht nicht der Standardvorlage. Gerät zurück zum Besitzübernahme-Schritt geben.</translation>
    </message>
    <message>
        <source>The firmware settings (NV index %1) are missing or unreadable. Send the device back to the firmware step.</source>
        <translation>Die Firmware-Einstellungen (NV-Index %1) fehlen oder sind nicht lesbar. Gerät zurück zum Firmware-Schritt geben.</translation>
    </message>
    <message>
        <source>The QA check was cancelled.</source>
        <translation>Die QA-Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The station could not prepare the DPS rehearsal.</source>
        <translation>Die Station konnte die DPS-Probe nicht vorbereiten.</translation>
    </message>
    <message>
        <source>The SAS token signed by the TPM does not verify: DPS would refuse the device. Send the device to rework.</source>
        <translation>Das vom TPM signierte SAS-Token lässt sich nicht verifizieren: DPS würde das Gerät ablehnen. Gerät zur Nacharbeit geben.</translation>
    </message>
    <message>
        <source>A DPS identity key is left at %1: the device must not ship with it. Repeat the QA check.</source>
        <translation>Ein DPS-Identitätsschlüssel liegt noch bei %1: Das Gerät darf damit nicht ausgeliefert werden. Wiederholen Sie die QS-Prüfung.</translation>
    </message>
    <message>
        <source>The TPM holds objects the product does not ship with: %1. Send the device to rework.</source>
        <translation>Das TPM enthält Objekte, mit denen das Produkt nicht ausgeliefert wird: %1. Schicken Sie das Gerät in die Nacharbeit.</translation>
    </message>
    <message>
        <source>The lockout authorization is still empty: ownership was not taken. Send the device back to the ownership step.</source>
        <translation>Die Lockout-Autorisierung ist noch leer: Die Inbesitznahme wurde nicht durchgeführt. Schicken Sie das Gerät zurück zum Ownership-Schritt.</translation>
    </message>
    <message>
        <source>The QA key could not be removed from the TPM (handle %1). Repeat the QA check; the device must not ship with it.</source>
        <translation>Der QS-Schlüssel konnte nicht aus dem TPM entfernt werden (Handle %1). Wiederholen Sie die QS-Prüfung; das Gerät darf nicht damit ausgeliefert werden.</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — the owner authorization does not match.</source>
        <translation>%1: %2 mit leerer Owner-Autorisierung wird abgelehnt — die Owner-Autorisierung passt nicht.</translation>
    </message>
    <message>
        <source>%1: %2 with the owner authorization the device is given is refused — the owner authorization does not match.</source>
        <translation>%1: %2 mit der Owner-Autorisierung, die das Gerät erhält, wird abgelehnt — die Owner-Autorisierung passt nicht.</translation>
    </message>
    <message>
        <source>%1 uses %2, which this TPM does not implement: the client would fail in the field. This TPM cannot serve %1.</source>
        <translation>%1 verwendet %2, was dieses TPM nicht implementiert: Der Client würde im Feld scheitern. Dieses TPM kann %1 nicht bedienen.</translation>
    </message>
</context>
<context>
    <name>RegistrationId</name>
    <message>
        <source>The registration ID is empty.</source>
        <translation>Die Registrierungs-ID ist leer.</translation>
    </message>
    <message>
        <source>The registration ID has %1 characters; at most 128 are allowed.</source>
        <translation>Die Registrierungs-ID hat %1 Zeichen; höchstens 128 sind erlaubt.</translation>
    </message>
    <message>
        <source>The registration ID must be lowercase (&apos;%1&apos;).</source>
        <translation>Die Registrierungs-ID muss aus Kleinbuchstaben bestehen (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The registration ID may contain only letters, digits and - . _ : (found &apos;%1&apos;).</source>
        <translation>Die Registrierungs-ID darf nur Buchstaben, Ziffern und - . _ : enthalten (gefunden: &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The registration ID must start and end with a letter or digit.</source>
        <translation>Die Registrierungs-ID muss mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>The EK file is empty.</source>
        <translation>Die EK-Datei ist leer.</translation>
    </message>
    <message>
        <source>This is neither a binary TPM2B_PUBLIC (as written by tpm2_createek -u) nor its base64 text.</source>
        <translation>Dies ist weder ein binäres TPM2B_PUBLIC (wie von tpm2_createek -u geschrieben) noch dessen Base64-Text.</translation>
    </message>
    <message>
        <source>The EK is not a valid TPM2B_PUBLIC.</source>
        <translation>Der EK ist kein gültiges TPM2B_PUBLIC.</translation>
    </message>
    <message>
        <source>The EK is an ECC key: Azure DPS TPM attestation accepts RSA-2048 EKs only. Configure the product for the RSA-2048 EK (algorithm rsa2048).</source>
        <translation>Der EK ist ein ECC-Schlüssel: Die Azure-DPS-TPM-Attestierung akzeptiert nur RSA-2048-EKs. Das Produkt für den RSA-2048-EK konfigurieren (Algorithmus rsa2048).</translation>
    </message>
    <message>
        <source>Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>Die Azure-DPS-TPM-Attestierung akzeptiert nur RSA-2048-EKs.</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>The factory database committed the records, but the station database could not note it (they will be sent again, harmlessly): %1</source>
        <translation>Die Werksdatenbank hat die Datensätze festgeschrieben, aber die Stationsdatenbank konnte das nicht vermerken (sie werden erneut gesendet, was unschädlich ist): %1</translation>
    </message>
    <message>
        <source>The factory database answered the batch unexpectedly.</source>
        <translation>Die Werksdatenbank hat unerwartet auf den Stapel geantwortet.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Fleet root directory.</source>
        <translation>Stammverzeichnis der Flotte.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Anzahl simulierter Geräte.</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs running.</source>
        <translation>Simulierte TPMs weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--simulate takes a positive whole number.</source>
        <translation>--simulate erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>Simulierte Flotte: %1</translation>
    </message>
    <message>
        <source>Run the station on its embedded default: the line over a simulated TPM fleet.</source>
        <translation>Die Station mit ihrer eingebauten Standardkonfiguration ausführen: die Linie über eine simulierte TPM-Flotte.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Parallel test sockets.</source>
        <translation>Parallele Prüfplätze.</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>Station database: %1</source>
        <translation>Stationsdatenbank: %1</translation>
    </message>
    <message>
        <source>Product profile (JSON file); default: the simulation kit&apos;s profile in the fleet root.</source>
        <translation>Produktprofil (JSON-Datei); Standard: das Profil des Simulationskits im Stammverzeichnis der Flotte.</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The firmware-signing key %1 cannot be used (%2). Ask a supervisor to check the product profile.</source>
        <translation>Der Firmware-Signaturschlüssel %1 ist nicht verwendbar (%2). Die Schichtleitung bitten, das Produktprofil zu prüfen.</translation>
    </message>
    <message>
        <source>The firmware was signed with a key this product does not trust. Nothing was written; set the release aside and call engineering.</source>
        <translation>Die Firmware wurde mit einem Schlüssel signiert, dem dieses Produkt nicht vertraut. Es wurde nichts geschrieben; Release zurückstellen und die Entwicklung rufen.</translation>
    </message>
    <message>
        <source>The firmware signature is not valid: the release may have been altered. Nothing was written; call engineering.</source>
        <translation>Die Firmware-Signatur ist ungültig: Das Release wurde möglicherweise verändert. Es wurde nichts geschrieben; die Entwicklung rufen.</translation>
    </message>
</context>
<context>
    <name>SignedChange</name>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>Nur %1 darf dies tun (%2); %3 ist %4.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Manage the simulated TPM fleet (swtpm devices with EK certificates).</source>
        <translation>Die simulierte TPM-Flotte verwalten (swtpm-Geräte mit EK-Zertifikaten).</translation>
    </message>
    <message>
        <source>Fleet root directory (default: %1).</source>
        <translation>Stammverzeichnis der Flotte (Standard: %1).</translation>
    </message>
    <message>
        <source>Number of devices (create).</source>
        <translation>Anzahl der Geräte (create).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation>--count erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>No simulated fleet at %1.</source>
        <translation>Keine simulierte Flotte in %1.</translation>
    </message>
    <message>
        <source>swtpm timing</source>
        <translation>swtpm-Timing</translation>
    </message>
    <message>
        <source>simulated %1 timing</source>
        <translation>simuliertes %1-Timing</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</source>
        <translation>Aufruf: tpm-station-cli sim create|start|stop|list --root VERZ [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</translation>
    </message>
    <message>
        <source>Make the simulated TPMs answer as slowly as a discrete TPM (create): dtpm (typical), fast, or none (as fast as swtpm).</source>
        <translation>Die simulierten TPMs so langsam antworten lassen wie ein diskretes TPM (create): dtpm (typisch), fast oder none (so schnell wie swtpm).</translation>
    </message>
    <message>
        <source>Seed of the timing model&apos;s draws, hexadecimal (create).</source>
        <translation>Startwert der Zufallsziehungen des Timing-Modells, hexadezimal (create).</translation>
    </message>
    <message>
        <source>--timing-seed takes a hexadecimal number.</source>
        <translation>--timing-seed erwartet eine Hexadezimalzahl.</translation>
    </message>
    <message>
        <source>--timing takes one of: %1.</source>
        <translation>--timing erwartet einen der Werte: %1.</translation>
    </message>
</context>
<context>
    <name>SimFleet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulated fleet of this station</source>
        <translation>%1 ist keine simulierte Flotte dieser Station</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>swtpm_localca is not installed (package swtpm-tools).</source>
        <translation>swtpm_localca ist nicht installiert (Paket swtpm-tools).</translation>
    </message>
    <message>
        <source>No simulated device with serial %1 in %2</source>
        <translation>Kein simuliertes Gerät mit Seriennummer %1 in %2</translation>
    </message>
    <message>
        <source>swtpm_setup is not installed (package swtpm-tools).</source>
        <translation>swtpm_setup ist nicht installiert (Paket swtpm-tools).</translation>
    </message>
    <message>
        <source>swtpm_setup failed for %1: %2</source>
        <translation>swtpm_setup für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A fleet holds 1 to 1000 devices; %1 was asked for.</source>
        <translation>Eine Flotte umfasst 1 bis 1000 Geräte; angefordert wurden %1.</translation>
    </message>
    <message>
        <source>Another process is using the fleet at %1</source>
        <translation>Ein anderer Prozess verwendet die Flotte in %1</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no fleet; choose an empty directory</source>
        <translation>%1 ist nicht leer und enthält keine Flotte; bitte ein leeres Verzeichnis wählen</translation>
    </message>
    <message>
        <source>swtpm is not installed (package swtpm).</source>
        <translation>swtpm ist nicht installiert (Paket swtpm).</translation>
    </message>
    <message>
        <source>No free pair of loopback ports</source>
        <translation>Kein freies Paar von Loopback-Ports</translation>
    </message>
    <message>
        <source>swtpm did not answer on port %1</source>
        <translation>swtpm hat auf Port %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>swtpm for %1 would not start: %2</source>
        <translation>swtpm für %1 startet nicht: %2</translation>
    </message>
    <message>
        <source>No simulated fleet at %1; create one first</source>
        <translation>Keine simulierte Flotte in %1; bitte zuerst eine anlegen</translation>
    </message>
    <message>
        <source>Unknown timing model %1: choose one of %2.</source>
        <translation>Unbekanntes Timing-Modell %1: eines von %2 wählen.</translation>
    </message>
    <message>
        <source>The timing model %1 is invalid: %2</source>
        <translation>Das Timing-Modell %1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>SimulatedFlasher</name>
    <message>
        <source>The firmware image could not be read for flashing.</source>
        <translation>Das Firmware-Image konnte zum Flashen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The simulated device has no flash memory. Recreate the simulated fleet.</source>
        <translation>Das simulierte Gerät hat keinen Flash-Speicher. Die simulierte Flotte neu anlegen.</translation>
    </message>
    <message>
        <source>The firmware image (%1 bytes) is larger than the device&apos;s flash (%2 bytes).</source>
        <translation>Das Firmware-Image (%1 Bytes) ist größer als der Flash-Speicher des Geräts (%2 Bytes).</translation>
    </message>
    <message>
        <source>The programmer reported an error. The firmware is NOT flashed: see the programmer log.</source>
        <translation>Das Programmiergerät hat einen Fehler gemeldet. Die Firmware ist NICHT geflasht: siehe Protokoll des Programmiergeräts.</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>Das Flashen wurde abgebrochen. Die Firmware ist NICHT geflasht.</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>Das Programmiergerät ist nicht innerhalb von %1 s fertig geworden und wurde gestoppt. Die Firmware ist NICHT geflasht: Verbindung zum Programmiergerät prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The simulated flash could not be written.</source>
        <translation>Der simulierte Flash-Speicher konnte nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>The simulated flash could not be read back.</source>
        <translation>Der simulierte Flash-Speicher konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>Das Gerät enthält nicht das geflashte Image (zurückgelesene Daten weichen ab). Die Firmware ist NICHT geflasht: erneut versuchen, dann das Gerät aussortieren.</translation>
    </message>
</context>
<context>
    <name>SimulationKit</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The simulation kit needs a fleet root directory.</source>
        <translation>Das Simulationskit braucht ein Stammverzeichnis für die Flotte.</translation>
    </message>
    <message>
        <source>Simulated widget (simulation kit)</source>
        <translation>Simuliertes Widget (Simulationskit)</translation>
    </message>
    <message>
        <source>The simulation kit failed at: %1 (%2).</source>
        <translation>Das Simulationskit ist fehlgeschlagen bei: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SlotCommand</name>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI, z. B. swtpm:host=127.0.0.1,port=2321 (Standard: TPM2TOOLS_TCTI, sonst device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>Logischer Slot, 0 bis 9.</translation>
    </message>
    <message>
        <source>Add --replace to do so.</source>
        <translation>Dazu --replace angeben.</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot muss eine ganze Zahl von 0 bis 9 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>NV-Index</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Hostname / device ID</source>
        <translation>Hostname / Geräte-ID</translation>
    </message>
    <message>
        <source>%1 / %2 (hardware device ID)</source>
        <translation>%1 / %2 (Hardware-Geräte-ID)</translation>
    </message>
    <message>
        <source>The ten Limpet slots of a TPM: hostname and device ID, never the key.</source>
        <translation>Die zehn Limpet-Slots eines TPM: Hostname und Geräte-ID, nie der Schlüssel.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Imprint an IoT hub hostname, device ID and device key into a Limpet slot. The key file holds the base64 key (32 to 64 bytes); the key is never printed.</source>
        <translation>Hostname eines IoT-Hubs, Geräte-ID und Geräteschlüssel in einen Limpet-Slot schreiben. Die Schlüsseldatei enthält den Base64-Schlüssel (32 bis 64 Bytes); der Schlüssel wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>IoT hub hostname.</source>
        <translation>Hostname des IoT-Hubs.</translation>
    </message>
    <message>
        <source>IoT Hub device ID (omitted: the hardware device ID).</source>
        <translation>IoT-Hub-Geräte-ID (weggelassen: die Hardware-Geräte-ID).</translation>
    </message>
    <message>
        <source>File holding the base64 device key.</source>
        <translation>Datei mit dem Base64-Geräteschlüssel.</translation>
    </message>
    <message>
        <source>Destroy what the slot holds first (otherwise an occupied slot is refused).</source>
        <translation>Zuerst den Inhalt des Slots vernichten (sonst wird ein belegter Slot abgelehnt).</translation>
    </message>
    <message>
        <source>slot provision needs --slot, --hostname and --key-file.

%1</source>
        <translation>slot provision braucht --slot, --hostname und --key-file.

%1</translation>
    </message>
    <message>
        <source>Slot %1 provisioned: %2 / %3 (NV index %4, key %5).</source>
        <translation>Slot %1 provisioniert: %2 / %3 (NV-Index %4, Schlüssel %5).</translation>
    </message>
    <message>
        <source>The SAS token the device computes from a slot (TPM2_HMAC with the slot&apos;s key), printed exactly as Limpet&apos;s GetSASToken returns it.</source>
        <translation>Das SAS-Token, das das Gerät aus einem Slot berechnet (TPM2_HMAC mit dem Schlüssel des Slots), genau so ausgegeben, wie GetSASToken von Limpet es liefert.</translation>
    </message>
    <message>
        <source>Seconds the token is valid (3600).</source>
        <translation>Gültigkeit des Tokens in Sekunden (3600).</translation>
    </message>
    <message>
        <source>Print the connection string (GetConnectionString) instead.</source>
        <translation>Stattdessen die Verbindungszeichenfolge (GetConnectionString) ausgeben.</translation>
    </message>
    <message>
        <source>slot sas needs --slot.

%1</source>
        <translation>slot sas braucht --slot.

%1</translation>
    </message>
    <message>
        <source>Remove a Limpet slot: undefine its NV index and evict its key, as the Device Portal&apos;s &quot;Remove keys&quot; does on a bench TPM.</source>
        <translation>Einen Limpet-Slot entfernen: seinen NV-Index entfernen und seinen persistenten Schlüssel löschen, wie es &quot;Remove keys&quot; im Device Portal auf einem Labor-TPM tut.</translation>
    </message>
    <message>
        <source>slot destroy needs --slot.

%1</source>
        <translation>slot destroy braucht --slot.

%1</translation>
    </message>
    <message>
        <source>NV index %1 undefined</source>
        <translation>NV-Index %1 entfernt</translation>
    </message>
    <message>
        <source>no NV index</source>
        <translation>kein NV-Index</translation>
    </message>
    <message>
        <source>key %1 evicted</source>
        <translation>Schlüssel %1 gelöscht</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>Slot %1 destroyed: %2, %3.</source>
        <translation>Slot %1 vernichtet: %2, %3.</translation>
    </message>
    <message>
        <source>The hardware device ID Limpet derives for a slot from the SRK.</source>
        <translation>Die Hardware-Geräte-ID, die Limpet für einen Slot aus dem SRK ableitet.</translation>
    </message>
    <message>
        <source>slot hwid needs --slot.

%1</source>
        <translation>slot hwid braucht --slot.

%1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot &lt;command&gt; [options]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db PATH --as ID --serial S --reason TEXT]
  hwid      --tcti T --slot N
  group-key import --db PATH --as ID --product P (--key-file F | --cms-file F --cms-key K)</source>
        <translation>Aufruf: tpm-station-cli slot &lt;Befehl&gt; [Optionen]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db PFAD --as ID --serial S --reason TEXT]
  hwid      --tcti T --slot N
  group-key import --db PFAD --as ID --product P (--key-file F | --cms-file F --cms-key K)</translation>
    </message>
</context>
<context>
    <name>SlotConflict</name>
    <message>
        <source>%1 persists its DPS identity key at %2 and evicts whatever is there first, and %2 is where Limpet slot %3 keeps its HMAC key.</source>
        <translation>%1 persistiert seinen DPS-Identitätsschlüssel unter %2 und löscht vorher, was dort liegt, und unter %2 hält Limpet-Slot %3 seinen HMAC-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 deletes the NV index %2 of Limpet slot %3 before it attests.</source>
        <translation>%1 löscht den NV-Index %2 von Limpet-Slot %3, bevor es attestiert.</translation>
    </message>
    <message>
        <source>Use another slot, or a device.authKeyIndex other than %1.</source>
        <translation>Einen anderen Slot oder einen anderen device.authKeyIndex als %1 verwenden.</translation>
    </message>
    <message>
        <source>Use a slot from 1 to 9, or the Azure IoT Identity Service with an authKeyIndex that no slot uses.</source>
        <translation>Einen Slot von 1 bis 9 verwenden oder den Azure IoT Identity Service mit einem authKeyIndex, den kein Slot belegt.</translation>
    </message>
    <message>
        <source>Limpet slot %1 cannot be combined with DPS TPM attestation by %2: %3 DPS registration would destroy the slot&apos;s credentials. %4</source>
        <translation>Limpet-Slot %1 lässt sich nicht mit der DPS-TPM-Attestierung durch %2 kombinieren: %3 Die DPS-Registrierung würde die Anmeldedaten des Slots vernichten. %4</translation>
    </message>
</context>
<context>
    <name>SlotCredentials</name>
    <message>
        <source>The station cannot keep the device&apos;s slot keys: %1 Nothing was shipped; run the step again.</source>
        <translation>Die Station kann die Slot-Schlüssel des Geräts nicht aufbewahren: %1 Es wurde nichts ausgeliefert; den Schritt erneut ausführen.</translation>
    </message>
    <message>
        <source>The station&apos;s random generator refused to make device keys.</source>
        <translation>Der Zufallsgenerator der Station hat das Erzeugen von Geräteschlüsseln verweigert.</translation>
    </message>
    <message>
        <source>The credential mode %1 needs the station database to keep the device&apos;s keys, and this station runs without one.</source>
        <translation>Der Anmeldedaten-Modus %1 braucht die Stationsdatenbank, um die Schlüssel des Geräts aufzubewahren, und diese Station läuft ohne.</translation>
    </message>
    <message>
        <source>The device&apos;s key could not be imprinted into its TPM slot: %1 Run the step again.</source>
        <translation>Der Schlüssel des Geräts konnte nicht in seinen TPM-Slot geschrieben werden: %1 Den Schritt erneut ausführen.</translation>
    </message>
    <message>
        <source>The slot check needs the station database, and this station runs without one.</source>
        <translation>Die Slot-Prüfung braucht die Stationsdatenbank, und diese Station läuft ohne.</translation>
    </message>
    <message>
        <source>No keys are recorded for slot %1 of this device: the firmware step must imprint the slot again.</source>
        <translation>Für Slot %1 dieses Geräts sind keine Schlüssel erfasst: Der Firmware-Schritt muss den Slot erneut beschreiben.</translation>
    </message>
    <message>
        <source>The TPM slot cannot be read: %1</source>
        <translation>Der TPM-Slot kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The TPM could not compute the device&apos;s SAS token: %1 Send the device back to the firmware step.</source>
        <translation>Das TPM konnte das SAS-Token des Geräts nicht berechnen: %1 Das Gerät an den Firmware-Schritt zurückgeben.</translation>
    </message>
    <message>
        <source>The SAS token the TPM computes from slot %1 does not match the keys recorded for this device: IoT Hub would refuse it. Send the device back to the firmware step.</source>
        <translation>Das SAS-Token, das das TPM aus Slot %1 berechnet, passt nicht zu den für dieses Gerät erfassten Schlüsseln: IoT Hub würde es ablehnen. Das Gerät an den Firmware-Schritt zurückgeben.</translation>
    </message>
</context>
<context>
    <name>SlotKeyExporter</name>
    <message>
        <source>The key files could not be assembled.</source>
        <translation>Die Schlüsseldateien konnten nicht zusammengestellt werden.</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>Simulierte Geräte werden aus einem Produktionsprofil nie exportiert.</translation>
    </message>
    <message>
        <source>An output directory and a product are required.</source>
        <translation>Ein Ausgabeverzeichnis und ein Produkt sind erforderlich.</translation>
    </message>
    <message>
        <source>The product&apos;s credential mode &quot;%1&quot; keeps no keys in TPM slots: use the DPS enrollment batch export.</source>
        <translation>Der Anmeldedaten-Modus &quot;%1&quot; des Produkts hält keine Schlüssel in TPM-Slots: den Export als DPS-Registrierungscharge verwenden.</translation>
    </message>
    <message>
        <source>The cloud engineer&apos;s certificate cannot be used: %1</source>
        <translation>Das Zertifikat des Cloud-Engineers ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No device of product %1 that passed QA holds recorded slot keys.</source>
        <translation>Kein Gerät des Produkts %1, das die QA bestanden hat, hat erfasste Slot-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SlotLineCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import a product&apos;s DPS symmetric-key group key, once, by a supervisor. It is stored only encrypted and never shown again.</source>
        <translation>Den Gruppenschlüssel für symmetrische DPS-Schlüssel eines Produkts importieren, einmalig, durch die Schichtleitung. Er wird nur verschlüsselt gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>Die Schichtleitung (Passwort aus STATION_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>The product the group key is for.</source>
        <translation>Das Produkt, für das der Gruppenschlüssel gilt.</translation>
    </message>
    <message>
        <source>File holding the base64 group key.</source>
        <translation>Datei mit dem Base64-Gruppenschlüssel.</translation>
    </message>
    <message>
        <source>CMS EnvelopedData (DER) holding the base64 group key.</source>
        <translation>CMS EnvelopedData (DER) mit dem Base64-Gruppenschlüssel.</translation>
    </message>
    <message>
        <source>Private key that opens --cms-file.</source>
        <translation>Privater Schlüssel, der --cms-file öffnet.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Grund (wird erfasst).</translation>
    </message>
    <message>
        <source>The group key of product %1 is stored encrypted (record %2). It will not be shown again.</source>
        <translation>Der Gruppenschlüssel des Produkts %1 ist verschlüsselt gespeichert (Datensatz %2). Er wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <source>&quot;Remove keys&quot; of a recorded device: destroy its slot, with a supervisor&apos;s electronic signature and a reason.</source>
        <translation>&quot;Remove keys&quot; für ein erfasstes Gerät: seinen Slot vernichten, mit elektronischer Signatur der Schichtleitung und einem Grund.</translation>
    </message>
    <message>
        <source>TCTI of the device&apos;s TPM.</source>
        <translation>TCTI des TPM des Geräts.</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>Logischer Slot, 0 bis 9.</translation>
    </message>
    <message>
        <source>The supervisor signing.</source>
        <translation>Die signierende Schichtleitung.</translation>
    </message>
    <message>
        <source>The device&apos;s serial.</source>
        <translation>Die Seriennummer des Geräts.</translation>
    </message>
    <message>
        <source>Why the keys are removed (required).</source>
        <translation>Warum die Schlüssel entfernt werden (erforderlich).</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot muss eine ganze Zahl von 0 bis 9 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>slot destroy with --db needs --as, --serial and --reason.</source>
        <translation>slot destroy mit --db braucht --as, --serial und --reason.</translation>
    </message>
    <message>
        <source>Slot %1 of device %2 destroyed; signed by %3 (signature %4).</source>
        <translation>Slot %1 von Gerät %2 vernichtet; signiert von %3 (Signatur %4).</translation>
    </message>
    <message>
        <source>Export the slot keys of the devices that passed QA for the cloud engineer: IoT Hub import-devices lines and an az script, encrypted to the cloud engineer&apos;s certificate (or the registration IDs of a DPS group).</source>
        <translation>Die Slot-Schlüssel der Geräte, die die QA bestanden haben, für den Cloud-Engineer exportieren: IoT-Hub-Zeilen für import-devices und ein az-Skript, verschlüsselt für das Zertifikat des Cloud-Engineers (oder die Registrierungs-IDs einer DPS-Gruppe).</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>Ausgabeverzeichnis (neu oder leer).</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;credentials&quot; section).</source>
        <translation>Produktprofil-JSON (sein Abschnitt &quot;credentials&quot;).</translation>
    </message>
    <message>
        <source>Include simulated devices.</source>
        <translation>Simulierte Geräte einschließen.</translation>
    </message>
    <message>
        <source>The operator exporting.</source>
        <translation>Der exportierende Bediener.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>--db PATH, --out DIR and --profile FILE are required.</source>
        <translation>--db PFAD, --out VERZ und --profile DATEI sind erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1.</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert.</numerusform>
            <numerusform>%n Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group key (base64): </source>
        <translation>Gruppenschlüssel (Base64): </translation>
    </message>
    <message>
        <source>No terminal to type the group key at: use --key-file or --cms-file.</source>
        <translation>Kein Terminal zur Eingabe des Gruppenschlüssels: --key-file oder --cms-file verwenden.</translation>
    </message>
    <message>
        <source>The same group key again: </source>
        <translation>Derselbe Gruppenschlüssel noch einmal: </translation>
    </message>
    <message>
        <source>The two group keys typed differ. Nothing was stored.</source>
        <translation>Die beiden eingegebenen Gruppenschlüssel unterscheiden sich. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot group-key import --db PATH --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXT]
Without --key-file or --cms-file the key is typed twice at the terminal.</source>
        <translation>Aufruf: tpm-station-cli slot group-key import --db PFAD --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXT]
Ohne --key-file oder --cms-file wird der Schlüssel zweimal am Terminal eingegeben.</translation>
    </message>
</context>
<context>
    <name>SqliteEscrowStore</name>
    <message>
        <source>Escrow database: %1</source>
        <translation>Hinterlegungsdatenbank: %1</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>Ein Hinterlegungsdatensatz braucht eine Seriennummer, Hierarchien und CMS-Daten.</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>Die Stationsdatenbank ist nur lesend geöffnet.</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>Der Hinterlegungsdatensatz %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Escrow record %1 in the station database is damaged.</source>
        <translation>Der Hinterlegungsdatensatz %1 in der Stationsdatenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>Kein Hinterlegungsdatensatz %1 für Seriennummer %2.</translation>
    </message>
    <message>
        <source>Escrow record %1 cannot change from %2 to %3.</source>
        <translation>Der Hinterlegungsdatensatz %1 kann nicht von %2 zu %3 wechseln.</translation>
    </message>
</context>
<context>
    <name>SqliteRunStore</name>
    <message>
        <source>No product profile is selected.</source>
        <translation>Es ist kein Produktprofil ausgewählt.</translation>
    </message>
    <message>
        <source>Unknown device %1.</source>
        <translation>Unbekanntes Gerät %1.</translation>
    </message>
    <message>
        <source>Unknown run.</source>
        <translation>Unbekannter Lauf.</translation>
    </message>
    <message>
        <source>This TPM&apos;s endorsement key is already registered to device %1. Set the device aside and call the supervisor.</source>
        <translation>Der Endorsement Key dieses TPM ist bereits für Gerät %1 registriert. Gerät aussortieren und die Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Rework needs a reason.</source>
        <translation>Nacharbeit braucht eine Begründung.</translation>
    </message>
    <message>
        <source>There is no device %1 of product %2.</source>
        <translation>Es gibt kein Gerät %1 des Produkts %2.</translation>
    </message>
    <message>
        <source>The station key %1 is missing. This database&apos;s audit trail is signed with the key %2; a new key is not created for an existing trail. Restore the key file from its backup.</source>
        <translation>Der Stationsschlüssel %1 fehlt. Der Audit-Trail dieser Datenbank ist mit dem Schlüssel %2 signiert; für einen bestehenden Trail wird kein neuer Schlüssel erzeugt. Die Schlüsseldatei aus ihrer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The station key %1 (%2) is not the key this database&apos;s audit trail is signed with (%3).</source>
        <translation>Der Stationsschlüssel %1 (%2) ist nicht der Schlüssel, mit dem der Audit-Trail dieser Datenbank signiert ist (%3).</translation>
    </message>
    <message>
        <source>Only %1 can order rework; %2 is %3.</source>
        <translation>Nur %1 kann Nacharbeit anordnen; %2 ist %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSlotKeyStore</name>
    <message>
        <source>Cannot read the station&apos;s key-encryption key %1: %2</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel %1 der Station kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is damaged (it must hold 32 bytes).</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel %1 der Station ist beschädigt (er muss 32 Bytes enthalten).</translation>
    </message>
    <message>
        <source>The random generator refused to make a key-encryption key.</source>
        <translation>Der Zufallsgenerator hat das Erzeugen eines Schlüsselverschlüsselungsschlüssels verweigert.</translation>
    </message>
    <message>
        <source>Cannot write the station&apos;s key-encryption key %1: %2</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel %1 der Station kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>Die Stationsdatenbank ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>A slot key record needs a serial, a slot and a key.</source>
        <translation>Ein Slot-Schlüssel-Datensatz braucht eine Seriennummer, einen Slot und einen Schlüssel.</translation>
    </message>
    <message>
        <source>No slot key record %1 for serial %2.</source>
        <translation>Kein Slot-Schlüssel-Datensatz %1 für Seriennummer %2.</translation>
    </message>
    <message>
        <source>Slot key record %1 cannot change from %2 to %3.</source>
        <translation>Slot-Schlüssel-Datensatz %1 kann nicht von %2 zu %3 wechseln.</translation>
    </message>
    <message>
        <source>Slot key record %1 is damaged.</source>
        <translation>Slot-Schlüssel-Datensatz %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is missing: the stored keys cannot be opened.</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel %1 der Station fehlt: Die gespeicherten Schlüssel können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A stored key is encrypted to another key-encryption key (%1), not this station&apos;s (%2).</source>
        <translation>Ein gespeicherter Schlüssel ist für einen anderen Schlüsselverschlüsselungsschlüssel (%1) verschlüsselt, nicht für den dieser Station (%2).</translation>
    </message>
    <message>
        <source>No slot key record %1.</source>
        <translation>Kein Slot-Schlüssel-Datensatz %1.</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1.</source>
        <translation>Für das Produkt %1 wurde kein DPS-Gruppenschlüssel importiert.</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1: a supervisor imports it with &quot;slot group-key import&quot;.</source>
        <translation>Für das Produkt %1 wurde kein DPS-Gruppenschlüssel importiert: Die Schichtleitung importiert ihn mit &quot;slot group-key import&quot;.</translation>
    </message>
    <message>
        <source>A group key needs the product it belongs to.</source>
        <translation>Ein Gruppenschlüssel braucht das Produkt, zu dem er gehört.</translation>
    </message>
    <message>
        <source>A DPS group key has %1 to %2 bytes.</source>
        <translation>Ein DPS-Gruppenschlüssel hat %1 bis %2 Bytes.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>The station database records no keys in slot %1 of device %2: nothing to remove.</source>
        <translation>Die Stationsdatenbank erfasst keine Schlüssel in Slot %1 von Gerät %2: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>Nur %1 darf dies tun (%2); %3 ist %4.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Station database (production mode unless --simulate).</source>
        <translation>Stationsdatenbank (Produktionsmodus, außer mit --simulate).</translation>
    </message>
    <message>
        <source>Product profile, JSON file (production mode unless --simulate).</source>
        <translation>Produktprofil, JSON-Datei (Produktionsmodus, außer mit --simulate).</translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation>Stammverzeichnis der simulierten Flotte.</translation>
    </message>
    <message>
        <source>Simulation: run over N simulated devices (0: production).</source>
        <translation>Simulation: über N simulierte Geräte laufen (0: Produktion).</translation>
    </message>
    <message>
        <source>Parallel test sockets (1-8).</source>
        <translation>Parallele Prüfplätze (1-8).</translation>
    </message>
    <message>
        <source>TPM Provisioning Station. Without options: the simulated fleet of the embedded default, as `tpm-station-cli run`.</source>
        <translation>TPM Provisioning Station. Ohne Optionen: die simulierte Flotte der eingebetteten Standardeinstellung, wie `tpm-station-cli run`.</translation>
    </message>
    <message>
        <source>Simulation: chosen with --simulate.</source>
        <translation>Simulation: gewählt mit --simulate.</translation>
    </message>
    <message>
        <source>Production mode: chosen with --simulate 0.</source>
        <translation>Produktionsmodus: gewählt mit --simulate 0.</translation>
    </message>
    <message>
        <source>Production mode: chosen with --db / --profile.</source>
        <translation>Produktionsmodus: gewählt mit --db / --profile.</translation>
    </message>
    <message>
        <source>Production mode: chosen in Settings.</source>
        <translation>Produktionsmodus: gewählt in den Einstellungen.</translation>
    </message>
    <message>
        <source>Simulation: the station&apos;s default. Production mode is chosen in Settings or with --db / --profile.</source>
        <translation>Simulation: die Standardeinstellung der Station. Der Produktionsmodus wird in den Einstellungen oder mit --db / --profile gewählt.</translation>
    </message>
</context>
<context>
    <name>StationKeyProtection</name>
    <message>
        <source>The admin&apos;s passphrase must not be empty.</source>
        <translation>Die Passphrase des Admins darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The station key %1 is already protected.</source>
        <translation>Der Stationsschlüssel %1 ist bereits geschützt.</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>Der Stationsschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot encrypt the station key %1.</source>
        <translation>Der Stationsschlüssel %1 kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace the station key %1.</source>
        <translation>Der Stationsschlüssel %1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>StationRegistry</name>
    <message>
        <source>the station keeps it only in memory during the run that took ownership, and this session did not take ownership of the device (for example after a restart). The escrow can only be opened by the device owner. A supervisor must order rework of this device.</source>
        <translation>die Station hält sie nur während des Laufs, der den Besitz übernommen hat, im Speicher, und diese Sitzung hat den Besitz des Geräts nicht übernommen (zum Beispiel nach einem Neustart). Die Hinterlegung kann nur der Gerätebesitzer öffnen. Die Schichtleitung muss Nacharbeit für dieses Gerät anordnen.</translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2 (--as ID); the product profile does not let the unattended station do it.</source>
        <translation>%1 braucht einen angemeldeten Bediener der Rolle %2 (--as ID); das Produktprofil erlaubt es der unbeaufsichtigten Station nicht.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2; %3 is %4.</source>
        <translation>%1 braucht einen angemeldeten Bediener der Rolle %2; %3 ist %4.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The factory database: a libpq connection string, URI or service=NAME (the password from PGPASSFILE/~/.pgpass or PGPASSWORD, never here).</source>
        <translation>Die Werksdatenbank: eine libpq-Verbindungszeichenfolge, URI oder service=NAME (das Passwort aus PGPASSFILE/~/.pgpass oder PGPASSWORD, nie hier).</translation>
    </message>
    <message>
        <source>The station database %1 has no outbox yet (schema %2): open it once with this version of the station to queue its records.</source>
        <translation>Die Stationsdatenbank %1 hat noch keine Outbox (Schema %2): sie einmal mit dieser Version der Station öffnen, damit ihre Datensätze in die Warteschlange kommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued for the factory database.</source>
        <translation>
            <numerusform>%n Datensatz wartet auf die Werksdatenbank.</numerusform>
            <numerusform>%n Datensätze warten auf die Werksdatenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest queued: %1</source>
        <translation>Ältester Eintrag in der Warteschlange: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Zuletzt erfolgreich: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the factory database (see the audit trail).</source>
        <translation>
            <numerusform>%n Konflikt mit der Werksdatenbank (siehe Audit-Trail).</numerusform>
            <numerusform>%n Konflikte mit der Werksdatenbank (siehe Audit-Trail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay queued in the station.</source>
        <translation>
            <numerusform>%n Datensatz bleibt in der Warteschlange der Station.</numerusform>
            <numerusform>%n Datensätze bleiben in der Warteschlange der Station.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to the factory database %1.</source>
        <translation>
            <numerusform>%n Datensatz an die Werksdatenbank %1 gesendet.</numerusform>
            <numerusform>%n Datensätze an die Werksdatenbank %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: the factory database holds other content for %1 %2 (UUID %3); kept there, recorded here.</source>
        <translation>Konflikt: Die Werksdatenbank enthält anderen Inhalt für %1 %2 (UUID %3); dort belassen, hier erfasst.</translation>
    </message>
    <message>
        <source>Show the station&apos;s queue for the factory database.</source>
        <translation>Die Warteschlange der Station für die Werksdatenbank anzeigen.</translation>
    </message>
    <message>
        <source>Send the station&apos;s queued records to the factory database once (the line&apos;s relay does it continuously).</source>
        <translation>Die wartenden Datensätze der Station einmal an die Werksdatenbank senden (das Relay der Linie tut das fortlaufend).</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Stationsdatenbank.</translation>
    </message>
    <message>
        <source>Records per central transaction (default 10000).</source>
        <translation>Datensätze pro zentraler Transaktion (Standard: 10000).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sync --db PATH --central URL [--json]
       tpm-station-cli sync status --db PATH [--json]</source>
        <translation>Aufruf: tpm-station-cli sync --db PFAD --central URL [--json]
        tpm-station-cli sync status --db PFAD [--json]</translation>
    </message>
    <message>
        <source>sync needs --central: the factory database&apos;s connection string.</source>
        <translation>sync braucht --central: die Verbindungszeichenfolge der Werksdatenbank.</translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to 1000000.</source>
        <translation>--batch-size erwartet eine Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init --central URL [--json]</source>
        <translation>Aufruf: tpm-station-cli central init --central URL [--json]</translation>
    </message>
    <message>
        <source>The factory database %1 already has schema version %2.</source>
        <translation>Die Werksdatenbank %1 hat bereits die Schemaversion %2.</translation>
    </message>
    <message>
        <source>The factory database %1 is at schema version %2 (was %3).</source>
        <translation>Die Werksdatenbank %1 ist jetzt auf Schemaversion %2 (vorher %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) checked, %1 verified.</source>
        <translation>
            <numerusform>%n Checkpoint geprüft, %1 verifiziert.</numerusform>
            <numerusform>%n Checkpoints geprüft, %1 verifiziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) of the factory are not verified.</source>
        <translation>
            <numerusform>%n Checkpoint des Werks ist nicht verifiziert.</numerusform>
            <numerusform>%n Checkpoints des Werks sind nicht verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</source>
        <translation>Aufruf: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</translation>
    </message>
    <message>
        <source>Pin a station&apos;s checkpoint key in the factory database (the key &apos;tpm-station-cli audit public-key&apos; writes), once per station; needs the factory database&apos;s owner.</source>
        <translation>Den Checkpoint-Schlüssel einer Station in der Werksdatenbank festlegen (den Schlüssel, den &apos;tpm-station-cli audit public-key&apos; schreibt), einmal pro Station; erfordert den Eigentümer der Werksdatenbank.</translation>
    </message>
    <message>
        <source>The station&apos;s ID.</source>
        <translation>Die ID der Station.</translation>
    </message>
    <message>
        <source>The station&apos;s public key (PEM).</source>
        <translation>Der öffentliche Schlüssel der Station (PEM).</translation>
    </message>
    <message>
        <source>Station %1: checkpoint key %2 pinned.</source>
        <translation>Station %1: Checkpoint-Schlüssel %2 festgelegt.</translation>
    </message>
    <message>
        <source>Verify the signed checkpoints the stations sent to the factory database against their pinned keys and the central chain, and record the verdicts (role tps_verifier).</source>
        <translation>Die signierten Checkpoints, die die Stationen an die Werksdatenbank gesendet haben, gegen ihre festgelegten Schlüssel und die zentrale Kette prüfen und die Ergebnisse festhalten (Rolle tps_verifier).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central verify --central URL [--json]</source>
        <translation>Aufruf: tpm-station-cli central verify --central URL [--json]</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init|pin|verify --central URL … [--json]</source>
        <translation>Aufruf: tpm-station-cli central init|pin|verify --central URL … [--json]</translation>
    </message>
    <message>
        <source>Create or migrate the factory database&apos;s schema and its roles tps_relay (insert only), tps_auditor (read only), tps_exporter (central exports) and tps_verifier (checkpoint verdicts).</source>
        <translation>Das Schema der Werksdatenbank und ihre Rollen tps_relay (nur Einfügen), tps_auditor (nur Lesen), tps_exporter (zentrale Exporte) und tps_verifier (Checkpoint-Ergebnisse) anlegen oder migrieren.</translation>
    </message>
</context>
<context>
    <name>TakeOwnership</name>
    <message>
        <source>This TPM is already owned: its %1 authorization was set by someone else. The station does not force it. A supervisor can clear the TPM (rework) where the platform hierarchy or the escrowed lockout authorization allows.</source>
        <translation>Dieses TPM hat bereits einen Besitzer: Seine %1-Autorisierung wurde von jemand anderem gesetzt. Die Station erzwingt nichts. Die Schichtleitung kann das TPM löschen (Nacharbeit), sofern die Plattformhierarchie oder die hinterlegte Lockout-Autorisierung dies erlaubt.</translation>
    </message>
    <message>
        <source>The endorsement authorization is set but the owner authorization is not: the station cannot check the EK. Order a rework (clear) of this TPM.</source>
        <translation>Die Endorsement-Autorisierung ist gesetzt, die Besitzer-Autorisierung aber nicht: Die Station kann den EK nicht prüfen. Nacharbeit (Löschen) dieses TPM anordnen.</translation>
    </message>
    <message>
        <source>The owner authorization is set but no SRK of the Provisioning Guidance template is persisted at 0x81000001. Order a rework (clear) of this TPM.</source>
        <translation>Die Besitzer-Autorisierung ist gesetzt, aber unter 0x81000001 ist kein SRK nach der Vorlage der Provisioning Guidance persistiert. Nacharbeit (Löschen) dieses TPM anordnen.</translation>
    </message>
    <message>
        <source>The owner authorization is set but no EK is persisted at 0x81010001. Order a rework (clear) of this TPM.</source>
        <translation>Die Besitzer-Autorisierung ist gesetzt, aber unter 0x81010001 ist kein EK persistiert. Nacharbeit (Löschen) dieses TPM anordnen.</translation>
    </message>
    <message>
        <source>The EK persisted at 0x81010001 does not match the EK certificate, and the owner authorization is already set. Order a rework (clear) of this TPM.</source>
        <translation>Der unter 0x81010001 persistierte EK passt nicht zum EK-Zertifikat, und die Besitzer-Autorisierung ist bereits gesetzt. Nacharbeit (Löschen) dieses TPM anordnen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>Der Zufallsgenerator ist ausgefallen.</translation>
    </message>
    <message>
        <source>The TPM is owned and its secrets are escrowed, but the escrow record could not be marked applied: %1 Run the step again.</source>
        <translation>Das TPM hat einen Besitzer und seine Geheimnisse sind hinterlegt, aber der Hinterlegungsdatensatz konnte nicht als angewendet markiert werden: %1 Den Schritt erneut ausführen.</translation>
    </message>
    <message>
        <source>TPM2_Clear is disabled on this TPM; only the platform hierarchy can enable it again.</source>
        <translation>TPM2_Clear ist auf diesem TPM deaktiviert; nur die Plattformhierarchie kann es wieder aktivieren.</translation>
    </message>
    <message>
        <source>The escrow record could not be saved; no authorization of the TPM was changed. %1</source>
        <translation>Der Hinterlegungsdatensatz konnte nicht gespeichert werden; es wurde keine Autorisierung des TPM geändert. %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>TPM installed</source>
        <translation>TPM eingebaut</translation>
    </message>
    <message>
        <source>EK_pub extracted</source>
        <translation>EK_pub ausgelesen</translation>
    </message>
    <message>
        <source>Ownership taken</source>
        <translation>Besitz übernommen</translation>
    </message>
    <message>
        <source>Firmware flashed</source>
        <translation>Firmware geflasht</translation>
    </message>
    <message>
        <source>QA check</source>
        <translation>QA-Prüfung</translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message>
        <source>The TPM deadline &quot;%1&quot; is not a command class; use one of %2.</source>
        <translation>Das TPM-Zeitlimit &quot;%1&quot; ist keine Befehlsklasse; eine von %2 verwenden.</translation>
    </message>
    <message>
        <source>The TPM deadline for %1 must be whole milliseconds from 100 to 3,600,000.</source>
        <translation>Das TPM-Zeitlimit für %1 muss eine ganze Zahl von Millisekunden zwischen 100 und 3.600.000 sein.</translation>
    </message>
</context>
<context>
    <name>TpmCommand</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>Herstellerkennung</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>level %1, revision %2, %3 day %4</source>
        <translation>Stufe %1, Revision %2, %3 Tag %4</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>NV-Puffer</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli tpm info [--tcti T] [--json]</source>
        <translation>Aufruf: tpm-station-cli tpm info [--tcti T] [--json]</translation>
    </message>
    <message>
        <source>Identify a TPM: family, manufacturer, vendor strings, firmware.</source>
        <translation>Ein TPM identifizieren: Familie, Hersteller, Herstellerkennung, Firmware.</translation>
    </message>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI, z. B. swtpm:host=127.0.0.1,port=2321 (Standard: TPM2TOOLS_TCTI, sonst device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM connection setting is not valid. Ask a supervisor to check the socket&apos;s TCTI configuration.</source>
        <translation>Die TPM-Verbindungseinstellung ist ungültig. Bitte die Schichtleitung, die TCTI-Konfiguration des Prüfplatzes zu prüfen.</translation>
    </message>
    <message>
        <source>No TPM answers at this socket. Check that the device is seated and powered, then scan it again.</source>
        <translation>Kein TPM antwortet an diesem Prüfplatz. Prüfen, ob das Gerät richtig eingesetzt und versorgt ist, dann erneut scannen.</translation>
    </message>
    <message>
        <source>The TPM stopped answering. Re-seat the device, power-cycle it and scan it again.</source>
        <translation>Das TPM antwortet nicht mehr. Gerät neu einsetzen, aus- und einschalten und erneut scannen.</translation>
    </message>
    <message>
        <source>This device carries a TPM 1.2 or no TPM 2.0 at all. It cannot be provisioned: set it aside for rework.</source>
        <translation>Dieses Gerät trägt ein TPM 1.2 oder gar kein TPM 2.0. Es kann nicht provisioniert werden: zur Nacharbeit aussortieren.</translation>
    </message>
    <message>
        <source>The TPM is in failure mode. Power-cycle the device; if it happens again, set the device aside as defective.</source>
        <translation>Das TPM ist im Fehlermodus. Gerät aus- und einschalten; tritt es erneut auf, das Gerät als defekt aussortieren.</translation>
    </message>
    <message>
        <source>The connection to the TPM was lost during a command. Check the fixture contacts, re-seat the device and scan it again.</source>
        <translation>Die Verbindung zum TPM ist während eines Befehls abgerissen. Kontakte der Aufnahme prüfen, Gerät neu einsetzen und erneut scannen.</translation>
    </message>
    <message>
        <source>The TPM refused the authorization. The device may already be owned: call a supervisor.</source>
        <translation>Das TPM hat die Autorisierung abgelehnt. Das Gerät hat möglicherweise bereits einen Besitzer: Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>The TPM is locked out after too many failed authorizations. Call a supervisor; do not retry.</source>
        <translation>Das TPM ist nach zu vielen fehlgeschlagenen Autorisierungen gesperrt. Schichtleitung rufen; nicht erneut versuchen.</translation>
    </message>
    <message>
        <source>The TPM ran out of object memory. Power-cycle the device and scan it again.</source>
        <translation>Dem TPM ist der Objektspeicher ausgegangen. Gerät aus- und einschalten und erneut scannen.</translation>
    </message>
    <message>
        <source>An object the step needs is missing on the TPM.</source>
        <translation>Ein Objekt, das der Schritt braucht, fehlt auf dem TPM.</translation>
    </message>
    <message>
        <source>The TPM does not support what this product requires. Check the product profile.</source>
        <translation>Das TPM unterstützt nicht, was dieses Produkt verlangt. Produktprofil prüfen.</translation>
    </message>
    <message>
        <source>The TPM command was cancelled.</source>
        <translation>Der TPM-Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The TPM returned an unexpected error (%1). Call a supervisor.</source>
        <translation>Das TPM hat einen unerwarteten Fehler gemeldet (%1). Schichtleitung rufen.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Slot key database: %1</source>
        <translation>Slot-Schlüssel-Datenbank: %1</translation>
    </message>
    <message>
        <source>Warning: STATION_PASSWORD is deprecated (other processes of the same user can read it in /proc/PID/environ); give the password with --password-fd N.</source>
        <translation>Warnung: STATION_PASSWORD ist veraltet (andere Prozesse desselben Benutzers können es in /proc/PID/environ lesen); geben Sie das Passwort mit --password-fd N an.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation>%1 enthält kein Zertifikat (PEM, DER oder PKCS#7 erwartet).</translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; expired on %3; an expired root is not imported. Ask the TPM vendor for its current root.</source>
        <translation>%1: Die Wurzel &apos;%2&apos; ist am %3 abgelaufen; eine abgelaufene Wurzel wird nicht importiert. Beim TPM-Hersteller die aktuelle Wurzel anfordern.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Nichts wurde importiert:
%1</translation>
    </message>
    <message>
        <source>Importing into the trust store needs a reason.</source>
        <translation>Das Importieren in den Trust Store braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Removing a CA from the trust store needs a reason.</source>
        <translation>Das Entfernen einer CA aus dem Trust Store braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Name the CA by its SHA-256 fingerprint (at least 8 hex digits).</source>
        <translation>Die CA über ihren SHA-256-Fingerabdruck angeben (mindestens 8 Hex-Ziffern).</translation>
    </message>
    <message>
        <source>No CA with fingerprint %1 is in the trust store.</source>
        <translation>Im Trust Store ist keine CA mit dem Fingerabdruck %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n CAs in the trust store begin with %1: give more of the fingerprint.</source>
        <translation>
            <numerusform>%n CA im Trust Store beginnt mit %1: mehr vom Fingerabdruck angeben.</numerusform>
            <numerusform>%n CAs im Trust Store beginnen mit %1: mehr vom Fingerabdruck angeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>trust store (%1, imported from %2)</source>
        <translation>Trust Store (%1, importiert aus %2)</translation>
    </message>
</context>
<context>
    <name>UploadResultImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Which bulk operation is %1 the result of? Name it bulk-NNNN-result.json or give --operation N.</source>
        <translation>Zu welcher Massenoperation gehört das Ergebnis %1? Die Datei bulk-NNNN-result.json nennen oder --operation N angeben.</translation>
    </message>
    <message>
        <source>The upload result is not a JSON object (%1).</source>
        <translation>Das Upload-Ergebnis ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>The upload result has no boolean isSuccessful: not a DPS bulk result.</source>
        <translation>Das Upload-Ergebnis hat kein boolesches isSuccessful: kein DPS-Massenergebnis.</translation>
    </message>
    <message>
        <source>The upload result&apos;s errors is not a list.</source>
        <translation>Das Feld errors des Upload-Ergebnisses ist keine Liste.</translation>
    </message>
    <message>
        <source>The bulk operation number must be 1 or more.</source>
        <translation>Die Nummer der Massenoperation muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>Keine Charge &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Batch %1 has no bulk operation %2.</source>
        <translation>Charge %1 hat keine Massenoperation %2.</translation>
    </message>
    <message>
        <source>An error entry of the upload result has no registrationId.</source>
        <translation>Ein Fehlereintrag des Upload-Ergebnisses hat keine registrationId.</translation>
    </message>
    <message>
        <source>The upload result names %1, which is not in bulk operation %2 of batch %3.</source>
        <translation>Das Upload-Ergebnis nennt %1, das nicht in Massenoperation %2 der Charge %3 ist.</translation>
    </message>
    <message>
        <source>The upload result says it failed but names no device: nothing can be marked. Check the operation in the DPS service.</source>
        <translation>Das Upload-Ergebnis meldet einen Fehler, nennt aber kein Gerät: Es kann nichts markiert werden. Die Operation im DPS-Dienst prüfen.</translation>
    </message>
    <message>
        <source>%1 is larger than an upload result can be (%2 KiB); it was not read.</source>
        <translation>%1 ist größer, als ein Upload-Ergebnis sein kann (%2 KiB); die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The result file is not next to its batch&apos;s manifest.json: keep it in the batch&apos;s export directory, or name the batch (--batch UUID).</source>
        <translation>Die Ergebnisdatei liegt nicht neben der manifest.json ihrer Charge: Sie im Exportverzeichnis der Charge aufbewahren oder die Charge angeben (--batch UUID).</translation>
    </message>
    <message>
        <source>%1 is not the manifest of a DPS enrollment batch.</source>
        <translation>%1 ist nicht das Manifest einer DPS-Registrierungscharge.</translation>
    </message>
    <message>
        <source>Batch %1 (its manifest %2) has no bulk operation %3.</source>
        <translation>Charge %1 (ihr Manifest %2) hat keine Massenoperation %3.</translation>
    </message>
    <message>
        <source>The result file belongs to batch %1 (the manifest next to it), not to batch %2.</source>
        <translation>Die Ergebnisdatei gehört zu Charge %1 (dem Manifest daneben), nicht zu Charge %2.</translation>
    </message>
    <message numerus="yes">
        <source>A registration ID in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Eine Registrierungs-ID im Upload-Ergebnis ist länger als %n Zeichen.</numerusform>
            <numerusform>Eine Registrierungs-ID im Upload-Ergebnis ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error code in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Ein Fehlercode im Upload-Ergebnis ist länger als %n Zeichen.</numerusform>
            <numerusform>Ein Fehlercode im Upload-Ergebnis ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error status in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Ein Fehlerstatus im Upload-Ergebnis ist länger als %n Zeichen.</numerusform>
            <numerusform>Ein Fehlerstatus im Upload-Ergebnis ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload result</source>
        <translation>Das Upload-Ergebnis</translation>
    </message>
    <message>
        <source>Which batch is this upload result of? Name the batch (--batch UUID).</source>
        <translation>Zu welcher Charge gehört dieses Upload-Ergebnis? Die Charge angeben (--batch UUID).</translation>
    </message>
    <message numerus="yes">
        <source>%n batches are named &apos;%1&apos;: name the batch by its UUID.</source>
        <translation>
            <numerusform>%n Charge heißt &apos;%1&apos;: die Charge über ihre UUID angeben.</numerusform>
            <numerusform>%n Chargen heißen &apos;%1&apos;: die Charge über ihre UUID angeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest next to the result file is not the one batch %1 was exported with (its SHA-256 differs).</source>
        <translation>Das Manifest neben der Ergebnisdatei ist nicht das, mit dem Charge %1 exportiert wurde (sein SHA-256 weicht ab).</translation>
    </message>
    <message>
        <source>The upload result lists more errors than bulk operation %1 has devices.</source>
        <translation>Das Upload-Ergebnis nennt mehr Fehler, als Massenoperation %1 Geräte hat.</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Git-Revision</translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation>unbekannt (nicht aus einem Git-Checkout gebaut)</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Build-Datum</translation>
    </message>
    <message>
        <source>%1 (as built; the library reports no version at run time)</source>
        <translation>%1 (beim Bauen; die Bibliothek meldet zur Laufzeit keine Version)</translation>
    </message>
</context>
<context>
    <name>ZplLabel</name>
    <message>
        <source>The label printer %1:%2 does not answer: %3</source>
        <translation>Der Etikettendrucker %1:%2 antwortet nicht: %3</translation>
    </message>
    <message>
        <source>Sending the label to %1:%2 failed: %3</source>
        <translation>Senden des Etiketts an %1:%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No device with serial %1.</source>
        <translation>Kein Gerät mit Seriennummer %1.</translation>
    </message>
    <message>
        <source>Serial %1 exists for several products: choose one with --product.</source>
        <translation>Seriennummer %1 existiert für mehrere Produkte: eines mit --product wählen.</translation>
    </message>
    <message>
        <source>Device %1 has no registration ID yet (step 2 has not passed).</source>
        <translation>Gerät %1 hat noch keine Registrierungs-ID (Schritt 2 ist nicht bestanden).</translation>
    </message>
    <message>
        <source>A printer address is tcp://HOST:PORT (e.g. tcp://10.0.0.5:9100), not &apos;%1&apos;.</source>
        <translation>Eine Druckeradresse lautet tcp://HOST:PORT (z. B. tcp://10.0.0.5:9100), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown printer &apos;%1&apos;: use tcp://HOST:PORT or a file.</source>
        <translation>Unbekannter Drucker &apos;%1&apos;: tcp://HOST:PORT oder eine Datei verwenden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM-Provisionierungsstation</translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation>Die Stationsdatenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Admin passphrase of the station key:</source>
        <translation>Admin-Passphrase des Stationsschlüssels:</translation>
    </message>
</context>
<context>
    <name>tps::gui::AboutDialog</name>
    <message>
        <source>About TPM Provisioning Station</source>
        <translation>Über TPM Provisioning Station</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Provisions TPM 2.0 devices on the factory line and keeps a tamper-evident audit trail.</source>
        <translation>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Provisioniert TPM-2.0-Geräte an der Fertigungslinie und führt einen manipulationssicheren Audit-Trail.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TPM Provisioning Station…</source>
        <translation>Ü&amp;ber TPM Provisioning Station…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditExportPanel</name>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Von (UTC):</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Bis (UTC):</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
        <source>E&amp;xport audit events</source>
        <translation>Audit-Ereignisse e&amp;xportieren</translation>
    </message>
    <message>
        <source>The audit events of a period, a device or a batch, with every field, the chain verdict and the last checkpoint, in a signed folder. Exporting is itself audited.</source>
        <translation>Die Audit-Ereignisse eines Zeitraums, eines Geräts oder einer Charge mit allen Feldern, dem Befund der Kette und dem letzten Checkpoint in einem signierten Ordner. Der Export wird selbst im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>Only this device (optional)</source>
        <translation>Nur dieses Gerät (optional)</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>&amp;Seriennummer des Geräts:</translation>
    </message>
    <message>
        <source>Only this batch and its devices: UUID or name (optional)</source>
        <translation>Nur diese Charge und ihre Geräte: UUID oder Name (optional)</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Char&amp;ge:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Output folder for the audit export</source>
        <translation>Ausgabeordner für den Audit-Export</translation>
    </message>
    <message>
        <source>Sign in first: the export records who made it.</source>
        <translation>Zuerst anmelden: Der Export hält fest, wer ihn erstellt hat.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Einen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <source>Choose at least one format: CSV, JSON or PDF.</source>
        <translation>Mindestens ein Format wählen: CSV, JSON oder PDF.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose a device or a batch, not both.</source>
        <translation>Ein Gerät oder eine Charge wählen, nicht beides.</translation>
    </message>
    <message>
        <source>Exporting and verifying the audit chain…</source>
        <translation>Audit-Kette wird exportiert und geprüft…</translation>
    </message>
    <message>
        <source>The audit export failed; nothing was written: %1</source>
        <translation>Der Audit-Export ist fehlgeschlagen; es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>Kette unversehrt: %1</translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation>KETTE UNTERBROCHEN: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported</source>
        <translation>
            <numerusform>%n Audit-Ereignis exportiert</numerusform>
            <numerusform>%n Audit-Ereignisse exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (seq %1..%2)</source>
        <translation> (Seq. %1..%2)</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>Manifest-Signatur (CMS): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Die Audit-Kette wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written…</source>
        <translation>
            <numerusform>%n Audit-Ereignis geschrieben…</numerusform>
            <numerusform>%n Audit-Ereignisse geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the verification, the report and the signed manifest…</source>
        <translation>Prüfergebnis, Bericht und signiertes Manifest werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditView</name>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>Audit-Trail &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Serial (empty: every event)</source>
        <translation>Seriennummer (leer: alle Ereignisse)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Verify checks every event&apos;s hash chain and the signed checkpoints.</source>
        <translation>Die Prüfung kontrolliert die Hash-Kette jedes Ereignisses und die signierten Checkpoints.</translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>✘ TAMPERED — %1 (%2 at event %3)</source>
        <translation>✘ MANIPULIERT — %1 (%2 bei Ereignis %3)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>✔ INTACT — %n event(s) verified; signed checkpoints: %1, the last at event %2 (%3 s).</source>
        <translation>
            <numerusform>✔ UNVERSEHRT — %n Ereignis geprüft; signierte Checkpoints: %1, der letzte bei Ereignis %2 (%3 s).</numerusform>
            <numerusform>✔ UNVERSEHRT — %n Ereignisse geprüft; signierte Checkpoints: %1, der letzte bei Ereignis %2 (%3 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Top failure causes</source>
        <translation>Häufigste Fehlerursachen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cannot read the station database: %1</source>
        <translation>Die Stationsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours.</source>
        <translation>
            <numerusform>%n Gerät in den letzten 24 Stunden fertiggestellt.</numerusform>
            <numerusform>%n Geräte in den letzten 24 Stunden fertiggestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation>Erstdurchlaufquote (%)</translation>
    </message>
    <message>
        <source>Step %1 (%2/%3)</source>
        <translation>Schritt %1 (%2/%3)</translation>
    </message>
    <message>
        <source>First-pass yield per step</source>
        <translation>Erstdurchlaufquote je Schritt</translation>
    </message>
    <message>
        <source>Devices completed</source>
        <translation>Fertiggestellte Geräte</translation>
    </message>
    <message>
        <source>Throughput per hour (UTC, last 24 h)</source>
        <translation>Durchsatz pro Stunde (UTC, letzte 24 h)</translation>
    </message>
    <message>
        <source>No failures recorded.</source>
        <translation>Keine Fehler aufgezeichnet.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Diese Station</translation>
    </message>
    <message>
        <source>Factory database (all stations)</source>
        <translation>Fabrikdatenbank (alle Stationen)</translation>
    </message>
    <message>
        <source>Cannot read the factory database: %1</source>
        <translation>Die Fabrikdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours at all stations.</source>
        <translation>
            <numerusform>%n Gerät in den letzten 24 Stunden an allen Stationen fertiggestellt.</numerusform>
            <numerusform>%n Geräte in den letzten 24 Stunden an allen Stationen fertiggestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DeviceDetailDialog</name>
    <message>
        <source>Device detail</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <source>Step / item</source>
        <translation>Schritt / Eintrag</translation>
    </message>
    <message>
        <source>Outcome / value</source>
        <translation>Ergebnis / Wert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Aufgezeichnet (UTC)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Cannot read the device: %1</source>
        <translation>Das Gerät kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The device is not in the database.</source>
        <translation>Das Gerät ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>%1 — product %2 — %3
UUID %4, first seen %5%6</source>
        <translation>%1 — Produkt %2 — %3
UUID %4, zuerst gesehen %5%6</translation>
    </message>
    <message>
        <source>SIMULATED device</source>
        <translation>SIMULIERTES Gerät</translation>
    </message>
    <message>
        <source>production device</source>
        <translation>Produktionsgerät</translation>
    </message>
    <message>
        <source>, registration ID %1</source>
        <translation>, Registrierungs-ID %1</translation>
    </message>
    <message>
        <source>The device&apos;s records cannot be read.</source>
        <translation>Die Datensätze des Geräts können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reading the device…</source>
        <translation>Gerät wird gelesen…</translation>
    </message>
    <message>
        <source>TPM slot</source>
        <translation>TPM-Slot</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>NV-Index</translation>
    </message>
    <message>
        <source>Key handle</source>
        <translation>Schlüssel-Handle</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>TPM slots</source>
        <translation>TPM-Slots</translation>
    </message>
    <message>
        <source>%1 (attempt %2%3)</source>
        <translation>%1 (Versuch %2%3)</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>, Nachprüfung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>measurement, verdict %1</source>
        <translation>Messung, Befund %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>artifact %1, SHA-256 %2</source>
        <translation>Artefakt %1, SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesModel</name>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>Produkt / Charge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesView</name>
    <message>
        <source>Serial contains…</source>
        <translation>Seriennummer enthält…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Zustand</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>Produkt / Charge</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded%1</source>
        <translation>
            <numerusform>%n Gerät geladen%1</numerusform>
            <numerusform>%n Geräte geladen%1</numerusform>
        </translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — für weitere scrollen</translation>
    </message>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation>Die Geräte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Etikett…</translation>
    </message>
</context>
<context>
    <name>tps::gui::DpsExportWizard</name>
    <message>
        <source>DPS enrollment batch — options</source>
        <translation>DPS-Registrierungscharge — Optionen</translation>
    </message>
    <message>
        <source>The devices that passed QA go into a signed batch of DPS bulk enrollment files for upload from outside the factory.</source>
        <translation>Die Geräte, die die QA bestanden haben, kommen in eine signierte Charge von DPS-Massenregistrierungsdateien, die von außerhalb des Werks hochgeladen wird.</translation>
    </message>
    <message>
        <source>batch-&lt;UTC time&gt; when empty</source>
        <translation>batch-&lt;UTC-Zeit&gt;, wenn leer</translation>
    </message>
    <message>
        <source>Batch na&amp;me:</source>
        <translation>Chargenna&amp;me:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Output folder for the DPS batch</source>
        <translation>Ausgabeordner für die DPS-Charge</translation>
    </message>
    <message>
        <source>DPS enrollment batch — what will be exported</source>
        <translation>DPS-Registrierungscharge — was exportiert wird</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>Export s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>DPS enrollment batch — export</source>
        <translation>DPS-Registrierungscharge — Export</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>&amp;Neue Charge</translation>
    </message>
    <message>
        <source>Allow &amp;simulated devices</source>
        <translation>&amp;Simulierte Geräte zulassen</translation>
    </message>
    <message>
        <source>&amp;Re-export devices already in a batch</source>
        <translation>Geräte, die bereits in einer Charge sind, e&amp;rneut exportieren</translation>
    </message>
    <message>
        <source>Sign in first: the batch records who exported it.</source>
        <translation>Zuerst anmelden: Die Charge hält fest, wer sie exportiert hat.</translation>
    </message>
    <message>
        <source>The product profile is a production profile: simulated devices are never exported from it.</source>
        <translation>Das Produktprofil ist ein Produktionsprofil: Simulierte Geräte werden damit nie exportiert.</translation>
    </message>
    <message>
        <source>The product profile&apos;s DPS settings are not valid: %1</source>
        <translation>Die DPS-Einstellungen des Produktprofils sind ungültig: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The output folder %1 is not empty: choose a new or empty folder.</source>
        <translation>Der Ausgabeordner %1 ist nicht leer: einen neuen oder leeren Ordner wählen.</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>Ein Chargenname ist eine Zeile mit höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>Counting the devices that passed QA…</source>
        <translation>Geräte, die die QA bestanden haben, werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n Gerät)</numerusform>
            <numerusform>%1 (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices cannot be counted: %1</source>
        <translation>Die Geräte können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch: nothing to export.</source>
        <translation>Kein Gerät, das die QA bestanden hat, wartet auf eine Charge: nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Simulated devices are left out.</source>
        <translation>Simulierte Geräte werden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Devices of %n product(s) are waiting: one batch holds one product.</source>
        <translation>
            <numerusform>Geräte von %n Produkt warten: Eine Charge enthält nur ein Produkt.</numerusform>
            <numerusform>Geräte von %n Produkten warten: Eine Charge enthält nur ein Produkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) stay out (simulated devices not allowed).</source>
        <translation>
            <numerusform>%n simuliertes Gerät bleibt außen vor (simulierte Geräte nicht zugelassen).</numerusform>
            <numerusform>%n simulierte Geräte bleiben außen vor (simulierte Geräte nicht zugelassen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) already in a batch stay out (no re-export).</source>
        <translation>
            <numerusform>%n Gerät, das bereits in einer Charge ist, bleibt außen vor (kein erneuter Export).</numerusform>
            <numerusform>%n Geräte, die bereits in einer Charge sind, bleiben außen vor (kein erneuter Export).</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices whose EK DPS cannot take (e.g. ECC) are left out and listed.</source>
        <translation>Geräte, deren EK DPS nicht annehmen kann (z. B. ECC), werden ausgelassen und aufgelistet.</translation>
    </message>
    <message>
        <source>Exporting… the station stays usable meanwhile.</source>
        <translation>Wird exportiert… die Station bleibt währenddessen nutzbar.</translation>
    </message>
    <message>
        <source>The export failed. Nothing was recorded and no batch was made.</source>
        <translation>Der Export ist fehlgeschlagen. Es wurde nichts erfasst und keine Charge erstellt.</translation>
    </message>
    <message>
        <source>Batch exported — it holds SIMULATED devices.</source>
        <translation>Charge exportiert — sie enthält SIMULIERTE Geräte.</translation>
    </message>
    <message>
        <source>Batch exported.</source>
        <translation>Charge exportiert.</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Charge: %1</translation>
    </message>
    <message>
        <source>Batch UUID: %1</source>
        <translation>UUID der Charge: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported</source>
        <translation>
            <numerusform>%n Gerät exportiert</numerusform>
            <numerusform>%n Geräte exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s) (at most 10 enrollments each)</source>
        <translation>
            <numerusform>%n Massenoperation (höchstens 10 Registrierungen je Operation)</numerusform>
            <numerusform>%n Massenoperationen (höchstens 10 Registrierungen je Operation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left out:</source>
        <translation>
            <numerusform>%n Gerät ausgelassen:</numerusform>
            <numerusform>%n Geräte ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out.</source>
        <translation>
            <numerusform>%n simuliertes Gerät ausgelassen.</numerusform>
            <numerusform>%n simulierte Geräte ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>Manifest-Signatur (CMS): %1</translation>
    </message>
    <message>
        <source>Signing certificate SHA-256: %1</source>
        <translation>SHA-256 des Signaturzertifikats: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>WARNING: SIMULATED devices will be exported. The files mark them (the tag and the CSV column &quot;simulated&quot;, the manifest&apos;s batch) — such a batch must never be uploaded to a production DPS.</source>
        <translation>WARNUNG: SIMULIERTE Geräte werden exportiert. Die Dateien kennzeichnen sie (das Tag und die CSV-Spalte &quot;simulated&quot;, der Batch im Manifest) — ein solcher Batch darf nie in einen produktiven DPS hochgeladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of product %1 will be exported into %2.</source>
        <translation>
            <numerusform>%n Gerät des Produkts %1 wird nach %2 exportiert.</numerusform>
            <numerusform>%n Geräte des Produkts %1 werden nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated devices are included, marked &quot;simulated&quot; in the files.</source>
        <translation>Simulierte Geräte sind enthalten und in den Dateien als &quot;simulated&quot; gekennzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) written…</source>
        <translation>
            <numerusform>%1 von %n Gerät geschrieben…</numerusform>
            <numerusform>%1 von %n Geräten geschrieben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ExportsPage</name>
    <message>
        <source>&amp;DPS enrollment batch</source>
        <translation>&amp;DPS-Registrierungscharge</translation>
    </message>
    <message>
        <source>&amp;Audit export</source>
        <translation>&amp;Audit-Export</translation>
    </message>
    <message>
        <source>Up&amp;load result</source>
        <translation>Up&amp;load-Ergebnis</translation>
    </message>
    <message>
        <source>DPS enrollment batches and upload results are made by supervisors and administrators.</source>
        <translation>DPS-Enrollment-Batches und Upload-Ergebnisse erstellen Supervisoren und Administratoren.</translation>
    </message>
</context>
<context>
    <name>tps::gui::FirstRunDialog</name>
    <message>
        <source>Welcome — set up this station</source>
        <translation>Willkommen — diese Station einrichten</translation>
    </message>
    <message>
        <source>This station has no operator yet. Create its first administrator: they sign in at once and can add the other operators later (tpm-station-cli operator add).</source>
        <translation>Diese Station hat noch keinen Bediener. Legen Sie ihren ersten Administrator an: Er meldet sich sofort an und kann die anderen Bediener später hinzufügen (tpm-station-cli operator add).</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>Bediener-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Passwort oder PIN:</translation>
    </message>
    <message>
        <source>P&amp;assword again:</source>
        <translation>P&amp;asswort wiederholen:</translation>
    </message>
    <message>
        <source>Letters, digits, . _ - (up to 64)</source>
        <translation>Buchstaben, Ziffern, . _ - (bis zu 64)</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>Administrator &amp;anlegen und anmelden</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Die beiden Passwörter sind verschieden. Zweimal dasselbe Passwort eingeben.</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Administrator wird angelegt…</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetModel</name>
    <message>
        <source> (simulated)</source>
        <translation> (simuliert)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Identifying…</source>
        <translation>Wird identifiziert…</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>rev %1, %2</source>
        <translation>Rev. %1, %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>TCTI</source>
        <translation>TCTI</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>Herstellerkennung</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>NV-Puffer</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetWorker</name>
    <message>
        <source>Preparing the simulated fleet in %1…</source>
        <translation>Simulierte Flotte in %1 wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) ready.</source>
        <translation>
            <numerusform>%n simuliertes Gerät bereit.</numerusform>
            <numerusform>%n simulierte Geräte bereit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::LabelPreviewDialog</name>
    <message>
        <source>The label preview cannot be drawn.</source>
        <translation>Die Etikettenvorschau kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>&amp;Save PNG…</source>
        <translation>PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>Label — %1</source>
        <translation>Etikett — %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation>Etikett wird gelesen…</translation>
    </message>
    <message>
        <source>No label printer is configured (Settings → Label printer address).</source>
        <translation>Kein Etikettendrucker konfiguriert (Einstellungen → Adresse des Etikettendruckers).</translation>
    </message>
    <message>
        <source>Send the label to %1</source>
        <translation>Das Etikett an %1 senden</translation>
    </message>
    <message>
        <source>Save the label preview</source>
        <translation>Etikettenvorschau speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Kein Etikett: %1</translation>
    </message>
    <message>
        <source>Registration ID %1. No label printer is configured: set its address in Settings.</source>
        <translation>Registrierungs-ID %1. Kein Etikettendrucker konfiguriert: seine Adresse in den Einstellungen festlegen.</translation>
    </message>
    <message>
        <source>Registration ID %1. Printer: %2</source>
        <translation>Registrierungs-ID %1. Drucker: %2</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>Etikett von %1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>The label was not printed: %1</source>
        <translation>Das Etikett wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>No label to save.</source>
        <translation>Kein Etikett zum Speichern.</translation>
    </message>
    <message>
        <source>Preview saved to %1.</source>
        <translation>Vorschau unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>tps::gui::LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>tps::gui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM Provisioning Station</translation>
    </message>
    <message>
        <source>SIMULATION STATION — simulated devices only</source>
        <translation>SIMULATIONSSTATION — nur simulierte Geräte</translation>
    </message>
    <message>
        <source>Scan your badge or type your operator ID</source>
        <translation>Ausweis scannen oder Bediener-ID eingeben</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>Bediener-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;PIN / password:</source>
        <translation>&amp;PIN / Passwort:</translation>
    </message>
    <message>
        <source>Enter your operator ID and your PIN or password.</source>
        <translation>Bediener-ID und PIN oder Passwort eingeben.</translation>
    </message>
    <message>
        <source>Sign i&amp;n</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM-Provisionierungsstation</translation>
    </message>
    <message>
        <source>TPM Provisioning Station — SIMULATION</source>
        <translation>TPM Provisioning Station — SIMULATION</translation>
    </message>
    <message>
        <source>SIMULATION — simulated TPMs, not production parts. Nothing made here may ship.</source>
        <translation>SIMULATION — simulierte TPMs, keine Produktionsteile. Nichts, was hier entsteht, darf ausgeliefert werden.</translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1</source>
        <translation>Die Stationsdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Lock / sign out</source>
        <translation>&amp;Sperren / abmelden</translation>
    </message>
    <message>
        <source>Large type / &amp;high contrast</source>
        <translation>Große Schrift / &amp;hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Aktivität gesperrt. Erneut anmelden.</numerusform>
            <numerusform>Nach %n Minuten ohne Aktivität gesperrt. Erneut anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>Simulierte Flotte: %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Rework / override</source>
        <translation>Nacharbeit / Freigabe</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Simulated fleet</source>
        <translation>Simulierte Flotte</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) — %3</source>
        <translation>Angemeldet: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <source>Guided &amp;tour of the simulation</source>
        <translation>Geführte &amp;Tour durch die Simulation</translation>
    </message>
    <message>
        <source>Simulation &amp;kit: profile and what is simulated…</source>
        <translation>Simulations&amp;kit: Profil und was simuliert wird…</translation>
    </message>
    <message>
        <source>The language cannot change while a device is running. Wait until every socket has finished, then choose it again.</source>
        <translation>Die Sprache kann nicht gewechselt werden, während ein Gerät läuft. Warten, bis jeder Prüfplatz fertig ist, dann erneut wählen.</translation>
    </message>
    <message>
        <source>Station &amp;mode at start:</source>
        <translation>Stations&amp;modus beim Start:</translation>
    </message>
    <message>
        <source>Lang&amp;uage (yours and this station&apos;s):</source>
        <translation>Spr&amp;ache (Ihre und die dieser Station):</translation>
    </message>
    <message>
        <source>TPM supply</source>
        <translation>TPM-Versorgung</translation>
    </message>
    <message>
        <source>%1: %2 The station runs no device until the profile is corrected.</source>
        <translation>%1: %2 Die Station bearbeitet kein Gerät, bis das Profil korrigiert ist.</translation>
    </message>
    <message>
        <source>The sign-out could not be recorded: %1</source>
        <translation>Die Abmeldung konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Factory database: %1</source>
        <translation>Fabrikdatenbank: %1</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued. Last error (%1): %2</source>
        <translation>
            <numerusform>Fabrikdatenbank: %n Datensatz in der Warteschlange. Letzter Fehler (%1): %2</numerusform>
            <numerusform>Fabrikdatenbank: %n Datensätze in der Warteschlange. Letzter Fehler (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory database: connecting to %1…</source>
        <translation>Fabrikdatenbank: Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued, last sent %1</source>
        <translation>
            <numerusform>Fabrikdatenbank: %n Datensatz in der Warteschlange, zuletzt gesendet %1</numerusform>
            <numerusform>Fabrikdatenbank: %n Datensätze in der Warteschlange, zuletzt gesendet %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ReworkDialog</name>
    <message>
        <source>Release a device that exhausted its retries for rework. Your electronic signature (ID and password) is recorded with its meaning, the time and your reason, and binds you like a handwritten signature.</source>
        <translation>Ein Gerät, das seine Wiederholungen ausgeschöpft hat, zur Nacharbeit freigeben. Ihre elektronische Signatur (ID und Passwort) wird mit ihrer Bedeutung, der Uhrzeit und Ihrer Begründung aufgezeichnet und bindet Sie wie eine handschriftliche Unterschrift.</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>&amp;Seriennummer des Geräts:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>rework approved</source>
        <translation>Nacharbeit genehmigt</translation>
    </message>
    <message>
        <source>Meaning of the signature:</source>
        <translation>Bedeutung der Signatur:</translation>
    </message>
    <message>
        <source>Why the device may be worked again (required)</source>
        <translation>Warum das Gerät erneut bearbeitet werden darf (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Supervisor &amp;ID:</source>
        <translation>&amp;ID der Schichtleitung:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the serial of the device to rework.</source>
        <translation>Seriennummer des nachzuarbeitenden Geräts eingeben.</translation>
    </message>
    <message>
        <source>A reason is required for every rework.</source>
        <translation>Jede Nacharbeit braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Sign with your supervisor ID and password.</source>
        <translation>Mit ID und Passwort der Schichtleitung signieren.</translation>
    </message>
    <message>
        <source>✔ Rework of %1 ordered and signed by %2.</source>
        <translation>✔ Nacharbeit von %1 angeordnet und von %2 signiert.</translation>
    </message>
    <message>
        <source>Sign and &amp;order rework</source>
        <translation>Signieren und Nacharbeit an&amp;ordnen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Signatur wird geprüft…</translation>
    </message>
    <message>
        <source>The step that failed</source>
        <translation>Der fehlgeschlagene Schritt</translation>
    </message>
    <message>
        <source>Ownership taken — the TPM was cleared</source>
        <translation>Besitz übernommen — das TPM wurde gelöscht</translation>
    </message>
    <message>
        <source>A device owned under the earlier rule (owner authorization set) is cleared first with the escrowed lockout authorization (tpm-station-cli ownership clear --lockout-key); it then runs again from the ownership step.</source>
        <translation>Ein nach der früheren Regel in Besitz genommenes Gerät (Owner-Autorisierung gesetzt) wird zuerst mit der hinterlegten Lockout-Autorisierung gelöscht (tpm-station-cli ownership clear --lockout-key); danach läuft es ab dem Besitzschritt erneut.</translation>
    </message>
    <message>
        <source>Run &amp;again from:</source>
        <translation>&amp;Erneut ausführen ab:</translation>
    </message>
</context>
<context>
    <name>tps::gui::SettingsDialog</name>
    <message>
        <source>Production profile (refuses simulated devices and shortcuts)</source>
        <translation>Produktionsprofil (weist simulierte Geräte und Abkürzungen zurück)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Product profile: %1</source>
        <translation>Produktprofil: %1</translation>
    </message>
    <message>
        <source>(none — start the station with --profile FILE)</source>
        <translation>(keines — die Station mit --profile DATEI starten)</translation>
    </message>
    <message>
        <source>Product &amp;ID:</source>
        <translation>Produkt-&amp;ID:</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>Produkt&amp;name:</translation>
    </message>
    <message>
        <source>Trusted TPM manufacturer &amp;roots:</source>
        <translation>Vertrauenswürdige Stamm&amp;zertifikate der TPM-Hersteller:</translation>
    </message>
    <message>
        <source>Directory of the manufacturers&apos; root certificates</source>
        <translation>Verzeichnis der Stammzertifikate der Hersteller</translation>
    </message>
    <message>
        <source>&amp;Escrow certificate:</source>
        <translation>&amp;Hinterlegungszertifikat:</translation>
    </message>
    <message>
        <source>The device owner&apos;s X.509 certificate (PEM)</source>
        <translation>Das X.509-Zertifikat des Gerätebesitzers (PEM)</translation>
    </message>
    <message>
        <source>&amp;Firmware catalog:</source>
        <translation>&amp;Firmware-Katalog:</translation>
    </message>
    <message>
        <source>Directory of signed releases</source>
        <translation>Verzeichnis der signierten Releases</translation>
    </message>
    <message>
        <source>Firmware signing public keys (PEM files), one per line</source>
        <translation>Öffentliche Schlüssel für die Firmware-Signatur (PEM-Dateien), einer pro Zeile</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Diese Station</translation>
    </message>
    <message>
        <source>Socket %1 TCTI:</source>
        <translation>Prüfplatz %1 TCTI:</translation>
    </message>
    <message>
        <source>&amp;Label printer:</source>
        <translation>&amp;Etikettendrucker:</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Druckername</translation>
    </message>
    <message>
        <source>Label printer &amp;address:</source>
        <translation>&amp;Adresse des Etikettendruckers:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Station settings saved. No product profile file is open: start the station with --profile FILE to edit it.</source>
        <translation>Stationseinstellungen gespeichert. Keine Produktprofildatei geöffnet: Die Station mit --profile DATEI starten, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Cannot write the product profile %1: %2</source>
        <translation>Das Produktprofil %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Failed attempts before re&amp;work:</source>
        <translation>Fehl&amp;versuche bis zur Nacharbeit:</translation>
    </message>
    <message>
        <source>Firmware si&amp;gning keys:</source>
        <translation>Firmware-Si&amp;gnaturschlüssel:</translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation>DPS-ID-S&amp;cope:</translation>
    </message>
    <message>
        <source>DPS / IoT hub end&amp;point:</source>
        <translation>DPS- / IoT-Hub-End&amp;punkt:</translation>
    </message>
    <message>
        <source>The product ID may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, starting with a letter or digit (64 at most).</source>
        <translation>Die Produkt-ID darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen (höchstens 64).</translation>
    </message>
    <message>
        <source>Factory data&amp;base:</source>
        <translation>Fabrikdaten&amp;bank:</translation>
    </message>
    <message>
        <source>libpq connection string of the factory database (no password: it comes from ~/.pgpass, PGPASSFILE or PGPASSWORD). Used from the next start.</source>
        <translation>libpq-Verbindungszeichenfolge der Fabrikdatenbank (kein Passwort: es kommt aus ~/.pgpass, PGPASSFILE oder PGPASSWORD). Gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>tps::gui::SimulationInfoDialog</name>
    <message>
        <source>Simulation kit</source>
        <translation>Simulationskit</translation>
    </message>
    <message>
        <source>Product profile (JSON):</source>
        <translation>Produktprofil (JSON):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Product:&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;Produkt:&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <source>production profile</source>
        <translation>Produktionsprofil</translation>
    </message>
    <message>
        <source>not a production profile</source>
        <translation>kein Produktionsprofil</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n device(s) in %1</source>
        <translation>
            <numerusform>&lt;b&gt;Simulierte Flotte:&lt;/b&gt; %n Gerät in %1</numerusform>
            <numerusform>&lt;b&gt;Simulierte Flotte:&lt;/b&gt; %n Geräte in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;EK certificates&lt;/b&gt; chain to the fleet&apos;s own CA: %1</source>
        <translation>&lt;b&gt;EK-Zertifikate&lt;/b&gt; führen zur eigenen CA der Flotte: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escrow certificate&lt;/b&gt; (the simulated customer): %1</source>
        <translation>&lt;b&gt;Hinterlegungszertifikat&lt;/b&gt; (der simulierte Kunde): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware catalog:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Firmware-Katalog:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS ID scope:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;DPS-ID-Bereich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; the TPMs (swtpm processes, one per device), their EK certificates (issued by the fleet&apos;s CA, trusted for simulated devices only), the firmware programmer (writes flash.bin), the customer&apos;s escrow key pair and the firmware-signing key. Devices made here are marked SIMULATED and are never accepted by a production profile.</source>
        <translation>&lt;b&gt;Simuliert:&lt;/b&gt; die TPMs (swtpm-Prozesse, einer je Gerät), ihre EK-Zertifikate (ausgestellt von der CA der Flotte, nur für simulierte Geräte vertrauenswürdig), das Firmware-Programmiergerät (schreibt flash.bin), das Hinterlegungs-Schlüsselpaar des Kunden und der Firmware-Signaturschlüssel. Hier gefertigte Geräte sind als SIMULATED markiert und werden von einem Produktionsprofil nie angenommen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real:&lt;/b&gt; the station software, every TPM command it sends, the database and its audit trail, and the exports — exactly as on a production line.</source>
        <translation>&lt;b&gt;Echt:&lt;/b&gt; die Stationssoftware, jeder TPM-Befehl, den sie sendet, die Datenbank und ihr Audit-Trail sowie die Exporte — genau wie an einer Produktionslinie.</translation>
    </message>
    <message>
        <source>The simulated fleet is not ready yet: its profile file is written once it is.</source>
        <translation>Die simulierte Flotte ist noch nicht bereit: Ihre Profildatei wird geschrieben, sobald sie es ist.</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::SocketPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Socket %1 — empty</source>
        <translation>Prüfplatz %1 — leer</translation>
    </message>
    <message>
        <source>Scan the next device.</source>
        <translation>Das nächste Gerät scannen.</translation>
    </message>
    <message>
        <source>Stop this socket&apos;s device at the next TPM command (what was committed stays).</source>
        <translation>Das Gerät dieses Prüfplatzes beim nächsten TPM-Befehl anhalten (bereits Festgeschriebenes bleibt erhalten).</translation>
    </message>
    <message>
        <source>Working on %1 — leave the device in socket %2.</source>
        <translation>%1 wird bearbeitet — das Gerät im Prüfplatz %2 lassen.</translation>
    </message>
    <message>
        <source>Socket %1 — %2%3</source>
        <translation>Prüfplatz %1 — %2%3</translation>
    </message>
    <message>
        <source> (SIMULATED)</source>
        <translation> (SIMULIERT)</translation>
    </message>
    <message>
        <source>Cancelling — wait for the current TPM command to end.</source>
        <translation>Wird abgebrochen — auf das Ende des laufenden TPM-Befehls warten.</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ BESTANDEN</translation>
    </message>
    <message>
        <source>%1 is provisioned: take it out.</source>
        <translation>%1 ist provisioniert: herausnehmen.</translation>
    </message>
    <message>
        <source>■ CANCELLED</source>
        <translation>■ ABGEBROCHEN</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FEHLER</translation>
    </message>
    <message>
        <source>Confirm (&amp;%1)</source>
        <translation>Bestätigen (&amp;%1)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source> (SIMULATED, %1 TPM timing simulated)</source>
        <translation> (SIMULIERT, %1-TPM-Timing simuliert)</translation>
    </message>
    <message>
        <source>The TPM is generating a key (this can take up to a minute) — leave %1 in socket %2.</source>
        <translation>Das TPM erzeugt einen Schlüssel (das kann bis zu einer Minute dauern) — %1 im Prüfplatz %2 lassen.</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationModeChooser</name>
    <message>
        <source>Simulation (simulated TPMs, nothing may ship)</source>
        <translation>Simulation (simulierte TPMs, nichts darf ausgeliefert werden)</translation>
    </message>
    <message>
        <source>Production (real TPMs in the test sockets)</source>
        <translation>Produktion (echte TPMs in den Prüfplätzen)</translation>
    </message>
    <message>
        <source>Used when the station starts without --db, --profile or --simulate; a change takes effect at the next start.</source>
        <translation>Gilt, wenn die Station ohne --db, --profile oder --simulate startet; eine Änderung wirkt beim nächsten Start.</translation>
    </message>
    <message>
        <source>%1 This run: %2</source>
        <translation>%1 Dieser Lauf: %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationScreen</name>
    <message>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>Scan the device&apos;s serial number</source>
        <translation>Die Seriennummer des Geräts scannen</translation>
    </message>
    <message>
        <source>Scan a device to start.</source>
        <translation>Ein Gerät scannen, um zu beginnen.</translation>
    </message>
    <message>
        <source>%1 is already in socket %2.</source>
        <translation>%1 ist bereits im Prüfplatz %2.</translation>
    </message>
    <message>
        <source>Every socket is busy: wait for a device to finish, then scan %1 again.</source>
        <translation>Alle Prüfplätze sind belegt: warten, bis ein Gerät fertig ist, dann %1 erneut scannen.</translation>
    </message>
    <message>
        <source>%1 is not a device of the simulated fleet. Scan a simulated device.</source>
        <translation>%1 ist kein Gerät der simulierten Flotte. Ein simuliertes Gerät scannen.</translation>
    </message>
    <message>
        <source>Socket %1 has no TPM connection (TCTI) configured: ask a supervisor to set it in Settings.</source>
        <translation>Für Prüfplatz %1 ist keine TPM-Verbindung (TCTI) konfiguriert: die Schichtleitung bitten, sie in den Einstellungen festzulegen.</translation>
    </message>
    <message>
        <source>%1 started in socket %2.</source>
        <translation>%1 im Prüfplatz %2 gestartet.</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>L&amp;ot:</translation>
    </message>
    <message>
        <source>Incoming TPM lot (optional)</source>
        <translation>Eingehendes TPM-Lot (optional)</translation>
    </message>
    <message>
        <source>When a lot is named, every device&apos;s EK must be on that lot&apos;s delivery list.</source>
        <translation>Wenn ein Lot angegeben ist, muss der EK jedes Geräts auf der Lieferliste dieses Lots stehen.</translation>
    </message>
</context>
<context>
    <name>tps::gui::StepTimelineWidget</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 %2. %3 — %4</source>
        <translation>%1 %2. %3 — %4</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
</context>
<context>
    <name>tps::gui::TpmSupplyPage</name>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importiert von</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>EKs</source>
        <translation>EKs</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Electronic signature for the changes below</source>
        <translation>Elektronische Signatur für die Änderungen unten</translation>
    </message>
    <message>
        <source>Signer &amp;ID:</source>
        <translation>Unterzeichner-&amp;ID:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>TPM manufacturer trust store (admins sign)</source>
        <translation>Trust Store der TPM-Hersteller (Admins signieren)</translation>
    </message>
    <message>
        <source>Import C&amp;A files…</source>
        <translation>C&amp;A-Dateien importieren…</translation>
    </message>
    <message>
        <source>Re&amp;move selected CA</source>
        <translation>Ausgewählte CA ent&amp;fernen</translation>
    </message>
    <message>
        <source>TPM vendor CA files</source>
        <translation>CA-Dateien der TPM-Hersteller</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Incoming TPM lots (supervisors sign)</source>
        <translation>Eingehende TPM-Lots (Schichtleitung signiert)</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>L&amp;ot:</translation>
    </message>
    <message>
        <source>&amp;Part number:</source>
        <translation>&amp;Teilenummer:</translation>
    </message>
    <message>
        <source>Import &amp;delivery list…</source>
        <translation>&amp;Lieferliste importieren…</translation>
    </message>
    <message>
        <source>TPM vendor delivery list</source>
        <translation>Lieferliste des TPM-Herstellers</translation>
    </message>
    <message>
        <source>Delivery lists (*.csv *.json *.txt *.pem);;All files (*)</source>
        <translation>Lieferlisten (*.csv *.json *.txt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>UNKNOWN — not in the manifest</source>
        <translation>UNBEKANNT — nicht im Manifest</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>%n CA-Zertifikat importiert</numerusform>
            <numerusform>%n CA-Zertifikate importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n war bereits im Trust Store.</numerusform>
            <numerusform>%n waren bereits im Trust Store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the CA to remove.</source>
        <translation>Die zu entfernende CA auswählen.</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1 (%2)</source>
        <translation>Aus dem Trust Store entfernt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 imported: %n EK(s).</source>
        <translation>
            <numerusform>Lot %1 importiert: %n EK.</numerusform>
            <numerusform>Lot %1 importiert: %n EKs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::UploadImportPanel</name>
    <message>
        <source>&amp;Import result</source>
        <translation>Ergebnis &amp;importieren</translation>
    </message>
    <message>
        <source>After uploading a bulk-NNNN.json file to DPS, import the service&apos;s answer: each device of that operation is marked uploaded, or failed with the reason.</source>
        <translation>Nach dem Hochladen einer Datei bulk-NNNN.json in DPS die Antwort des Dienstes importieren: Jedes Gerät dieser Operation wird als hochgeladen markiert oder als fehlgeschlagen mit der Begründung.</translation>
    </message>
    <message>
        <source>bulk-NNNN result JSON</source>
        <translation>Ergebnis-JSON zu bulk-NNNN</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation>&amp;Ergebnisdatei:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Charge:</translation>
    </message>
    <message>
        <source>DPS bulk enrollment result</source>
        <translation>Ergebnis der DPS-Massenregistrierung</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sign in first: the import records who made it.</source>
        <translation>Zuerst anmelden: Der Import hält fest, wer ihn durchgeführt hat.</translation>
    </message>
    <message>
        <source>Choose the DPS result JSON file to import.</source>
        <translation>Die zu importierende DPS-Ergebnisdatei (JSON) wählen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The result was not imported; nothing was changed: %1</source>
        <translation>Das Ergebnis wurde nicht importiert; es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>Charge %1, Operation %2: %3 hochgeladen, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>UUID or name; empty: from the manifest.json next to the file</source>
        <translation>UUID oder Name; leer: aus der manifest.json neben der Datei</translation>
    </message>
</context>
<context>
    <name>tps::gui::WelcomeTour</name>
    <message>
        <source>Guided tour of the simulation</source>
        <translation>Geführte Tour durch die Simulation</translation>
    </message>
    <message>
        <source>Welcome to the simulated line</source>
        <translation>Willkommen an der simulierten Linie</translation>
    </message>
    <message>
        <source>the serials listed on the Simulated fleet page (the fleet is starting)</source>
        <translation>die Seriennummern auf der Seite Simulierte Flotte (die Flotte startet gerade)</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Scan a serial.&lt;/b&gt; This station runs over simulated TPMs. Scan or type one of %1 into the serial field of the Station page and press Enter. The Simulated fleet page lists every device.</source>
        <translation>&lt;b&gt;1. Eine Seriennummer scannen.&lt;/b&gt; Diese Station läuft mit simulierten TPMs. Eine von %1 in das Seriennummernfeld der Seite Station scannen oder eingeben und Enter drücken. Die Seite Simulierte Flotte listet jedes Gerät auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Watch the five steps.&lt;/b&gt; A free socket takes the device: TPM installed, EK extracted, ownership taken, firmware flashed, QA check. Each step turns green; the socket then shows a big &lt;b&gt;PASS&lt;/b&gt; (or FAIL with what to do).</source>
        <translation>&lt;b&gt;2. Die fünf Schritte verfolgen.&lt;/b&gt; Ein freier Prüfplatz übernimmt das Gerät: TPM eingebaut, EK ausgelesen, Besitz übernommen, Firmware geflasht, QA-Prüfung. Jeder Schritt wird grün; danach zeigt der Prüfplatz ein großes &lt;b&gt;PASS&lt;/b&gt; (oder FAIL mit dem, was zu tun ist).</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Find the results.&lt;/b&gt; The Devices page lists every device and its steps; the Audit trail page records who did what. Supervisors, quality and admins export DPS enrollment batches and audit exports on the Exports page, into a folder they choose.</source>
        <translation>&lt;b&gt;3. Die Ergebnisse finden.&lt;/b&gt; Die Seite Geräte listet jedes Gerät und seine Schritte auf; die Seite Audit-Trail hält fest, wer was getan hat. Schichtleitung, Qualitätssicherung und Admins exportieren DPS-Registrierungschargen und Audit-Exporte auf der Seite Exporte in einen Ordner ihrer Wahl.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Know what is simulated.&lt;/b&gt; The TPMs, their EK certificates, the firmware programmer and the customer&apos;s escrow key are simulated, and nothing made here may ship. The kit&apos;s product profile and the full list are one click away: Help ▸ Simulation kit.</source>
        <translation>&lt;b&gt;4. Wissen, was simuliert ist.&lt;/b&gt; Die TPMs, ihre EK-Zertifikate, das Firmware-Programmiergerät und der Hinterlegungsschlüssel des Kunden sind simuliert, und nichts, was hier gefertigt wird, darf ausgeliefert werden. Das Produktprofil des Kits und die vollständige Liste sind einen Klick entfernt: Hilfe ▸ Simulationskit.</translation>
    </message>
    <message>
        <source>Simulation &amp;kit…</source>
        <translation>Simulations&amp;kit…</translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation>&amp;Scannen starten</translation>
    </message>
</context>
</TS>
