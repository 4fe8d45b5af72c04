<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify, list or checkpoint the station&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this device (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sequence number (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator doing the export (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint signed at audit event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest checkpoint already covers the whole trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty: there is nothing to witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed checkpoint (audit event %1) written to %2; key fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin passphrase for the station key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; the station key was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given (--passphrase-fd N, or a terminal); the station key was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station key %1 is now protected by the admin&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db PATH [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file (export), witnessed checkpoint (checkpoint) or public key (public-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s public key, as the auditor keeps it (verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned SHA-256 fingerprint of the public key (verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the admin&apos;s new passphrase from this file descriptor (protect-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auditor&apos;s last witnessed checkpoint (verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1, signed at event %2.</source>
        <translation>
            <numerusform>%n audit event exported to %1, signed at event %2.</numerusform>
            <numerusform>%n audit events exported to %1, signed at event %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No export file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be checkpointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>No output directory given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one of csv, json and pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times, e.g. 2026-11-21 or 2026-11-21T14:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>%1 holds no complete audit export (verification.json, audit-events.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report - TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in this report: %1 (sequence %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT: INTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT: TAMPERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events verified: %1; signed checkpoints: %2; last checkpoint at event %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(station software or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3) signed meaning &quot;%4&quot; for %5 %6; reason: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit event %1 is out of order: it was chained after event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: event %2 already has a successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: it is not part of the chain after event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more audit events are missing between event %1 and event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was altered: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append-only protection %1 of the audit records was removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit event has no valid hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file %1 belongs to another station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file %1 is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 does not carry a valid signature of this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two checkpoints disagree about audit event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail between events %1 and %2 was rewritten: it no longer matches the signed checkpoint at event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was truncated: events %1 to %2, vouched for by a signed checkpoint, are missing from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact (events: %1, signed checkpoints: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key has fingerprint %1, not the pinned fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the checkpoint key %2, not the trusted key %3: the station key was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the witnessed checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 is of %2, not of this station (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 (event %2) carries no valid signature of the trusted key %3: the key or the checkpoint was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoints).</source>
        <translation>
            <numerusform>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoint).</numerusform>
            <numerusform>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoints).</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 is signed by another key (%2), not the trusted key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail&apos;s checkpoint at audit event %1 disagrees with the witnessed checkpoint: the trail was rewritten and re-signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationKeyBlob</name>
    <message>
        <source>The DPS authentication key is damaged (%1). Repeat the QA check; if it fails again, call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Import a DPS bulk enrollment result: mark each device of the operation uploaded or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk operation number (default: from the file name bulk-NNNN...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPS bulk result JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--operation takes a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch UUID or name (default: from the manifest.json next to FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli batch import-result --db PATH --as ID [--batch UUID|NAME] [--operation N] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator importing (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaDirectory</name>
    <message>
        <source>(empty subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate (no basicConstraints cA:TRUE). A roots directory holds TPM manufacturer CA certificates only: remove this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; expired on %3. EK certificates that need it are judged expired; ask the TPM vendor for its successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; is not valid before %3. Check the station&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; (SHA-256 %3) is NOT in the station&apos;s manifest of known TPM vendor CAs. Check where this file came from before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralAuditSource</name>
    <message>
        <source>The checkpoint of station %1 at audit event %2 has no verdict yet: run &apos;tpm-station-cli central verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed checkpoint of station %1 has reached the factory database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The factory database holds station %1&apos;s trail intact: %n event(s), every checkpoint verified against the pinned key.</source>
        <translation>
            <numerusform>The factory database holds station %1&apos;s trail intact: %n event, every checkpoint verified against the pinned key.</numerusform>
            <numerusform>The factory database holds station %1&apos;s trail intact: %n events, every checkpoint verified against the pinned key.</numerusform>
        </translation>
    </message>
    <message>
        <source>The factory database flags station %1&apos;s trail at audit event %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralEkRegistry</name>
    <message numerus="yes">
        <source>No answer within the time-out of %n second(s): %1</source>
        <translation>
            <numerusform>No answer within the time-out of %n second: %1</numerusform>
            <numerusform>No answer within the time-out of %n seconds: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralExports</name>
    <message>
        <source>&apos;%1&apos; is not a station ID (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 has sent nothing to the factory database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch from the factory database takes each device once: --reexport is for a station&apos;s own batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its EK (station %1) was also seen on %2: a DPS batch never takes an EK seen on more than one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was written and signed, but the factory database did not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>The factory database %1 has no station schema yet: run &apos;tpm-station-cli central init --central URL&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, newer than this station software (%3): update the station software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, older than this station software (%3): run &apos;tpm-station-cli central init&apos; to migrate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralVerifier</name>
    <message>
        <source>Station %1 has no pinned checkpoint key: its checkpoint at audit event %2 cannot be verified (pin it with &apos;tpm-station-cli central pin&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 does not carry a valid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is signed by another key (%3), not the pinned key %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 signs a hash that the factory database&apos;s chain does not have at that event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station ID (a UUID) and an Ed25519 public key are needed to pin a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 already has the pinned key %2: a station never makes a new key for an existing trail, so the factory database keeps the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkpoints</name>
    <message>
        <source>The station key %1 is accessible to other users; it must be readable by its owner only (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 station key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate the station key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the station key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the station key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no station key at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign with the station key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station key %1 is protected by the admin&apos;s passphrase: unlock it (tpm-station-cli --key-passphrase-fd N …, or at the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not unlock the station key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key (PEM &quot;BEGIN PUBLIC KEY&quot;); verifying needs only the station&apos;s public key, never its private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language, for example --lang de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not available; the messages are in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options before the command:
  --lang L                 the language of the messages (de, zh_CN, ...; default: STATION_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    unlock a station key protected by the admin&apos;s passphrase from descriptor N (else asked at the terminal)
  --version                the version, git revision, build date and the versions of Qt, tpm2-tss, OpenSSL and SQLite in use
  --help                   this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-passphrase-fd takes a file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --password-fd N          the password of the command&apos;s --as ID from descriptor N (one line), instead of STATION_PASSWORD or stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-fd takes a file descriptor.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <source>--as ID is required: the operator doing this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>Admin passphrase of the station key %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmsEscrow</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escrow certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escrow certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s public key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escrow certificate must carry an RSA (2048 bits or more) or an EC key, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted private key (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escrow encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escrow record is not a CMS EnvelopedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escrow record does not open with this key (wrong owner key?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption of a station secret failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key-encryption key must be 256 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is not a CMS EnvelopedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not open with the station&apos;s key-encryption key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandFlasher</name>
    <message>
        <source>The programmer %1 could not be started. Ask a supervisor to check the station set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer reported an error (exit code %1). The firmware is NOT flashed: see the programmer log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command of the programmer has no program. Ask a supervisor to check the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer&apos;s %1 command uses the unknown placeholder {%2}. Ask a supervisor to check the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read-back after flashing failed (exit code %1). The firmware is NOT confirmed: see the programmer log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read-back command wrote no data. The firmware is NOT confirmed: see the programmer log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialActivation</name>
    <message>
        <source>No endorsement key is persisted at 0x81010001: DPS attestation would fail. Send the device back to the EK step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endorsement authorization of this TPM is set: DPS would fail, because the device proves its EK with an empty endorsement password. Send the device to rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM could not activate the credential: it was made for another EK (or another SRK) than this TPM holds. Check that the device in the socket is the one recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM refused to import the DPS key: it was not wrapped for this TPM&apos;s SRK. Send the device back to the ownership step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM refused the owner authorization needed to store the DPS key. Check the ownership record of this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialConfig</name>
    <message>
        <source>credentials.slot is missing: the mode %1 needs a Limpet slot (0 to 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.slot must be a whole number from 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.hubHostName is missing: the IoT Hub the devices connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.hubHostName: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.deviceIdPattern must contain {serial} or {registrationId}, so that every device gets its own IoT Hub device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.cloudCertificate is missing: exports that carry device keys are encrypted to the cloud engineer&apos;s certificate only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.cloudCertificate %1 is not a usable certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials.mode &quot;%1&quot; is not known: use dps-tpm, iothub-symmetric-slot or dps-symmetric-group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but the credential mode %1 keeps the device&apos;s key in a Limpet slot, and Limpet manages its slots through the owner hierarchy with an empty password. Leave setOwnerAuth false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>First-pass yield per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  step %1: %2 of %3 passed (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed devices per station and hour (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory dashboard from the factory database: first-pass yield per step, completed devices per station and hour, failure causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these stations (comma-separated station IDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a station database (not an SQLite file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a station database (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a station database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the station (schema %2; this version understands up to %3). Update the station software. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no station identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>the EK certificate and the EK_pub of this row are different keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no EK value in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same EK as row %1 (a duplicate EK inside the lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>The delivery list has %n bad row; nothing was imported.</numerusform>
            <numerusform>The delivery list has %n bad rows; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list holds no EK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery list is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceClient</name>
    <message>
        <source>device.authKeyIndex must be a whole number from 2 to 8388607 (an offset from 0x81000000; the Identity Service&apos;s default is 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization is true but device.ownerAuthDelivery does not say how the device receives the owner authorization ([tpm.hierarchy_authorization] owner in the Identity Service&apos;s config): the station cannot claim the device will provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device client &quot;%1&quot; (device.client): use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no configurable key index or hierarchy authorization: device.authKeyIndex, device.hierarchyAuthorization and device.ownerAuthDelivery apply to aziot-identity-service only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — owner authorization is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with empty endorsement authorization is refused — endorsement authorization is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework: clear the TPM with the escrowed lockout authorization, order the rework from the ownership step, then run the line again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DpsBatchExporter</name>
    <message>
        <source>dps.allocationPolicy must be one of hashed, geoLatency, static, custom (not &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dps.provisioningStatus must be enabled or disabled (not &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dps.deviceId must contain {serial} or {registrationId}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</source>
        <translation>
            <numerusform>%n simulated device left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</numerusform>
            <numerusform>%n simulated devices left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices of several products are waiting (%1): choose one with --product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no EK recorded by step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No device of the batch can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>No device of the batch can be enrolled in DPS (%n left out).</numerusform>
            <numerusform>No device of the batch can be enrolled in DPS (%n left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EkCertificate</name>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate is not issued by a configured TPM manufacturer CA. Set the device aside and ask the line lead to check the product&apos;s manufacturer roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate belongs to a different key than this TPM&apos;s EK. Set the device aside for rework: the TPM or its certificate is not genuine or was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM cannot prove it is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set the device aside for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate or its issuer is outside its validity period. Check the station&apos;s clock; if it is right, set the device aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate names another TPM manufacturer than the TPM reports. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not an EK certificate: its key is for signing only (an attestation or signing key&apos;s certificate). Set the device aside and ask the line lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer (checked offline, without the TPM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, not %2 as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, but this TPM reports %2. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EkCommand</name>
    <message>
        <source>Create the TPM&apos;s Endorsement Key from the TCG template, read and verify its certificate, and print the DPS registration ID and endorsementKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK template: rsa2048 (L-1, default), ecc256 (L-2), h1-rsa2048, h3-ecc384.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the EK as TPM2B_PUBLIC to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the EK public key as PEM to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the EK certificate (DER) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of trusted TPM manufacturer roots and intermediates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always create the EK from the template, even when the persisted EK is the certificate&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the EK to PEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM holds no readable EK certificate to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persisted EK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERS from the certificate-matching EK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endorsementKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the DPS registration ID of an EK given as a binary TPM2B_PUBLIC or its base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK file (&apos;-&apos; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek regid FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub FILE] [--out-pem FILE] [--out-cert FILE] [--roots DIR] [--create] [--json]
       tpm-station-cli ek verify FILE… [--roots DIR | --profile FILE] [--db PATH] [--tpm-manufacturer ID] [--at TIME] [--json]
       tpm-station-cli ek regid FILE
       tpm-station-cli ek roots list|import|remove --db PATH …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EkExtractedStation</name>
    <message>
        <source>The EK setting &apos;%1&apos; must be a directory path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK setting &apos;%1&apos; names &apos;%2&apos;, which is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK setting &apos;requireTrusted&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK setting &apos;reusePersisted&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production profile always requires a trusted EK certificate: remove &apos;requireTrusted: false&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK persisted at 0x%1 is not the certificate-matching EK (created from a wrong template). The ownership step replaces it; the certificate-matching EK is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TPM was already provisioned as device %1: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production profile needs the TPM manufacturers&apos; CA certificates: an admin imports them into the station&apos;s trust store (Settings, or tpm-station-cli ek roots import), or the profile sets &apos;rootsDir&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: no lot %1 was imported. Ask the line lead to import the TPM vendor&apos;s delivery list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM is on no imported delivery list. Set the device aside and call the line lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM belongs to lot %2 (row %3). Set the device aside and call the line lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1 as an unused TPM: row %2 was already used by device %3. Set the device aside and call the line lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK setting &apos;lot&apos; must be a lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot entry of this TPM could not be marked as used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database already has this TPM as device %1 on station %2: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EkPublicValue</name>
    <message>
        <source>the EK value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an EK certificate, public key, TPM2B_PUBLIC or RSA-2048 modulus (PEM, base64 or hex expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EkRootsCommand</name>
    <message>
        <source>UNKNOWN — not in the manifest of known TPM vendor CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s TPM manufacturer trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin signing the change (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA files: PEM, DER or PKCS#7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) in the trust store.</source>
        <translation>
            <numerusform>%n CA certificate in the trust store.</numerusform>
            <numerusform>%n CA certificates in the trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>%n CA certificate imported</numerusform>
            <numerusform>%n CA certificates imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n was already in the trust store.</numerusform>
            <numerusform>%n were already in the trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CA by its SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the trust store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek roots list --db PATH [--json]
       tpm-station-cli ek roots import FILE… --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli ek roots remove SHA256 --db PATH --as ID --reason TEXT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EkVerifyCommand</name>
    <message>
        <source>The product profile %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK is %1: Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), model %3, version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RSAES-OAEP identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV header or padding cut at the DER length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify EK certificates given as files (DER, PEM or raw NV dumps) offline, as step 2 judges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of TPM manufacturer CA files (subdirectories included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the certificates&apos; TPM manufacturer with ID (e.g. NTC, IFX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification time (ISO 8601, UTC; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --roots or --profile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time (e.g. 2026-01-31T12:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK certificate files (one or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s trust store in %1 holds no CA certificate: an admin imports the TPM vendors&apos; CA files with &apos;tpm-station-cli ek roots import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roots given (--roots DIR, --db PATH or --profile FILE): no certificate can be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the roots from this product profile&apos;s ek.rootsDir (none: the trust store of --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database: verify against its TPM manufacturer trust store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>All steps have passed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed %2 times: the device needs rework, ordered by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM in the socket is not the one this device had (%1 differs). Check the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-check could not be recorded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-check of the TPM failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run before %2 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 could not be recorded; it is not counted as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement is out of limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2
Try again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every step has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated timing model of %1 cannot be used (%2). Recreate the simulated fleet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Usage: tpm-station-cli escrow open --key OWNER_KEY (--db PATH | --store DIR) --serial S [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a device&apos;s escrowed TPM authorizations with the owner&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s private key (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (pending: written ahead, not confirmed on the TPM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowPin</name>
    <message>
        <source>The customer CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer CA file %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot verify the escrow certificate&apos;s chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow certificate does not chain to the customer CA %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production profile must pin its escrow certificate (ownership.escrowCertificateSha256); the certificate&apos;s SHA-256 is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow certificate is not the one the profile pins: the profile pins SHA-256 %1, the certificate %2 has %3. Nothing was written to the TPM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowPinService</name>
    <message>
        <source>The product profile %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile %1 names no escrow certificate (ownership.escrowCertificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the escrow certificate pin needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowRecovery</name>
    <message>
        <source>No escrow record for serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1 does not open with this key (wrong owner key, or a damaged record: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1 lacks the %2 value it claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escrow record of serial %1 holds a value in use (all abandoned or revoked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscrowStoreChoice</name>
    <message>
        <source>Station database holding the escrow records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow store directory (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --db PATH or --store DIR, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the devices that passed QA as a signed DPS enrollment batch (bulk JSON, CSV, az script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only devices of this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;dps&quot; section: hub, allocation, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include simulated devices (marked simulated; never on production profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include devices already in a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator exporting (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH and --out DIR are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest signed by the certificate with SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit events (by period, device or batch) with the chain verdict, signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period (ISO 8601, UTC, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch and its devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: csv, json, pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, json, pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 in %4, written to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n device of %1</numerusform>
            <numerusform>%n devices of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s)</source>
        <translation>
            <numerusform>%n bulk operation</numerusform>
            <numerusform>%n bulk operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out (see --allow-simulated).</source>
        <translation>
            <numerusform>%n simulated device left out (see --allow-simulated).</numerusform>
            <numerusform>%n simulated devices left out (see --allow-simulated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) (seq %1..%2) exported to %3. Chain: %4</source>
        <translation>
            <numerusform>%n audit event (seq %1..%2) exported to %3. Chain: %4</numerusform>
            <numerusform>%n audit events (seq %1..%2) exported to %3. Chain: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the batch from this incoming lot&apos;s delivery list, before the TPMs are soldered (needs --product or --profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-lot needs --product or --profile, and takes neither --allow-simulated nor --reexport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --central: only the devices of these stations (comma-separated station IDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--central and --from-lot exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stations needs --central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station has sent anything to the factory database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Station %1: %n audit event(s) (seq %2..%3) exported to %4. Chain: %5</source>
        <translation>
            <numerusform>Station %1: %n audit event (seq %2..%3) exported to %4. Chain: %5</numerusform>
            <numerusform>Station %1: %n audit events (seq %2..%3) exported to %4. Chain: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>With --central: only this station&apos;s trail (a station ID; repeat it or separate IDs with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--station needs --central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli export dps --db PATH --out DIR [--name N] [--allow-simulated] [--reexport] [--profile FILE] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db PATH --out DIR [--name N] [--allow-simulated] [--profile FILE] [--product ID]
       tpm-station-cli export audit --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db PATH --out DIR --profile FILE [--as ID] [--allow-simulated]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDirectory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be an output directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output directory %1: %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the export into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileEscrowStore</name>
    <message>
        <source>Cannot read the escrow file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow file %1 is damaged or not an escrow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow file %1 holds a damaged record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the escrow directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the escrow file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync the escrow directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareCatalog</name>
    <message>
        <source>The firmware catalog %1 cannot be read. Ask a supervisor to check the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware catalog holds no release for %1. Ask a supervisor to install the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware catalog holds several releases named %1 %2. Ask a supervisor to remove the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware manifest %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware manifest %1 cannot be read. Ask a supervisor to check the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware release has no signature. Nothing was written; call engineering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware is for product %1, not for %2. Nothing was written; check that the right product is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware image %1 is missing from the catalog. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware image is truncated (%1 of %2 bytes). Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware image is larger than its manifest says. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware image does not match its signed digest: it may have been altered. Nothing was written; call engineering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareCommand</name>
    <message>
        <source>Verify a firmware release in a catalog: signature, product, size and digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product the release must be for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted firmware-signing public key (PEM); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this manifest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware verify needs --catalog, --product and at least one --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 %2 (%3, %4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: ignored catalog file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the provisioning settings from the TPM&apos;s settings index 0x01500100 (no secret needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM holds no provisioning settings (index 0x%1 is not defined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli firmware verify --catalog DIR --product P --key PEM [--version V] [--manifest FILE] [--json]
       tpm-station-cli firmware settings [--tcti T] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareConfig</name>
    <message>
        <source>firmware.%1.program is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.%1.arguments must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product profile has no &quot;firmware&quot; section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.catalog is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.signingKeys must be a list of file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.signingKeys is missing: no firmware-signing key is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.flasher.timeoutMs must be between 100 and 3600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.flasher.fault must be none, fail, hang or corrupt-readback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware.flasher.kind must be &quot;simulated&quot; or &quot;command&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareFlashedStation</name>
    <message>
        <source>The product profile&apos;s firmware settings are incomplete (%1). Ask a supervisor to fix the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile uses the simulated programmer, but this is a real device or a production profile. Ask a supervisor to configure the real programmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s registration ID is not known: step &quot;%1&quot; must pass before the firmware is flashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware release is version %1, the product profile asks for %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station cannot create a working directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station cannot write its working files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index cannot be read: %1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index 0x%1 is locked and holds other provisioning settings. It cannot be written again: a supervisor must order a rework, in which the device owner undefines the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM&apos;s owner authorization is not available: %1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the programmer to device %1, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer was not connected. The firmware is NOT flashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning settings could not be stored on the TPM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile&apos;s credential settings are refused (%1). Ask a supervisor to fix the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s TPM slot cannot name it: %1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmwareManifest</name>
    <message>
        <source>The firmware manifest is not valid (%1). Nothing was written; ask engineering for a correct firmware release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEnrollmentKey</name>
    <message numerus="yes">
        <source>The group enrollment key decodes to %n byte(s); DPS keys are 16 to 64 bytes.</source>
        <translation>
            <numerusform>The group enrollment key decodes to %n byte; DPS keys are 16 to 64 bytes.</numerusform>
            <numerusform>The group enrollment key decodes to %n bytes; DPS keys are 16 to 64 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group enrollment key is not base64 text (the standard alphabet with &apos;=&apos; padding, as DPS shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC-SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>&apos;%1&apos; is not a serial number: 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <source>Print a device label (ZPL: serial, registration ID as QR code and text) to a file or a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (when the serial is ambiguous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the ZPL to tcp://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a PNG preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli label --db PATH --serial S [--out FILE] [--printer tcp://HOST:PORT] [--png FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no label preview (built without QtGui).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The registration ID cannot be encoded as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the label preview %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimpetSlot</name>
    <message>
        <source>Slot %1 does not exist: Limpet has the logical slots 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; is not a DNS name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hostname is empty: give the IoT hub&apos;s hostname, e.g. myhub.azure-devices.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n character(s).</source>
        <translation>
            <numerusform>it is longer than %n character.</numerusform>
            <numerusform>it is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>each dot-separated part must be 1 to 63 letters, digits or hyphens, and must not start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The device ID is %n character(s) long; IoT Hub allows at most 128.</source>
        <translation>
            <numerusform>The device ID is %n character long; IoT Hub allows at most 128.</numerusform>
            <numerusform>The device ID is %n characters long; IoT Hub allows at most 128.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device ID &quot;%1&quot; contains &quot;%2&quot;: IoT Hub allows only letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The device key decodes to %n byte(s); a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</source>
        <translation>
            <numerusform>The device key decodes to %n byte; a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</numerusform>
            <numerusform>The device key decodes to %n bytes; a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token validity must be a whole number of seconds from 1 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key is not base64 text (the standard alphabet with &apos;=&apos; padding, as the IoT hub shows the primary key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 4 KiB; it should hold only the base64 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimpetSlots</name>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: the hardware device ID is derived from its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: Limpet (Windows IoT Core) defines and removes slots with the empty owner password, so the station does not write slot %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: a slot&apos;s key is created under it. Take ownership of the TPM first. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 is in use (NV index %2 %3, key %4 %5): nothing was written. Replace it explicitly to destroy what it holds and provision it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 has no key at %2: the device could not sign a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 is empty: provision it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NV index %1 of slot %2 cannot be read with the empty authorization a device uses: it does not follow the Limpet layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 holds no IoT hub hostname and device ID (NV index %2): the device could not form a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 is empty: there is nothing to destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: a slot is removed with the empty owner password, as Limpet does. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source> (recheck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the line: walk simulated devices through every registered step, recorded in the station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel test sockets (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse (or create) the simulated fleet in DIR; default: a temporary fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile (JSON file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator running the line (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the simulated TPMs of --root running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every step as soon as it is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate takes a number of devices from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: %1, %2, database %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s)</source>
        <translation>
            <numerusform>%n simulated device</numerusform>
            <numerusform>%n simulated devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 completed, %2 need rework, %3 not completed.</source>
        <translation>
            <numerusform>%n device: %1 completed, %2 need rework, %3 not completed.</numerusform>
            <numerusform>%n devices: %1 completed, %2 need rework, %3 not completed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming TPM lot: every device&apos;s EK must be on its delivery list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) sent, all sent.</source>
        <translation>
            <numerusform>Factory database: %n record sent, all sent.</numerusform>
            <numerusform>Factory database: %n records sent, all sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) stay queued in the station: %1</source>
        <translation>
            <numerusform>Factory database: %n record stay queued in the station: %1</numerusform>
            <numerusform>Factory database: %n records stay queued in the station: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the records to this factory database while the line runs (libpq connection string; the password from PGPASSFILE/~/.pgpass or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotBatchExporter</name>
    <message>
        <source>No lot %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot %1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no EK_pub the TPM would report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No EK of lot %1 can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>No EK of lot %1 can be enrolled in DPS (%n left out).</numerusform>
            <numerusform>No EK of lot %1 can be enrolled in DPS (%n left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotCommand</name>
    <message>
        <source>%1  part %2  %3 EK(s), %4 used  imported %5 by %6 from %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming TPM lots: the TPM vendor&apos;s delivery lists of EKs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor signing the import (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery list (CSV or JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one delivery list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lot L and --part P are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli lot import FILE --lot L --part P --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli lot list --db PATH [--json]
       tpm-station-cli lot show LOT --db PATH [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lots</name>
    <message>
        <source>this EK is already on the delivery list of lot %1 (row %2): a TPM cannot be in two lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>The delivery list has %n bad row; nothing was imported.</numerusform>
            <numerusform>The delivery list has %n bad rows; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list is for lot %1, not %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery list is for part number %1, not %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot needs its lot number and part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a lot needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 was already imported on %2 by %3; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This EK is on no imported lot&apos;s delivery list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of lot %2 was already used by device %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is not in the station&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestSigner</name>
    <message>
        <source>Cannot write the export signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export signing certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing key %1 and certificate %2 must both exist; one is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the export signing key or certificate next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing certificate %1 does not belong to the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the signed manifest into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export signing key %1 is accessible to other users (mode %2); it must be readable by its owner only (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Usage: tpm-station-cli operator add|list|disable --db PATH [options]
Passwords come from STATION_NEW_PASSWORD / STATION_PASSWORD or stdin, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the station&apos;s operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator, supervisor, quality or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin doing this (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read passwords from stdin, one per line (new password first, then the admin&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be operator, supervisor, quality or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id and --name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password in STATION_NEW_PASSWORD or on stdin (--password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 (%2, %3) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id and --reason are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rework of a device that exhausted its retries (supervisor&apos;s electronic signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db, --serial, --as and --reason are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework of %1 approved and signed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the device again from this step (e.g. ownership-taken after a TPM clear); default: the step that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; (--from-step): use tpm-installed, ek-extracted, ownership-taken, firmware-flashed or qa-check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>An admin must sign in to add an operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>&apos;%1&apos; is not a valid operator ID (letters, digits, . _ -; up to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator needs a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or PIN must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (scrypt unavailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first operator of a station must be an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can add operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator ID %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling an operator needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can disable operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins cannot disable themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator ID or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 is locked after %2 failed attempts; try again in %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Operator %1 is now locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnershipCommand</name>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: take ownership of a TPM (secrets escrowed to the owner&apos;s certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device owner&apos;s escrow certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device UUID (default: a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DA maxTries (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DA recoveryTime in seconds (default 7200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DA lockoutRecovery in seconds (default 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable TPM2_Clear (TPM2_ClearControl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set the endorsement authorization (breaks DPS TPM attestation in the field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serial is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--escrow-cert is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework: TPM2_Clear (platform hierarchy, or the escrowed lockout authorization) and the EK re-persisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the TPM is cleared (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear with the platform hierarchy (empty platform auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear with the escrowed lockout authorization, opened with the owner&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serial and --reason are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --platform and --lockout-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applied lockout authorization is escrowed for serial %1: refusing to guess (a wrong lockout value locks the TPM&apos;s lockout hierarchy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM cleared; EK re-persisted at 0x81010001; escrow records of %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set the owner authorization (only for a device client that is given it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c; see docs/OWNERSHIP.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a TPM&apos;s authorizations fit the device&apos;s DPS client (no authorization is tried).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM&apos;s authorizations fit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device needs rework before %1 can provision it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ownership take|clear|verify [options] (--help for details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnershipConfig</name>
    <message>
        <source>The ownership setting &quot;%1&quot; must be a whole number from %2 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ownership setting &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile has no escrow certificate (ownership.escrowCertificate): the owner&apos;s certificate is required to escrow the TPM&apos;s owner secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ownership setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but its device client %1 needs it empty: %1 persists its DPS key with TPM2_EvictControl through the owner hierarchy with an empty password, and would be refused in the field. Leave setOwnerAuth false, or use device.client &quot;aziot-identity-service&quot; with hierarchyAuthorization and ownerAuthDelivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile sets the endorsement authorization (ownership.setEndorsementAuth), but its device client %1 needs it empty: it proves the EK under PolicySecret(endorsement) with an empty password, so DPS TPM attestation would fail. Only device.client &quot;none&quot; allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow certificate pin (ownership.escrowCertificateSha256) must be the 64 hex digits of the certificate&apos;s SHA-256 (openssl x509 -outform DER | sha256sum).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnershipTakenStation</name>
    <message>
        <source>The escrow certificate of this product cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escrow store is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has no serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the endorsement authorization is set. The DPS client uses an empty endorsement authorization: TPM attestation with the Device Provisioning Service WILL FAIL in the field for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rework needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing with the lockout hierarchy needs the escrowed lockout authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TPM was owned under the earlier rule: %1. The ownership step cannot undo it. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The factory database %1 refused the credentials. The password comes from the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached over the TLS the connection asks for (sslmode): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database connection string does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database connection string holds a password. Put it in the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory connecting to the factory database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the factory database %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 does not permit this role to run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 refused the %2 statement: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the connection in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the %2 statement in time; it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>Cannot read the product profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile needs an ID (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit) and maxRetries from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Usage: tpm-station-cli profile pin-escrow --db PATH --profile FILE --as ADMIN --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the product profile&apos;s escrow certificate: its SHA-256 is written to ownership.escrowCertificateSha256, signed by an administrator and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator signing (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the pin changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow certificate %1 pinned in profile %2: SHA-256 %3 (was %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The product profile is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile %1 is a production profile: it cannot run on simulated devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningSettings</name>
    <message>
        <source>The DPS endpoint &apos;%1&apos; is not a host name (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPS ID scope &apos;%1&apos; is not valid: it is &apos;0ne&apos; followed by 8 upper-case letters or digits, for example 0ne000A1B2C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration ID &apos;%1&apos; is not valid: up to 128 lower-case letters, digits and - . _ :, beginning and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; is not valid: 1 to 64 letters, digits and . _ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning settings have an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning settings do not fit into the TPM&apos;s settings index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM holds no valid provisioning settings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCheckStation</name>
    <message numerus="yes">
        <source>(%n more problem(s) found, see details.)</source>
        <translation>
            <numerusform>(%n more problem found, see details.)</numerusform>
            <numerusform>(%n more problems found, see details.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A QA measurement is out of its limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile has no DPS ID scope (section &quot;dps&quot;, key &quot;idScope&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPS ID scope &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa.sasValiditySeconds must lie between 60 and 31536000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qa.firmwareNvIndex is not an NV index (0x01xxxxxx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DPS registration ID (a-z, 0-9, - . _ : only, at most 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK recorded by the EK step is missing. Run the EK step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EK is persisted at 0x81010001: the device&apos;s DPS client would find no EK. Send the device back to the EK step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK at 0x81010001 changed since the EK step: the enrollment recorded for this device would not match. Send the device to rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SRK is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SRK at 0x81000001 is not of the standard template. Send the device back to the ownership step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware settings (NV index %1) are missing or unreadable. Send the device back to the firmware step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station could not prepare the DPS rehearsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAS token signed by the TPM does not verify: DPS would refuse the device. Send the device to rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPS identity key is left at %1: the device must not ship with it. Repeat the QA check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM holds objects the product does not ship with: %1. Send the device to rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lockout authorization is still empty: ownership was not taken. Send the device back to the ownership step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA key could not be removed from the TPM (handle %1). Repeat the QA check; the device must not ship with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — the owner authorization does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with the owner authorization the device is given is refused — the owner authorization does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2, which this TPM does not implement: the client would fail in the field. This TPM cannot serve %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationId</name>
    <message>
        <source>The registration ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration ID has %1 characters; at most 128 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration ID must be lowercase (&apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration ID may contain only letters, digits and - . _ : (found &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration ID must start and end with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a binary TPM2B_PUBLIC (as written by tpm2_createek -u) nor its base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK is not a valid TPM2B_PUBLIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK is an ECC key: Azure DPS TPM attestation accepts RSA-2048 EKs only. Configure the product for the RSA-2048 EK (algorithm rsa2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>The factory database committed the records, but the station database could not note it (they will be sent again, harmlessly): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database answered the batch unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Fleet root directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the simulated TPMs running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the station on its embedded default: the line over a simulated TPM fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel test sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile (JSON file); default: the simulation kit&apos;s profile in the fleet root.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The firmware-signing key %1 cannot be used (%2). Ask a supervisor to check the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware was signed with a key this product does not trust. Nothing was written; set the release aside and call engineering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware signature is not valid: the release may have been altered. Nothing was written; call engineering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedChange</name>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the simulated TPM fleet (swtpm devices with EK certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet root directory (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulated fleet at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated %1 timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the simulated TPMs answer as slowly as a discrete TPM (create): dtpm (typical), fast, or none (as fast as swtpm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the timing model&apos;s draws, hexadecimal (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timing-seed takes a hexadecimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timing takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimFleet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a simulated fleet of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm_localca is not installed (package swtpm-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulated device with serial %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm_setup is not installed (package swtpm-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm_setup failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fleet holds 1 to 1000 devices; %1 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process is using the fleet at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no fleet; choose an empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm is not installed (package swtpm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free pair of loopback ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm did not answer on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swtpm for %1 would not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulated fleet at %1; create one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown timing model %1: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timing model %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedFlasher</name>
    <message>
        <source>The firmware image could not be read for flashing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated device has no flash memory. Recreate the simulated fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware image (%1 bytes) is larger than the device&apos;s flash (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer reported an error. The firmware is NOT flashed: see the programmer log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated flash could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated flash could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationKit</name>
    <message>
        <source>The simulation kit failed at: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation kit needs a fleet root directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated widget (simulation kit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotCommand</name>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --replace to do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname / device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (hardware device ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten Limpet slots of a TPM: hostname and device ID, never the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprint an IoT hub hostname, device ID and device key into a Limpet slot. The key file holds the base64 key (32 to 64 bytes); the key is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT hub hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT Hub device ID (omitted: the hardware device ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the base64 device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy what the slot holds first (otherwise an occupied slot is refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot provision needs --slot, --hostname and --key-file.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 provisioned: %2 / %3 (NV index %4, key %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAS token the device computes from a slot (TPM2_HMAC with the slot&apos;s key), printed exactly as Limpet&apos;s GetSASToken returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the token is valid (3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the connection string (GetConnectionString) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot sas needs --slot.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a Limpet slot: undefine its NV index and evict its key, as the Device Portal&apos;s &quot;Remove keys&quot; does on a bench TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot destroy needs --slot.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV index %1 undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NV index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 destroyed: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware device ID Limpet derives for a slot from the SRK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot hwid needs --slot.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot &lt;command&gt; [options]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db PATH --as ID --serial S --reason TEXT]
  hwid      --tcti T --slot N
  group-key import --db PATH --as ID --product P (--key-file F | --cms-file F --cms-key K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotConflict</name>
    <message>
        <source>%1 persists its DPS identity key at %2 and evicts whatever is there first, and %2 is where Limpet slot %3 keeps its HMAC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes the NV index %2 of Limpet slot %3 before it attests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another slot, or a device.authKeyIndex other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a slot from 1 to 9, or the Azure IoT Identity Service with an authKeyIndex that no slot uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limpet slot %1 cannot be combined with DPS TPM attestation by %2: %3 DPS registration would destroy the slot&apos;s credentials. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotCredentials</name>
    <message>
        <source>The station cannot keep the device&apos;s slot keys: %1 Nothing was shipped; run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s random generator refused to make device keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential mode %1 needs the station database to keep the device&apos;s keys, and this station runs without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s key could not be imprinted into its TPM slot: %1 Run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot check needs the station database, and this station runs without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys are recorded for slot %1 of this device: the firmware step must imprint the slot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM slot cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM could not compute the device&apos;s SAS token: %1 Send the device back to the firmware step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAS token the TPM computes from slot %1 does not match the keys recorded for this device: IoT Hub would refuse it. Send the device back to the firmware step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotKeyExporter</name>
    <message>
        <source>The key files could not be assembled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output directory and a product are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s credential mode &quot;%1&quot; keeps no keys in TPM slots: use the DPS enrollment batch export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud engineer&apos;s certificate cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device of product %1 that passed QA holds recorded slot keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotLineCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a product&apos;s DPS symmetric-key group key, once, by a supervisor. It is stored only encrypted and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product the group key is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the base64 group key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS EnvelopedData (DER) holding the base64 group key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key that opens --cms-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group key of product %1 is stored encrypted (record %2). It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Remove keys&quot; of a recorded device: destroy its slot, with a supervisor&apos;s electronic signature and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCTI of the device&apos;s TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the keys are removed (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot destroy with --db needs --as, --serial and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of device %2 destroyed; signed by %3 (signature %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the slot keys of the devices that passed QA for the cloud engineer: IoT Hub import-devices lines and an az script, encrypted to the cloud engineer&apos;s certificate (or the registration IDs of a DPS group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;credentials&quot; section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include simulated devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH, --out DIR and --profile FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1.</source>
        <translation>
            <numerusform>%n device exported to %1.</numerusform>
            <numerusform>%n devices exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group key (base64): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to type the group key at: use --key-file or --cms-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same group key again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two group keys typed differ. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot group-key import --db PATH --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXT]
Without --key-file or --cms-file the key is typed twice at the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteEscrowStore</name>
    <message>
        <source>Escrow database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1 in the station database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow record %1 cannot change from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRunStore</name>
    <message>
        <source>No product profile is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TPM&apos;s endorsement key is already registered to device %1. Set the device aside and call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device %1 of product %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station key %1 is missing. This database&apos;s audit trail is signed with the key %2; a new key is not created for an existing trail. Restore the key file from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station key %1 (%2) is not the key this database&apos;s audit trail is signed with (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can order rework; %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteSlotKeyStore</name>
    <message>
        <source>Cannot read the station&apos;s key-encryption key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is damaged (it must hold 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random generator refused to make a key-encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the station&apos;s key-encryption key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot key record needs a serial, a slot and a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot key record %1 for serial %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot key record %1 cannot change from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot key record %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is missing: the stored keys cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored key is encrypted to another key-encryption key (%1), not this station&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot key record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1: a supervisor imports it with &quot;slot group-key import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group key needs the product it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPS group key has %1 to %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database records no keys in slot %1 of device %2: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Station database (production mode unless --simulate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile, JSON file (production mode unless --simulate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation: run over N simulated devices (0: production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel test sockets (1-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM Provisioning Station. Without options: the simulated fleet of the embedded default, as `tpm-station-cli run`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation: chosen with --simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode: chosen with --simulate 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode: chosen with --db / --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode: chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation: the station&apos;s default. Production mode is chosen in Settings or with --db / --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationKeyProtection</name>
    <message>
        <source>The admin&apos;s passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station key %1 is already protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encrypt the station key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the station key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationRegistry</name>
    <message>
        <source>the station keeps it only in memory during the run that took ownership, and this session did not take ownership of the device (for example after a restart). The escrow can only be opened by the device owner. A supervisor must order rework of this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2 (--as ID); the product profile does not let the unattended station do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2; %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The factory database: a libpq connection string, URI or service=NAME (the password from PGPASSFILE/~/.pgpass or PGPASSWORD, never here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database %1 has no outbox yet (schema %2): open it once with this version of the station to queue its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued for the factory database.</source>
        <translation>
            <numerusform>%n record queued for the factory database.</numerusform>
            <numerusform>%n records queued for the factory database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the factory database (see the audit trail).</source>
        <translation>
            <numerusform>%n conflict with the factory database (see the audit trail).</numerusform>
            <numerusform>%n conflicts with the factory database (see the audit trail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay queued in the station.</source>
        <translation>
            <numerusform>%n record stay queued in the station.</numerusform>
            <numerusform>%n records stay queued in the station.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to the factory database %1.</source>
        <translation>
            <numerusform>%n record sent to the factory database %1.</numerusform>
            <numerusform>%n records sent to the factory database %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: the factory database holds other content for %1 %2 (UUID %3); kept there, recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the station&apos;s queue for the factory database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the station&apos;s queued records to the factory database once (the line&apos;s relay does it continuously).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per central transaction (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sync --db PATH --central URL [--json]
       tpm-station-cli sync status --db PATH [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --central: the factory database&apos;s connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init --central URL [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 already has schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factory database %1 is at schema version %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) checked, %1 verified.</source>
        <translation>
            <numerusform>%n checkpoint checked, %1 verified.</numerusform>
            <numerusform>%n checkpoints checked, %1 verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) of the factory are not verified.</source>
        <translation>
            <numerusform>%n checkpoint of the factory are not verified.</numerusform>
            <numerusform>%n checkpoints of the factory are not verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a station&apos;s checkpoint key in the factory database (the key &apos;tpm-station-cli audit public-key&apos; writes), once per station; needs the factory database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s public key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1: checkpoint key %2 pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the signed checkpoints the stations sent to the factory database against their pinned keys and the central chain, and record the verdicts (role tps_verifier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central verify --central URL [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init|pin|verify --central URL … [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or migrate the factory database&apos;s schema and its roles tps_relay (insert only), tps_auditor (read only), tps_exporter (central exports) and tps_verifier (checkpoint verdicts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeOwnership</name>
    <message>
        <source>This TPM is already owned: its %1 authorization was set by someone else. The station does not force it. A supervisor can clear the TPM (rework) where the platform hierarchy or the escrowed lockout authorization allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endorsement authorization is set but the owner authorization is not: the station cannot check the EK. Order a rework (clear) of this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner authorization is set but no SRK of the Provisioning Guidance template is persisted at 0x81000001. Order a rework (clear) of this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner authorization is set but no EK is persisted at 0x81010001. Order a rework (clear) of this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EK persisted at 0x81010001 does not match the EK certificate, and the owner authorization is already set. Order a rework (clear) of this TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM is owned and its secrets are escrowed, but the escrow record could not be marked applied: %1 Run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM2_Clear is disabled on this TPM; only the platform hierarchy can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow record could not be saved; no authorization of the TPM was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>TPM installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EK_pub extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware flashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message>
        <source>The TPM deadline &quot;%1&quot; is not a command class; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM deadline for %1 must be whole milliseconds from 100 to 3,600,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TpmCommand</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1, revision %2, %3 day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli tpm info [--tcti T] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify a TPM: family, manufacturer, vendor strings, firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM connection setting is not valid. Ask a supervisor to check the socket&apos;s TCTI configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TPM answers at this socket. Check that the device is seated and powered, then scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM stopped answering. Re-seat the device, power-cycle it and scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device carries a TPM 1.2 or no TPM 2.0 at all. It cannot be provisioned: set it aside for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM is in failure mode. Power-cycle the device; if it happens again, set the device aside as defective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the TPM was lost during a command. Check the fixture contacts, re-seat the device and scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM refused the authorization. The device may already be owned: call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM is locked out after too many failed authorizations. Call a supervisor; do not retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM ran out of object memory. Power-cycle the device and scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object the step needs is missing on the TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM does not support what this product requires. Check the product profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM returned an unexpected error (%1). Call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Slot key database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: STATION_PASSWORD is deprecated (other processes of the same user can read it in /proc/PID/environ); give the password with --password-fd N.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; expired on %3; an expired root is not imported. Ask the TPM vendor for its current root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing into the trust store needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a CA from the trust store needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the CA by its SHA-256 fingerprint (at least 8 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA with fingerprint %1 is in the trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CAs in the trust store begin with %1: give more of the fingerprint.</source>
        <translation>
            <numerusform>%n CA in the trust store begins with %1: give more of the fingerprint.</numerusform>
            <numerusform>%n CAs in the trust store begin with %1: give more of the fingerprint.</numerusform>
        </translation>
    </message>
    <message>
        <source>trust store (%1, imported from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadResultImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which bulk operation is %1 the result of? Name it bulk-NNNN-result.json or give --operation N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload result is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload result has no boolean isSuccessful: not a DPS bulk result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload result&apos;s errors is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk operation number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no bulk operation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error entry of the upload result has no registrationId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload result names %1, which is not in bulk operation %2 of batch %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload result says it failed but names no device: nothing can be marked. Check the operation in the DPS service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than an upload result can be (%2 KiB); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result file is not next to its batch&apos;s manifest.json: keep it in the batch&apos;s export directory, or name the batch (--batch UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the manifest of a DPS enrollment batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (its manifest %2) has no bulk operation %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result file belongs to batch %1 (the manifest next to it), not to batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A registration ID in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>A registration ID in the upload result is longer than %n character.</numerusform>
            <numerusform>A registration ID in the upload result is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error code in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>An error code in the upload result is longer than %n character.</numerusform>
            <numerusform>An error code in the upload result is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error status in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>An error status in the upload result is longer than %n character.</numerusform>
            <numerusform>An error status in the upload result is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which batch is this upload result of? Name the batch (--batch UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batches are named &apos;%1&apos;: name the batch by its UUID.</source>
        <translation>
            <numerusform>%n batch is named &apos;%1&apos;: name the batch by its UUID.</numerusform>
            <numerusform>%n batches are named &apos;%1&apos;: name the batch by its UUID.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest next to the result file is not the one batch %1 was exported with (its SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload result lists more errors than bulk operation %1 has devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as built; the library reports no version at run time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZplLabel</name>
    <message>
        <source>The label printer %1:%2 does not answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the label to %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device with serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 exists for several products: choose one with --product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 has no registration ID yet (step 2 has not passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printer address is tcp://HOST:PORT (e.g. tcp://10.0.0.5:9100), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown printer &apos;%1&apos;: use tcp://HOST:PORT or a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin passphrase of the station key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::AboutDialog</name>
    <message>
        <source>About TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Provisions TPM 2.0 devices on the factory line and keeps a tamper-evident audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TPM Provisioning Station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditExportPanel</name>
    <message>
        <source>&amp;From (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit events of a period, a device or a batch, with every field, the chain verdict and the last checkpoint, in a signed folder. Exporting is itself audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this device (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch and its devices: UUID or name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder for the audit export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the export records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format: CSV, JSON or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device or a batch, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting and verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit export failed; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported</source>
        <translation>
            <numerusform>%n audit event exported</numerusform>
            <numerusform>%n audit events exported</numerusform>
        </translation>
    </message>
    <message>
        <source> (seq %1..%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written…</source>
        <translation>
            <numerusform>%n audit event written…</numerusform>
            <numerusform>%n audit events written…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the verification, the report and the signed manifest…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditView</name>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial (empty: every event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify checks every event&apos;s hash chain and the signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ TAMPERED — %1 (%2 at event %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ INTACT — %n event(s) verified; signed checkpoints: %1, the last at event %2 (%3 s).</source>
        <translation>
            <numerusform>✔ INTACT — %n event verified; signed checkpoints: %1, the last at event %2 (%3 s).</numerusform>
            <numerusform>✔ INTACT — %n events verified; signed checkpoints: %1, the last at event %2 (%3 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top failure causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the station database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours.</source>
        <translation>
            <numerusform>%n device completed in the last 24 hours.</numerusform>
            <numerusform>%n devices completed in the last 24 hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per hour (UTC, last 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory database (all stations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the factory database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours at all stations.</source>
        <translation>
            <numerusform>%n device completed in the last 24 hours at all stations.</numerusform>
            <numerusform>%n devices completed in the last 24 hours at all stations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DeviceDetailDialog</name>
    <message>
        <source>Device detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — product %2 — %3
UUID %4, first seen %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, registration ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s records cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>measurement, verdict %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>artifact %1, SHA-256 %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesModel</name>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesView</name>
    <message>
        <source>Serial contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded%1</source>
        <translation>
            <numerusform>%n device loaded%1</numerusform>
            <numerusform>%n devices loaded%1</numerusform>
        </translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::DpsExportWizard</name>
    <message>
        <source>DPS enrollment batch — options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices that passed QA go into a signed batch of DPS bulk enrollment files for upload from outside the factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-&lt;UTC time&gt; when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder for the DPS batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS enrollment batch — what will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS enrollment batch — export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;simulated devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-export devices already in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the batch records who exported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile is a production profile: simulated devices are never exported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product profile&apos;s DPS settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 is not empty: choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the devices that passed QA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n device)</numerusform>
            <numerusform>%1 (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated devices are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Devices of %n product(s) are waiting: one batch holds one product.</source>
        <translation>
            <numerusform>Devices of %n product are waiting: one batch holds one product.</numerusform>
            <numerusform>Devices of %n products are waiting: one batch holds one product.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) stay out (simulated devices not allowed).</source>
        <translation>
            <numerusform>%n simulated device stays out (simulated devices not allowed).</numerusform>
            <numerusform>%n simulated devices stay out (simulated devices not allowed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) already in a batch stay out (no re-export).</source>
        <translation>
            <numerusform>%n device already in a batch stays out (no re-export).</numerusform>
            <numerusform>%n devices already in a batch stay out (no re-export).</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices whose EK DPS cannot take (e.g. ECC) are left out and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… the station stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed. Nothing was recorded and no batch was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch exported — it holds SIMULATED devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch UUID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported</source>
        <translation>
            <numerusform>%n device exported</numerusform>
            <numerusform>%n devices exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s) (at most 10 enrollments each)</source>
        <translation>
            <numerusform>%n bulk operation (at most 10 enrollments each)</numerusform>
            <numerusform>%n bulk operations (at most 10 enrollments each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left out:</source>
        <translation>
            <numerusform>%n device left out:</numerusform>
            <numerusform>%n devices left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out.</source>
        <translation>
            <numerusform>%n simulated device left out.</numerusform>
            <numerusform>%n simulated devices left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: SIMULATED devices will be exported. The files mark them (the tag and the CSV column &quot;simulated&quot;, the manifest&apos;s batch) — such a batch must never be uploaded to a production DPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of product %1 will be exported into %2.</source>
        <translation>
            <numerusform>%n device of product %1 will be exported into %2.</numerusform>
            <numerusform>%n devices of product %1 will be exported into %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated devices are included, marked &quot;simulated&quot; in the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) written…</source>
        <translation>
            <numerusform>%1 of %n device written…</numerusform>
            <numerusform>%1 of %n devices written…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ExportsPage</name>
    <message>
        <source>&amp;DPS enrollment batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up&amp;load result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS enrollment batches and upload results are made by supervisors and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::FirstRunDialog</name>
    <message>
        <source>Welcome — set up this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no operator yet. Create its first administrator: they sign in at once and can add the other operators later (tpm-station-cli operator add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, . _ - (up to 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetModel</name>
    <message>
        <source> (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rev %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetWorker</name>
    <message>
        <source>Preparing the simulated fleet in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) ready.</source>
        <translation>
            <numerusform>%n simulated device ready.</numerusform>
            <numerusform>%n simulated devices ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::LabelPreviewDialog</name>
    <message>
        <source>The label preview cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is configured (Settings → Label printer address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the label to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID %1. No label printer is configured: set its address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID %1. Printer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATION STATION — simulated devices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge or type your operator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN / password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator ID and your PIN or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign i&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM Provisioning Station — SIMULATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATION — simulated TPMs, not production parts. Nothing made here may ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock / sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type / &amp;high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>Locked after %n minute without activity. Sign in again.</numerusform>
            <numerusform>Locked after %n minutes without activity. Sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework / override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;tour of the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation &amp;kit: profile and what is simulated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language cannot change while a device is running. Wait until every socket has finished, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;mode at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage (yours and this station&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 The station runs no device until the profile is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-out could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued. Last error (%1): %2</source>
        <translation>
            <numerusform>Factory database: %n record queued. Last error (%1): %2</numerusform>
            <numerusform>Factory database: %n records queued. Last error (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory database: connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued, last sent %1</source>
        <translation>
            <numerusform>Factory database: %n record queued, last sent %1</numerusform>
            <numerusform>Factory database: %n records queued, last sent %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ReworkDialog</name>
    <message>
        <source>Release a device that exhausted its retries for rework. Your electronic signature (ID and password) is recorded with its meaning, the time and your reason, and binds you like a handwritten signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rework approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning of the signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the device may be worked again (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the serial of the device to rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required for every rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with your supervisor ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Rework of %1 ordered and signed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;order rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership taken — the TPM was cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device owned under the earlier rule (owner authorization set) is cleared first with the escrowed lockout authorization (tpm-station-cli ownership clear --lockout-key); it then runs again from the ownership step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::SettingsDialog</name>
    <message>
        <source>Production profile (refuses simulated devices and shortcuts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — start the station with --profile FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted TPM manufacturer &amp;roots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the manufacturers&apos; root certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escrow certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device owner&apos;s X.509 certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firmware catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of signed releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware signing public keys (PEM files), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket %1 TCTI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printer &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings saved. No product profile file is open: start the station with --profile FILE to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the product profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts before re&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware si&amp;gning keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS / IoT hub end&amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product ID may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, starting with a letter or digit (64 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string of the factory database (no password: it comes from ~/.pgpass, PGPASSFILE or PGPASSWORD). Used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::SimulationInfoDialog</name>
    <message>
        <source>Simulation kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product profile (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Product:&lt;/b&gt; %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a production profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n device(s) in %1</source>
        <translation>
            <numerusform>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n device in %1</numerusform>
            <numerusform>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n devices in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;EK certificates&lt;/b&gt; chain to the fleet&apos;s own CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Escrow certificate&lt;/b&gt; (the simulated customer): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware catalog:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS ID scope:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; the TPMs (swtpm processes, one per device), their EK certificates (issued by the fleet&apos;s CA, trusted for simulated devices only), the firmware programmer (writes flash.bin), the customer&apos;s escrow key pair and the firmware-signing key. Devices made here are marked SIMULATED and are never accepted by a production profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Real:&lt;/b&gt; the station software, every TPM command it sends, the database and its audit trail, and the exports — exactly as on a production line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated fleet is not ready yet: its profile file is written once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::SocketPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket %1 — empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the next device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this socket&apos;s device at the next TPM command (what was committed stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on %1 — leave the device in socket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket %1 — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SIMULATED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling — wait for the current TPM command to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is provisioned: take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm (&amp;%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SIMULATED, %1 TPM timing simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPM is generating a key (this can take up to a minute) — leave %1 in socket %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::StationModeChooser</name>
    <message>
        <source>Simulation (simulated TPMs, nothing may ship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (real TPMs in the test sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the station starts without --db, --profile or --simulate; a change takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This run: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::StationScreen</name>
    <message>
        <source>&amp;Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the device&apos;s serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a device to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in socket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every socket is busy: wait for a device to finish, then scan %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a device of the simulated fleet. Scan a simulated device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket %1 has no TPM connection (TCTI) configured: ask a supervisor to set it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started in socket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming TPM lot (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a lot is named, every device&apos;s EK must be on that lot&apos;s delivery list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::StepTimelineWidget</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2. %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::TpmSupplyPage</name>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature for the changes below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM manufacturer trust store (admins sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import C&amp;A files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM vendor CA files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming TPM lots (supervisors sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;delivery list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM vendor delivery list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery lists (*.csv *.json *.txt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN — not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>%n CA certificate imported</numerusform>
            <numerusform>%n CA certificates imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n was already in the trust store.</numerusform>
            <numerusform>%n were already in the trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the CA to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the trust store: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 imported: %n EK(s).</source>
        <translation>
            <numerusform>Lot %1 imported: %n EK.</numerusform>
            <numerusform>Lot %1 imported: %n EKs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::UploadImportPanel</name>
    <message>
        <source>&amp;Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After uploading a bulk-NNNN.json file to DPS, import the service&apos;s answer: each device of that operation is marked uploaded, or failed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk-NNNN result JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS bulk enrollment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the import records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the DPS result JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was not imported; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID or name; empty: from the manifest.json next to the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tps::gui::WelcomeTour</name>
    <message>
        <source>Guided tour of the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the simulated line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the serials listed on the Simulated fleet page (the fleet is starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Scan a serial.&lt;/b&gt; This station runs over simulated TPMs. Scan or type one of %1 into the serial field of the Station page and press Enter. The Simulated fleet page lists every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Watch the five steps.&lt;/b&gt; A free socket takes the device: TPM installed, EK extracted, ownership taken, firmware flashed, QA check. Each step turns green; the socket then shows a big &lt;b&gt;PASS&lt;/b&gt; (or FAIL with what to do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Find the results.&lt;/b&gt; The Devices page lists every device and its steps; the Audit trail page records who did what. Supervisors, quality and admins export DPS enrollment batches and audit exports on the Exports page, into a folder they choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Know what is simulated.&lt;/b&gt; The TPMs, their EK certificates, the firmware programmer and the customer&apos;s escrow key are simulated, and nothing made here may ship. The kit&apos;s product profile and the full list are one click away: Help ▸ Simulation kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation &amp;kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
