<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify, list or checkpoint the station&apos;s audit trail.</source>
        <translation>Verificar, listar o marcar con un punto de control el registro de auditoría de la estación.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Only events of this device (list).</source>
        <translation>Solo los eventos de este dispositivo (list).</translation>
    </message>
    <message>
        <source>First sequence number (list).</source>
        <translation>Primer número de secuencia (list).</translation>
    </message>
    <message>
        <source>Number of events (list).</source>
        <translation>Número de eventos (list).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Operator doing the export (password from STATION_PASSWORD or stdin).</source>
        <translation>Operador que realiza la exportación (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db RUTA es obligatorio.</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>MANIPULADO: %1</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out ARCHIVO es obligatorio.</translation>
    </message>
    <message>
        <source>Checkpoint signed at audit event %1.</source>
        <translation>Punto de control firmado en el evento de auditoría %1.</translation>
    </message>
    <message>
        <source>The latest checkpoint already covers the whole trail.</source>
        <translation>El último punto de control ya cubre todo el registro de auditoría.</translation>
    </message>
    <message>
        <source>The audit trail is empty: there is nothing to witness.</source>
        <translation>El registro de auditoría está vacío: no hay nada que atestiguar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Witnessed checkpoint (audit event %1) written to %2; key fingerprint %3.</source>
        <translation>Punto de control atestiguado (evento de auditoría %1) escrito en %2; huella de la clave %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor.</source>
        <translation>--passphrase-fd requiere un descriptor de archivo.</translation>
    </message>
    <message>
        <source>New admin passphrase for the station key: </source>
        <translation>Nueva frase de contraseña de administrador para la clave de la estación: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases differ; the station key was not changed.</source>
        <translation>Las dos frases de contraseña difieren; la clave de la estación no se ha cambiado.</translation>
    </message>
    <message>
        <source>No passphrase was given (--passphrase-fd N, or a terminal); the station key was not changed.</source>
        <translation>No se ha indicado ninguna frase de contraseña (--passphrase-fd N, o un terminal); la clave de la estación no se ha cambiado.</translation>
    </message>
    <message>
        <source>The station key %1 is now protected by the admin&apos;s passphrase.</source>
        <translation>La clave de la estación %1 está ahora protegida por la frase de contraseña del administrador.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db PATH [--json]</source>
        <translation>Uso: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db RUTA [--json]</translation>
    </message>
    <message>
        <source>Export file (export), witnessed checkpoint (checkpoint) or public key (public-key).</source>
        <translation>Archivo de exportación (export), punto de control atestiguado (checkpoint) o clave pública (public-key).</translation>
    </message>
    <message>
        <source>The station&apos;s public key, as the auditor keeps it (verify).</source>
        <translation>La clave pública de la estación, tal como la conserva el auditor (verify).</translation>
    </message>
    <message>
        <source>The pinned SHA-256 fingerprint of the public key (verify).</source>
        <translation>La huella SHA-256 fijada de la clave pública (verify).</translation>
    </message>
    <message>
        <source>Read the admin&apos;s new passphrase from this file descriptor (protect-key).</source>
        <translation>Leer la nueva frase de contraseña del administrador de este descriptor de archivo (protect-key).</translation>
    </message>
    <message>
        <source>The auditor&apos;s last witnessed checkpoint (verify).</source>
        <translation>El último punto de control atestiguado del auditor (verify).</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1, signed at event %2.</source>
        <translation>
            <numerusform>%n evento de auditoría exportado a %1; firmado en el evento %2.</numerusform>
            <numerusform>%n eventos de auditoría exportados a %1; firmados en el evento %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No export file given.</source>
        <translation>No se indicó ningún archivo de exportación.</translation>
    </message>
    <message>
        <source>The export could not be checkpointed.</source>
        <translation>No se pudo crear un punto de control para la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>No output directory given.</source>
        <translation>No se indicó ningún directorio de salida.</translation>
    </message>
    <message>
        <source>Choose at least one of csv, json and pdf.</source>
        <translation>Elija al menos uno de csv, json y pdf.</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times, e.g. 2026-11-21 or 2026-11-21T14:00:00Z.</source>
        <translation>--from y --to esperan horas en ISO 8601, p. ej. 2026-11-21 o 2026-11-21T14:00:00Z.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>El directorio de salida %1 no está vacío.</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>No existe el lote &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>%1 holds no complete audit export (verification.json, audit-events.json).</source>
        <translation>%1 no contiene una exportación de auditoría completa (verification.json, audit-events.json).</translation>
    </message>
    <message>
        <source>Audit report - TPM Provisioning Station</source>
        <translation>Informe de auditoría - TPM Provisioning Station</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Estación: %1</translation>
    </message>
    <message>
        <source>Software version: %1</source>
        <translation>Versión del software: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: %1 a %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>el primer evento</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Lote: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3)</source>
        <translation>Exportado %1 por %2 (%3)</translation>
    </message>
    <message>
        <source>Events in this report: %1 (sequence %2 to %3)</source>
        <translation>Eventos en este informe: %1 (secuencia %2 a %3)</translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation>Veredicto de la verificación</translation>
    </message>
    <message>
        <source>VERDICT: INTACT</source>
        <translation>VEREDICTO: ÍNTEGRO</translation>
    </message>
    <message>
        <source>VERDICT: TAMPERED</source>
        <translation>VEREDICTO: MANIPULADO</translation>
    </message>
    <message>
        <source>Events verified: %1; signed checkpoints: %2; last checkpoint at event %3.</source>
        <translation>Eventos verificados: %1; puntos de control firmados: %2; último punto de control en el evento %3.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>(station software or unknown)</source>
        <translation>(software de la estación o desconocido)</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Firmas electrónicas</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>%1  %2 (%3) signed meaning &quot;%4&quot; for %5 %6; reason: %7</source>
        <translation>%1  %2 (%3) firmó con el significado &quot;%4&quot; para %5 %6; motivo: %7</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit event %1 is out of order: it was chained after event %2.</source>
        <translation>El evento de auditoría %1 está fuera de orden: se encadenó después del evento %2.</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: event %2 already has a successor.</source>
        <translation>Se insertó el evento de auditoría %1: el evento %2 ya tiene un sucesor.</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: it is not part of the chain after event %2.</source>
        <translation>Se insertó el evento de auditoría %1: no forma parte de la cadena después del evento %2.</translation>
    </message>
    <message>
        <source>One or more audit events are missing between event %1 and event %2.</source>
        <translation>Faltan uno o más eventos de auditoría entre el evento %1 y el evento %2.</translation>
    </message>
    <message>
        <source>Audit event %1 was altered: its content no longer matches its hash.</source>
        <translation>Se alteró el evento de auditoría %1: su contenido ya no coincide con su hash.</translation>
    </message>
    <message>
        <source>The append-only protection %1 of the audit records was removed or changed.</source>
        <translation>Se eliminó o modificó la protección de solo anexar %1 de los registros de auditoría.</translation>
    </message>
    <message>
        <source>The last audit event has no valid hash.</source>
        <translation>El último evento de auditoría no tiene un hash válido.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 belongs to another station.</source>
        <translation>El archivo de puntos de control %1 pertenece a otra estación.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 is unreadable.</source>
        <translation>El archivo de puntos de control %1 no se puede leer.</translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 does not carry a valid signature of this station.</source>
        <translation>El punto de control en el evento de auditoría %1 no lleva una firma válida de esta estación.</translation>
    </message>
    <message>
        <source>Two checkpoints disagree about audit event %1.</source>
        <translation>Dos puntos de control no coinciden sobre el evento de auditoría %1.</translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence.</source>
        <translation>El evento de auditoría %1 está fuera de secuencia.</translation>
    </message>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation>Falta el evento de auditoría %1.</translation>
    </message>
    <message>
        <source>Audit events %1 to %2 are missing.</source>
        <translation>Faltan los eventos de auditoría %1 a %2.</translation>
    </message>
    <message>
        <source>The audit trail between events %1 and %2 was rewritten: it no longer matches the signed checkpoint at event %2.</source>
        <translation>El registro de auditoría entre los eventos %1 y %2 se reescribió: ya no coincide con el punto de control firmado en el evento %2.</translation>
    </message>
    <message>
        <source>The audit trail was truncated: events %1 to %2, vouched for by a signed checkpoint, are missing from its end.</source>
        <translation>El registro de auditoría se truncó: faltan al final los eventos %1 a %2, avalados por un punto de control firmado.</translation>
    </message>
    <message>
        <source>The audit trail is intact (events: %1, signed checkpoints: %2).</source>
        <translation>El registro de auditoría está íntegro (eventos: %1, puntos de control firmados: %2).</translation>
    </message>
    <message>
        <source>The public key has fingerprint %1, not the pinned fingerprint %2.</source>
        <translation>La clave pública tiene la huella %1, no la huella fijada %2.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>La base de datos</translation>
    </message>
    <message>
        <source>%1 names the checkpoint key %2, not the trusted key %3: the station key was replaced.</source>
        <translation>%1 nombra la clave de punto de control %2, no la clave de confianza %3: la clave de la estación fue sustituida.</translation>
    </message>
    <message>
        <source>Cannot read the witnessed checkpoint %1: %2</source>
        <translation>No se puede leer el punto de control atestiguado %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint note.</source>
        <translation>%1 no es una nota de punto de control firmada.</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 is of %2, not of this station (%3).</source>
        <translation>El punto de control atestiguado %1 es de %2, no de esta estación (%3).</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 (event %2) carries no valid signature of the trusted key %3: the key or the checkpoint was replaced.</source>
        <translation>El punto de control atestiguado %1 (evento %2) no lleva ninguna firma válida de la clave de confianza %3: se sustituyó la clave o el punto de control.</translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoints).</source>
        <translation>
            <numerusform>Falta el archivo de punto de control %1: la estación refleja allí su último punto de control firmado (la base de datos contiene %n punto de control firmado).</numerusform>
            <numerusform>Falta el archivo de punto de control %1: la estación refleja allí su último punto de control firmado (la base de datos contiene %n puntos de control firmados).</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 is signed by another key (%2), not the trusted key %3.</source>
        <translation>El punto de control del evento de auditoría %1 está firmado por otra clave (%2), no por la clave de confianza %3.</translation>
    </message>
    <message>
        <source>The trail&apos;s checkpoint at audit event %1 disagrees with the witnessed checkpoint: the trail was rewritten and re-signed.</source>
        <translation>El punto de control del registro en el evento de auditoría %1 no coincide con el punto de control atestiguado: el registro se reescribió y se volvió a firmar.</translation>
    </message>
</context>
<context>
    <name>AuthenticationKeyBlob</name>
    <message>
        <source>The DPS authentication key is damaged (%1). Repeat the QA check; if it fails again, call a supervisor.</source>
        <translation>La clave de autenticación de DPS está dañada (%1). Repita el control de QA; si vuelve a fallar, llame a un supervisor.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Import a DPS bulk enrollment result: mark each device of the operation uploaded or failed.</source>
        <translation>Importar un resultado de inscripción masiva de DPS: marcar cada dispositivo de la operación como cargado o fallido.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Bulk operation number (default: from the file name bulk-NNNN...).</source>
        <translation>Número de la operación masiva (predeterminado: del nombre de archivo bulk-NNNN...).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>The DPS bulk result JSON.</source>
        <translation>El JSON de resultado masivo de DPS.</translation>
    </message>
    <message>
        <source>--operation takes a number from 1.</source>
        <translation>--operation espera un número a partir de 1.</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>Lote %1, operación %2: cargados: %3, fallidos: %4.</translation>
    </message>
    <message>
        <source>Batch UUID or name (default: from the manifest.json next to FILE).</source>
        <translation>UUID o nombre del lote (predeterminado: del manifest.json junto a ARCHIVO).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli batch import-result --db PATH --as ID [--batch UUID|NAME] [--operation N] FILE</source>
        <translation>Uso: tpm-station-cli batch import-result --db RUTA --as ID [--batch UUID|NOMBRE] [--operation N] ARCHIVO</translation>
    </message>
    <message>
        <source>The operator importing (password from STATION_PASSWORD or stdin).</source>
        <translation>Operador que realiza la importación (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
</context>
<context>
    <name>CaDirectory</name>
    <message>
        <source>(empty subject)</source>
        <translation>(sujeto vacío)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate (no basicConstraints cA:TRUE). A roots directory holds TPM manufacturer CA certificates only: remove this file.</source>
        <translation>%1: &apos;%2&apos; no es un certificado de CA (sin basicConstraints cA:TRUE). Un directorio de raíces solo contiene certificados de CA de fabricantes de TPM: elimine este archivo.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; expired on %3. EK certificates that need it are judged expired; ask the TPM vendor for its successor.</source>
        <translation>%1: la CA &apos;%2&apos; caducó el %3. Los certificados EK que la necesitan se consideran caducados; pida al fabricante del TPM su sucesora.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; is not valid before %3. Check the station&apos;s clock.</source>
        <translation>%1: la CA &apos;%2&apos; no es válida antes del %3. Compruebe el reloj de la estación.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; (SHA-256 %3) is NOT in the station&apos;s manifest of known TPM vendor CAs. Check where this file came from before trusting it.</source>
        <translation>%1: la CA &apos;%2&apos; (SHA-256 %3) NO está en el manifiesto de la estación de CA conocidas de fabricantes de TPM. Compruebe de dónde procede este archivo antes de confiar en él.</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — NO está en el manifiesto de CA conocidas de fabricantes de TPM</translation>
    </message>
</context>
<context>
    <name>CentralAuditSource</name>
    <message>
        <source>The checkpoint of station %1 at audit event %2 has no verdict yet: run &apos;tpm-station-cli central verify&apos;.</source>
        <translation>El punto de control de la estación %1 en el evento de auditoría %2 aún no tiene veredicto: ejecute &apos;tpm-station-cli central verify&apos;.</translation>
    </message>
    <message>
        <source>No signed checkpoint of station %1 has reached the factory database.</source>
        <translation>Ningún punto de control firmado de la estación %1 ha llegado a la base de datos de la fábrica.</translation>
    </message>
    <message numerus="yes">
        <source>The factory database holds station %1&apos;s trail intact: %n event(s), every checkpoint verified against the pinned key.</source>
        <translation>
            <numerusform>La base de datos de la fábrica guarda intacta la traza de la estación %1: %n evento, todos los puntos de control verificados con la clave fijada.</numerusform>
            <numerusform>La base de datos de la fábrica guarda intacta la traza de la estación %1: %n eventos, todos los puntos de control verificados con la clave fijada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The factory database flags station %1&apos;s trail at audit event %2 (%3): %4</source>
        <translation>La base de datos de la fábrica señala la traza de la estación %1 en el evento de auditoría %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>CentralEkRegistry</name>
    <message numerus="yes">
        <source>No answer within the time-out of %n second(s): %1</source>
        <translation>
            <numerusform>Sin respuesta dentro del tiempo de espera de %n segundo: %1</numerusform>
            <numerusform>Sin respuesta dentro del tiempo de espera de %n segundos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralExports</name>
    <message>
        <source>&apos;%1&apos; is not a station ID (a UUID).</source>
        <translation>&apos;%1&apos; no es un ID de estación (un UUID).</translation>
    </message>
    <message>
        <source>Station %1 has sent nothing to the factory database %2.</source>
        <translation>La estación %1 no ha enviado nada a la base de datos de la fábrica %2.</translation>
    </message>
    <message>
        <source>A batch from the factory database takes each device once: --reexport is for a station&apos;s own batches.</source>
        <translation>Un lote de la base de datos de la fábrica toma cada dispositivo una sola vez: --reexport es para los lotes propios de una estación.</translation>
    </message>
    <message>
        <source>its EK (station %1) was also seen on %2: a DPS batch never takes an EK seen on more than one device</source>
        <translation>su EK (estación %1) también se vio en %2: un lote DPS nunca toma un EK visto en más de un dispositivo</translation>
    </message>
    <message>
        <source>The batch was written and signed, but the factory database did not record it: %1</source>
        <translation>El lote se escribió y firmó, pero la base de datos de la fábrica no lo registró: %1</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>The factory database %1 has no station schema yet: run &apos;tpm-station-cli central init --central URL&apos; first.</source>
        <translation>La base de datos de la fábrica %1 aún no tiene el esquema de estaciones: ejecute primero &apos;tpm-station-cli central init --central URL&apos;.</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, newer than this station software (%3): update the station software.</source>
        <translation>La base de datos de la fábrica %1 tiene la versión de esquema %2, más reciente que este software de la estación (%3): actualice el software de la estación.</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, older than this station software (%3): run &apos;tpm-station-cli central init&apos; to migrate it.</source>
        <translation>La base de datos de la fábrica %1 tiene la versión de esquema %2, anterior a este software de la estación (%3): ejecute &apos;tpm-station-cli central init&apos; para migrarla.</translation>
    </message>
</context>
<context>
    <name>CentralVerifier</name>
    <message>
        <source>Station %1 has no pinned checkpoint key: its checkpoint at audit event %2 cannot be verified (pin it with &apos;tpm-station-cli central pin&apos;).</source>
        <translation>La estación %1 no tiene una clave de punto de control fijada: su punto de control del evento de auditoría %2 no se puede verificar (fíjela con &apos;tpm-station-cli central pin&apos;).</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is not signed.</source>
        <translation>El punto de control de la estación %1 en el evento de auditoría %2 no está firmado.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 does not carry a valid signature.</source>
        <translation>El punto de control de la estación %1 en el evento de auditoría %2 no lleva una firma válida.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is signed by another key (%3), not the pinned key %4.</source>
        <translation>El punto de control de la estación %1 en el evento de auditoría %2 está firmado por otra clave (%3), no por la clave fijada %4.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 signs a hash that the factory database&apos;s chain does not have at that event.</source>
        <translation>El punto de control de la estación %1 en el evento de auditoría %2 firma un hash que la cadena de la base de datos de la fábrica no tiene en ese evento.</translation>
    </message>
    <message>
        <source>A station ID (a UUID) and an Ed25519 public key are needed to pin a key.</source>
        <translation>Para fijar una clave se necesitan un ID de estación (un UUID) y una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>Station %1 already has the pinned key %2: a station never makes a new key for an existing trail, so the factory database keeps the first one.</source>
        <translation>La estación %1 ya tiene la clave fijada %2: una estación nunca crea una clave nueva para un registro existente, así que la base de datos de la fábrica conserva la primera.</translation>
    </message>
</context>
<context>
    <name>Checkpoints</name>
    <message>
        <source>The station key %1 is accessible to other users; it must be readable by its owner only (chmod 600).</source>
        <translation>La clave de la estación %1 es accesible para otros usuarios; solo debe poder leerla su propietario (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>No se puede leer la clave de la estación %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 station key.</source>
        <translation>%1 no es una clave de estación Ed25519.</translation>
    </message>
    <message>
        <source>Cannot generate the station key.</source>
        <translation>No se puede generar la clave de la estación.</translation>
    </message>
    <message>
        <source>Cannot encode the station key.</source>
        <translation>No se puede codificar la clave de la estación.</translation>
    </message>
    <message>
        <source>Cannot create the station key %1: %2</source>
        <translation>No se puede crear la clave de la estación %1: %2</translation>
    </message>
    <message>
        <source>There is no station key at %1.</source>
        <translation>No hay ninguna clave de estación en %1.</translation>
    </message>
    <message>
        <source>Cannot sign with the station key.</source>
        <translation>No se puede firmar con la clave de la estación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The station key %1 is protected by the admin&apos;s passphrase: unlock it (tpm-station-cli --key-passphrase-fd N …, or at the prompt).</source>
        <translation>La clave de la estación %1 está protegida por la frase de contraseña del administrador: desbloquéela (tpm-station-cli --key-passphrase-fd N …, o en la solicitud).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the station key %1.</source>
        <translation>La frase de contraseña no desbloquea la clave de la estación %1.</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>No se puede leer la clave pública %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key (PEM &quot;BEGIN PUBLIC KEY&quot;); verifying needs only the station&apos;s public key, never its private key.</source>
        <translation>%1 no es una clave pública Ed25519 (PEM &quot;BEGIN PUBLIC KEY&quot;); para verificar solo se necesita la clave pública de la estación, nunca su clave privada.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation>Comando desconocido &apos;%1&apos;.

%2</translation>
    </message>
    <message>
        <source>Options before the command:
  --lang L                 the language of the messages (de, zh_CN, ...; default: STATION_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    unlock a station key protected by the admin&apos;s passphrase from descriptor N (else asked at the terminal)
  --version                the version, git revision, build date and the versions of Qt, tpm2-tss, OpenSSL and SQLite in use
  --help                   this text</source>
        <translation>Opciones antes del comando:
  --lang L                 el idioma de los mensajes (de, zh_CN, ...; predeterminado: STATION_LANG, luego LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    desbloquear una clave de la estación protegida por la frase de contraseña del administrador desde el descriptor N (si no, se pide en el terminal)
  --version                la versión, la revisión de git, la fecha de compilación y las versiones de Qt, tpm2-tss, OpenSSL y SQLite en uso
  --help                   este texto</translation>
    </message>
    <message>
        <source>--lang needs a language, for example --lang de.</source>
        <translation>--lang necesita un idioma, por ejemplo --lang de.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not available; the messages are in English.</source>
        <translation>El idioma &apos;%1&apos; no está disponible; los mensajes se muestran en inglés.</translation>
    </message>
    <message>
        <source>--key-passphrase-fd takes a file descriptor.</source>
        <translation>--key-passphrase-fd requiere un descriptor de archivo.</translation>
    </message>
    <message>
        <source>  --password-fd N          the password of the command&apos;s --as ID from descriptor N (one line), instead of STATION_PASSWORD or stdin</source>
        <translation>  --password-fd N          la contraseña del --as ID del comando desde el descriptor N (una línea), en lugar de STATION_PASSWORD o stdin</translation>
    </message>
    <message>
        <source>--password-fd takes a file descriptor.</source>
        <translation>--password-fd requiere un descriptor de archivo.</translation>
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
        <translation>Uso: tpm-station-cli [--lang L] [--key-passphrase-fd N] &lt;command&gt; [opciones]

Comandos:
  run                      ejecutar el trabajo principal de la estación en la flota simulada
  line                     ejecutar la línea sobre dispositivos simulados en una base de datos de la estación
  audit verify|list|checkpoint|export|public-key|protect-key   comprobar, atestiguar o exportar el registro de auditoría
  operator add|list|disable    gestionar operadores
  rework                   ordenar el retrabajo de un dispositivo (firma del supervisor)
  sim create|start|stop|list   gestionar la flota de TPM simulada
  tpm info                 identificar un TPM
  ek show|verify|regid|roots   el EK, el veredicto de su certificado y el ID de registro de DPS; el trust store
  lot import|list|show     lots de TPM entrantes: las listas de entrega de EK del fabricante
  ownership take|clear|verify  paso 3: tomar la propiedad (secretos en custodia); borrar para retrabajo; adecuación al cliente del dispositivo
  escrow open              recuperación por el propietario de las autorizaciones del TPM en custodia
  profile pin-escrow       fijar el certificado de custodia del perfil (un cambio firmado por un administrador)
  firmware verify|settings verificar una versión de firmware firmada; leer la configuración de aprovisionamiento de un TPM
  export dps|audit|slot-keys  lote de inscripción DPS firmado; exportación de auditoría firmada (CSV, JSON, PDF);
                           claves de ranura para el ingeniero de la nube (cifradas con CMS)
  batch import-result      importar un resultado de inscripción masiva de DPS
  label                    etiqueta del dispositivo (ZPL a un archivo o a una impresora tcp://, vista previa PNG)
  slot list|provision|sas|destroy|hwid   ranuras TPM de Limpet (Windows IoT Core) en un TPM de banco
  sync [status]            enviar los registros en cola a la base de datos de la fábrica; mostrar la cola
  central init             crear o migrar el esquema de la base de datos de la fábrica
  dashboard                el panel de la fábrica desde la base de datos de la fábrica

Ejecute &apos;tpm-station-cli &lt;command&gt; --help&apos; para ver las opciones de un comando.</translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <source>--as ID is required: the operator doing this.</source>
        <translation>--as ID es obligatorio: el operador que realiza esta acción.</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>Admin passphrase of the station key %1: </source>
        <translation>Frase de contraseña de administrador de la clave de la estación %1: </translation>
    </message>
</context>
<context>
    <name>CmsEscrow</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>no es un certificado X.509 (PEM o DER)</translation>
    </message>
    <message>
        <source>the escrow certificate has expired</source>
        <translation>el certificado de custodia ha caducado</translation>
    </message>
    <message>
        <source>the escrow certificate is not valid yet</source>
        <translation>el certificado de custodia aún no es válido</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key cannot be read</source>
        <translation>no se puede leer la clave pública del certificado</translation>
    </message>
    <message>
        <source>the escrow certificate must carry an RSA (2048 bits or more) or an EC key, not %1</source>
        <translation>el certificado de custodia debe llevar una clave RSA (2048 bits o más) o EC, no %1</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted private key (PEM or DER)</source>
        <translation>%1 no es una clave privada sin cifrar (PEM o DER)</translation>
    </message>
    <message>
        <source>escrow encryption failed</source>
        <translation>falló el cifrado para la custodia</translation>
    </message>
    <message>
        <source>the escrow record is not a CMS EnvelopedData</source>
        <translation>el registro de custodia no es un CMS EnvelopedData</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>the escrow record does not open with this key (wrong owner key?)</source>
        <translation>el registro de custodia no se abre con esta clave (¿clave del propietario incorrecta?)</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>el descifrado ha fallado</translation>
    </message>
    <message>
        <source>encryption of a station secret failed</source>
        <translation>ha fallado el cifrado de un secreto de la estación</translation>
    </message>
    <message>
        <source>the key-encryption key must be 256 bits</source>
        <translation>la clave de cifrado de claves debe ser de 256 bits</translation>
    </message>
    <message>
        <source>the record is not a CMS EnvelopedData</source>
        <translation>el registro no es un CMS EnvelopedData</translation>
    </message>
    <message>
        <source>the record does not open with the station&apos;s key-encryption key</source>
        <translation>el registro no se abre con la clave de cifrado de claves de la estación</translation>
    </message>
</context>
<context>
    <name>CommandFlasher</name>
    <message>
        <source>The programmer %1 could not be started. Ask a supervisor to check the station set-up.</source>
        <translation>No se pudo iniciar el programador %1. Pida a un supervisor que compruebe la configuración de la estación.</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>El programador no terminó en %1 s y se detuvo. El firmware NO está grabado: compruebe la conexión del programador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>Se canceló la grabación. El firmware NO está grabado.</translation>
    </message>
    <message>
        <source>The programmer reported an error (exit code %1). The firmware is NOT flashed: see the programmer log.</source>
        <translation>El programador informó de un error (código de salida %1). El firmware NO está grabado: consulte el registro del programador.</translation>
    </message>
    <message>
        <source>The %1 command of the programmer has no program. Ask a supervisor to check the product profile.</source>
        <translation>El comando %1 del programador no tiene programa. Pida a un supervisor que compruebe el perfil de producto.</translation>
    </message>
    <message>
        <source>The programmer&apos;s %1 command uses the unknown placeholder {%2}. Ask a supervisor to check the product profile.</source>
        <translation>El comando %1 del programador usa el marcador desconocido {%2}. Pida a un supervisor que compruebe el perfil de producto.</translation>
    </message>
    <message>
        <source>The read-back after flashing failed (exit code %1). The firmware is NOT confirmed: see the programmer log.</source>
        <translation>Falló la relectura tras la grabación (código de salida %1). El firmware NO está confirmado: consulte el registro del programador.</translation>
    </message>
    <message>
        <source>The read-back command wrote no data. The firmware is NOT confirmed: see the programmer log.</source>
        <translation>El comando de relectura no devolvió datos. El firmware NO está confirmado: consulte el registro del programador.</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>El dispositivo no contiene la imagen grabada (la relectura difiere). El firmware NO está grabado: vuelva a intentarlo y, si falla, aparte el dispositivo.</translation>
    </message>
</context>
<context>
    <name>CredentialActivation</name>
    <message>
        <source>No endorsement key is persisted at 0x81010001: DPS attestation would fail. Send the device back to the EK step.</source>
        <translation>No hay ninguna clave de aprobación (EK) persistida en 0x81010001: la atestación de DPS fallaría. Devuelva el dispositivo al paso EK.</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>No hay ninguna clave raíz de almacenamiento (SRK) persistida en 0x81000001: la atestación de DPS fallaría. Devuelva el dispositivo al paso de toma de propiedad.</translation>
    </message>
    <message>
        <source>The endorsement authorization of this TPM is set: DPS would fail, because the device proves its EK with an empty endorsement password. Send the device to rework.</source>
        <translation>La autorización de aprobación de este TPM está establecida: DPS fallaría, porque el dispositivo demuestra su EK con una contraseña de aprobación vacía. Envíe el dispositivo a retrabajo.</translation>
    </message>
    <message>
        <source>The TPM could not activate the credential: it was made for another EK (or another SRK) than this TPM holds. Check that the device in the socket is the one recorded.</source>
        <translation>El TPM no pudo activar la credencial: se creó para otro EK (u otro SRK) distinto del que contiene este TPM. Compruebe que el dispositivo del zócalo es el registrado.</translation>
    </message>
    <message>
        <source>The TPM refused to import the DPS key: it was not wrapped for this TPM&apos;s SRK. Send the device back to the ownership step.</source>
        <translation>El TPM rechazó importar la clave de DPS: no se envolvió para el SRK de este TPM. Devuelva el dispositivo al paso de toma de propiedad.</translation>
    </message>
    <message>
        <source>The TPM refused the owner authorization needed to store the DPS key. Check the ownership record of this device.</source>
        <translation>El TPM rechazó la autorización de propietario necesaria para guardar la clave de DPS. Compruebe el registro de propiedad de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>CredentialConfig</name>
    <message>
        <source>credentials.slot is missing: the mode %1 needs a Limpet slot (0 to 9).</source>
        <translation>falta credentials.slot: el modo %1 necesita una ranura de Limpet (de 0 a 9).</translation>
    </message>
    <message>
        <source>credentials.slot must be a whole number from 0 to 9.</source>
        <translation>credentials.slot debe ser un número entero de 0 a 9.</translation>
    </message>
    <message>
        <source>credentials.hubHostName is missing: the IoT Hub the devices connect to.</source>
        <translation>falta credentials.hubHostName: el IoT Hub al que se conectan los dispositivos.</translation>
    </message>
    <message>
        <source>credentials.hubHostName: %1</source>
        <translation>credentials.hubHostName: %1</translation>
    </message>
    <message>
        <source>credentials.deviceIdPattern must contain {serial} or {registrationId}, so that every device gets its own IoT Hub device ID.</source>
        <translation>credentials.deviceIdPattern debe contener {serial} o {registrationId}, para que cada dispositivo obtenga su propio ID de dispositivo de IoT Hub.</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate is missing: exports that carry device keys are encrypted to the cloud engineer&apos;s certificate only.</source>
        <translation>falta credentials.cloudCertificate: las exportaciones que contienen claves de dispositivo se cifran únicamente para el certificado del ingeniero de la nube.</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate %1 is not a usable certificate: %2</source>
        <translation>credentials.cloudCertificate %1 no es un certificado utilizable: %2</translation>
    </message>
    <message>
        <source>credentials.mode &quot;%1&quot; is not known: use dps-tpm, iothub-symmetric-slot or dps-symmetric-group.</source>
        <translation>credentials.mode &quot;%1&quot; no es conocido: use dps-tpm, iothub-symmetric-slot o dps-symmetric-group.</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but the credential mode %1 keeps the device&apos;s key in a Limpet slot, and Limpet manages its slots through the owner hierarchy with an empty password. Leave setOwnerAuth false.</source>
        <translation>El perfil de producto establece la autorización del propietario (ownership.setOwnerAuth), pero el modo de credenciales %1 guarda la clave del dispositivo en una ranura de Limpet, y Limpet gestiona sus ranuras a través de la jerarquía del propietario con una contraseña vacía. Deje setOwnerAuth en false.</translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>First-pass yield per step:</source>
        <translation>Rendimiento a la primera por paso:</translation>
    </message>
    <message>
        <source>  step %1: %2 of %3 passed (%4 %)</source>
        <translation>  paso %1: %2 de %3 superados (%4 %)</translation>
    </message>
    <message>
        <source>Completed devices per station and hour (UTC):</source>
        <translation>Dispositivos completados por estación y hora (UTC):</translation>
    </message>
    <message>
        <source>Failure causes:</source>
        <translation>Causas de fallo:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguna</translation>
    </message>
    <message>
        <source>The factory dashboard from the factory database: first-pass yield per step, completed devices per station and hour, failure causes.</source>
        <translation>El panel de la fábrica desde la base de datos de la fábrica: rendimiento a la primera por paso, dispositivos completados por estación y hora, causas de fallo.</translation>
    </message>
    <message>
        <source>Only these stations (comma-separated station IDs).</source>
        <translation>Solo estas estaciones (ID de estación separados por comas).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</source>
        <translation>Uso: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a station database (not an SQLite file). It was not changed.</source>
        <translation>%1 no es una base de datos de estación (no es un archivo SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a station database (%2). It was not changed.</source>
        <translation>%1 no se puede leer como base de datos de estación (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a station database. It was not changed.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no una base de datos de estación. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the station (schema %2; this version understands up to %3). Update the station software. The file was not changed.</source>
        <translation>%1 fue escrito por una versión más reciente de la estación (esquema %2; esta versión entiende hasta el %3). Actualice el software de la estación. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was not changed; restore it from a backup.</source>
        <translation>%1 está dañado (comprobación de integridad: %2). No se ha modificado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation>No se indicó ninguna ruta de base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>No hay ninguna base de datos de estación en %1.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>No se puede cambiar %1 al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>%1 has no station identity.</source>
        <translation>%1 no tiene identidad de estación.</translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>the EK certificate and the EK_pub of this row are different keys</source>
        <translation>el certificado EK y el EK_pub de esta fila son claves distintas</translation>
    </message>
    <message>
        <source>no EK value in this row</source>
        <translation>no hay ningún valor de EK en esta fila</translation>
    </message>
    <message>
        <source>the same EK as row %1 (a duplicate EK inside the lot)</source>
        <translation>el mismo EK que la fila %1 (un EK duplicado dentro del lot)</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>La lista de entrega tiene %n fila incorrecta; no se importó nada.</numerusform>
            <numerusform>La lista de entrega tiene %n filas incorrectas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list holds no EK.</source>
        <translation>La lista de entrega no contiene ningún EK.</translation>
    </message>
    <message>
        <source>The delivery list is not valid JSON: %1 (at byte %2).</source>
        <translation>La lista de entrega no es un JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  fila %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceClient</name>
    <message>
        <source>device.authKeyIndex must be a whole number from 2 to 8388607 (an offset from 0x81000000; the Identity Service&apos;s default is 256).</source>
        <translation>device.authKeyIndex debe ser un número entero de 2 a 8388607 (un desplazamiento desde 0x81000000; el valor predeterminado de Identity Service es 256).</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization must be true or false.</source>
        <translation>device.hierarchyAuthorization debe ser true o false.</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization is true but device.ownerAuthDelivery does not say how the device receives the owner authorization ([tpm.hierarchy_authorization] owner in the Identity Service&apos;s config): the station cannot claim the device will provision.</source>
        <translation>device.hierarchyAuthorization es true, pero device.ownerAuthDelivery no indica cómo recibe el dispositivo la autorización de propietario ([tpm.hierarchy_authorization] owner en la configuración de Identity Service): la estación no puede asegurar que el dispositivo se aprovisionará.</translation>
    </message>
    <message>
        <source>Unknown device setting &quot;%1&quot;.</source>
        <translation>Ajuste de dispositivo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown device client &quot;%1&quot; (device.client): use one of %2.</source>
        <translation>Cliente de dispositivo desconocido &quot;%1&quot; (device.client): use uno de %2.</translation>
    </message>
    <message>
        <source>%1 has no configurable key index or hierarchy authorization: device.authKeyIndex, device.hierarchyAuthorization and device.ownerAuthDelivery apply to aziot-identity-service only.</source>
        <translation>%1 no tiene índice de clave ni autorización de jerarquía configurables: device.authKeyIndex, device.hierarchyAuthorization y device.ownerAuthDelivery solo se aplican a aziot-identity-service.</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — owner authorization is set</source>
        <translation>%1: se rechaza %2 con autorización del propietario vacía: la autorización del propietario está establecida</translation>
    </message>
    <message>
        <source>%1: %2 with empty endorsement authorization is refused — endorsement authorization is set</source>
        <translation>%1: se rechaza %2 con autorización de respaldo vacía: la autorización de respaldo está establecida</translation>
    </message>
    <message>
        <source>Rework: clear the TPM with the escrowed lockout authorization, order the rework from the ownership step, then run the line again.</source>
        <translation>Retrabajo: borre el TPM con la autorización de bloqueo en custodia, ordene el retrabajo desde el paso de propiedad y, a continuación, vuelva a ejecutar la línea.</translation>
    </message>
</context>
<context>
    <name>DpsBatchExporter</name>
    <message>
        <source>dps.allocationPolicy must be one of hashed, geoLatency, static, custom (not &apos;%1&apos;).</source>
        <translation>dps.allocationPolicy debe ser hashed, geoLatency, static o custom (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>dps.provisioningStatus must be enabled or disabled (not &apos;%1&apos;).</source>
        <translation>dps.provisioningStatus debe ser enabled o disabled (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>dps.deviceId must contain {serial} or {registrationId}.</source>
        <translation>dps.deviceId debe contener {serial} o {registrationId}.</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>Los dispositivos simulados nunca se exportan desde un perfil de producción.</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>No se indicó ningún directorio de salida.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>El directorio de salida %1 no está vacío.</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>El nombre de un lote es una línea de 128 caracteres como máximo.</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch.</source>
        <translation>Ningún dispositivo que haya superado QA está esperando un lote.</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</source>
        <translation>
            <numerusform>%n dispositivo simulado omitido: los dispositivos simulados solo entran en un lote con --allow-simulated en un perfil que no sea de producción.</numerusform>
            <numerusform>%n dispositivos simulados omitidos: los dispositivos simulados solo entran en un lote con --allow-simulated en un perfil que no sea de producción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices of several products are waiting (%1): choose one with --product.</source>
        <translation>Hay dispositivos de varios productos esperando (%1): elija uno con --product.</translation>
    </message>
    <message>
        <source>no EK recorded by step 2</source>
        <translation>el paso 2 no registró ningún EK</translation>
    </message>
    <message numerus="yes">
        <source>No device of the batch can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>Ningún dispositivo del lote se puede inscribir en DPS (%n omitido).</numerusform>
            <numerusform>Ningún dispositivo del lote se puede inscribir en DPS (%n omitidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EkCertificate</name>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.</source>
        <translation>El certificado EK lo emitió un fabricante de TPM de confianza y corresponde a este TPM.</translation>
    </message>
    <message>
        <source>The EK certificate is not issued by a configured TPM manufacturer CA. Set the device aside and ask the line lead to check the product&apos;s manufacturer roots.</source>
        <translation>El certificado EK no lo emitió ninguna CA de fabricante de TPM configurada. Aparte el dispositivo y pida al jefe de línea que compruebe las raíces de fabricante del producto.</translation>
    </message>
    <message>
        <source>The EK certificate belongs to a different key than this TPM&apos;s EK. Set the device aside for rework: the TPM or its certificate is not genuine or was replaced.</source>
        <translation>El certificado EK pertenece a una clave distinta del EK de este TPM. Aparte el dispositivo para retrabajo: el TPM o su certificado no es auténtico o fue sustituido.</translation>
    </message>
    <message>
        <source>The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM cannot prove it is genuine.</source>
        <translation>El TPM no contiene ningún certificado EK. Aparte el dispositivo y consulte al jefe de línea: este TPM no puede demostrar que es auténtico.</translation>
    </message>
    <message>
        <source>The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set the device aside for rework.</source>
        <translation>El certificado EK guardado en el TPM está dañado (no es un certificado X.509 válido). Aparte el dispositivo para retrabajo.</translation>
    </message>
    <message>
        <source>The EK certificate or its issuer is outside its validity period. Check the station&apos;s clock; if it is right, set the device aside.</source>
        <translation>El certificado EK o su emisor está fuera de su periodo de validez. Compruebe el reloj de la estación; si es correcto, aparte el dispositivo.</translation>
    </message>
    <message>
        <source>The EK certificate names another TPM manufacturer than the TPM reports. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>El certificado EK indica un fabricante de TPM distinto del que informa el TPM. Aparte el dispositivo: el certificado no pertenece a este TPM.</translation>
    </message>
    <message>
        <source>The certificate is not an EK certificate: its key is for signing only (an attestation or signing key&apos;s certificate). Set the device aside and ask the line lead.</source>
        <translation>El certificado no es un certificado EK: su clave es solo para firmar (certificado de una clave de atestación o de firma). Aparte el dispositivo y consulte al jefe de línea.</translation>
    </message>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer (checked offline, without the TPM).</source>
        <translation>El certificado EK lo emitió un fabricante de TPM de confianza (comprobado sin conexión, sin el TPM).</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, not %2 as expected.</source>
        <translation>El certificado EK indica el fabricante de TPM %1, no %2 como se esperaba.</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, but this TPM reports %2. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>El certificado EK indica el fabricante de TPM %1, pero este TPM informa %2. Aparte el dispositivo: el certificado no pertenece a este TPM.</translation>
    </message>
</context>
<context>
    <name>EkCommand</name>
    <message>
        <source>Create the TPM&apos;s Endorsement Key from the TCG template, read and verify its certificate, and print the DPS registration ID and endorsementKey.</source>
        <translation>Crear la clave de aprobación (EK) del TPM a partir de la plantilla TCG, leer y verificar su certificado, e imprimir el ID de registro de DPS y el endorsementKey.</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI).</source>
        <translation>TCTI (predeterminado: TPM2TOOLS_TCTI).</translation>
    </message>
    <message>
        <source>EK template: rsa2048 (L-1, default), ecc256 (L-2), h1-rsa2048, h3-ecc384.</source>
        <translation>Plantilla EK: rsa2048 (L-1, predeterminada), ecc256 (L-2), h1-rsa2048, h3-ecc384.</translation>
    </message>
    <message>
        <source>Write the EK as TPM2B_PUBLIC to FILE.</source>
        <translation>Escribir el EK como TPM2B_PUBLIC en ARCHIVO.</translation>
    </message>
    <message>
        <source>Write the EK public key as PEM to FILE.</source>
        <translation>Escribir la clave pública del EK como PEM en ARCHIVO.</translation>
    </message>
    <message>
        <source>Write the EK certificate (DER) to FILE.</source>
        <translation>Escribir el certificado EK (DER) en ARCHIVO.</translation>
    </message>
    <message>
        <source>Directory of trusted TPM manufacturer roots and intermediates.</source>
        <translation>Directorio de raíces e intermedios de confianza de fabricantes de TPM.</translation>
    </message>
    <message>
        <source>Always create the EK from the template, even when the persisted EK is the certificate&apos;s key.</source>
        <translation>Crear siempre el EK a partir de la plantilla, aunque el EK persistido sea la clave del certificado.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>Algoritmo de EK desconocido &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 o h3-ecc384).</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>No se encontraron certificados en &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>No se puede escribir &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot convert the EK to PEM: %1</source>
        <translation>No se puede convertir el EK a PEM: %1</translation>
    </message>
    <message>
        <source>The TPM holds no readable EK certificate to write.</source>
        <translation>El TPM no contiene ningún certificado EK legible que escribir.</translation>
    </message>
    <message>
        <source>EK</source>
        <translation>EK</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Persisted EK</source>
        <translation>EK persistido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>DIFFERS from the certificate-matching EK</source>
        <translation>DIFIERE del EK que corresponde al certificado</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>Listo para DPS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>endorsementKey</source>
        <translation>endorsementKey</translation>
    </message>
    <message>
        <source>Print the DPS registration ID of an EK given as a binary TPM2B_PUBLIC or its base64 text.</source>
        <translation>Imprimir el ID de registro de DPS de un EK dado como TPM2B_PUBLIC binario o como su texto en base64.</translation>
    </message>
    <message>
        <source>EK file (&apos;-&apos; for standard input).</source>
        <translation>Archivo EK (&apos;-&apos; para la entrada estándar).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek regid FILE</source>
        <translation>Uso: tpm-station-cli ek regid ARCHIVO</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>No se puede leer &apos;%1&apos;: %2</translation>
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
        <translation>Uso: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub ARCHIVO] [--out-pem ARCHIVO] [--out-cert ARCHIVO] [--roots DIR] [--create] [--json]
     tpm-station-cli ek verify ARCHIVO… [--roots DIR | --profile ARCHIVO] [--db RUTA] [--tpm-manufacturer ID] [--at HORA] [--json]
     tpm-station-cli ek regid ARCHIVO
     tpm-station-cli ek roots list|import|remove --db RUTA …</translation>
    </message>
</context>
<context>
    <name>EkExtractedStation</name>
    <message>
        <source>The EK setting &apos;%1&apos; must be a directory path.</source>
        <translation>El ajuste de EK &apos;%1&apos; debe ser una ruta de directorio.</translation>
    </message>
    <message>
        <source>The EK setting &apos;%1&apos; names &apos;%2&apos;, which is not a directory.</source>
        <translation>El ajuste de EK &apos;%1&apos; indica &apos;%2&apos;, que no es un directorio.</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>Algoritmo de EK desconocido &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 o h3-ecc384).</translation>
    </message>
    <message>
        <source>The EK setting &apos;requireTrusted&apos; must be true or false.</source>
        <translation>El ajuste de EK &apos;requireTrusted&apos; debe ser true o false.</translation>
    </message>
    <message>
        <source>The EK setting &apos;reusePersisted&apos; must be true or false.</source>
        <translation>El ajuste de EK &apos;reusePersisted&apos; debe ser true o false.</translation>
    </message>
    <message>
        <source>A production profile always requires a trusted EK certificate: remove &apos;requireTrusted: false&apos;.</source>
        <translation>Un perfil de producción siempre exige un certificado EK de confianza: elimine &apos;requireTrusted: false&apos;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The EK persisted at 0x%1 is not the certificate-matching EK (created from a wrong template). The ownership step replaces it; the certificate-matching EK is recorded.</source>
        <translation>El EK persistido en 0x%1 no es el EK que corresponde al certificado (se creó con una plantilla incorrecta). El paso de toma de propiedad lo sustituye; se registra el EK que corresponde al certificado.</translation>
    </message>
    <message>
        <source>The station&apos;s records could not be read.</source>
        <translation>No se pudieron leer los registros de la estación.</translation>
    </message>
    <message>
        <source>This TPM was already provisioned as device %1: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>Este TPM ya se aprovisionó como dispositivo %1: el mismo EK no puede pertenecer a dos números de serie. Aparte el dispositivo y llame al jefe de línea.</translation>
    </message>
    <message>
        <source>A production profile needs the TPM manufacturers&apos; CA certificates: an admin imports them into the station&apos;s trust store (Settings, or tpm-station-cli ek roots import), or the profile sets &apos;rootsDir&apos;.</source>
        <translation>Un perfil de producción necesita los certificados de CA de los fabricantes de TPM: un administrador los importa en el trust store de la estación (Configuración, o tpm-station-cli ek roots import), o el perfil define &apos;rootsDir&apos;.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: no lot %1 was imported. Ask the line lead to import the TPM vendor&apos;s delivery list.</source>
        <translation>El EK no está en la lista de entrega del lot %1: no se importó ningún lot %1. Pida al jefe de línea que importe la lista de entrega del fabricante del TPM.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM is on no imported delivery list. Set the device aside and call the line lead.</source>
        <translation>El EK no está en la lista de entrega del lot %1: este TPM no está en ninguna lista de entrega importada. Aparte el dispositivo y llame al jefe de línea.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM belongs to lot %2 (row %3). Set the device aside and call the line lead.</source>
        <translation>El EK no está en la lista de entrega del lot %1: este TPM pertenece al lot %2 (fila %3). Aparte el dispositivo y llame al jefe de línea.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1 as an unused TPM: row %2 was already used by device %3. Set the device aside and call the line lead.</source>
        <translation>El EK no está en la lista de entrega del lot %1 como TPM sin usar: la fila %2 ya la usó el dispositivo %3. Aparte el dispositivo y llame al jefe de línea.</translation>
    </message>
    <message>
        <source>The EK setting &apos;lot&apos; must be a lot number.</source>
        <translation>El ajuste de EK &apos;lot&apos; debe ser un número de lot.</translation>
    </message>
    <message>
        <source>The lot entry of this TPM could not be marked as used.</source>
        <translation>No se pudo marcar como usada la entrada del lot de este TPM.</translation>
    </message>
    <message>
        <source>The factory database already has this TPM as device %1 on station %2: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>La base de datos de fábrica ya tiene este TPM como dispositivo %1 en la estación %2: la misma EK no puede pertenecer a dos números de serie. Aparte el dispositivo y llame al jefe de línea.</translation>
    </message>
</context>
<context>
    <name>EkPublicValue</name>
    <message>
        <source>the EK value is empty</source>
        <translation>el valor de EK está vacío</translation>
    </message>
    <message>
        <source>not an EK certificate, public key, TPM2B_PUBLIC or RSA-2048 modulus (PEM, base64 or hex expected)</source>
        <translation>no es un certificado EK, una clave pública, un TPM2B_PUBLIC ni un módulo RSA-2048 (se espera PEM, base64 o hex)</translation>
    </message>
</context>
<context>
    <name>EkRootsCommand</name>
    <message>
        <source>UNKNOWN — not in the manifest of known TPM vendor CAs</source>
        <translation>DESCONOCIDA — no está en el manifiesto de CA conocidas de fabricantes de TPM</translation>
    </message>
    <message>
        <source>The station&apos;s TPM manufacturer trust store.</source>
        <translation>El trust store de fabricantes de TPM de la estación.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>The admin signing the change (password from STATION_PASSWORD or stdin).</source>
        <translation>El administrador que firma el cambio (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>Motivo (se firma y se audita).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>CA files: PEM, DER or PKCS#7.</source>
        <translation>Archivos de CA: PEM, DER o PKCS#7.</translation>
    </message>
    <message>
        <source>The CA&apos;s SHA-256 fingerprint.</source>
        <translation>La huella SHA-256 de la CA.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db RUTA es obligatorio.</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) in the trust store.</source>
        <translation>
            <numerusform>%n certificado de CA en el trust store.</numerusform>
            <numerusform>%n certificados de CA en el trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>--reason TEXTO es obligatorio: se firma y se audita.</translation>
    </message>
    <message>
        <source>Give at least one CA file.</source>
        <translation>Indique al menos un archivo de CA.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>No se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>%n certificado de CA importado</numerusform>
            <numerusform>%n certificados de CA importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n ya estaba en el trust store.</numerusform>
            <numerusform>%n ya estaban en el trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CA by its SHA-256 fingerprint.</source>
        <translation>Indique una sola CA por su huella SHA-256.</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1</source>
        <translation>Eliminada del trust store: %1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek roots list --db PATH [--json]
       tpm-station-cli ek roots import FILE… --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli ek roots remove SHA256 --db PATH --as ID --reason TEXT [--json]</source>
        <translation>Uso: tpm-station-cli ek roots list --db RUTA [--json]
     tpm-station-cli ek roots import ARCHIVO… --db RUTA --as ID --reason TEXTO [--json]
     tpm-station-cli ek roots remove SHA256 --db RUTA --as ID --reason TEXTO [--json]</translation>
    </message>
</context>
<context>
    <name>EkVerifyCommand</name>
    <message>
        <source>The product profile %1 is refused: %2</source>
        <translation>Se rechaza el perfil de producto %1: %2</translation>
    </message>
    <message>
        <source>The EK is %1: Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>El EK es %1: la atestación TPM de Azure DPS solo acepta EK RSA-2048.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>%1 (%2), model %3, version %4</source>
        <translation>%1 (%2), modelo %3, versión %4</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>%1 (RSAES-OAEP identifier)</source>
        <translation>%1 (identificador RSAES-OAEP)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — NO está en el manifiesto de CA conocidas de fabricantes de TPM</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>NV header or padding cut at the DER length</source>
        <translation>encabezado NV o relleno recortado a la longitud DER</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>Listo para DPS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>No se encontraron certificados en &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Verify EK certificates given as files (DER, PEM or raw NV dumps) offline, as step 2 judges them.</source>
        <translation>Verificar sin conexión certificados EK dados como archivos (DER, PEM o volcados NV sin procesar), tal como los evalúa el paso 2.</translation>
    </message>
    <message>
        <source>Directory of TPM manufacturer CA files (subdirectories included).</source>
        <translation>Directorio de archivos de CA de fabricantes de TPM (incluidos los subdirectorios).</translation>
    </message>
    <message>
        <source>Compare the certificates&apos; TPM manufacturer with ID (e.g. NTC, IFX).</source>
        <translation>Comparar el fabricante de TPM de los certificados con ID (p. ej. NTC, IFX).</translation>
    </message>
    <message>
        <source>Verification time (ISO 8601, UTC; default: now).</source>
        <translation>Hora de verificación (ISO 8601, UTC; predeterminada: ahora).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Give at least one certificate file.</source>
        <translation>Indique al menos un archivo de certificado.</translation>
    </message>
    <message>
        <source>Give --roots or --profile, not both.</source>
        <translation>Indique --roots o --profile, no ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time (e.g. 2026-01-31T12:00:00Z).</source>
        <translation>&apos;%1&apos; no es una hora ISO 8601 (p. ej. 2026-01-31T12:00:00Z).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>No se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>EK certificate files (one or more).</source>
        <translation>Archivos de certificado EK (uno o varios).</translation>
    </message>
    <message>
        <source>The station&apos;s trust store in %1 holds no CA certificate: an admin imports the TPM vendors&apos; CA files with &apos;tpm-station-cli ek roots import&apos;.</source>
        <translation>El trust store de la estación en %1 no contiene ningún certificado de CA: un administrador importa los archivos de CA de los fabricantes de TPM con &apos;tpm-station-cli ek roots import&apos;.</translation>
    </message>
    <message>
        <source>No roots given (--roots DIR, --db PATH or --profile FILE): no certificate can be trusted.</source>
        <translation>No se indicaron raíces (--roots DIR, --db RUTA o --profile ARCHIVO): no se puede confiar en ningún certificado.</translation>
    </message>
    <message>
        <source>Take the roots from this product profile&apos;s ek.rootsDir (none: the trust store of --db).</source>
        <translation>Tomar las raíces de ek.rootsDir de este perfil de producto (si no hay: el trust store de --db).</translation>
    </message>
    <message>
        <source>Station database: verify against its TPM manufacturer trust store.</source>
        <translation>Base de datos de la estación: verificar con su trust store de fabricantes de TPM.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>All steps passed.</source>
        <translation>Todos los pasos superados.</translation>
    </message>
    <message>
        <source>All steps have passed already.</source>
        <translation>Todos los pasos ya están superados.</translation>
    </message>
    <message>
        <source>%1 failed %2 times: the device needs rework, ordered by a supervisor.</source>
        <translation>%1 falló (intentos: %2): el dispositivo necesita un retrabajo, ordenado por un supervisor.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The TPM in the socket is not the one this device had (%1 differs). Check the device.</source>
        <translation>El TPM del zócalo no es el que tenía este dispositivo (%1 difiere). Compruebe el dispositivo.</translation>
    </message>
    <message>
        <source>The re-check could not be recorded; nothing was changed.</source>
        <translation>No se pudo registrar la nueva comprobación; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>The re-check of the TPM failed.</source>
        <translation>Falló la nueva comprobación del TPM.</translation>
    </message>
    <message>
        <source>%1 cannot run before %2 has passed.</source>
        <translation>%1 no puede ejecutarse antes de que %2 se haya superado.</translation>
    </message>
    <message>
        <source>The result of %1 could not be recorded; it is not counted as done.</source>
        <translation>No se pudo registrar el resultado de %1; no cuenta como hecho.</translation>
    </message>
    <message>
        <source>A measurement is out of limits.</source>
        <translation>Una medición está fuera de los límites.</translation>
    </message>
    <message>
        <source>%1 failed: %2
Try again?</source>
        <translation>%1 falló: %2
¿Volver a intentarlo?</translation>
    </message>
    <message>
        <source>Not every step has passed.</source>
        <translation>No todos los pasos se han superado.</translation>
    </message>
    <message>
        <source>The simulated timing model of %1 cannot be used (%2). Recreate the simulated fleet.</source>
        <translation>No se puede usar el modelo de temporización simulado de %1 (%2). Vuelva a crear la flota simulada.</translation>
    </message>
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Usage: tpm-station-cli escrow open --key OWNER_KEY (--db PATH | --store DIR) --serial S [--json]</source>
        <translation>Uso: tpm-station-cli escrow open --key CLAVE_PROPIETARIO (--db RUTA | --store DIR) --serial S [--json]</translation>
    </message>
    <message>
        <source>Open a device&apos;s escrowed TPM authorizations with the owner&apos;s private key.</source>
        <translation>Abrir las autorizaciones de TPM en custodia de un dispositivo con la clave privada del propietario.</translation>
    </message>
    <message>
        <source>The owner&apos;s private key (PEM or DER).</source>
        <translation>La clave privada del propietario (PEM o DER).</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>Número de serie del dispositivo.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>  (pending: written ahead, not confirmed on the TPM)</source>
        <translation>  (pendiente: escrito por adelantado, no confirmado en el TPM)</translation>
    </message>
</context>
<context>
    <name>EscrowPin</name>
    <message>
        <source>The customer CA file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de CA del cliente %1.</translation>
    </message>
    <message>
        <source>The customer CA file %1 holds no certificate.</source>
        <translation>El archivo de CA del cliente %1 no contiene ningún certificado.</translation>
    </message>
    <message>
        <source>OpenSSL cannot verify the escrow certificate&apos;s chain.</source>
        <translation>OpenSSL no puede verificar la cadena del certificado de custodia.</translation>
    </message>
    <message>
        <source>The escrow certificate does not chain to the customer CA %1: %2.</source>
        <translation>El certificado de custodia no se encadena a la CA del cliente %1: %2.</translation>
    </message>
    <message>
        <source>A production profile must pin its escrow certificate (ownership.escrowCertificateSha256); the certificate&apos;s SHA-256 is %1.</source>
        <translation>Un perfil de producción debe fijar su certificado de custodia (ownership.escrowCertificateSha256); el SHA-256 del certificado es %1.</translation>
    </message>
    <message>
        <source>The escrow certificate is not the one the profile pins: the profile pins SHA-256 %1, the certificate %2 has %3. Nothing was written to the TPM.</source>
        <translation>El certificado de custodia no es el que fija el perfil: el perfil fija el SHA-256 %1 y el certificado %2 tiene %3. No se escribió nada en el TPM.</translation>
    </message>
</context>
<context>
    <name>EscrowPinService</name>
    <message>
        <source>The product profile %1 cannot be read.</source>
        <translation>No se puede leer el perfil de producto %1.</translation>
    </message>
    <message>
        <source>The product profile %1 names no escrow certificate (ownership.escrowCertificate).</source>
        <translation>El perfil de producto %1 no indica ningún certificado de custodia (ownership.escrowCertificate).</translation>
    </message>
    <message>
        <source>Changing the escrow certificate pin needs a reason.</source>
        <translation>Cambiar la fijación del certificado de custodia requiere un motivo.</translation>
    </message>
    <message>
        <source>The product profile %1 cannot be written.</source>
        <translation>No se puede escribir el perfil de producto %1.</translation>
    </message>
</context>
<context>
    <name>EscrowRecovery</name>
    <message>
        <source>No escrow record for serial %1.</source>
        <translation>No hay ningún registro de custodia para el número de serie %1.</translation>
    </message>
    <message>
        <source>Escrow record %1: %2</source>
        <translation>Registro de custodia %1: %2</translation>
    </message>
    <message>
        <source>Escrow record %1 does not open with this key (wrong owner key, or a damaged record: %2).</source>
        <translation>El registro de custodia %1 no se abre con esta clave (clave del propietario incorrecta o registro dañado: %2).</translation>
    </message>
    <message>
        <source>Escrow record %1 lacks the %2 value it claims.</source>
        <translation>Al registro de custodia %1 le falta el valor %2 que declara.</translation>
    </message>
    <message>
        <source>No escrow record of serial %1 holds a value in use (all abandoned or revoked).</source>
        <translation>Ningún registro de custodia del número de serie %1 contiene un valor en uso (todos abandonados o revocados).</translation>
    </message>
</context>
<context>
    <name>EscrowStoreChoice</name>
    <message>
        <source>Station database holding the escrow records.</source>
        <translation>Base de datos de la estación que contiene los registros de custodia.</translation>
    </message>
    <message>
        <source>Escrow store directory (default: %1).</source>
        <translation>Directorio del almacén de custodia (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Give either --db PATH or --store DIR, not both.</source>
        <translation>Indique --db RUTA o --store DIR, no ambos.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the devices that passed QA as a signed DPS enrollment batch (bulk JSON, CSV, az script).</source>
        <translation>Exportar los dispositivos que superaron QA como lote de inscripciones DPS firmado (JSON masivo, CSV, script az).</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>Directorio de salida (nuevo o vacío).</translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation>Nombre del lote.</translation>
    </message>
    <message>
        <source>Only devices of this product.</source>
        <translation>Solo los dispositivos de este producto.</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;dps&quot; section: hub, allocation, ...).</source>
        <translation>JSON del perfil de producto (su sección &quot;dps&quot;: hub, asignación, ...).</translation>
    </message>
    <message>
        <source>Include simulated devices (marked simulated; never on production profiles).</source>
        <translation>Incluir dispositivos simulados (marcados como simulados; nunca en perfiles de producción).</translation>
    </message>
    <message>
        <source>Include devices already in a batch.</source>
        <translation>Incluir dispositivos que ya están en un lote.</translation>
    </message>
    <message>
        <source>The operator exporting (password from STATION_PASSWORD or stdin).</source>
        <translation>Operador que realiza la exportación (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>--db PATH and --out DIR are required.</source>
        <translation>--db RUTA y --out DIR son obligatorios.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>Omitido %1: %2</translation>
    </message>
    <message>
        <source>Manifest signed by the certificate with SHA-256 %1.</source>
        <translation>Manifiesto firmado por el certificado con SHA-256 %1.</translation>
    </message>
    <message>
        <source>Export audit events (by period, device or batch) with the chain verdict, signed.</source>
        <translation>Exportar eventos de auditoría (por periodo, dispositivo o lote) con el veredicto de la cadena, firmados.</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601, UTC).</source>
        <translation>Inicio del periodo (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601, UTC, inclusive).</source>
        <translation>Fin del periodo (ISO 8601, UTC, incluido).</translation>
    </message>
    <message>
        <source>Only this device.</source>
        <translation>Solo este dispositivo.</translation>
    </message>
    <message>
        <source>Only this batch and its devices.</source>
        <translation>Solo este lote y sus dispositivos.</translation>
    </message>
    <message>
        <source>Comma-separated: csv, json, pdf.</source>
        <translation>Separados por comas: csv, json, pdf.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, json, pdf.</source>
        <translation>Formato desconocido &apos;%1&apos;: use csv, json, pdf.</translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 in %4, written to %5.</source>
        <translation>Lote %1 (%2): %3 en %4, escrito en %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n dispositivo de %1</numerusform>
            <numerusform>%n dispositivos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s)</source>
        <translation>
            <numerusform>%n operación masiva</numerusform>
            <numerusform>%n operaciones masivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out (see --allow-simulated).</source>
        <translation>
            <numerusform>%n dispositivo simulado excluido (vea --allow-simulated).</numerusform>
            <numerusform>%n dispositivos simulados excluidos (vea --allow-simulated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) (seq %1..%2) exported to %3. Chain: %4</source>
        <translation>
            <numerusform>%n evento de auditoría (seq %1..%2) exportado a %3. Cadena: %4</numerusform>
            <numerusform>%n eventos de auditoría (seq %1..%2) exportados a %3. Cadena: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the batch from this incoming lot&apos;s delivery list, before the TPMs are soldered (needs --product or --profile).</source>
        <translation>Preparar el lote a partir de la lista de entrega de este lot entrante, antes de soldar los TPM (necesita --product o --profile).</translation>
    </message>
    <message>
        <source>--from-lot needs --product or --profile, and takes neither --allow-simulated nor --reexport.</source>
        <translation>--from-lot necesita --product o --profile, y no admite --allow-simulated ni --reexport.</translation>
    </message>
    <message>
        <source>With --central: only the devices of these stations (comma-separated station IDs).</source>
        <translation>Con --central: solo los dispositivos de estas estaciones (ID de estación separados por comas).</translation>
    </message>
    <message>
        <source>--central and --from-lot exclude each other.</source>
        <translation>--central y --from-lot se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--stations needs --central.</source>
        <translation>--stations necesita --central.</translation>
    </message>
    <message>
        <source>No station has sent anything to the factory database %1.</source>
        <translation>Ninguna estación ha enviado nada a la base de datos de la fábrica %1.</translation>
    </message>
    <message numerus="yes">
        <source>Station %1: %n audit event(s) (seq %2..%3) exported to %4. Chain: %5</source>
        <translation>
            <numerusform>Estación %1: %n evento de auditoría (seq %2..%3) exportado a %4. Cadena: %5</numerusform>
            <numerusform>Estación %1: %n eventos de auditoría (seq %2..%3) exportados a %4. Cadena: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>With --central: only this station&apos;s trail (a station ID; repeat it or separate IDs with commas).</source>
        <translation>Con --central: solo la traza de esta estación (un ID de estación; repítalo o separe los ID con comas).</translation>
    </message>
    <message>
        <source>--station needs --central.</source>
        <translation>--station requiere --central.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli export dps --db PATH --out DIR [--name N] [--allow-simulated] [--reexport] [--profile FILE] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db PATH --out DIR [--name N] [--allow-simulated] [--profile FILE] [--product ID]
       tpm-station-cli export audit --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db PATH --out DIR --profile FILE [--as ID] [--allow-simulated]</source>
        <translation>Uso: tpm-station-cli export dps --db RUTA --out DIR [--name N] [--allow-simulated] [--reexport] [--profile ARCHIVO] [--product ID]
     tpm-station-cli export dps --central URL [--stations ID,ID] --db RUTA --out DIR [--name N] [--allow-simulated] [--profile ARCHIVO] [--product ID]
     tpm-station-cli export audit --db RUTA --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
     tpm-station-cli export audit --central URL [--station ID …] --db RUTA --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
     tpm-station-cli export slot-keys --db RUTA --out DIR --profile ARCHIVO [--as ID] [--allow-simulated]</translation>
    </message>
</context>
<context>
    <name>ExportDirectory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>No se indicó ningún directorio de salida.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>El directorio de salida %1 no está vacío.</translation>
    </message>
    <message>
        <source>%1 cannot be an output directory.</source>
        <translation>%1 no puede ser un directorio de salida.</translation>
    </message>
    <message>
        <source>Cannot create the output directory %1: %2 cannot be created.</source>
        <translation>No se puede crear el directorio de salida %1: no se puede crear %2.</translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation>No se puede crear un directorio en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into %1: %2</source>
        <translation>No se puede mover la exportación a %1: %2</translation>
    </message>
</context>
<context>
    <name>FileEscrowStore</name>
    <message>
        <source>Cannot read the escrow file %1: %2</source>
        <translation>No se puede leer el archivo de custodia %1: %2</translation>
    </message>
    <message>
        <source>The escrow file %1 is damaged or not an escrow file.</source>
        <translation>El archivo de custodia %1 está dañado o no es un archivo de custodia.</translation>
    </message>
    <message>
        <source>The escrow file %1 holds a damaged record.</source>
        <translation>El archivo de custodia %1 contiene un registro dañado.</translation>
    </message>
    <message>
        <source>Cannot create the escrow directory %1.</source>
        <translation>No se puede crear el directorio de custodia %1.</translation>
    </message>
    <message>
        <source>Cannot write the escrow file %1: %2</source>
        <translation>No se puede escribir el archivo de custodia %1: %2</translation>
    </message>
    <message>
        <source>Cannot sync the escrow directory %1.</source>
        <translation>No se puede sincronizar el directorio de custodia %1.</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>Un registro de custodia necesita un número de serie, jerarquías y datos CMS.</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>El registro de custodia %1 ya existe.</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>No existe el registro de custodia %1 para el número de serie %2.</translation>
    </message>
</context>
<context>
    <name>FirmwareCatalog</name>
    <message>
        <source>The firmware catalog %1 cannot be read. Ask a supervisor to check the product profile.</source>
        <translation>No se puede leer el catálogo de firmware %1. Pida a un supervisor que compruebe el perfil de producto.</translation>
    </message>
    <message>
        <source>The firmware catalog holds no release for %1. Ask a supervisor to install the release.</source>
        <translation>El catálogo de firmware no contiene ninguna versión para %1. Pida a un supervisor que instale la versión.</translation>
    </message>
    <message>
        <source>The firmware catalog holds several releases named %1 %2. Ask a supervisor to remove the duplicate.</source>
        <translation>El catálogo de firmware contiene varias versiones llamadas %1 %2. Pida a un supervisor que elimine el duplicado.</translation>
    </message>
    <message>
        <source>The firmware manifest %1 is not in the catalog.</source>
        <translation>El manifiesto de firmware %1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>The firmware manifest %1 cannot be read. Ask a supervisor to check the catalog.</source>
        <translation>No se puede leer el manifiesto de firmware %1. Pida a un supervisor que compruebe el catálogo.</translation>
    </message>
    <message>
        <source>The firmware release has no signature. Nothing was written; call engineering.</source>
        <translation>La versión de firmware no tiene firma. No se escribió nada; llame a ingeniería.</translation>
    </message>
    <message>
        <source>The firmware is for product %1, not for %2. Nothing was written; check that the right product is selected.</source>
        <translation>El firmware es para el producto %1, no para %2. No se escribió nada; compruebe que está seleccionado el producto correcto.</translation>
    </message>
    <message>
        <source>The firmware image %1 is missing from the catalog. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Falta la imagen de firmware %1 en el catálogo. No se escribió nada; pida a un supervisor que reinstale la versión.</translation>
    </message>
    <message>
        <source>The firmware image is truncated (%1 of %2 bytes). Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>La imagen de firmware está truncada (%1 de %2 bytes). No se escribió nada; pida a un supervisor que reinstale la versión.</translation>
    </message>
    <message>
        <source>The firmware image is larger than its manifest says. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>La imagen de firmware es más grande de lo que indica su manifiesto. No se escribió nada; pida a un supervisor que reinstale la versión.</translation>
    </message>
    <message>
        <source>The firmware image does not match its signed digest: it may have been altered. Nothing was written; call engineering.</source>
        <translation>La imagen de firmware no coincide con su resumen firmado: puede haber sido alterada. No se escribió nada; llame a ingeniería.</translation>
    </message>
</context>
<context>
    <name>FirmwareCommand</name>
    <message>
        <source>Verify a firmware release in a catalog: signature, product, size and digest.</source>
        <translation>Verificar una versión de firmware de un catálogo: firma, producto, tamaño y resumen.</translation>
    </message>
    <message>
        <source>Catalog directory.</source>
        <translation>Directorio del catálogo.</translation>
    </message>
    <message>
        <source>Product the release must be for.</source>
        <translation>Producto al que debe corresponder la versión.</translation>
    </message>
    <message>
        <source>Trusted firmware-signing public key (PEM); repeatable.</source>
        <translation>Clave pública de confianza para firmar firmware (PEM); se puede repetir.</translation>
    </message>
    <message>
        <source>Exactly this version.</source>
        <translation>Exactamente esta versión.</translation>
    </message>
    <message>
        <source>Exactly this manifest file.</source>
        <translation>Exactamente este archivo de manifiesto.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>firmware verify needs --catalog, --product and at least one --key.</source>
        <translation>firmware verify necesita --catalog, --product y al menos una --key.</translation>
    </message>
    <message>
        <source>Verified: %1 %2 (%3, %4 bytes)</source>
        <translation>Verificado: %1 %2 (%3, %4 bytes)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation>Firmado por: %1 (%2)</translation>
    </message>
    <message>
        <source>warning: ignored catalog file %1</source>
        <translation>advertencia: se ignoró el archivo de catálogo %1</translation>
    </message>
    <message>
        <source>Read the provisioning settings from the TPM&apos;s settings index 0x01500100 (no secret needed).</source>
        <translation>Leer la configuración de aprovisionamiento del índice de configuración 0x01500100 del TPM (no se necesita ningún secreto).</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI (predeterminado: TPM2TOOLS_TCTI; si no, device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>The TPM holds no provisioning settings (index 0x%1 is not defined).</source>
        <translation>El TPM no contiene configuración de aprovisionamiento (el índice 0x%1 no está definido).</translation>
    </message>
    <message>
        <source>DPS endpoint</source>
        <translation>Punto de conexión de DPS</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>Ámbito de ID</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli firmware verify --catalog DIR --product P --key PEM [--version V] [--manifest FILE] [--json]
       tpm-station-cli firmware settings [--tcti T] [--json]</source>
        <translation>Uso: tpm-station-cli firmware verify --catalog DIR --product P --key PEM [--version V] [--manifest ARCHIVO] [--json]
     tpm-station-cli firmware settings [--tcti T] [--json]</translation>
    </message>
</context>
<context>
    <name>FirmwareConfig</name>
    <message>
        <source>firmware.%1.program is missing</source>
        <translation>falta firmware.%1.program</translation>
    </message>
    <message>
        <source>firmware.%1.arguments must be a list of strings</source>
        <translation>firmware.%1.arguments debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>the product profile has no &quot;firmware&quot; section</source>
        <translation>el perfil de producto no tiene sección &quot;firmware&quot;</translation>
    </message>
    <message>
        <source>firmware.catalog is missing</source>
        <translation>falta firmware.catalog</translation>
    </message>
    <message>
        <source>firmware.signingKeys must be a list of file names</source>
        <translation>firmware.signingKeys debe ser una lista de nombres de archivo</translation>
    </message>
    <message>
        <source>firmware.signingKeys is missing: no firmware-signing key is trusted</source>
        <translation>falta firmware.signingKeys: no hay ninguna clave de firma de firmware de confianza</translation>
    </message>
    <message>
        <source>firmware.flasher.timeoutMs must be between 100 and 3600000</source>
        <translation>firmware.flasher.timeoutMs debe estar entre 100 y 3600000</translation>
    </message>
    <message>
        <source>firmware.flasher.fault must be none, fail, hang or corrupt-readback</source>
        <translation>firmware.flasher.fault debe ser none, fail, hang o corrupt-readback</translation>
    </message>
    <message>
        <source>firmware.flasher.kind must be &quot;simulated&quot; or &quot;command&quot;</source>
        <translation>firmware.flasher.kind debe ser &quot;simulated&quot; o &quot;command&quot;</translation>
    </message>
</context>
<context>
    <name>FirmwareFlashedStation</name>
    <message>
        <source>The product profile&apos;s firmware settings are incomplete (%1). Ask a supervisor to fix the product profile.</source>
        <translation>La configuración de firmware del perfil de producto está incompleta (%1). Pida a un supervisor que corrija el perfil de producto.</translation>
    </message>
    <message>
        <source>The product profile uses the simulated programmer, but this is a real device or a production profile. Ask a supervisor to configure the real programmer.</source>
        <translation>El perfil de producto usa el programador simulado, pero este es un dispositivo real o un perfil de producción. Pida a un supervisor que configure el programador real.</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID is not known: step &quot;%1&quot; must pass before the firmware is flashed.</source>
        <translation>No se conoce el ID de registro del dispositivo: el paso &quot;%1&quot; debe superarse antes de grabar el firmware.</translation>
    </message>
    <message>
        <source>The provisioning settings are not valid: %1</source>
        <translation>La configuración de aprovisionamiento no es válida: %1</translation>
    </message>
    <message>
        <source>The firmware release is version %1, the product profile asks for %2. Nothing was written.</source>
        <translation>La versión de firmware es %1; el perfil de producto pide %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>The station cannot create a working directory.</source>
        <translation>La estación no puede crear un directorio de trabajo.</translation>
    </message>
    <message>
        <source>The station cannot write its working files.</source>
        <translation>La estación no puede escribir sus archivos de trabajo.</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index cannot be read: %1 Nothing was written.</source>
        <translation>No se puede leer el índice de configuración del TPM: %1 No se escribió nada.</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index 0x%1 is locked and holds other provisioning settings. It cannot be written again: a supervisor must order a rework, in which the device owner undefines the index.</source>
        <translation>El índice de configuración 0x%1 del TPM está bloqueado y contiene otra configuración de aprovisionamiento. No se puede volver a escribir: un supervisor debe ordenar un retrabajo en el que el propietario del dispositivo elimine la definición del índice.</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner authorization is not available: %1 Nothing was written.</source>
        <translation>La autorización de propietario del TPM no está disponible: %1 No se escribió nada.</translation>
    </message>
    <message>
        <source>Connect the programmer to device %1, then confirm.</source>
        <translation>Conecte el programador al dispositivo %1 y confirme.</translation>
    </message>
    <message>
        <source>The programmer was not connected. The firmware is NOT flashed.</source>
        <translation>El programador no se conectó. El firmware NO está grabado.</translation>
    </message>
    <message>
        <source>The step was cancelled. Nothing was written.</source>
        <translation>Se canceló el paso. No se escribió nada.</translation>
    </message>
    <message>
        <source>The provisioning settings could not be stored on the TPM: %1</source>
        <translation>No se pudo guardar la configuración de aprovisionamiento en el TPM: %1</translation>
    </message>
    <message>
        <source>The product profile&apos;s credential settings are refused (%1). Ask a supervisor to fix the product profile.</source>
        <translation>Se rechaza la configuración de credenciales del perfil de producto (%1). Pida a un supervisor que corrija el perfil de producto.</translation>
    </message>
    <message>
        <source>The device&apos;s TPM slot cannot name it: %1 Nothing was written.</source>
        <translation>La ranura TPM del dispositivo no puede nombrarlo: %1 No se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>FirmwareManifest</name>
    <message>
        <source>The firmware manifest is not valid (%1). Nothing was written; ask engineering for a correct firmware release.</source>
        <translation>El manifiesto de firmware no es válido (%1). No se escribió nada; pida a ingeniería una versión de firmware correcta.</translation>
    </message>
</context>
<context>
    <name>GroupEnrollmentKey</name>
    <message numerus="yes">
        <source>The group enrollment key decodes to %n byte(s); DPS keys are 16 to 64 bytes.</source>
        <translation>
            <numerusform>La clave de inscripción de grupo se decodifica en %n byte; las claves de DPS tienen de 16 a 64 bytes.</numerusform>
            <numerusform>La clave de inscripción de grupo se decodifica en %n bytes; las claves de DPS tienen de 16 a 64 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group enrollment key is not base64 text (the standard alphabet with &apos;=&apos; padding, as DPS shows it).</source>
        <translation>La clave de inscripción de grupo no es texto base64 (el alfabeto estándar con relleno &apos;=&apos;, como la muestra DPS).</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC-SHA256.</source>
        <translation>OpenSSL no pudo calcular el HMAC-SHA256.</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>&apos;%1&apos; is not a serial number: 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit. Scan again.</source>
        <translation>&apos;%1&apos; no es un número de serie: de 1 a %2 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; y &apos;-&apos;, empezando por una letra o un dígito. Vuelva a escanear.</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <source>Print a device label (ZPL: serial, registration ID as QR code and text) to a file or a printer.</source>
        <translation>Imprimir una etiqueta de dispositivo (ZPL: número de serie, ID de registro como código QR y texto) en un archivo o una impresora.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>Número de serie del dispositivo.</translation>
    </message>
    <message>
        <source>Product (when the serial is ambiguous).</source>
        <translation>Producto (cuando el número de serie es ambiguo).</translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation>Escribir el ZPL en este archivo.</translation>
    </message>
    <message>
        <source>Send the ZPL to tcp://HOST:PORT.</source>
        <translation>Enviar el ZPL a tcp://HOST:PUERTO.</translation>
    </message>
    <message>
        <source>Also write a PNG preview.</source>
        <translation>Escribir también una vista previa PNG.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli label --db PATH --serial S [--out FILE] [--printer tcp://HOST:PORT] [--png FILE]</source>
        <translation>Uso: tpm-station-cli label --db RUTA --serial S [--out ARCHIVO] [--printer tcp://HOST:PUERTO] [--png ARCHIVO]</translation>
    </message>
    <message>
        <source>This build has no label preview (built without QtGui).</source>
        <translation>Esta compilación no tiene vista previa de etiquetas (compilada sin QtGui).</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>Etiqueta de %1 enviada a %2.</translation>
    </message>
    <message>
        <source>Preview written to %1.</source>
        <translation>Vista previa escrita en %1.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The registration ID cannot be encoded as a QR code.</source>
        <translation>El ID de registro no se puede codificar como código QR.</translation>
    </message>
    <message>
        <source>Cannot write the label preview %1.</source>
        <translation>No se puede escribir la vista previa de etiqueta %1.</translation>
    </message>
</context>
<context>
    <name>LimpetSlot</name>
    <message>
        <source>Slot %1 does not exist: Limpet has the logical slots 0 to 9.</source>
        <translation>La ranura %1 no existe: Limpet tiene las ranuras lógicas 0 a 9.</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; is not a DNS name: %2</source>
        <translation>El nombre de host &quot;%1&quot; no es un nombre DNS: %2</translation>
    </message>
    <message>
        <source>The hostname is empty: give the IoT hub&apos;s hostname, e.g. myhub.azure-devices.net.</source>
        <translation>El nombre de host está vacío: indique el nombre de host del IoT Hub, p. ej. myhub.azure-devices.net.</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n character(s).</source>
        <translation>
            <numerusform>tiene más de %n carácter.</numerusform>
            <numerusform>tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>each dot-separated part must be 1 to 63 letters, digits or hyphens, and must not start or end with a hyphen.</source>
        <translation>cada parte separada por puntos debe tener de 1 a 63 letras, dígitos o guiones, y no debe empezar ni terminar con guion.</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>El ID de dispositivo está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The device ID is %n character(s) long; IoT Hub allows at most 128.</source>
        <translation>
            <numerusform>El ID de dispositivo tiene %n carácter; IoT Hub permite 128 como máximo.</numerusform>
            <numerusform>El ID de dispositivo tiene %n caracteres; IoT Hub permite 128 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device ID &quot;%1&quot; contains &quot;%2&quot;: IoT Hub allows only letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;.</source>
        <translation>El ID de dispositivo &quot;%1&quot; contiene &quot;%2&quot;: IoT Hub solo permite letras, dígitos y - . % _ * ? ! ( ) , : = @ $ &apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The device key decodes to %n byte(s); a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</source>
        <translation>
            <numerusform>La clave del dispositivo se decodifica en %n byte; una ranura admite una clave de 32 a 64 bytes (de 44 a 88 caracteres base64).</numerusform>
            <numerusform>La clave del dispositivo se decodifica en %n bytes; una ranura admite una clave de 32 a 64 bytes (de 44 a 88 caracteres base64).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token validity must be a whole number of seconds from 1 to 4294967295.</source>
        <translation>La validez del token debe ser un número entero de segundos de 1 a 4294967295.</translation>
    </message>
    <message>
        <source>The device key is not base64 text (the standard alphabet with &apos;=&apos; padding, as the IoT hub shows the primary key).</source>
        <translation>La clave del dispositivo no es texto base64 (el alfabeto estándar con relleno &apos;=&apos;, como muestra el IoT Hub la clave principal).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>no existe.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>no es un archivo normal.</translation>
    </message>
    <message>
        <source>it is larger than 4 KiB; it should hold only the base64 key.</source>
        <translation>ocupa más de 4 KiB; solo debe contener la clave base64.</translation>
    </message>
</context>
<context>
    <name>LimpetSlots</name>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: the hardware device ID is derived from its name.</source>
        <translation>No hay ninguna clave raíz de almacenamiento (SRK) persistida en 0x81000001: el ID de dispositivo de hardware se deriva de su nombre.</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: Limpet (Windows IoT Core) defines and removes slots with the empty owner password, so the station does not write slot %1. Nothing was written.</source>
        <translation>La autorización de propietario de este TPM está establecida: Limpet (Windows IoT Core) define y elimina ranuras con la contraseña de propietario vacía, por lo que la estación no escribe la ranura %1. No se escribió nada.</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: a slot&apos;s key is created under it. Take ownership of the TPM first. Nothing was written.</source>
        <translation>No hay ninguna clave raíz de almacenamiento (SRK) persistida en 0x81000001: la clave de una ranura se crea bajo ella. Tome primero la propiedad del TPM. No se escribió nada.</translation>
    </message>
    <message>
        <source>Slot %1 is in use (NV index %2 %3, key %4 %5): nothing was written. Replace it explicitly to destroy what it holds and provision it anew.</source>
        <translation>La ranura %1 está en uso (índice NV %2 %3, clave %4 %5): no se escribió nada. Sustitúyala explícitamente para destruir lo que contiene y aprovisionarla de nuevo.</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Slot %1 has no key at %2: the device could not sign a token.</source>
        <translation>La ranura %1 no tiene clave en %2: el dispositivo no podría firmar un token.</translation>
    </message>
    <message>
        <source>Slot %1 is empty: provision it first.</source>
        <translation>La ranura %1 está vacía: aprovisiónela primero.</translation>
    </message>
    <message>
        <source>The NV index %1 of slot %2 cannot be read with the empty authorization a device uses: it does not follow the Limpet layout.</source>
        <translation>El índice NV %1 de la ranura %2 no se puede leer con la autorización vacía que usa un dispositivo: no sigue la estructura de Limpet.</translation>
    </message>
    <message>
        <source>Slot %1 holds no IoT hub hostname and device ID (NV index %2): the device could not form a token.</source>
        <translation>La ranura %1 no contiene nombre de host de IoT Hub ni ID de dispositivo (índice NV %2): el dispositivo no podría formar un token.</translation>
    </message>
    <message>
        <source>Slot %1 is empty: there is nothing to destroy.</source>
        <translation>La ranura %1 está vacía: no hay nada que destruir.</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: a slot is removed with the empty owner password, as Limpet does. Nothing was removed.</source>
        <translation>La autorización de propietario de este TPM está establecida: una ranura se elimina con la contraseña de propietario vacía, como hace Limpet. No se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source> (recheck)</source>
        <translation> (nueva comprobación)</translation>
    </message>
    <message>
        <source>Run the line: walk simulated devices through every registered step, recorded in the station database.</source>
        <translation>Ejecutar la línea: pasar dispositivos simulados por todos los pasos registrados, con registro en la base de datos de la estación.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Número de dispositivos simulados.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Parallel test sockets (default 1).</source>
        <translation>Zócalos de prueba en paralelo (predeterminado 1).</translation>
    </message>
    <message>
        <source>Reuse (or create) the simulated fleet in DIR; default: a temporary fleet.</source>
        <translation>Reutilizar (o crear) la flota simulada en DIR; predeterminado: una flota temporal.</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>ID del perfil de producto.</translation>
    </message>
    <message>
        <source>Product profile (JSON file).</source>
        <translation>Perfil de producto (archivo JSON).</translation>
    </message>
    <message>
        <source>Operator running the line (password from STATION_PASSWORD or stdin).</source>
        <translation>Operador que ejecuta la línea (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs of --root running.</source>
        <translation>Dejar en ejecución los TPM simulados de --root.</translation>
    </message>
    <message>
        <source>Print every step as soon as it is committed.</source>
        <translation>Imprimir cada paso en cuanto se confirme.</translation>
    </message>
    <message>
        <source>Machine-readable summary.</source>
        <translation>Resumen legible por máquina.</translation>
    </message>
    <message>
        <source>--simulate takes a number of devices from 1 to 1000.</source>
        <translation>--simulate espera un número de dispositivos de 1 a 1000.</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets espera un número de 1 a 64.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db RUTA es obligatorio.</translation>
    </message>
    <message>
        <source>Line: %1, %2, database %3</source>
        <translation>Línea: %1, %2, base de datos %3</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s)</source>
        <translation>
            <numerusform>%n dispositivo simulado</numerusform>
            <numerusform>%n dispositivos simulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n zócalo</numerusform>
            <numerusform>%n zócalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 completed, %2 need rework, %3 not completed.</source>
        <translation>
            <numerusform>%n dispositivo: %1 completados, %2 necesitan retrabajo, %3 no completados.</numerusform>
            <numerusform>%n dispositivos: %1 completados, %2 necesitan retrabajo, %3 no completados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming TPM lot: every device&apos;s EK must be on its delivery list.</source>
        <translation>Lot de TPM entrante: el EK de cada dispositivo debe estar en su lista de entrega.</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) sent, all sent.</source>
        <translation>
            <numerusform>Base de datos de fábrica: %n registro enviado, todo enviado.</numerusform>
            <numerusform>Base de datos de fábrica: %n registros enviados, todo enviado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) stay queued in the station: %1</source>
        <translation>
            <numerusform>Base de datos de fábrica: %n registro sigue en cola en la estación: %1</numerusform>
            <numerusform>Base de datos de fábrica: %n registros siguen en cola en la estación: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the records to this factory database while the line runs (libpq connection string; the password from PGPASSFILE/~/.pgpass or PGPASSWORD).</source>
        <translation>Enviar los registros a esta base de datos de fábrica mientras la línea funciona (cadena de conexión libpq; la contraseña desde PGPASSFILE/~/.pgpass o PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>LotBatchExporter</name>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>No se importó ningún lot %1.</translation>
    </message>
    <message>
        <source>lot %1 row %2</source>
        <translation>lot %1 fila %2</translation>
    </message>
    <message>
        <source>no EK_pub the TPM would report (%1)</source>
        <translation>ningún EK_pub que el TPM notificaría (%1)</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>No se indicó ningún directorio de salida.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>El directorio de salida %1 no está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>No EK of lot %1 can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>Ningún EK del lot %1 se puede inscribir en DPS (%n omitido).</numerusform>
            <numerusform>Ningún EK del lot %1 se puede inscribir en DPS (%n omitidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotCommand</name>
    <message>
        <source>%1  part %2  %3 EK(s), %4 used  imported %5 by %6 from %7</source>
        <translation>%1  referencia %2  %3 EK, %4 usados  importado el %5 por %6 desde %7</translation>
    </message>
    <message>
        <source>Incoming TPM lots: the TPM vendor&apos;s delivery lists of EKs.</source>
        <translation>Lots de TPM entrantes: las listas de entrega de EK del fabricante del TPM.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>The supervisor signing the import (password from STATION_PASSWORD or stdin).</source>
        <translation>El supervisor que firma la importación (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>Motivo (se firma y se audita).</translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation>Número de lot.</translation>
    </message>
    <message>
        <source>TPM part number.</source>
        <translation>Número de referencia del TPM.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>The delivery list (CSV or JSON).</source>
        <translation>La lista de entrega (CSV o JSON).</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db RUTA es obligatorio.</translation>
    </message>
    <message>
        <source>Give one delivery list file.</source>
        <translation>Indique un solo archivo de lista de entrega.</translation>
    </message>
    <message>
        <source>--lot L and --part P are required.</source>
        <translation>--lot L y --part P son obligatorios.</translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>--reason TEXTO es obligatorio: se firma y se audita.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>No se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Name the lot.</source>
        <translation>Indique el lot.</translation>
    </message>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>No se importó ningún lot %1.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli lot import FILE --lot L --part P --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli lot list --db PATH [--json]
       tpm-station-cli lot show LOT --db PATH [--json]</source>
        <translation>Uso: tpm-station-cli lot import ARCHIVO --lot L --part P --db RUTA --as ID --reason TEXTO [--json]
     tpm-station-cli lot list --db RUTA [--json]
     tpm-station-cli lot show LOT --db RUTA [--json]</translation>
    </message>
</context>
<context>
    <name>Lots</name>
    <message>
        <source>this EK is already on the delivery list of lot %1 (row %2): a TPM cannot be in two lots</source>
        <translation>este EK ya está en la lista de entrega del lot %1 (fila %2): un TPM no puede estar en dos lots</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>La lista de entrega tiene %n fila incorrecta; no se importó nada.</numerusform>
            <numerusform>La lista de entrega tiene %n filas incorrectas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list is for lot %1, not %2; nothing was imported.</source>
        <translation>La lista de entrega es del lot %1, no del %2; no se importó nada.</translation>
    </message>
    <message>
        <source>The delivery list is for part number %1, not %2; nothing was imported.</source>
        <translation>La lista de entrega es del número de referencia %1, no del %2; no se importó nada.</translation>
    </message>
    <message>
        <source>A lot needs its lot number and part number.</source>
        <translation>Un lot necesita su número de lot y su número de referencia.</translation>
    </message>
    <message>
        <source>Importing a lot needs a reason.</source>
        <translation>Para importar un lot se necesita un motivo.</translation>
    </message>
    <message>
        <source>Lot %1 was already imported on %2 by %3; nothing was imported.</source>
        <translation>El lot %1 ya lo importó %3 el %2; no se importó nada.</translation>
    </message>
    <message>
        <source>This EK is on no imported lot&apos;s delivery list.</source>
        <translation>Este EK no está en la lista de entrega de ningún lot importado.</translation>
    </message>
    <message>
        <source>Row %1 of lot %2 was already used by device %3.</source>
        <translation>La fila %1 del lot %2 ya la usó el dispositivo %3.</translation>
    </message>
    <message>
        <source>The device %1 is not in the station&apos;s records.</source>
        <translation>El dispositivo %1 no está en los registros de la estación.</translation>
    </message>
</context>
<context>
    <name>ManifestSigner</name>
    <message>
        <source>Cannot write the export signing key %1: %2</source>
        <translation>No se puede escribir la clave de firma de exportación %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the export signing certificate %1: %2</source>
        <translation>No se puede escribir el certificado de firma de exportación %1: %2</translation>
    </message>
    <message>
        <source>The export signing key %1 and certificate %2 must both exist; one is missing.</source>
        <translation>La clave de firma de exportación %1 y el certificado %2 deben existir ambos; falta uno.</translation>
    </message>
    <message>
        <source>Cannot read the export signing key or certificate next to %1.</source>
        <translation>No se puede leer la clave o el certificado de firma de exportación junto a %1.</translation>
    </message>
    <message>
        <source>%1 is not a private key.</source>
        <translation>%1 no es una clave privada.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 no es un certificado.</translation>
    </message>
    <message>
        <source>The export signing certificate %1 does not belong to the key %2.</source>
        <translation>El certificado de firma de exportación %1 no pertenece a la clave %2.</translation>
    </message>
    <message>
        <source>Cannot write the signed manifest into %1.</source>
        <translation>No se puede escribir el manifiesto firmado en %1.</translation>
    </message>
    <message>
        <source>The export signing key %1 is accessible to other users (mode %2); it must be readable by its owner only (chmod 600).</source>
        <translation>La clave de firma de exportación %1 es accesible para otros usuarios (modo %2); solo debe poder leerla su propietario (chmod 600).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Versión de esquema desconocida %1.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Falló la migración al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Usage: tpm-station-cli operator add|list|disable --db PATH [options]
Passwords come from STATION_NEW_PASSWORD / STATION_PASSWORD or stdin, never from the command line.</source>
        <translation>Uso: tpm-station-cli operator add|list|disable --db RUTA [opciones]
Las contraseñas se toman de STATION_NEW_PASSWORD / STATION_PASSWORD o de stdin, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Manage the station&apos;s operators.</source>
        <translation>Gestionar los operadores de la estación.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation>ID de operador.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nombre completo.</translation>
    </message>
    <message>
        <source>operator, supervisor, quality or admin.</source>
        <translation>operator, supervisor, quality o admin.</translation>
    </message>
    <message>
        <source>The admin doing this (password from STATION_PASSWORD or stdin).</source>
        <translation>El administrador que realiza esta acción (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Motivo (se registra en el registro de auditoría).</translation>
    </message>
    <message>
        <source>Read passwords from stdin, one per line (new password first, then the admin&apos;s).</source>
        <translation>Leer las contraseñas de stdin, una por línea (primero la nueva contraseña, luego la del administrador).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db RUTA es obligatorio.</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor, quality or admin.</source>
        <translation>--role debe ser operator, supervisor, quality o admin.</translation>
    </message>
    <message>
        <source>--id and --name are required.</source>
        <translation>--id y --name son obligatorios.</translation>
    </message>
    <message>
        <source>Give the new password in STATION_NEW_PASSWORD or on stdin (--password-stdin).</source>
        <translation>Indique la nueva contraseña en STATION_NEW_PASSWORD o por stdin (--password-stdin).</translation>
    </message>
    <message>
        <source>Operator %1 (%2, %3) added.</source>
        <translation>Operador %1 (%2, %3) añadido.</translation>
    </message>
    <message>
        <source>--id and --reason are required.</source>
        <translation>--id y --reason son obligatorios.</translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation>Operador %1 desactivado.</translation>
    </message>
    <message>
        <source>Order rework of a device that exhausted its retries (supervisor&apos;s electronic signature).</source>
        <translation>Ordenar el retrabajo de un dispositivo que agotó sus reintentos (firma electrónica del supervisor).</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>Número de serie del dispositivo.</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>ID del perfil de producto.</translation>
    </message>
    <message>
        <source>Signing supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>Supervisor que firma (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Reason for the rework.</source>
        <translation>Motivo del retrabajo.</translation>
    </message>
    <message>
        <source>--db, --serial, --as and --reason are required.</source>
        <translation>--db, --serial, --as y --reason son obligatorios.</translation>
    </message>
    <message>
        <source>Rework of %1 approved and signed by %2.</source>
        <translation>Retrabajo de %1 aprobado y firmado por %2.</translation>
    </message>
    <message>
        <source>Run the device again from this step (e.g. ownership-taken after a TPM clear); default: the step that failed.</source>
        <translation>Volver a ejecutar el dispositivo desde este paso (p. ej., ownership-taken tras borrar el TPM); predeterminado: el paso que falló.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; (--from-step): use tpm-installed, ek-extracted, ownership-taken, firmware-flashed or qa-check.</source>
        <translation>Paso desconocido &quot;%1&quot; (--from-step): use tpm-installed, ek-extracted, ownership-taken, firmware-flashed o qa-check.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>An admin must sign in to add an operator.</source>
        <translation>Un administrador debe iniciar sesión para añadir un operador.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>&apos;%1&apos; is not a valid operator ID (letters, digits, . _ -; up to 64 characters).</source>
        <translation>&apos;%1&apos; no es un ID de operador válido (letras, dígitos, . _ -; hasta 64 caracteres).</translation>
    </message>
    <message>
        <source>An operator needs a full name.</source>
        <translation>Un operador necesita un nombre completo.</translation>
    </message>
    <message>
        <source>The password or PIN must have at least %1 characters.</source>
        <translation>La contraseña o el PIN debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password could not be hashed (scrypt unavailable).</source>
        <translation>No se pudo calcular el hash de la contraseña (scrypt no disponible).</translation>
    </message>
    <message>
        <source>The first operator of a station must be an admin.</source>
        <translation>El primer operador de una estación debe ser un administrador.</translation>
    </message>
    <message>
        <source>Only an admin can add operators.</source>
        <translation>Solo un administrador puede añadir operadores.</translation>
    </message>
    <message>
        <source>Operator ID %1 is already taken.</source>
        <translation>El ID de operador %1 ya está en uso.</translation>
    </message>
    <message>
        <source>Disabling an operator needs a reason.</source>
        <translation>Para desactivar un operador se necesita un motivo.</translation>
    </message>
    <message>
        <source>Only an admin can disable operators.</source>
        <translation>Solo un administrador puede desactivar operadores.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>No existe el operador %1.</translation>
    </message>
    <message>
        <source>Admins cannot disable themselves.</source>
        <translation>Los administradores no pueden desactivarse a sí mismos.</translation>
    </message>
    <message>
        <source>Unknown operator ID or wrong password.</source>
        <translation>ID de operador desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation>El operador %1 está desactivado.</translation>
    </message>
    <message>
        <source>Operator %1 is locked after %2 failed attempts; try again in %3 minutes.</source>
        <translation>El operador %1 está bloqueado tras %2 intentos fallidos; vuelva a intentarlo dentro de %3 minutos.</translation>
    </message>
    <message>
        <source>Wrong password. Operator %1 is now locked for %2 minutes.</source>
        <translation>Contraseña incorrecta. El operador %1 queda bloqueado durante %2 minutos.</translation>
    </message>
</context>
<context>
    <name>OwnershipCommand</name>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI (predeterminado: TPM2TOOLS_TCTI; si no, device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Step 3: take ownership of a TPM (secrets escrowed to the owner&apos;s certificate).</source>
        <translation>Paso 3: tomar la propiedad de un TPM (secretos en custodia con el certificado del propietario).</translation>
    </message>
    <message>
        <source>The device owner&apos;s escrow certificate (PEM or DER).</source>
        <translation>El certificado de custodia del propietario del dispositivo (PEM o DER).</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>Número de serie del dispositivo.</translation>
    </message>
    <message>
        <source>Device UUID (default: a new one).</source>
        <translation>UUID del dispositivo (predeterminado: uno nuevo).</translation>
    </message>
    <message>
        <source>DA maxTries (default 32).</source>
        <translation>DA maxTries (predeterminado 32).</translation>
    </message>
    <message>
        <source>DA recoveryTime in seconds (default 7200).</source>
        <translation>DA recoveryTime en segundos (predeterminado 7200).</translation>
    </message>
    <message>
        <source>DA lockoutRecovery in seconds (default 86400).</source>
        <translation>DA lockoutRecovery en segundos (predeterminado 86400).</translation>
    </message>
    <message>
        <source>Disable TPM2_Clear (TPM2_ClearControl).</source>
        <translation>Desactivar TPM2_Clear (TPM2_ClearControl).</translation>
    </message>
    <message>
        <source>Also set the endorsement authorization (breaks DPS TPM attestation in the field).</source>
        <translation>Establecer también la autorización de aprobación (impide la atestación TPM de DPS en campo).</translation>
    </message>
    <message>
        <source>Also set the owner authorization (only for a device client that is given it).</source>
        <translation>Establecer también la autorización de propietario (solo para un cliente de dispositivo que la reciba).</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c; see docs/OWNERSHIP.md).</source>
        <translation>El software con el que el dispositivo se registra en DPS (predeterminado azure-iot-sdk-c; vea docs/OWNERSHIP.md).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>--serial is required.</source>
        <translation>--serial es obligatorio.</translation>
    </message>
    <message>
        <source>--escrow-cert is required.</source>
        <translation>--escrow-cert es obligatorio.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 espera un número entero.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Rework: TPM2_Clear (platform hierarchy, or the escrowed lockout authorization) and the EK re-persisted.</source>
        <translation>Retrabajo: TPM2_Clear (jerarquía de plataforma o autorización de bloqueo en custodia) y EK persistido de nuevo.</translation>
    </message>
    <message>
        <source>Why the TPM is cleared (required).</source>
        <translation>Por qué se borra el TPM (obligatorio).</translation>
    </message>
    <message>
        <source>Clear with the platform hierarchy (empty platform auth).</source>
        <translation>Borrar con la jerarquía de plataforma (autorización de plataforma vacía).</translation>
    </message>
    <message>
        <source>Clear with the escrowed lockout authorization, opened with the owner&apos;s private key.</source>
        <translation>Borrar con la autorización de bloqueo en custodia, abierta con la clave privada del propietario.</translation>
    </message>
    <message>
        <source>--serial and --reason are required.</source>
        <translation>--serial y --reason son obligatorios.</translation>
    </message>
    <message>
        <source>Give exactly one of --platform and --lockout-key.</source>
        <translation>Indique exactamente una de las opciones --platform y --lockout-key.</translation>
    </message>
    <message>
        <source>No applied lockout authorization is escrowed for serial %1: refusing to guess (a wrong lockout value locks the TPM&apos;s lockout hierarchy).</source>
        <translation>No hay ninguna autorización de bloqueo aplicada en custodia para el número de serie %1: no se intentará adivinarla (un valor de bloqueo incorrecto bloquea la jerarquía de bloqueo del TPM).</translation>
    </message>
    <message>
        <source>TPM cleared; EK re-persisted at 0x81010001; escrow records of %1 revoked.</source>
        <translation>TPM borrado; EK persistido de nuevo en 0x81010001; registros de custodia de %1 revocados.</translation>
    </message>
    <message>
        <source>Check that a TPM&apos;s authorizations fit the device&apos;s DPS client (no authorization is tried).</source>
        <translation>Comprobar que las autorizaciones de un TPM se ajustan al cliente DPS del dispositivo (no se prueba ninguna autorización).</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c).</source>
        <translation>El software que ejecuta el dispositivo para DPS (predeterminado azure-iot-sdk-c).</translation>
    </message>
    <message>
        <source>The TPM&apos;s authorizations fit %1.</source>
        <translation>Las autorizaciones del TPM se ajustan a %1.</translation>
    </message>
    <message>
        <source>The device needs rework before %1 can provision it. %2</source>
        <translation>El dispositivo necesita un retrabajo antes de que %1 pueda aprovisionarlo. %2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ownership take|clear|verify [options] (--help for details)</source>
        <translation>Uso: tpm-station-cli ownership take|clear|verify [opciones] (--help para más detalles)</translation>
    </message>
</context>
<context>
    <name>OwnershipConfig</name>
    <message>
        <source>The ownership setting &quot;%1&quot; must be a whole number from %2 to 4294967295.</source>
        <translation>El ajuste de propiedad &quot;%1&quot; debe ser un número entero de %2 a 4294967295.</translation>
    </message>
    <message>
        <source>The ownership setting &quot;%1&quot; must be true or false.</source>
        <translation>El ajuste de propiedad &quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>The product profile has no escrow certificate (ownership.escrowCertificate): the owner&apos;s certificate is required to escrow the TPM&apos;s owner secrets.</source>
        <translation>El perfil de producto no tiene certificado de custodia (ownership.escrowCertificate): se necesita el certificado del propietario para poner en custodia los secretos de propietario del TPM.</translation>
    </message>
    <message>
        <source>Unknown ownership setting &quot;%1&quot;.</source>
        <translation>Ajuste de propiedad desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but its device client %1 needs it empty: %1 persists its DPS key with TPM2_EvictControl through the owner hierarchy with an empty password, and would be refused in the field. Leave setOwnerAuth false, or use device.client &quot;aziot-identity-service&quot; with hierarchyAuthorization and ownerAuthDelivery.</source>
        <translation>El perfil de producto establece la autorización de propietario (ownership.setOwnerAuth), pero su cliente de dispositivo %1 la necesita vacía: %1 persiste su clave de DPS con TPM2_EvictControl a través de la jerarquía de propietario con una contraseña vacía, y sería rechazado en campo. Deje setOwnerAuth en false o use device.client &quot;aziot-identity-service&quot; con hierarchyAuthorization y ownerAuthDelivery.</translation>
    </message>
    <message>
        <source>The product profile sets the endorsement authorization (ownership.setEndorsementAuth), but its device client %1 needs it empty: it proves the EK under PolicySecret(endorsement) with an empty password, so DPS TPM attestation would fail. Only device.client &quot;none&quot; allows it.</source>
        <translation>El perfil de producto establece la autorización de aprobación (ownership.setEndorsementAuth), pero su cliente de dispositivo %1 la necesita vacía: demuestra el EK bajo PolicySecret(endorsement) con una contraseña vacía, por lo que la atestación TPM de DPS fallaría. Solo device.client &quot;none&quot; lo permite.</translation>
    </message>
    <message>
        <source>The escrow certificate pin (ownership.escrowCertificateSha256) must be the 64 hex digits of the certificate&apos;s SHA-256 (openssl x509 -outform DER | sha256sum).</source>
        <translation>La fijación del certificado de custodia (ownership.escrowCertificateSha256) debe ser los 64 dígitos hexadecimales del SHA-256 del certificado (openssl x509 -outform DER | sha256sum).</translation>
    </message>
</context>
<context>
    <name>OwnershipTakenStation</name>
    <message>
        <source>The escrow certificate of this product cannot be used: %1</source>
        <translation>No se puede usar el certificado de custodia de este producto: %1</translation>
    </message>
    <message>
        <source>No escrow store is configured.</source>
        <translation>No hay ningún almacén de custodia configurado.</translation>
    </message>
    <message>
        <source>The device has no serial number.</source>
        <translation>El dispositivo no tiene número de serie.</translation>
    </message>
    <message>
        <source>WARNING: the endorsement authorization is set. The DPS client uses an empty endorsement authorization: TPM attestation with the Device Provisioning Service WILL FAIL in the field for this device.</source>
        <translation>ADVERTENCIA: la autorización de aprobación está establecida. El cliente DPS usa una autorización de aprobación vacía: la atestación TPM con Device Provisioning Service FALLARÁ en campo para este dispositivo.</translation>
    </message>
    <message>
        <source>A rework needs a reason.</source>
        <translation>Un retrabajo necesita un motivo.</translation>
    </message>
    <message>
        <source>Clearing with the lockout hierarchy needs the escrowed lockout authorization.</source>
        <translation>Borrar con la jerarquía de bloqueo necesita la autorización de bloqueo en custodia.</translation>
    </message>
    <message>
        <source>This TPM was owned under the earlier rule: %1. The ownership step cannot undo it. %2</source>
        <translation>Este TPM se tomó en propiedad con la regla anterior: %1. El paso de propiedad no puede deshacerlo. %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The factory database %1 refused the credentials. The password comes from the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD, never from the command line.</source>
        <translation>La base de datos de la fábrica %1 rechazó las credenciales. La contraseña se toma del archivo de contraseñas (PGPASSFILE o ~/.pgpass) o de PGPASSWORD, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached over the TLS the connection asks for (sslmode): %2</source>
        <translation>No se puede acceder a la base de datos de la fábrica %1 con el TLS que exige la conexión (sslmode): %2</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached: %2</source>
        <translation>No se puede acceder a la base de datos de la fábrica %1: %2</translation>
    </message>
    <message>
        <source>The factory database connection string does not parse: %1</source>
        <translation>No se puede analizar la cadena de conexión de la base de datos de la fábrica: %1</translation>
    </message>
    <message>
        <source>The factory database connection string holds a password. Put it in the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD instead.</source>
        <translation>La cadena de conexión de la base de datos de la fábrica contiene una contraseña. Póngala en su lugar en el archivo de contraseñas (PGPASSFILE o ~/.pgpass) o en PGPASSWORD.</translation>
    </message>
    <message>
        <source>Out of memory connecting to the factory database.</source>
        <translation>Memoria agotada al conectar con la base de datos de la fábrica.</translation>
    </message>
    <message>
        <source>The connection to the factory database %1 was lost: %2</source>
        <translation>Se perdió la conexión con la base de datos de la fábrica %1: %2</translation>
    </message>
    <message>
        <source>The factory database %1 does not permit this role to run %2: %3</source>
        <translation>La base de datos de la fábrica %1 no permite a este rol ejecutar %2: %3</translation>
    </message>
    <message>
        <source>The factory database %1 refused the %2 statement: %3</source>
        <translation>La base de datos de la fábrica %1 rechazó la sentencia %2: %3</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the connection in time.</source>
        <translation>La base de datos de la fábrica %1 no respondió a tiempo a la conexión.</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the %2 statement in time; it was cancelled.</source>
        <translation>La base de datos de la fábrica %1 no respondió a tiempo a la sentencia %2; se canceló.</translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>Cannot read the product profile %1: %2</source>
        <translation>No se puede leer el perfil de producto %1: %2</translation>
    </message>
    <message>
        <source>The product profile %1 is not valid JSON: %2</source>
        <translation>El perfil de producto %1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>The product profile needs an ID (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit) and maxRetries from 1 to 100.</source>
        <translation>El perfil de producto necesita un ID (de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o un dígito) y maxRetries de 1 a 100.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Usage: tpm-station-cli profile pin-escrow --db PATH --profile FILE --as ADMIN --reason TEXT</source>
        <translation>Uso: tpm-station-cli profile pin-escrow --db RUTA --profile ARCHIVO --as ADMIN --reason TEXTO</translation>
    </message>
    <message>
        <source>Pin the product profile&apos;s escrow certificate: its SHA-256 is written to ownership.escrowCertificateSha256, signed by an administrator and audited.</source>
        <translation>Fijar el certificado de custodia del perfil de producto: su SHA-256 se escribe en ownership.escrowCertificateSha256, lo firma un administrador y se audita.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>The product profile to change.</source>
        <translation>El perfil de producto que se va a cambiar.</translation>
    </message>
    <message>
        <source>The administrator signing (password from STATION_PASSWORD or stdin).</source>
        <translation>El administrador que firma (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>Why the pin changes.</source>
        <translation>Por qué cambia la fijación.</translation>
    </message>
    <message>
        <source>Escrow certificate %1 pinned in profile %2: SHA-256 %3 (was %4).</source>
        <translation>Certificado de custodia %1 fijado en el perfil %2: SHA-256 %3 (antes %4).</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>no fijado</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The product profile is refused: %1</source>
        <translation>Se rechaza el perfil de producto: %1</translation>
    </message>
    <message>
        <source>The product profile %1 is a production profile: it cannot run on simulated devices.</source>
        <translation>El perfil de producto %1 es un perfil de producción: no puede ejecutarse en dispositivos simulados.</translation>
    </message>
</context>
<context>
    <name>ProvisioningSettings</name>
    <message>
        <source>The DPS endpoint &apos;%1&apos; is not a host name (for example %2).</source>
        <translation>El punto de conexión de DPS &apos;%1&apos; no es un nombre de host (por ejemplo %2).</translation>
    </message>
    <message>
        <source>The DPS ID scope &apos;%1&apos; is not valid: it is &apos;0ne&apos; followed by 8 upper-case letters or digits, for example 0ne000A1B2C.</source>
        <translation>El ámbito de ID de DPS &apos;%1&apos; no es válido: es &apos;0ne&apos; seguido de 8 letras mayúsculas o dígitos, por ejemplo 0ne000A1B2C.</translation>
    </message>
    <message>
        <source>The registration ID &apos;%1&apos; is not valid: up to 128 lower-case letters, digits and - . _ :, beginning and ending with a letter or digit.</source>
        <translation>El ID de registro &apos;%1&apos; no es válido: hasta 128 letras minúsculas, dígitos y - . _ :, empezando y terminando con una letra o un dígito.</translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; is not valid: 1 to 64 letters, digits and . _ -.</source>
        <translation>El producto &apos;%1&apos; no es válido: de 1 a 64 letras, dígitos y . _ -.</translation>
    </message>
    <message>
        <source>The provisioning settings have an unknown format.</source>
        <translation>La configuración de aprovisionamiento tiene un formato desconocido.</translation>
    </message>
    <message>
        <source>The provisioning settings do not fit into the TPM&apos;s settings index.</source>
        <translation>La configuración de aprovisionamiento no cabe en el índice de configuración del TPM.</translation>
    </message>
    <message>
        <source>The TPM holds no valid provisioning settings (%1).</source>
        <translation>El TPM no contiene una configuración de aprovisionamiento válida (%1).</translation>
    </message>
</context>
<context>
    <name>QaCheckStation</name>
    <message numerus="yes">
        <source>(%n more problem(s) found, see details.)</source>
        <translation>
            <numerusform>(Se encontró %n problema más; vea los detalles.)</numerusform>
            <numerusform>(Se encontraron %n problemas más; vea los detalles.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A QA measurement is out of its limits.</source>
        <translation>Una medición de QA está fuera de sus límites.</translation>
    </message>
    <message>
        <source>A DPS identity key is left at %1: the device must not ship with it. Repeat the QA check.</source>
        <translation>Queda una clave de identidad de DPS en %1: el dispositivo no debe enviarse con ella. Repita el control de QA.</translation>
    </message>
    <message>
        <source>The TPM holds objects the product does not ship with: %1. Send the device to rework.</source>
        <translation>El TPM contiene objetos con los que el producto no se envía: %1. Envíe el dispositivo a retrabajo.</translation>
    </message>
    <message>
        <source>The product profile has no DPS ID scope (section &quot;dps&quot;, key &quot;idScope&quot;).</source>
        <translation>El perfil de producto no tiene ámbito de ID de DPS (sección &quot;dps&quot;, clave &quot;idScope&quot;).</translation>
    </message>
    <message>
        <source>The DPS ID scope &quot;%1&quot; is not valid.</source>
        <translation>El ámbito de ID de DPS &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>qa.sasValiditySeconds must lie between 60 and 31536000.</source>
        <translation>qa.sasValiditySeconds debe estar entre 60 y 31536000.</translation>
    </message>
    <message>
        <source>qa.firmwareNvIndex is not an NV index (0x01xxxxxx).</source>
        <translation>qa.firmwareNvIndex no es un índice NV (0x01xxxxxx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DPS registration ID (a-z, 0-9, - . _ : only, at most 128).</source>
        <translation>&quot;%1&quot; no puede ser un ID de registro de DPS (solo a-z, 0-9, - . _ :, 128 como máximo).</translation>
    </message>
    <message>
        <source>The EK recorded by the EK step is missing. Run the EK step first.</source>
        <translation>Falta el EK registrado por el paso EK. Ejecute primero el paso EK.</translation>
    </message>
    <message>
        <source>No EK is persisted at 0x81010001: the device&apos;s DPS client would find no EK. Send the device back to the EK step.</source>
        <translation>No hay ningún EK persistido en 0x81010001: el cliente DPS del dispositivo no encontraría ningún EK. Devuelva el dispositivo al paso EK.</translation>
    </message>
    <message>
        <source>The EK at 0x81010001 changed since the EK step: the enrollment recorded for this device would not match. Send the device to rework.</source>
        <translation>El EK de 0x81010001 cambió desde el paso EK: la inscripción registrada para este dispositivo no coincidiría. Envíe el dispositivo a retrabajo.</translation>
    </message>
    <message>
        <source>No SRK is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>No hay ningún SRK persistido en 0x81000001: la atestación de DPS fallaría. Devuelva el dispositivo al paso de toma de propiedad.</translation>
    </message>
    <message>
        <source>The SRK at 0x81000001 is not of the standard template. Send the device back to the ownership step.</source>
        <translation>El SRK de 0x81000001 no sigue la plantilla estándar. Devuelva el dispositivo al paso de toma de propiedad.</translation>
    </message>
    <message>
        <source>The lockout authorization is still empty: ownership was not taken. Send the device back to the ownership step.</source>
        <translation>La autorización de bloqueo sigue vacía: no se tomó la propiedad. Devuelva el dispositivo al paso de toma de propiedad.</translation>
    </message>
    <message>
        <source>The firmware settings (NV index %1) are missing or unreadable. Send the device back to the firmware step.</source>
        <translation>La configuración de firmware (índice NV %1) falta o no se puede leer. Devuelva el dispositivo al paso de firmware.</translation>
    </message>
    <message>
        <source>The QA check was cancelled.</source>
        <translation>Se canceló el control de QA.</translation>
    </message>
    <message>
        <source>The station could not prepare the DPS rehearsal.</source>
        <translation>La estación no pudo preparar el ensayo de DPS.</translation>
    </message>
    <message>
        <source>The SAS token signed by the TPM does not verify: DPS would refuse the device. Send the device to rework.</source>
        <translation>El token SAS firmado por el TPM no se verifica: DPS rechazaría el dispositivo. Envíe el dispositivo a retrabajo.</translation>
    </message>
    <message>
        <source>The QA key could not be removed from the TPM (handle %1). Repeat the QA check; the device must not ship with it.</source>
        <translation>No se pudo eliminar la clave de QA del TPM (handle %1). Repita el control de QA; el dispositivo no debe enviarse con ella.</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — the owner authorization does not match.</source>
        <translation>%1: se rechaza %2 con autorización del propietario vacía: la autorización del propietario no coincide.</translation>
    </message>
    <message>
        <source>%1: %2 with the owner authorization the device is given is refused — the owner authorization does not match.</source>
        <translation>%1: se rechaza %2 con la autorización del propietario que recibe el dispositivo: la autorización del propietario no coincide.</translation>
    </message>
    <message>
        <source>%1 uses %2, which this TPM does not implement: the client would fail in the field. This TPM cannot serve %1.</source>
        <translation>%1 usa %2, que este TPM no implementa: el cliente fallaría en campo. Este TPM no puede servir a %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationId</name>
    <message>
        <source>The registration ID is empty.</source>
        <translation>El ID de registro está vacío.</translation>
    </message>
    <message>
        <source>The registration ID has %1 characters; at most 128 are allowed.</source>
        <translation>El ID de registro tiene %1 caracteres; se permiten 128 como máximo.</translation>
    </message>
    <message>
        <source>The registration ID must be lowercase (&apos;%1&apos;).</source>
        <translation>El ID de registro debe estar en minúsculas (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The registration ID may contain only letters, digits and - . _ : (found &apos;%1&apos;).</source>
        <translation>El ID de registro solo puede contener letras, dígitos y - . _ : (se encontró &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The registration ID must start and end with a letter or digit.</source>
        <translation>El ID de registro debe empezar y terminar con una letra o un dígito.</translation>
    </message>
    <message>
        <source>The EK file is empty.</source>
        <translation>El archivo EK está vacío.</translation>
    </message>
    <message>
        <source>This is neither a binary TPM2B_PUBLIC (as written by tpm2_createek -u) nor its base64 text.</source>
        <translation>No es ni un TPM2B_PUBLIC binario (como lo escribe tpm2_createek -u) ni su texto en base64.</translation>
    </message>
    <message>
        <source>The EK is not a valid TPM2B_PUBLIC.</source>
        <translation>El EK no es un TPM2B_PUBLIC válido.</translation>
    </message>
    <message>
        <source>The EK is an ECC key: Azure DPS TPM attestation accepts RSA-2048 EKs only. Configure the product for the RSA-2048 EK (algorithm rsa2048).</source>
        <translation>El EK es una clave ECC: la atestación TPM de Azure DPS solo acepta EK RSA-2048. Configure el producto para el EK RSA-2048 (algoritmo rsa2048).</translation>
    </message>
    <message>
        <source>Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>La atestación TPM de Azure DPS solo acepta EK RSA-2048.</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>The factory database committed the records, but the station database could not note it (they will be sent again, harmlessly): %1</source>
        <translation>La base de datos de la fábrica confirmó los registros, pero la base de datos de la estación no pudo anotarlo (se volverán a enviar, sin ningún perjuicio): %1</translation>
    </message>
    <message>
        <source>The factory database answered the batch unexpectedly.</source>
        <translation>La base de datos de la fábrica respondió al lote de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the station on its embedded default: the line over a simulated TPM fleet.</source>
        <translation>Ejecutar la estación con su configuración predeterminada integrada: la línea sobre una flota de TPM simulada.</translation>
    </message>
    <message>
        <source>Fleet root directory.</source>
        <translation>Directorio raíz de la flota.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Número de dispositivos simulados.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Parallel test sockets.</source>
        <translation>Zócalos de prueba en paralelo.</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs running.</source>
        <translation>Dejar en ejecución los TPM simulados.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>--simulate takes a positive whole number.</source>
        <translation>--simulate espera un número entero positivo.</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets espera un número de 1 a 64.</translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>Flota simulada: %1</translation>
    </message>
    <message>
        <source>Station database: %1</source>
        <translation>Base de datos de la estación: %1</translation>
    </message>
    <message>
        <source>Product profile (JSON file); default: the simulation kit&apos;s profile in the fleet root.</source>
        <translation>Perfil de producto (archivo JSON); predeterminado: el perfil del kit de simulación en la raíz de la flota.</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The firmware-signing key %1 cannot be used (%2). Ask a supervisor to check the product profile.</source>
        <translation>No se puede usar la clave de firma de firmware %1 (%2). Pida a un supervisor que compruebe el perfil de producto.</translation>
    </message>
    <message>
        <source>The firmware was signed with a key this product does not trust. Nothing was written; set the release aside and call engineering.</source>
        <translation>El firmware se firmó con una clave en la que este producto no confía. No se escribió nada; aparte la versión y llame a ingeniería.</translation>
    </message>
    <message>
        <source>The firmware signature is not valid: the release may have been altered. Nothing was written; call engineering.</source>
        <translation>La firma del firmware no es válida: la versión puede haber sido alterada. No se escribió nada; llame a ingeniería.</translation>
    </message>
</context>
<context>
    <name>SignedChange</name>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>Solo %1 puede hacer esto (%2); %3 es %4.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Manage the simulated TPM fleet (swtpm devices with EK certificates).</source>
        <translation>Gestionar la flota de TPM simulados (dispositivos swtpm con certificados EK).</translation>
    </message>
    <message>
        <source>Fleet root directory (default: %1).</source>
        <translation>Directorio raíz de la flota (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Number of devices (create).</source>
        <translation>Número de dispositivos (create).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation>--count espera un número entero positivo.</translation>
    </message>
    <message>
        <source>No simulated fleet at %1.</source>
        <translation>No hay ninguna flota simulada en %1.</translation>
    </message>
    <message>
        <source>swtpm timing</source>
        <translation>temporización de swtpm</translation>
    </message>
    <message>
        <source>simulated %1 timing</source>
        <translation>temporización %1 simulada</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</source>
        <translation>Uso: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</translation>
    </message>
    <message>
        <source>Make the simulated TPMs answer as slowly as a discrete TPM (create): dtpm (typical), fast, or none (as fast as swtpm).</source>
        <translation>Hacer que los TPM simulados respondan tan despacio como un TPM discreto (create): dtpm (típico), fast o none (tan rápido como swtpm).</translation>
    </message>
    <message>
        <source>Seed of the timing model&apos;s draws, hexadecimal (create).</source>
        <translation>Semilla de los valores aleatorios del modelo de temporización, en hexadecimal (create).</translation>
    </message>
    <message>
        <source>--timing-seed takes a hexadecimal number.</source>
        <translation>--timing-seed requiere un número hexadecimal.</translation>
    </message>
    <message>
        <source>--timing takes one of: %1.</source>
        <translation>--timing requiere uno de estos valores: %1.</translation>
    </message>
</context>
<context>
    <name>SimFleet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulated fleet of this station</source>
        <translation>%1 no es una flota simulada de esta estación</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>swtpm_localca is not installed (package swtpm-tools).</source>
        <translation>swtpm_localca no está instalado (paquete swtpm-tools).</translation>
    </message>
    <message>
        <source>No simulated device with serial %1 in %2</source>
        <translation>No hay ningún dispositivo simulado con el número de serie %1 en %2</translation>
    </message>
    <message>
        <source>swtpm_setup is not installed (package swtpm-tools).</source>
        <translation>swtpm_setup no está instalado (paquete swtpm-tools).</translation>
    </message>
    <message>
        <source>swtpm_setup failed for %1: %2</source>
        <translation>swtpm_setup falló para %1: %2</translation>
    </message>
    <message>
        <source>A fleet holds 1 to 1000 devices; %1 was asked for.</source>
        <translation>Una flota tiene de 1 a 1000 dispositivos; se pidieron %1.</translation>
    </message>
    <message>
        <source>Another process is using the fleet at %1</source>
        <translation>Otro proceso está usando la flota en %1</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no fleet; choose an empty directory</source>
        <translation>%1 no está vacío y no contiene ninguna flota; elija un directorio vacío</translation>
    </message>
    <message>
        <source>swtpm is not installed (package swtpm).</source>
        <translation>swtpm no está instalado (paquete swtpm).</translation>
    </message>
    <message>
        <source>No free pair of loopback ports</source>
        <translation>No hay ningún par libre de puertos de loopback</translation>
    </message>
    <message>
        <source>swtpm did not answer on port %1</source>
        <translation>swtpm no respondió en el puerto %1</translation>
    </message>
    <message>
        <source>swtpm for %1 would not start: %2</source>
        <translation>swtpm para %1 no se inicia: %2</translation>
    </message>
    <message>
        <source>No simulated fleet at %1; create one first</source>
        <translation>No hay ninguna flota simulada en %1; cree una primero</translation>
    </message>
    <message>
        <source>Unknown timing model %1: choose one of %2.</source>
        <translation>Modelo de temporización desconocido %1: elija uno de %2.</translation>
    </message>
    <message>
        <source>The timing model %1 is invalid: %2</source>
        <translation>El modelo de temporización %1 no es válido: %2</translation>
    </message>
</context>
<context>
    <name>SimulatedFlasher</name>
    <message>
        <source>The firmware image could not be read for flashing.</source>
        <translation>No se pudo leer la imagen de firmware para grabarla.</translation>
    </message>
    <message>
        <source>The simulated device has no flash memory. Recreate the simulated fleet.</source>
        <translation>El dispositivo simulado no tiene memoria flash. Vuelva a crear la flota simulada.</translation>
    </message>
    <message>
        <source>The firmware image (%1 bytes) is larger than the device&apos;s flash (%2 bytes).</source>
        <translation>La imagen de firmware (%1 bytes) es más grande que la flash del dispositivo (%2 bytes).</translation>
    </message>
    <message>
        <source>The programmer reported an error. The firmware is NOT flashed: see the programmer log.</source>
        <translation>El programador informó de un error. El firmware NO está grabado: consulte el registro del programador.</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>Se canceló la grabación. El firmware NO está grabado.</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>El programador no terminó en %1 s y se detuvo. El firmware NO está grabado: compruebe la conexión del programador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The simulated flash could not be written.</source>
        <translation>No se pudo escribir la flash simulada.</translation>
    </message>
    <message>
        <source>The simulated flash could not be read back.</source>
        <translation>No se pudo releer la flash simulada.</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>El dispositivo no contiene la imagen grabada (la relectura difiere). El firmware NO está grabado: vuelva a intentarlo y, si falla, aparte el dispositivo.</translation>
    </message>
</context>
<context>
    <name>SimulationKit</name>
    <message>
        <source>The simulation kit failed at: %1 (%2).</source>
        <translation>El kit de simulación falló en: %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The simulation kit needs a fleet root directory.</source>
        <translation>El kit de simulación necesita un directorio raíz de flota.</translation>
    </message>
    <message>
        <source>Simulated widget (simulation kit)</source>
        <translation>Widget simulado (kit de simulación)</translation>
    </message>
</context>
<context>
    <name>SlotCommand</name>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI, p. ej. swtpm:host=127.0.0.1,port=2321 (predeterminado: TPM2TOOLS_TCTI; si no, device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>Ranura lógica, de 0 a 9.</translation>
    </message>
    <message>
        <source>Add --replace to do so.</source>
        <translation>Añada --replace para hacerlo.</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot debe ser un número entero de 0 a 9, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Ranura</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>Índice NV</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hostname / device ID</source>
        <translation>Nombre de host / ID de dispositivo</translation>
    </message>
    <message>
        <source>%1 / %2 (hardware device ID)</source>
        <translation>%1 / %2 (ID de dispositivo de hardware)</translation>
    </message>
    <message>
        <source>The ten Limpet slots of a TPM: hostname and device ID, never the key.</source>
        <translation>Las diez ranuras Limpet de un TPM: nombre de host e ID de dispositivo, nunca la clave.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Imprint an IoT hub hostname, device ID and device key into a Limpet slot. The key file holds the base64 key (32 to 64 bytes); the key is never printed.</source>
        <translation>Grabar un nombre de host de IoT Hub, un ID de dispositivo y una clave de dispositivo en una ranura Limpet. El archivo de clave contiene la clave base64 (de 32 a 64 bytes); la clave nunca se imprime.</translation>
    </message>
    <message>
        <source>IoT hub hostname.</source>
        <translation>Nombre de host del IoT Hub.</translation>
    </message>
    <message>
        <source>IoT Hub device ID (omitted: the hardware device ID).</source>
        <translation>ID de dispositivo de IoT Hub (si se omite: el ID de dispositivo de hardware).</translation>
    </message>
    <message>
        <source>File holding the base64 device key.</source>
        <translation>Archivo que contiene la clave base64 del dispositivo.</translation>
    </message>
    <message>
        <source>Destroy what the slot holds first (otherwise an occupied slot is refused).</source>
        <translation>Destruir primero lo que contiene la ranura (si no, se rechaza una ranura ocupada).</translation>
    </message>
    <message>
        <source>slot provision needs --slot, --hostname and --key-file.

%1</source>
        <translation>slot provision necesita --slot, --hostname y --key-file.

%1</translation>
    </message>
    <message>
        <source>Slot %1 provisioned: %2 / %3 (NV index %4, key %5).</source>
        <translation>Ranura %1 aprovisionada: %2 / %3 (índice NV %4, clave %5).</translation>
    </message>
    <message>
        <source>The SAS token the device computes from a slot (TPM2_HMAC with the slot&apos;s key), printed exactly as Limpet&apos;s GetSASToken returns it.</source>
        <translation>El token SAS que el dispositivo calcula a partir de una ranura (TPM2_HMAC con la clave de la ranura), impreso exactamente como lo devuelve GetSASToken de Limpet.</translation>
    </message>
    <message>
        <source>Seconds the token is valid (3600).</source>
        <translation>Segundos de validez del token (3600).</translation>
    </message>
    <message>
        <source>Print the connection string (GetConnectionString) instead.</source>
        <translation>Imprimir en su lugar la cadena de conexión (GetConnectionString).</translation>
    </message>
    <message>
        <source>slot sas needs --slot.

%1</source>
        <translation>slot sas necesita --slot.

%1</translation>
    </message>
    <message>
        <source>Remove a Limpet slot: undefine its NV index and evict its key, as the Device Portal&apos;s &quot;Remove keys&quot; does on a bench TPM.</source>
        <translation>Eliminar una ranura Limpet: eliminar la definición de su índice NV y quitar su clave persistente, como hace &quot;Remove keys&quot; del Device Portal en un TPM de banco.</translation>
    </message>
    <message>
        <source>slot destroy needs --slot.

%1</source>
        <translation>slot destroy necesita --slot.

%1</translation>
    </message>
    <message>
        <source>NV index %1 undefined</source>
        <translation>definición del índice NV %1 eliminada</translation>
    </message>
    <message>
        <source>no NV index</source>
        <translation>sin índice NV</translation>
    </message>
    <message>
        <source>key %1 evicted</source>
        <translation>clave %1 eliminada</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>Slot %1 destroyed: %2, %3.</source>
        <translation>Ranura %1 destruida: %2, %3.</translation>
    </message>
    <message>
        <source>The hardware device ID Limpet derives for a slot from the SRK.</source>
        <translation>El ID de dispositivo de hardware que Limpet deriva del SRK para una ranura.</translation>
    </message>
    <message>
        <source>slot hwid needs --slot.

%1</source>
        <translation>slot hwid necesita --slot.

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
        <translation>Uso: tpm-station-cli slot &lt;command&gt; [opciones]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db RUTA --as ID --serial S --reason TEXTO]
  hwid      --tcti T --slot N
  group-key import --db RUTA --as ID --product P (--key-file F | --cms-file F --cms-key K)</translation>
    </message>
</context>
<context>
    <name>SlotConflict</name>
    <message>
        <source>%1 persists its DPS identity key at %2 and evicts whatever is there first, and %2 is where Limpet slot %3 keeps its HMAC key.</source>
        <translation>%1 persiste su clave de identidad de DPS en %2 y antes elimina lo que haya allí, y %2 es donde la ranura Limpet %3 guarda su clave HMAC.</translation>
    </message>
    <message>
        <source>%1 deletes the NV index %2 of Limpet slot %3 before it attests.</source>
        <translation>%1 elimina el índice NV %2 de la ranura Limpet %3 antes de la atestación.</translation>
    </message>
    <message>
        <source>Use another slot, or a device.authKeyIndex other than %1.</source>
        <translation>Use otra ranura u otro device.authKeyIndex distinto de %1.</translation>
    </message>
    <message>
        <source>Use a slot from 1 to 9, or the Azure IoT Identity Service with an authKeyIndex that no slot uses.</source>
        <translation>Use una ranura de 1 a 9, o Azure IoT Identity Service con un authKeyIndex que no use ninguna ranura.</translation>
    </message>
    <message>
        <source>Limpet slot %1 cannot be combined with DPS TPM attestation by %2: %3 DPS registration would destroy the slot&apos;s credentials. %4</source>
        <translation>La ranura Limpet %1 no se puede combinar con la atestación TPM de DPS mediante %2: %3 El registro en DPS destruiría las credenciales de la ranura. %4</translation>
    </message>
</context>
<context>
    <name>SlotCredentials</name>
    <message>
        <source>The station cannot keep the device&apos;s slot keys: %1 Nothing was shipped; run the step again.</source>
        <translation>La estación no puede guardar las claves de ranura del dispositivo: %1 No se ha enviado nada; vuelva a ejecutar el paso.</translation>
    </message>
    <message>
        <source>The station&apos;s random generator refused to make device keys.</source>
        <translation>El generador aleatorio de la estación se negó a generar claves de dispositivo.</translation>
    </message>
    <message>
        <source>The credential mode %1 needs the station database to keep the device&apos;s keys, and this station runs without one.</source>
        <translation>El modo de credenciales %1 necesita la base de datos de la estación para guardar las claves del dispositivo, y esta estación funciona sin ella.</translation>
    </message>
    <message>
        <source>The device&apos;s key could not be imprinted into its TPM slot: %1 Run the step again.</source>
        <translation>No se pudo grabar la clave del dispositivo en su ranura TPM: %1 Vuelva a ejecutar el paso.</translation>
    </message>
    <message>
        <source>The slot check needs the station database, and this station runs without one.</source>
        <translation>La comprobación de ranura necesita la base de datos de la estación, y esta estación funciona sin ella.</translation>
    </message>
    <message>
        <source>No keys are recorded for slot %1 of this device: the firmware step must imprint the slot again.</source>
        <translation>No hay claves registradas para la ranura %1 de este dispositivo: el paso de firmware debe volver a grabar la ranura.</translation>
    </message>
    <message>
        <source>The TPM slot cannot be read: %1</source>
        <translation>No se puede leer la ranura TPM: %1</translation>
    </message>
    <message>
        <source>The TPM could not compute the device&apos;s SAS token: %1 Send the device back to the firmware step.</source>
        <translation>El TPM no pudo calcular el token SAS del dispositivo: %1 Devuelva el dispositivo al paso de firmware.</translation>
    </message>
    <message>
        <source>The SAS token the TPM computes from slot %1 does not match the keys recorded for this device: IoT Hub would refuse it. Send the device back to the firmware step.</source>
        <translation>El token SAS que el TPM calcula a partir de la ranura %1 no coincide con las claves registradas para este dispositivo: IoT Hub lo rechazaría. Devuelva el dispositivo al paso de firmware.</translation>
    </message>
</context>
<context>
    <name>SlotKeyExporter</name>
    <message>
        <source>The key files could not be assembled.</source>
        <translation>No se pudieron ensamblar los archivos de claves.</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>Los dispositivos simulados nunca se exportan desde un perfil de producción.</translation>
    </message>
    <message>
        <source>An output directory and a product are required.</source>
        <translation>Se requieren un directorio de salida y un producto.</translation>
    </message>
    <message>
        <source>The product&apos;s credential mode &quot;%1&quot; keeps no keys in TPM slots: use the DPS enrollment batch export.</source>
        <translation>El modo de credenciales &quot;%1&quot; del producto no guarda claves en ranuras TPM: use la exportación del lote de inscripción DPS.</translation>
    </message>
    <message>
        <source>The cloud engineer&apos;s certificate cannot be used: %1</source>
        <translation>No se puede usar el certificado del ingeniero de la nube: %1</translation>
    </message>
    <message>
        <source>No device of product %1 that passed QA holds recorded slot keys.</source>
        <translation>Ningún dispositivo del producto %1 que haya superado QA tiene claves de ranura registradas.</translation>
    </message>
</context>
<context>
    <name>SlotLineCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Import a product&apos;s DPS symmetric-key group key, once, by a supervisor. It is stored only encrypted and never shown again.</source>
        <translation>Importar la clave de grupo de clave simétrica DPS de un producto, una sola vez, por un supervisor. Se almacena solo cifrada y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>The supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>El supervisor (contraseña de STATION_PASSWORD o stdin).</translation>
    </message>
    <message>
        <source>The product the group key is for.</source>
        <translation>El producto al que corresponde la clave de grupo.</translation>
    </message>
    <message>
        <source>File holding the base64 group key.</source>
        <translation>Archivo que contiene la clave de grupo en base64.</translation>
    </message>
    <message>
        <source>CMS EnvelopedData (DER) holding the base64 group key.</source>
        <translation>CMS EnvelopedData (DER) que contiene la clave de grupo en base64.</translation>
    </message>
    <message>
        <source>Private key that opens --cms-file.</source>
        <translation>Clave privada que abre --cms-file.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Motivo (se registra).</translation>
    </message>
    <message>
        <source>The group key of product %1 is stored encrypted (record %2). It will not be shown again.</source>
        <translation>La clave de grupo del producto %1 se ha almacenado cifrada (registro %2). No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>&quot;Remove keys&quot; of a recorded device: destroy its slot, with a supervisor&apos;s electronic signature and a reason.</source>
        <translation>&quot;Eliminar claves&quot; de un dispositivo registrado: destruir su ranura, con la firma electrónica de un supervisor y un motivo.</translation>
    </message>
    <message>
        <source>TCTI of the device&apos;s TPM.</source>
        <translation>TCTI del TPM del dispositivo.</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>Ranura lógica, de 0 a 9.</translation>
    </message>
    <message>
        <source>The supervisor signing.</source>
        <translation>El supervisor que firma.</translation>
    </message>
    <message>
        <source>The device&apos;s serial.</source>
        <translation>El número de serie del dispositivo.</translation>
    </message>
    <message>
        <source>Why the keys are removed (required).</source>
        <translation>Motivo por el que se eliminan las claves (obligatorio).</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot debe ser un número entero de 0 a 9, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>slot destroy with --db needs --as, --serial and --reason.</source>
        <translation>slot destroy con --db necesita --as, --serial y --reason.</translation>
    </message>
    <message>
        <source>Slot %1 of device %2 destroyed; signed by %3 (signature %4).</source>
        <translation>Ranura %1 del dispositivo %2 destruida; firmado por %3 (firma %4).</translation>
    </message>
    <message>
        <source>Export the slot keys of the devices that passed QA for the cloud engineer: IoT Hub import-devices lines and an az script, encrypted to the cloud engineer&apos;s certificate (or the registration IDs of a DPS group).</source>
        <translation>Exportar las claves de ranura de los dispositivos que superaron QA para el ingeniero de la nube: líneas de import-devices de IoT Hub y un script az, cifrados para el certificado del ingeniero de la nube (o los ID de registro de un grupo DPS).</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>Directorio de salida (nuevo o vacío).</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;credentials&quot; section).</source>
        <translation>JSON del perfil de producto (su sección &quot;credentials&quot;).</translation>
    </message>
    <message>
        <source>Include simulated devices.</source>
        <translation>Incluir dispositivos simulados.</translation>
    </message>
    <message>
        <source>The operator exporting.</source>
        <translation>Operador que realiza la exportación.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>--db PATH, --out DIR and --profile FILE are required.</source>
        <translation>Se requieren --db RUTA, --out DIR y --profile ARCHIVO.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1.</source>
        <translation>
            <numerusform>%n dispositivo exportado a %1.</numerusform>
            <numerusform>%n dispositivos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group key (base64): </source>
        <translation>Clave de grupo (base64): </translation>
    </message>
    <message>
        <source>No terminal to type the group key at: use --key-file or --cms-file.</source>
        <translation>No hay ningún terminal para escribir la clave de grupo: use --key-file o --cms-file.</translation>
    </message>
    <message>
        <source>The same group key again: </source>
        <translation>La misma clave de grupo otra vez: </translation>
    </message>
    <message>
        <source>The two group keys typed differ. Nothing was stored.</source>
        <translation>Las dos claves de grupo escritas son distintas. No se guardó nada.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot group-key import --db PATH --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXT]
Without --key-file or --cms-file the key is typed twice at the terminal.</source>
        <translation>Uso: tpm-station-cli slot group-key import --db RUTA --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXTO]
Sin --key-file ni --cms-file, la clave se escribe dos veces en el terminal.</translation>
    </message>
</context>
<context>
    <name>SqliteEscrowStore</name>
    <message>
        <source>Escrow database: %1</source>
        <translation>Base de datos de custodia: %1</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>Un registro de custodia necesita un número de serie, jerarquías y datos CMS.</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>La base de datos de la estación está abierta en solo lectura.</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>El registro de custodia %1 ya existe.</translation>
    </message>
    <message>
        <source>Escrow record %1 in the station database is damaged.</source>
        <translation>El registro de custodia %1 de la base de datos de la estación está dañado.</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>No existe el registro de custodia %1 para el número de serie %2.</translation>
    </message>
    <message>
        <source>Escrow record %1 cannot change from %2 to %3.</source>
        <translation>El registro de custodia %1 no puede pasar de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>SqliteRunStore</name>
    <message>
        <source>No product profile is selected.</source>
        <translation>No hay ningún perfil de producto seleccionado.</translation>
    </message>
    <message>
        <source>Unknown device %1.</source>
        <translation>Dispositivo desconocido %1.</translation>
    </message>
    <message>
        <source>Unknown run.</source>
        <translation>Ejecución desconocida.</translation>
    </message>
    <message>
        <source>This TPM&apos;s endorsement key is already registered to device %1. Set the device aside and call the supervisor.</source>
        <translation>La clave de aprobación (EK) de este TPM ya está registrada para el dispositivo %1. Aparte el dispositivo y llame al supervisor.</translation>
    </message>
    <message>
        <source>Rework needs a reason.</source>
        <translation>El retrabajo necesita un motivo.</translation>
    </message>
    <message>
        <source>There is no device %1 of product %2.</source>
        <translation>No existe el dispositivo %1 del producto %2.</translation>
    </message>
    <message>
        <source>The station key %1 is missing. This database&apos;s audit trail is signed with the key %2; a new key is not created for an existing trail. Restore the key file from its backup.</source>
        <translation>Falta la clave de la estación %1. El registro de auditoría de esta base de datos está firmado con la clave %2; no se crea una clave nueva para un registro existente. Restaure el archivo de clave desde su copia de seguridad.</translation>
    </message>
    <message>
        <source>The station key %1 (%2) is not the key this database&apos;s audit trail is signed with (%3).</source>
        <translation>La clave de la estación %1 (%2) no es la clave con la que está firmado el registro de auditoría de esta base de datos (%3).</translation>
    </message>
    <message>
        <source>Only %1 can order rework; %2 is %3.</source>
        <translation>Solo %1 puede ordenar el retrabajo; %2 es %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSlotKeyStore</name>
    <message>
        <source>Cannot read the station&apos;s key-encryption key %1: %2</source>
        <translation>No se puede leer la clave de cifrado de claves de la estación %1: %2</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is damaged (it must hold 32 bytes).</source>
        <translation>La clave de cifrado de claves de la estación %1 está dañada (debe contener 32 bytes).</translation>
    </message>
    <message>
        <source>The random generator refused to make a key-encryption key.</source>
        <translation>El generador aleatorio se negó a generar una clave de cifrado de claves.</translation>
    </message>
    <message>
        <source>Cannot write the station&apos;s key-encryption key %1: %2</source>
        <translation>No se puede escribir la clave de cifrado de claves de la estación %1: %2</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>La base de datos de la estación está abierta en solo lectura.</translation>
    </message>
    <message>
        <source>A slot key record needs a serial, a slot and a key.</source>
        <translation>Un registro de clave de ranura necesita un número de serie, una ranura y una clave.</translation>
    </message>
    <message>
        <source>No slot key record %1 for serial %2.</source>
        <translation>No existe el registro de clave de ranura %1 para el número de serie %2.</translation>
    </message>
    <message>
        <source>Slot key record %1 cannot change from %2 to %3.</source>
        <translation>El registro de clave de ranura %1 no puede cambiar de %2 a %3.</translation>
    </message>
    <message>
        <source>Slot key record %1 is damaged.</source>
        <translation>El registro de clave de ranura %1 está dañado.</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is missing: the stored keys cannot be opened.</source>
        <translation>Falta la clave de cifrado de claves de la estación %1: no se pueden abrir las claves almacenadas.</translation>
    </message>
    <message>
        <source>A stored key is encrypted to another key-encryption key (%1), not this station&apos;s (%2).</source>
        <translation>Una clave almacenada está cifrada para otra clave de cifrado de claves (%1), no para la de esta estación (%2).</translation>
    </message>
    <message>
        <source>No slot key record %1.</source>
        <translation>No existe el registro de clave de ranura %1.</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1.</source>
        <translation>No se ha importado ninguna clave de grupo DPS para el producto %1.</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1: a supervisor imports it with &quot;slot group-key import&quot;.</source>
        <translation>No se ha importado ninguna clave de grupo DPS para el producto %1: un supervisor la importa con &quot;slot group-key import&quot;.</translation>
    </message>
    <message>
        <source>A group key needs the product it belongs to.</source>
        <translation>Una clave de grupo necesita el producto al que pertenece.</translation>
    </message>
    <message>
        <source>A DPS group key has %1 to %2 bytes.</source>
        <translation>Una clave de grupo DPS tiene de %1 a %2 bytes.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Se requiere un motivo.</translation>
    </message>
    <message>
        <source>The station database records no keys in slot %1 of device %2: nothing to remove.</source>
        <translation>La base de datos de la estación no registra claves en la ranura %1 del dispositivo %2: no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>Solo %1 puede hacer esto (%2); %3 es %4.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Station database (production mode unless --simulate).</source>
        <translation>Base de datos de la estación (modo de producción salvo con --simulate).</translation>
    </message>
    <message>
        <source>Product profile, JSON file (production mode unless --simulate).</source>
        <translation>Perfil de producto, archivo JSON (modo de producción salvo con --simulate).</translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation>Raíz de la flota simulada.</translation>
    </message>
    <message>
        <source>Simulation: run over N simulated devices (0: production).</source>
        <translation>Simulación: ejecutar sobre N dispositivos simulados (0: producción).</translation>
    </message>
    <message>
        <source>Parallel test sockets (1-8).</source>
        <translation>Zócalos de prueba en paralelo (1-8).</translation>
    </message>
    <message>
        <source>TPM Provisioning Station. Without options: the simulated fleet of the embedded default, as `tpm-station-cli run`.</source>
        <translation>TPM Provisioning Station. Sin opciones: la flota simulada predeterminada integrada, como `tpm-station-cli run`.</translation>
    </message>
    <message>
        <source>Simulation: chosen with --simulate.</source>
        <translation>Simulación: elegida con --simulate.</translation>
    </message>
    <message>
        <source>Production mode: chosen with --simulate 0.</source>
        <translation>Modo de producción: elegido con --simulate 0.</translation>
    </message>
    <message>
        <source>Production mode: chosen with --db / --profile.</source>
        <translation>Modo de producción: elegido con --db / --profile.</translation>
    </message>
    <message>
        <source>Production mode: chosen in Settings.</source>
        <translation>Modo de producción: elegido en Configuración.</translation>
    </message>
    <message>
        <source>Simulation: the station&apos;s default. Production mode is chosen in Settings or with --db / --profile.</source>
        <translation>Simulación: la opción predeterminada de la estación. El modo de producción se elige en Configuración o con --db / --profile.</translation>
    </message>
</context>
<context>
    <name>StationKeyProtection</name>
    <message>
        <source>The admin&apos;s passphrase must not be empty.</source>
        <translation>La frase de contraseña del administrador no debe estar vacía.</translation>
    </message>
    <message>
        <source>The station key %1 is already protected.</source>
        <translation>La clave de la estación %1 ya está protegida.</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>No se puede leer la clave de la estación %1: %2</translation>
    </message>
    <message>
        <source>Cannot encrypt the station key %1.</source>
        <translation>No se puede cifrar la clave de la estación %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace the station key %1.</source>
        <translation>No se puede sustituir la clave de la estación %1.</translation>
    </message>
</context>
<context>
    <name>StationRegistry</name>
    <message>
        <source>the station keeps it only in memory during the run that took ownership, and this session did not take ownership of the device (for example after a restart). The escrow can only be opened by the device owner. A supervisor must order rework of this device.</source>
        <translation>la estación solo la conserva en memoria durante la ejecución que tomó la propiedad, y esta sesión no tomó la propiedad del dispositivo (por ejemplo, tras un reinicio). Solo el propietario del dispositivo puede abrir la custodia. Un supervisor debe ordenar el retrabajo de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2 (--as ID); the product profile does not let the unattended station do it.</source>
        <translation>%1 necesita un operador con sesión iniciada con el rol %2 (--as ID); el perfil de producto no permite que lo haga la estación desatendida.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2; %3 is %4.</source>
        <translation>%1 necesita un operador con sesión iniciada con el rol %2; %3 es %4.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The factory database: a libpq connection string, URI or service=NAME (the password from PGPASSFILE/~/.pgpass or PGPASSWORD, never here).</source>
        <translation>La base de datos de la fábrica: una cadena de conexión de libpq, un URI o service=NAME (la contraseña, de PGPASSFILE/~/.pgpass o PGPASSWORD, nunca aquí).</translation>
    </message>
    <message>
        <source>The station database %1 has no outbox yet (schema %2): open it once with this version of the station to queue its records.</source>
        <translation>La base de datos de la estación %1 aún no tiene cola de salida (esquema %2): ábrala una vez con esta versión de la estación para poner en cola sus registros.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued for the factory database.</source>
        <translation>
            <numerusform>%n registro en cola para la base de datos de la fábrica.</numerusform>
            <numerusform>%n registros en cola para la base de datos de la fábrica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest queued: %1</source>
        <translation>El más antiguo en cola: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Último envío correcto: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Último error (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the factory database (see the audit trail).</source>
        <translation>
            <numerusform>%n conflicto con la base de datos de la fábrica (consulte el registro de auditoría).</numerusform>
            <numerusform>%n conflictos con la base de datos de la fábrica (consulte el registro de auditoría).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay queued in the station.</source>
        <translation>
            <numerusform>%n registro sigue en cola en la estación.</numerusform>
            <numerusform>%n registros siguen en cola en la estación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to the factory database %1.</source>
        <translation>
            <numerusform>%n registro enviado a la base de datos de la fábrica %1.</numerusform>
            <numerusform>%n registros enviados a la base de datos de la fábrica %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: the factory database holds other content for %1 %2 (UUID %3); kept there, recorded here.</source>
        <translation>Conflicto: la base de datos de la fábrica tiene otro contenido para %1 %2 (UUID %3); se conserva allí y se registra aquí.</translation>
    </message>
    <message>
        <source>Show the station&apos;s queue for the factory database.</source>
        <translation>Mostrar la cola de la estación para la base de datos de la fábrica.</translation>
    </message>
    <message>
        <source>Send the station&apos;s queued records to the factory database once (the line&apos;s relay does it continuously).</source>
        <translation>Enviar una vez los registros en cola de la estación a la base de datos de la fábrica (el relay de la línea lo hace de forma continua).</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Base de datos de la estación.</translation>
    </message>
    <message>
        <source>Records per central transaction (default 10000).</source>
        <translation>Registros por transacción central (predeterminado: 10000).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sync --db PATH --central URL [--json]
       tpm-station-cli sync status --db PATH [--json]</source>
        <translation>Uso: tpm-station-cli sync --db RUTA --central URL [--json]
     tpm-station-cli sync status --db RUTA [--json]</translation>
    </message>
    <message>
        <source>sync needs --central: the factory database&apos;s connection string.</source>
        <translation>sync necesita --central: la cadena de conexión de la base de datos de la fábrica.</translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to 1000000.</source>
        <translation>--batch-size espera un número de 1 a 1000000.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init --central URL [--json]</source>
        <translation>Uso: tpm-station-cli central init --central URL [--json]</translation>
    </message>
    <message>
        <source>The factory database %1 already has schema version %2.</source>
        <translation>La base de datos de la fábrica %1 ya tiene la versión de esquema %2.</translation>
    </message>
    <message>
        <source>The factory database %1 is at schema version %2 (was %3).</source>
        <translation>La base de datos de la fábrica %1 está ahora en la versión de esquema %2 (antes %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) checked, %1 verified.</source>
        <translation>
            <numerusform>%n punto de control comprobado, %1 verificados.</numerusform>
            <numerusform>%n puntos de control comprobados, %1 verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) of the factory are not verified.</source>
        <translation>
            <numerusform>%n punto de control de la fábrica no está verificado.</numerusform>
            <numerusform>%n puntos de control de la fábrica no están verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</source>
        <translation>Uso: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</translation>
    </message>
    <message>
        <source>Pin a station&apos;s checkpoint key in the factory database (the key &apos;tpm-station-cli audit public-key&apos; writes), once per station; needs the factory database&apos;s owner.</source>
        <translation>Fijar la clave de punto de control de una estación en la base de datos de la fábrica (la clave que escribe &apos;tpm-station-cli audit public-key&apos;), una vez por estación; requiere el propietario de la base de datos de la fábrica.</translation>
    </message>
    <message>
        <source>The station&apos;s ID.</source>
        <translation>El ID de la estación.</translation>
    </message>
    <message>
        <source>The station&apos;s public key (PEM).</source>
        <translation>La clave pública de la estación (PEM).</translation>
    </message>
    <message>
        <source>Station %1: checkpoint key %2 pinned.</source>
        <translation>Estación %1: clave de punto de control %2 fijada.</translation>
    </message>
    <message>
        <source>Verify the signed checkpoints the stations sent to the factory database against their pinned keys and the central chain, and record the verdicts (role tps_verifier).</source>
        <translation>Verificar los puntos de control firmados que las estaciones enviaron a la base de datos de la fábrica contra sus claves fijadas y la cadena central, y registrar los veredictos (rol tps_verifier).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central verify --central URL [--json]</source>
        <translation>Uso: tpm-station-cli central verify --central URL [--json]</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init|pin|verify --central URL … [--json]</source>
        <translation>Uso: tpm-station-cli central init|pin|verify --central URL … [--json]</translation>
    </message>
    <message>
        <source>Create or migrate the factory database&apos;s schema and its roles tps_relay (insert only), tps_auditor (read only), tps_exporter (central exports) and tps_verifier (checkpoint verdicts).</source>
        <translation>Crear o migrar el esquema de la base de datos de la fábrica y sus roles tps_relay (solo inserción), tps_auditor (solo lectura), tps_exporter (exportaciones centrales) y tps_verifier (veredictos de puntos de control).</translation>
    </message>
</context>
<context>
    <name>TakeOwnership</name>
    <message>
        <source>This TPM is already owned: its %1 authorization was set by someone else. The station does not force it. A supervisor can clear the TPM (rework) where the platform hierarchy or the escrowed lockout authorization allows.</source>
        <translation>Este TPM ya tiene propietario: otra persona estableció su autorización de %1. La estación no la fuerza. Un supervisor puede borrar el TPM (retrabajo) si la jerarquía de plataforma o la autorización de bloqueo en custodia lo permiten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>Falló el generador de números aleatorios.</translation>
    </message>
    <message>
        <source>The endorsement authorization is set but the owner authorization is not: the station cannot check the EK. Order a rework (clear) of this TPM.</source>
        <translation>La autorización de aprobación está establecida pero la de propietario no: la estación no puede comprobar el EK. Ordene un retrabajo (borrado) de este TPM.</translation>
    </message>
    <message>
        <source>The owner authorization is set but no SRK of the Provisioning Guidance template is persisted at 0x81000001. Order a rework (clear) of this TPM.</source>
        <translation>La autorización de propietario está establecida, pero no hay ningún SRK de la plantilla de Provisioning Guidance persistido en 0x81000001. Ordene un retrabajo (borrado) de este TPM.</translation>
    </message>
    <message>
        <source>The owner authorization is set but no EK is persisted at 0x81010001. Order a rework (clear) of this TPM.</source>
        <translation>La autorización de propietario está establecida, pero no hay ningún EK persistido en 0x81010001. Ordene un retrabajo (borrado) de este TPM.</translation>
    </message>
    <message>
        <source>The EK persisted at 0x81010001 does not match the EK certificate, and the owner authorization is already set. Order a rework (clear) of this TPM.</source>
        <translation>El EK persistido en 0x81010001 no coincide con el certificado EK y la autorización de propietario ya está establecida. Ordene un retrabajo (borrado) de este TPM.</translation>
    </message>
    <message>
        <source>The escrow record could not be saved; no authorization of the TPM was changed. %1</source>
        <translation>No se pudo guardar el registro de custodia; no se modificó ninguna autorización del TPM. %1</translation>
    </message>
    <message>
        <source>The TPM is owned and its secrets are escrowed, but the escrow record could not be marked applied: %1 Run the step again.</source>
        <translation>El TPM tiene propietario y sus secretos están en custodia, pero el registro de custodia no se pudo marcar como aplicado: %1 Vuelva a ejecutar el paso.</translation>
    </message>
    <message>
        <source>TPM2_Clear is disabled on this TPM; only the platform hierarchy can enable it again.</source>
        <translation>TPM2_Clear está desactivado en este TPM; solo la jerarquía de plataforma puede volver a activarlo.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>TPM installed</source>
        <translation>TPM instalado</translation>
    </message>
    <message>
        <source>EK_pub extracted</source>
        <translation>EK_pub extraído</translation>
    </message>
    <message>
        <source>Ownership taken</source>
        <translation>Propiedad tomada</translation>
    </message>
    <message>
        <source>Firmware flashed</source>
        <translation>Firmware grabado</translation>
    </message>
    <message>
        <source>QA check</source>
        <translation>Control de QA</translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message>
        <source>The TPM deadline &quot;%1&quot; is not a command class; use one of %2.</source>
        <translation>El plazo del TPM &quot;%1&quot; no es una clase de comando; use una de %2.</translation>
    </message>
    <message>
        <source>The TPM deadline for %1 must be whole milliseconds from 100 to 3,600,000.</source>
        <translation>El plazo del TPM para %1 debe ser un número entero de milisegundos entre 100 y 3.600.000.</translation>
    </message>
</context>
<context>
    <name>TpmCommand</name>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>Cadena del fabricante</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>level %1, revision %2, %3 day %4</source>
        <translation>nivel %1, revisión %2, %3 día %4</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>Búfer NV</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli tpm info [--tcti T] [--json]</source>
        <translation>Uso: tpm-station-cli tpm info [--tcti T] [--json]</translation>
    </message>
    <message>
        <source>Identify a TPM: family, manufacturer, vendor strings, firmware.</source>
        <translation>Identificar un TPM: familia, fabricante, cadenas del fabricante, firmware.</translation>
    </message>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI, p. ej. swtpm:host=127.0.0.1,port=2321 (predeterminado: TPM2TOOLS_TCTI; si no, device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM connection setting is not valid. Ask a supervisor to check the socket&apos;s TCTI configuration.</source>
        <translation>La configuración de conexión al TPM no es válida. Pida a un supervisor que compruebe la configuración TCTI del zócalo.</translation>
    </message>
    <message>
        <source>No TPM answers at this socket. Check that the device is seated and powered, then scan it again.</source>
        <translation>Ningún TPM responde en este zócalo. Compruebe que el dispositivo está bien colocado y alimentado, y vuelva a escanearlo.</translation>
    </message>
    <message>
        <source>The TPM stopped answering. Re-seat the device, power-cycle it and scan it again.</source>
        <translation>El TPM dejó de responder. Vuelva a colocar el dispositivo, apáguelo y enciéndalo, y vuelva a escanearlo.</translation>
    </message>
    <message>
        <source>This device carries a TPM 1.2 or no TPM 2.0 at all. It cannot be provisioned: set it aside for rework.</source>
        <translation>Este dispositivo lleva un TPM 1.2 o ningún TPM 2.0. No se puede aprovisionar: apártelo para retrabajo.</translation>
    </message>
    <message>
        <source>The TPM is in failure mode. Power-cycle the device; if it happens again, set the device aside as defective.</source>
        <translation>El TPM está en modo de fallo. Apague y encienda el dispositivo; si vuelve a ocurrir, aparte el dispositivo como defectuoso.</translation>
    </message>
    <message>
        <source>The connection to the TPM was lost during a command. Check the fixture contacts, re-seat the device and scan it again.</source>
        <translation>Se perdió la conexión con el TPM durante un comando. Compruebe los contactos del utillaje, vuelva a colocar el dispositivo y vuelva a escanearlo.</translation>
    </message>
    <message>
        <source>The TPM refused the authorization. The device may already be owned: call a supervisor.</source>
        <translation>El TPM rechazó la autorización. Puede que el dispositivo ya tenga propietario: llame a un supervisor.</translation>
    </message>
    <message>
        <source>The TPM is locked out after too many failed authorizations. Call a supervisor; do not retry.</source>
        <translation>El TPM está bloqueado tras demasiadas autorizaciones fallidas. Llame a un supervisor; no lo reintente.</translation>
    </message>
    <message>
        <source>The TPM ran out of object memory. Power-cycle the device and scan it again.</source>
        <translation>El TPM se quedó sin memoria de objetos. Apague y encienda el dispositivo y vuelva a escanearlo.</translation>
    </message>
    <message>
        <source>An object the step needs is missing on the TPM.</source>
        <translation>Falta en el TPM un objeto que el paso necesita.</translation>
    </message>
    <message>
        <source>The TPM does not support what this product requires. Check the product profile.</source>
        <translation>El TPM no admite lo que exige este producto. Compruebe el perfil de producto.</translation>
    </message>
    <message>
        <source>The TPM command was cancelled.</source>
        <translation>Se canceló el comando del TPM.</translation>
    </message>
    <message>
        <source>The TPM returned an unexpected error (%1). Call a supervisor.</source>
        <translation>El TPM devolvió un error inesperado (%1). Llame a un supervisor.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Slot key database: %1</source>
        <translation>Base de datos de claves de ranura: %1</translation>
    </message>
    <message>
        <source>Warning: STATION_PASSWORD is deprecated (other processes of the same user can read it in /proc/PID/environ); give the password with --password-fd N.</source>
        <translation>Advertencia: STATION_PASSWORD está obsoleto (otros procesos del mismo usuario pueden leerlo en /proc/PID/environ); indique la contraseña con --password-fd N.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation>%1 no contiene ningún certificado (se espera PEM, DER o PKCS#7).</translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; expired on %3; an expired root is not imported. Ask the TPM vendor for its current root.</source>
        <translation>%1: la raíz &apos;%2&apos; caducó el %3; una raíz caducada no se importa. Pida al fabricante del TPM su raíz actual.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>No se importó nada:
%1</translation>
    </message>
    <message>
        <source>Importing into the trust store needs a reason.</source>
        <translation>Para importar en el trust store se necesita un motivo.</translation>
    </message>
    <message>
        <source>Removing a CA from the trust store needs a reason.</source>
        <translation>Para eliminar una CA del trust store se necesita un motivo.</translation>
    </message>
    <message>
        <source>Name the CA by its SHA-256 fingerprint (at least 8 hex digits).</source>
        <translation>Indique la CA por su huella SHA-256 (al menos 8 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>No CA with fingerprint %1 is in the trust store.</source>
        <translation>No hay ninguna CA con la huella %1 en el trust store.</translation>
    </message>
    <message numerus="yes">
        <source>%n CAs in the trust store begin with %1: give more of the fingerprint.</source>
        <translation>
            <numerusform>%n CA del trust store empieza por %1: indique más caracteres de la huella.</numerusform>
            <numerusform>%n CA del trust store empiezan por %1: indique más caracteres de la huella.</numerusform>
        </translation>
    </message>
    <message>
        <source>trust store (%1, imported from %2)</source>
        <translation>trust store (%1, importado de %2)</translation>
    </message>
</context>
<context>
    <name>UploadResultImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Which bulk operation is %1 the result of? Name it bulk-NNNN-result.json or give --operation N.</source>
        <translation>¿De qué operación masiva es resultado %1? Llámelo bulk-NNNN-result.json o indique --operation N.</translation>
    </message>
    <message>
        <source>The upload result is not a JSON object (%1).</source>
        <translation>El resultado de la carga no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>The upload result has no boolean isSuccessful: not a DPS bulk result.</source>
        <translation>El resultado de la carga no tiene el booleano isSuccessful: no es un resultado masivo de DPS.</translation>
    </message>
    <message>
        <source>The upload result&apos;s errors is not a list.</source>
        <translation>El campo errors del resultado de la carga no es una lista.</translation>
    </message>
    <message>
        <source>The bulk operation number must be 1 or more.</source>
        <translation>El número de la operación masiva debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>No existe el lote &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Batch %1 has no bulk operation %2.</source>
        <translation>El lote %1 no tiene la operación masiva %2.</translation>
    </message>
    <message>
        <source>An error entry of the upload result has no registrationId.</source>
        <translation>Una entrada de error del resultado de la carga no tiene registrationId.</translation>
    </message>
    <message>
        <source>The upload result names %1, which is not in bulk operation %2 of batch %3.</source>
        <translation>El resultado de la carga indica %1, que no está en la operación masiva %2 del lote %3.</translation>
    </message>
    <message>
        <source>The upload result says it failed but names no device: nothing can be marked. Check the operation in the DPS service.</source>
        <translation>El resultado de la carga indica un fallo pero no nombra ningún dispositivo: no se puede marcar nada. Compruebe la operación en el servicio DPS.</translation>
    </message>
    <message>
        <source>%1 is larger than an upload result can be (%2 KiB); it was not read.</source>
        <translation>%1 es mayor de lo que puede ser un resultado de carga (%2 KiB); no se ha leído.</translation>
    </message>
    <message>
        <source>The result file is not next to its batch&apos;s manifest.json: keep it in the batch&apos;s export directory, or name the batch (--batch UUID).</source>
        <translation>El archivo de resultado no está junto al manifest.json de su lote: guárdelo en el directorio de exportación del lote o indique el lote (--batch UUID).</translation>
    </message>
    <message>
        <source>%1 is not the manifest of a DPS enrollment batch.</source>
        <translation>%1 no es el manifiesto de un lote de inscripción DPS.</translation>
    </message>
    <message>
        <source>Batch %1 (its manifest %2) has no bulk operation %3.</source>
        <translation>El lote %1 (su manifiesto %2) no tiene ninguna operación masiva %3.</translation>
    </message>
    <message>
        <source>The result file belongs to batch %1 (the manifest next to it), not to batch %2.</source>
        <translation>El archivo de resultado pertenece al lote %1 (el manifiesto junto a él), no al lote %2.</translation>
    </message>
    <message numerus="yes">
        <source>A registration ID in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Un ID de registro del resultado de carga tiene más de %n carácter.</numerusform>
            <numerusform>Un ID de registro del resultado de carga tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error code in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Un código de error del resultado de carga tiene más de %n carácter.</numerusform>
            <numerusform>Un código de error del resultado de carga tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error status in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Un estado de error del resultado de carga tiene más de %n carácter.</numerusform>
            <numerusform>Un estado de error del resultado de carga tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload result</source>
        <translation>El resultado de carga</translation>
    </message>
    <message>
        <source>Which batch is this upload result of? Name the batch (--batch UUID).</source>
        <translation>¿De qué lote es este resultado de carga? Indique el lote (--batch UUID).</translation>
    </message>
    <message numerus="yes">
        <source>%n batches are named &apos;%1&apos;: name the batch by its UUID.</source>
        <translation>
            <numerusform>%n lote se llama &apos;%1&apos;: indique el lote por su UUID.</numerusform>
            <numerusform>%n lotes se llaman &apos;%1&apos;: indique el lote por su UUID.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest next to the result file is not the one batch %1 was exported with (its SHA-256 differs).</source>
        <translation>El manifiesto junto al archivo de resultado no es aquel con el que se exportó el lote %1 (su SHA-256 difiere).</translation>
    </message>
    <message>
        <source>The upload result lists more errors than bulk operation %1 has devices.</source>
        <translation>El resultado de carga enumera más errores que dispositivos tiene la operación masiva %1.</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Revisión de git</translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation>desconocida (no compilado desde un checkout de git)</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Fecha de compilación</translation>
    </message>
    <message>
        <source>%1 (as built; the library reports no version at run time)</source>
        <translation>%1 (según la compilación; la biblioteca no informa de ninguna versión en tiempo de ejecución)</translation>
    </message>
</context>
<context>
    <name>ZplLabel</name>
    <message>
        <source>The label printer %1:%2 does not answer: %3</source>
        <translation>La impresora de etiquetas %1:%2 no responde: %3</translation>
    </message>
    <message>
        <source>Sending the label to %1:%2 failed: %3</source>
        <translation>Falló el envío de la etiqueta a %1:%2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No device with serial %1.</source>
        <translation>No hay ningún dispositivo con el número de serie %1.</translation>
    </message>
    <message>
        <source>Serial %1 exists for several products: choose one with --product.</source>
        <translation>El número de serie %1 existe para varios productos: elija uno con --product.</translation>
    </message>
    <message>
        <source>Device %1 has no registration ID yet (step 2 has not passed).</source>
        <translation>El dispositivo %1 aún no tiene ID de registro (el paso 2 no se ha superado).</translation>
    </message>
    <message>
        <source>A printer address is tcp://HOST:PORT (e.g. tcp://10.0.0.5:9100), not &apos;%1&apos;.</source>
        <translation>Una dirección de impresora es tcp://HOST:PUERTO (p. ej. tcp://10.0.0.5:9100), no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown printer &apos;%1&apos;: use tcp://HOST:PORT or a file.</source>
        <translation>Impresora desconocida &apos;%1&apos;: use tcp://HOST:PUERTO o un archivo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>Estación de aprovisionamiento de TPM</translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation>Abriendo la base de datos de la estación…</translation>
    </message>
    <message>
        <source>Admin passphrase of the station key:</source>
        <translation>Frase de contraseña de administrador de la clave de la estación:</translation>
    </message>
</context>
<context>
    <name>tps::gui::AboutDialog</name>
    <message>
        <source>About TPM Provisioning Station</source>
        <translation>Acerca de TPM Provisioning Station</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Provisions TPM 2.0 devices on the factory line and keeps a tamper-evident audit trail.</source>
        <translation>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Aprovisiona dispositivos TPM 2.0 en la línea de fabricación y mantiene un registro de auditoría a prueba de manipulaciones.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About TPM Provisioning Station…</source>
        <translation>&amp;Acerca de TPM Provisioning Station…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditExportPanel</name>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Desde (UTC):</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Hasta (UTC):</translation>
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
        <translation>Informe &amp;PDF</translation>
    </message>
    <message>
        <source>E&amp;xport audit events</source>
        <translation>E&amp;xportar eventos de auditoría</translation>
    </message>
    <message>
        <source>The audit events of a period, a device or a batch, with every field, the chain verdict and the last checkpoint, in a signed folder. Exporting is itself audited.</source>
        <translation>Los eventos de auditoría de un periodo, un dispositivo o un lote, con todos los campos, el veredicto de la cadena y el último punto de control, en una carpeta firmada. La propia exportación queda auditada.</translation>
    </message>
    <message>
        <source>Only this device (optional)</source>
        <translation>Solo este dispositivo (opcional)</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>N.º de &amp;serie del dispositivo:</translation>
    </message>
    <message>
        <source>Only this batch and its devices: UUID or name (optional)</source>
        <translation>Solo este lote y sus dispositivos: UUID o nombre (opcional)</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de s&amp;alida:</translation>
    </message>
    <message>
        <source>Output folder for the audit export</source>
        <translation>Carpeta de salida para la exportación de auditoría</translation>
    </message>
    <message>
        <source>Sign in first: the export records who made it.</source>
        <translation>Inicie sesión primero: la exportación registra quién la hizo.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Elija una carpeta de salida.</translation>
    </message>
    <message>
        <source>Choose at least one format: CSV, JSON or PDF.</source>
        <translation>Elija al menos un formato: CSV, JSON o PDF.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose a device or a batch, not both.</source>
        <translation>Elija un dispositivo o un lote, no ambos.</translation>
    </message>
    <message>
        <source>Exporting and verifying the audit chain…</source>
        <translation>Exportando y verificando la cadena de auditoría…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written…</source>
        <translation>
            <numerusform>%n evento de auditoría escrito…</numerusform>
            <numerusform>%n eventos de auditoría escritos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the verification, the report and the signed manifest…</source>
        <translation>Escribiendo la verificación, el informe y el manifiesto firmado…</translation>
    </message>
    <message>
        <source>The audit export failed; nothing was written: %1</source>
        <translation>Falló la exportación de auditoría; no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>Cadena íntegra: %1</translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation>CADENA ROTA: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported</source>
        <translation>
            <numerusform>%n evento de auditoría exportado</numerusform>
            <numerusform>%n eventos de auditoría exportados</numerusform>
        </translation>
    </message>
    <message>
        <source> (seq %1..%2)</source>
        <translation> (sec. %1..%2)</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>Firma del manifiesto (CMS): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditView</name>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Serial (empty: every event)</source>
        <translation>N.º de serie (vacío: todos los eventos)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Verify checks every event&apos;s hash chain and the signed checkpoints.</source>
        <translation>La verificación comprueba la cadena de hashes de cada evento y los puntos de control firmados.</translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation>No se pudo ejecutar la verificación: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ INTACT — %n event(s) verified; signed checkpoints: %1, the last at event %2 (%3 s).</source>
        <translation>
            <numerusform>✔ ÍNTEGRO — %n evento verificado; puntos de control firmados: %1, el último en el evento %2 (%3 s).</numerusform>
            <numerusform>✔ ÍNTEGRO — %n eventos verificados; puntos de control firmados: %1, el último en el evento %2 (%3 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ TAMPERED — %1 (%2 at event %3)</source>
        <translation>✘ MANIPULADO — %1 (%2 en el evento %3)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>tps::gui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Top failure causes</source>
        <translation>Causas de fallo más frecuentes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Cannot read the station database: %1</source>
        <translation>No se puede leer la base de datos de la estación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours.</source>
        <translation>
            <numerusform>%n dispositivo completado en las últimas 24 horas.</numerusform>
            <numerusform>%n dispositivos completados en las últimas 24 horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation>Rendimiento a la primera (%)</translation>
    </message>
    <message>
        <source>Step %1 (%2/%3)</source>
        <translation>Paso %1 (%2/%3)</translation>
    </message>
    <message>
        <source>First-pass yield per step</source>
        <translation>Rendimiento a la primera por paso</translation>
    </message>
    <message>
        <source>Devices completed</source>
        <translation>Dispositivos completados</translation>
    </message>
    <message>
        <source>Throughput per hour (UTC, last 24 h)</source>
        <translation>Producción por hora (UTC, últimas 24 h)</translation>
    </message>
    <message>
        <source>No failures recorded.</source>
        <translation>No hay fallos registrados.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Esta estación</translation>
    </message>
    <message>
        <source>Factory database (all stations)</source>
        <translation>Base de datos de fábrica (todas las estaciones)</translation>
    </message>
    <message>
        <source>Cannot read the factory database: %1</source>
        <translation>No se puede leer la base de datos de fábrica: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours at all stations.</source>
        <translation>
            <numerusform>%n dispositivo completado en las últimas 24 horas en todas las estaciones.</numerusform>
            <numerusform>%n dispositivos completados en las últimas 24 horas en todas las estaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DeviceDetailDialog</name>
    <message>
        <source>Device detail</source>
        <translation>Detalle del dispositivo</translation>
    </message>
    <message>
        <source>Step / item</source>
        <translation>Paso / elemento</translation>
    </message>
    <message>
        <source>Outcome / value</source>
        <translation>Resultado / valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Registrado (UTC)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reading the device…</source>
        <translation>Leyendo el dispositivo…</translation>
    </message>
    <message>
        <source>Cannot read the device: %1</source>
        <translation>No se puede leer el dispositivo: %1</translation>
    </message>
    <message>
        <source>The device is not in the database.</source>
        <translation>El dispositivo no está en la base de datos.</translation>
    </message>
    <message>
        <source>%1 — product %2 — %3
UUID %4, first seen %5%6</source>
        <translation>%1 — producto %2 — %3
UUID %4, visto por primera vez %5%6</translation>
    </message>
    <message>
        <source>SIMULATED device</source>
        <translation>Dispositivo SIMULADO</translation>
    </message>
    <message>
        <source>production device</source>
        <translation>dispositivo de producción</translation>
    </message>
    <message>
        <source>, registration ID %1</source>
        <translation>, ID de registro %1</translation>
    </message>
    <message>
        <source>The device&apos;s records cannot be read.</source>
        <translation>No se pueden leer los registros del dispositivo.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>TPM slot</source>
        <translation>Ranura TPM</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>Índice NV</translation>
    </message>
    <message>
        <source>Key handle</source>
        <translation>Identificador de clave</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>TPM slots</source>
        <translation>Ranuras TPM</translation>
    </message>
    <message>
        <source>%1 (attempt %2%3)</source>
        <translation>%1 (intento %2%3)</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>, nueva comprobación</translation>
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
        <translation>medición, veredicto %1</translation>
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
        <translation>artefacto %1, SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesModel</name>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULADO</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>Producto / lote</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Visto por primera vez (UTC)</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesView</name>
    <message>
        <source>Serial contains…</source>
        <translation>N.º de serie contiene…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>Producto / lote</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>N.º de &amp;serie:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Etiqueta…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded%1</source>
        <translation>
            <numerusform>%n dispositivo cargado%1</numerusform>
            <numerusform>%n dispositivos cargados%1</numerusform>
        </translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — desplácese para ver más</translation>
    </message>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation>No se pueden leer los dispositivos: %1</translation>
    </message>
</context>
<context>
    <name>tps::gui::DpsExportWizard</name>
    <message>
        <source>DPS enrollment batch — options</source>
        <translation>Lote de inscripciones DPS — opciones</translation>
    </message>
    <message>
        <source>The devices that passed QA go into a signed batch of DPS bulk enrollment files for upload from outside the factory.</source>
        <translation>Los dispositivos que superaron QA pasan a un lote firmado de archivos de inscripción masiva de DPS para cargarlo desde fuera de la fábrica.</translation>
    </message>
    <message>
        <source>batch-&lt;UTC time&gt; when empty</source>
        <translation>batch-&lt;hora UTC&gt; si está vacío</translation>
    </message>
    <message>
        <source>Batch na&amp;me:</source>
        <translation>Nombre del &amp;lote:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de s&amp;alida:</translation>
    </message>
    <message>
        <source>Output folder for the DPS batch</source>
        <translation>Carpeta de salida para el lote de DPS</translation>
    </message>
    <message>
        <source>DPS enrollment batch — what will be exported</source>
        <translation>Lote de inscripciones DPS — qué se exportará</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Iniciar exportación</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>DPS enrollment batch — export</source>
        <translation>Lote de inscripciones DPS — exportación</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>&amp;Nuevo lote</translation>
    </message>
    <message>
        <source>Allow &amp;simulated devices</source>
        <translation>&amp;Permitir dispositivos simulados</translation>
    </message>
    <message>
        <source>&amp;Re-export devices already in a batch</source>
        <translation>&amp;Reexportar dispositivos que ya están en un lote</translation>
    </message>
    <message>
        <source>WARNING: SIMULATED devices will be exported. The files mark them (the tag and the CSV column &quot;simulated&quot;, the manifest&apos;s batch) — such a batch must never be uploaded to a production DPS.</source>
        <translation>ADVERTENCIA: se exportarán dispositivos SIMULADOS. Los archivos los marcan (la etiqueta y la columna CSV &quot;simulated&quot;, el lote del manifiesto): un lote así nunca debe cargarse en un DPS de producción.</translation>
    </message>
    <message>
        <source>Sign in first: the batch records who exported it.</source>
        <translation>Inicie sesión primero: el lote registra quién lo exportó.</translation>
    </message>
    <message>
        <source>The product profile is a production profile: simulated devices are never exported from it.</source>
        <translation>El perfil de producto es un perfil de producción: nunca se exportan dispositivos simulados desde él.</translation>
    </message>
    <message>
        <source>The product profile&apos;s DPS settings are not valid: %1</source>
        <translation>La configuración de DPS del perfil de producto no es válida: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The output folder %1 is not empty: choose a new or empty folder.</source>
        <translation>La carpeta de salida %1 no está vacía: elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>El nombre de un lote es una línea de 128 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Counting the devices that passed QA…</source>
        <translation>Contando los dispositivos que superaron QA…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n dispositivo)</numerusform>
            <numerusform>%1 (%n dispositivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices cannot be counted: %1</source>
        <translation>No se pueden contar los dispositivos: %1</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch: nothing to export.</source>
        <translation>Ningún dispositivo que haya superado QA está esperando un lote: no hay nada que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of product %1 will be exported into %2.</source>
        <translation>
            <numerusform>Se exportará %n dispositivo del producto %1 a %2.</numerusform>
            <numerusform>Se exportarán %n dispositivos del producto %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated devices are included, marked &quot;simulated&quot; in the files.</source>
        <translation>Se incluyen dispositivos simulados, marcados como &quot;simulated&quot; en los archivos.</translation>
    </message>
    <message>
        <source>Simulated devices are left out.</source>
        <translation>Se omiten los dispositivos simulados.</translation>
    </message>
    <message numerus="yes">
        <source>Devices of %n product(s) are waiting: one batch holds one product.</source>
        <translation>
            <numerusform>Hay dispositivos de %n producto esperando: un lote contiene un solo producto.</numerusform>
            <numerusform>Hay dispositivos de %n productos esperando: un lote contiene un solo producto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) stay out (simulated devices not allowed).</source>
        <translation>
            <numerusform>%n dispositivo simulado queda fuera (dispositivos simulados no permitidos).</numerusform>
            <numerusform>%n dispositivos simulados quedan fuera (dispositivos simulados no permitidos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) already in a batch stay out (no re-export).</source>
        <translation>
            <numerusform>%n dispositivo que ya está en un lote queda fuera (sin reexportación).</numerusform>
            <numerusform>%n dispositivos que ya están en un lote quedan fuera (sin reexportación).</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices whose EK DPS cannot take (e.g. ECC) are left out and listed.</source>
        <translation>Los dispositivos cuyo EK no admite DPS (p. ej. ECC) se omiten y se enumeran.</translation>
    </message>
    <message>
        <source>Exporting… the station stays usable meanwhile.</source>
        <translation>Exportando… mientras tanto, la estación sigue utilizable.</translation>
    </message>
    <message>
        <source>The export failed. Nothing was recorded and no batch was made.</source>
        <translation>Falló la exportación. No se registró nada ni se creó ningún lote.</translation>
    </message>
    <message>
        <source>Batch exported — it holds SIMULATED devices.</source>
        <translation>Lote exportado: contiene dispositivos SIMULADOS.</translation>
    </message>
    <message>
        <source>Batch exported.</source>
        <translation>Lote exportado.</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Lote: %1</translation>
    </message>
    <message>
        <source>Batch UUID: %1</source>
        <translation>UUID del lote: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported</source>
        <translation>
            <numerusform>%n dispositivo exportado</numerusform>
            <numerusform>%n dispositivos exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s) (at most 10 enrollments each)</source>
        <translation>
            <numerusform>%n operación masiva (como máximo 10 inscripciones cada una)</numerusform>
            <numerusform>%n operaciones masivas (como máximo 10 inscripciones cada una)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left out:</source>
        <translation>
            <numerusform>%n dispositivo omitido:</numerusform>
            <numerusform>%n dispositivos omitidos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out.</source>
        <translation>
            <numerusform>%n dispositivo simulado omitido.</numerusform>
            <numerusform>%n dispositivos simulados omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifiesto: %1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>Firma del manifiesto (CMS): %1</translation>
    </message>
    <message>
        <source>Signing certificate SHA-256: %1</source>
        <translation>SHA-256 del certificado de firma: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) written…</source>
        <translation>
            <numerusform>%1 de %n dispositivo escritos…</numerusform>
            <numerusform>%1 de %n dispositivos escritos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ExportsPage</name>
    <message>
        <source>&amp;DPS enrollment batch</source>
        <translation>Lote de inscripciones &amp;DPS</translation>
    </message>
    <message>
        <source>&amp;Audit export</source>
        <translation>Exportación de &amp;auditoría</translation>
    </message>
    <message>
        <source>Up&amp;load result</source>
        <translation>Resultado de &amp;carga</translation>
    </message>
    <message>
        <source>DPS enrollment batches and upload results are made by supervisors and administrators.</source>
        <translation>Los lotes de inscripciones DPS y los resultados de carga los crean supervisores y administradores.</translation>
    </message>
</context>
<context>
    <name>tps::gui::FirstRunDialog</name>
    <message>
        <source>Welcome — set up this station</source>
        <translation>Bienvenido: configure esta estación</translation>
    </message>
    <message>
        <source>This station has no operator yet. Create its first administrator: they sign in at once and can add the other operators later (tpm-station-cli operator add).</source>
        <translation>Esta estación aún no tiene ningún operador. Cree su primer administrador: iniciará sesión de inmediato y podrá añadir los demás operadores más tarde (tpm-station-cli operator add).</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>&amp;ID de operador:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Contraseña o PIN:</translation>
    </message>
    <message>
        <source>P&amp;assword again:</source>
        <translation>Contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>Letters, digits, . _ - (up to 64)</source>
        <translation>Letras, dígitos, . _ - (hasta 64)</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>&amp;Crear administrador e iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas difieren. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Creando el administrador…</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetModel</name>
    <message>
        <source> (simulated)</source>
        <translation> (simulado)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Identifying…</source>
        <translation>Identificando…</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>rev %1, %2</source>
        <translation>rev. %1, %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>TCTI</source>
        <translation>TCTI</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>Cadena del fabricante</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>Búfer NV</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetWorker</name>
    <message>
        <source>Preparing the simulated fleet in %1…</source>
        <translation>Preparando la flota simulada en %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) ready.</source>
        <translation>
            <numerusform>%n dispositivo simulado listo.</numerusform>
            <numerusform>%n dispositivos simulados listos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::LabelPreviewDialog</name>
    <message>
        <source>The label preview cannot be drawn.</source>
        <translation>No se puede dibujar la vista previa de la etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>&amp;Save PNG…</source>
        <translation>&amp;Guardar PNG…</translation>
    </message>
    <message>
        <source>Label — %1</source>
        <translation>Etiqueta — %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation>Leyendo la etiqueta…</translation>
    </message>
    <message>
        <source>No label printer is configured (Settings → Label printer address).</source>
        <translation>No hay ninguna impresora de etiquetas configurada (Configuración → Dirección de la impresora de etiquetas).</translation>
    </message>
    <message>
        <source>Send the label to %1</source>
        <translation>Enviar la etiqueta a %1</translation>
    </message>
    <message>
        <source>Save the label preview</source>
        <translation>Guardar la vista previa de la etiqueta</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>Etiqueta de %1 enviada a %2.</translation>
    </message>
    <message>
        <source>The label was not printed: %1</source>
        <translation>No se imprimió la etiqueta: %1</translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Sin etiqueta: %1</translation>
    </message>
    <message>
        <source>Registration ID %1. No label printer is configured: set its address in Settings.</source>
        <translation>ID de registro %1. No hay ninguna impresora de etiquetas configurada: indique su dirección en Configuración.</translation>
    </message>
    <message>
        <source>Registration ID %1. Printer: %2</source>
        <translation>ID de registro %1. Impresora: %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>No label to save.</source>
        <translation>No hay ninguna etiqueta que guardar.</translation>
    </message>
    <message>
        <source>Preview saved to %1.</source>
        <translation>Vista previa guardada en %1.</translation>
    </message>
</context>
<context>
    <name>tps::gui::LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>tps::gui::LoginDialog</name>
    <message>
        <source>Sign i&amp;n</source>
        <translation>Iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM Provisioning Station</translation>
    </message>
    <message>
        <source>SIMULATION STATION — simulated devices only</source>
        <translation>ESTACIÓN DE SIMULACIÓN — solo dispositivos simulados</translation>
    </message>
    <message>
        <source>Scan your badge or type your operator ID</source>
        <translation>Escanee su tarjeta o escriba su ID de operador</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>ID de &amp;operador:</translation>
    </message>
    <message>
        <source>&amp;PIN / password:</source>
        <translation>&amp;PIN / contraseña:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Enter your operator ID and your PIN or password.</source>
        <translation>Introduzca su ID de operador y su PIN o contraseña.</translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station — SIMULATION</source>
        <translation>TPM Provisioning Station — SIMULACIÓN</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>Estación de aprovisionamiento de TPM</translation>
    </message>
    <message>
        <source>SIMULATION — simulated TPMs, not production parts. Nothing made here may ship.</source>
        <translation>SIMULACIÓN — TPM simulados, no piezas de producción. Nada de lo que se haga aquí puede enviarse.</translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos de la estación: %1</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>&amp;Estación</translation>
    </message>
    <message>
        <source>&amp;Lock / sign out</source>
        <translation>&amp;Bloquear / cerrar sesión</translation>
    </message>
    <message>
        <source>Large type / &amp;high contrast</source>
        <translation>Letra grande / alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin actividad. Vuelva a iniciar sesión.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin actividad. Vuelva a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>Flota simulada: %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Rework / override</source>
        <translation>Retrabajo / excepción</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Simulated fleet</source>
        <translation>Flota simulada</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) — %3</source>
        <translation>Sesión iniciada: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Guided &amp;tour of the simulation</source>
        <translation>&amp;Visita guiada de la simulación</translation>
    </message>
    <message>
        <source>Simulation &amp;kit: profile and what is simulated…</source>
        <translation>&amp;Kit de simulación: perfil y qué se simula…</translation>
    </message>
    <message>
        <source>The language cannot change while a device is running. Wait until every socket has finished, then choose it again.</source>
        <translation>El idioma no puede cambiar mientras hay un dispositivo en ejecución. Espere a que todos los zócalos hayan terminado y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Station &amp;mode at start:</source>
        <translation>&amp;Modo de la estación al iniciar:</translation>
    </message>
    <message>
        <source>Lang&amp;uage (yours and this station&apos;s):</source>
        <translation>Idi&amp;oma (el suyo y el de esta estación):</translation>
    </message>
    <message>
        <source>TPM supply</source>
        <translation>Suministro de TPM</translation>
    </message>
    <message>
        <source>%1: %2 The station runs no device until the profile is corrected.</source>
        <translation>%1: %2 La estación no procesa ningún dispositivo hasta que se corrija el perfil.</translation>
    </message>
    <message>
        <source>The sign-out could not be recorded: %1</source>
        <translation>No se pudo registrar el cierre de sesión: %1</translation>
    </message>
    <message>
        <source>Factory database: %1</source>
        <translation>Base de datos de fábrica: %1</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued. Last error (%1): %2</source>
        <translation>
            <numerusform>Base de datos de fábrica: %n registro en cola. Último error (%1): %2</numerusform>
            <numerusform>Base de datos de fábrica: %n registros en cola. Último error (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory database: connecting to %1…</source>
        <translation>Base de datos de fábrica: conectando con %1…</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued, last sent %1</source>
        <translation>
            <numerusform>Base de datos de fábrica: %n registro en cola, último envío %1</numerusform>
            <numerusform>Base de datos de fábrica: %n registros en cola, último envío %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ReworkDialog</name>
    <message>
        <source>Sign and &amp;order rework</source>
        <translation>Firmar y &amp;ordenar retrabajo</translation>
    </message>
    <message>
        <source>Release a device that exhausted its retries for rework. Your electronic signature (ID and password) is recorded with its meaning, the time and your reason, and binds you like a handwritten signature.</source>
        <translation>Liberar para retrabajo un dispositivo que agotó sus reintentos. Su firma electrónica (ID y contraseña) se registra con su significado, la hora y su motivo, y le vincula como una firma manuscrita.</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>N.º de &amp;serie del dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>rework approved</source>
        <translation>retrabajo aprobado</translation>
    </message>
    <message>
        <source>Meaning of the signature:</source>
        <translation>Significado de la firma:</translation>
    </message>
    <message>
        <source>Why the device may be worked again (required)</source>
        <translation>Por qué se puede volver a trabajar el dispositivo (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Supervisor &amp;ID:</source>
        <translation>&amp;ID de supervisor:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Enter the serial of the device to rework.</source>
        <translation>Introduzca el número de serie del dispositivo que se va a retrabajar.</translation>
    </message>
    <message>
        <source>A reason is required for every rework.</source>
        <translation>Todo retrabajo necesita un motivo.</translation>
    </message>
    <message>
        <source>Sign with your supervisor ID and password.</source>
        <translation>Firme con su ID de supervisor y su contraseña.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Comprobando la firma…</translation>
    </message>
    <message>
        <source>✔ Rework of %1 ordered and signed by %2.</source>
        <translation>✔ Retrabajo de %1 ordenado y firmado por %2.</translation>
    </message>
    <message>
        <source>The step that failed</source>
        <translation>El paso que falló</translation>
    </message>
    <message>
        <source>Ownership taken — the TPM was cleared</source>
        <translation>Propiedad tomada: se borró el TPM</translation>
    </message>
    <message>
        <source>A device owned under the earlier rule (owner authorization set) is cleared first with the escrowed lockout authorization (tpm-station-cli ownership clear --lockout-key); it then runs again from the ownership step.</source>
        <translation>Un dispositivo tomado en propiedad con la regla anterior (autorización del propietario establecida) se borra primero con la autorización de bloqueo en custodia (tpm-station-cli ownership clear --lockout-key); después se vuelve a ejecutar desde el paso de propiedad.</translation>
    </message>
    <message>
        <source>Run &amp;again from:</source>
        <translation>Volver a ejecutar &amp;desde:</translation>
    </message>
</context>
<context>
    <name>tps::gui::SettingsDialog</name>
    <message>
        <source>Production profile (refuses simulated devices and shortcuts)</source>
        <translation>Perfil de producción (rechaza dispositivos simulados y atajos)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Product profile: %1</source>
        <translation>Perfil de producto: %1</translation>
    </message>
    <message>
        <source>(none — start the station with --profile FILE)</source>
        <translation>(ninguno — inicie la estación con --profile ARCHIVO)</translation>
    </message>
    <message>
        <source>Product &amp;ID:</source>
        <translation>&amp;ID de producto:</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>&amp;Nombre del producto:</translation>
    </message>
    <message>
        <source>Failed attempts before re&amp;work:</source>
        <translation>Intentos fallidos antes del re&amp;trabajo:</translation>
    </message>
    <message>
        <source>Trusted TPM manufacturer &amp;roots:</source>
        <translation>&amp;Raíces de confianza de fabricantes de TPM:</translation>
    </message>
    <message>
        <source>Directory of the manufacturers&apos; root certificates</source>
        <translation>Directorio de los certificados raíz de los fabricantes</translation>
    </message>
    <message>
        <source>&amp;Escrow certificate:</source>
        <translation>Certificado de &amp;custodia:</translation>
    </message>
    <message>
        <source>The device owner&apos;s X.509 certificate (PEM)</source>
        <translation>El certificado X.509 del propietario del dispositivo (PEM)</translation>
    </message>
    <message>
        <source>&amp;Firmware catalog:</source>
        <translation>Catálogo de &amp;firmware:</translation>
    </message>
    <message>
        <source>Directory of signed releases</source>
        <translation>Directorio de versiones firmadas</translation>
    </message>
    <message>
        <source>Firmware signing public keys (PEM files), one per line</source>
        <translation>Claves públicas de firma de firmware (archivos PEM), una por línea</translation>
    </message>
    <message>
        <source>Firmware si&amp;gning keys:</source>
        <translation>Cla&amp;ves de firma de firmware:</translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation>Á&amp;mbito de ID de DPS:</translation>
    </message>
    <message>
        <source>DPS / IoT hub end&amp;point:</source>
        <translation>Punto de cone&amp;xión de DPS / IoT Hub:</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Esta estación</translation>
    </message>
    <message>
        <source>Socket %1 TCTI:</source>
        <translation>TCTI del zócalo %1:</translation>
    </message>
    <message>
        <source>&amp;Label printer:</source>
        <translation>Impresora de &amp;etiquetas:</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nombre de la impresora</translation>
    </message>
    <message>
        <source>Label printer &amp;address:</source>
        <translation>&amp;Dirección de la impresora de etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Station settings saved. No product profile file is open: start the station with --profile FILE to edit it.</source>
        <translation>Configuración de la estación guardada. No hay ningún archivo de perfil de producto abierto: inicie la estación con --profile ARCHIVO para editarlo.</translation>
    </message>
    <message>
        <source>Cannot write the product profile %1: %2</source>
        <translation>No se puede escribir el perfil de producto %1: %2</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>The product ID may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, starting with a letter or digit (64 at most).</source>
        <translation>El ID de producto solo puede contener letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, empezando por una letra o un dígito (64 como máximo).</translation>
    </message>
    <message>
        <source>Factory data&amp;base:</source>
        <translation>&amp;Base de datos de fábrica:</translation>
    </message>
    <message>
        <source>libpq connection string of the factory database (no password: it comes from ~/.pgpass, PGPASSFILE or PGPASSWORD). Used from the next start.</source>
        <translation>Cadena de conexión libpq de la base de datos de fábrica (sin contraseña: viene de ~/.pgpass, PGPASSFILE o PGPASSWORD). Se usa desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>tps::gui::SimulationInfoDialog</name>
    <message>
        <source>Simulation kit</source>
        <translation>Kit de simulación</translation>
    </message>
    <message>
        <source>Product profile (JSON):</source>
        <translation>Perfil de producto (JSON):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Product:&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;Producto:&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <source>production profile</source>
        <translation>perfil de producción</translation>
    </message>
    <message>
        <source>not a production profile</source>
        <translation>no es un perfil de producción</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n device(s) in %1</source>
        <translation>
            <numerusform>&lt;b&gt;Flota simulada:&lt;/b&gt; %n dispositivo en %1</numerusform>
            <numerusform>&lt;b&gt;Flota simulada:&lt;/b&gt; %n dispositivos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;EK certificates&lt;/b&gt; chain to the fleet&apos;s own CA: %1</source>
        <translation>&lt;b&gt;Los certificados EK&lt;/b&gt; se encadenan a la CA propia de la flota: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escrow certificate&lt;/b&gt; (the simulated customer): %1</source>
        <translation>&lt;b&gt;Certificado de custodia&lt;/b&gt; (el cliente simulado): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware catalog:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Catálogo de firmware:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS ID scope:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ámbito de ID de DPS:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; the TPMs (swtpm processes, one per device), their EK certificates (issued by the fleet&apos;s CA, trusted for simulated devices only), the firmware programmer (writes flash.bin), the customer&apos;s escrow key pair and the firmware-signing key. Devices made here are marked SIMULATED and are never accepted by a production profile.</source>
        <translation>&lt;b&gt;Simulado:&lt;/b&gt; los TPM (procesos swtpm, uno por dispositivo), sus certificados EK (emitidos por la CA de la flota, de confianza solo para dispositivos simulados), el programador de firmware (escribe flash.bin), el par de claves de custodia del cliente y la clave de firma de firmware. Los dispositivos fabricados aquí se marcan como SIMULATED y nunca los acepta un perfil de producción.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real:&lt;/b&gt; the station software, every TPM command it sends, the database and its audit trail, and the exports — exactly as on a production line.</source>
        <translation>&lt;b&gt;Real:&lt;/b&gt; el software de la estación, cada comando TPM que envía, la base de datos y su registro de auditoría, y las exportaciones, exactamente igual que en una línea de producción.</translation>
    </message>
    <message>
        <source>The simulated fleet is not ready yet: its profile file is written once it is.</source>
        <translation>La flota simulada aún no está lista: su archivo de perfil se escribe cuando lo esté.</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2</source>
        <translation>No se puede escribir el archivo de perfil %1: %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::SocketPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Socket %1 — empty</source>
        <translation>Zócalo %1 — vacío</translation>
    </message>
    <message>
        <source>Scan the next device.</source>
        <translation>Escanee el siguiente dispositivo.</translation>
    </message>
    <message>
        <source>Stop this socket&apos;s device at the next TPM command (what was committed stays).</source>
        <translation>Detener el dispositivo de este zócalo en el siguiente comando TPM (lo ya confirmado se conserva).</translation>
    </message>
    <message>
        <source>Working on %1 — leave the device in socket %2.</source>
        <translation>Trabajando en %1 — deje el dispositivo en el zócalo %2.</translation>
    </message>
    <message>
        <source>Confirm (&amp;%1)</source>
        <translation>Confirmar (&amp;%1)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Socket %1 — %2%3</source>
        <translation>Zócalo %1 — %2%3</translation>
    </message>
    <message>
        <source> (SIMULATED)</source>
        <translation> (SIMULADO)</translation>
    </message>
    <message>
        <source>Cancelling — wait for the current TPM command to end.</source>
        <translation>Cancelando — espere a que termine el comando TPM en curso.</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ SUPERADO</translation>
    </message>
    <message>
        <source>%1 is provisioned: take it out.</source>
        <translation>%1 está aprovisionado: retírelo.</translation>
    </message>
    <message>
        <source>■ CANCELLED</source>
        <translation>■ CANCELADO</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FALLIDO</translation>
    </message>
    <message>
        <source> (SIMULATED, %1 TPM timing simulated)</source>
        <translation> (SIMULADO, temporización de TPM %1 simulada)</translation>
    </message>
    <message>
        <source>The TPM is generating a key (this can take up to a minute) — leave %1 in socket %2.</source>
        <translation>El TPM está generando una clave (puede tardar hasta un minuto) — deje %1 en el zócalo %2.</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationModeChooser</name>
    <message>
        <source>Simulation (simulated TPMs, nothing may ship)</source>
        <translation>Simulación (TPM simulados, no se puede enviar nada)</translation>
    </message>
    <message>
        <source>Production (real TPMs in the test sockets)</source>
        <translation>Producción (TPM reales en los zócalos de prueba)</translation>
    </message>
    <message>
        <source>Used when the station starts without --db, --profile or --simulate; a change takes effect at the next start.</source>
        <translation>Se usa cuando la estación se inicia sin --db, --profile ni --simulate; un cambio surte efecto en el siguiente inicio.</translation>
    </message>
    <message>
        <source>%1 This run: %2</source>
        <translation>%1 Esta ejecución: %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationScreen</name>
    <message>
        <source>&amp;Serial:</source>
        <translation>N.º de &amp;serie:</translation>
    </message>
    <message>
        <source>Scan the device&apos;s serial number</source>
        <translation>Escanee el número de serie del dispositivo</translation>
    </message>
    <message>
        <source>Scan a device to start.</source>
        <translation>Escanee un dispositivo para empezar.</translation>
    </message>
    <message>
        <source>%1 is already in socket %2.</source>
        <translation>%1 ya está en el zócalo %2.</translation>
    </message>
    <message>
        <source>Every socket is busy: wait for a device to finish, then scan %1 again.</source>
        <translation>Todos los zócalos están ocupados: espere a que termine un dispositivo y vuelva a escanear %1.</translation>
    </message>
    <message>
        <source>%1 is not a device of the simulated fleet. Scan a simulated device.</source>
        <translation>%1 no es un dispositivo de la flota simulada. Escanee un dispositivo simulado.</translation>
    </message>
    <message>
        <source>Socket %1 has no TPM connection (TCTI) configured: ask a supervisor to set it in Settings.</source>
        <translation>El zócalo %1 no tiene configurada ninguna conexión TPM (TCTI): pida a un supervisor que la establezca en Configuración.</translation>
    </message>
    <message>
        <source>%1 started in socket %2.</source>
        <translation>%1 iniciado en el zócalo %2.</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>L&amp;ot:</translation>
    </message>
    <message>
        <source>Incoming TPM lot (optional)</source>
        <translation>Lot de TPM entrante (opcional)</translation>
    </message>
    <message>
        <source>When a lot is named, every device&apos;s EK must be on that lot&apos;s delivery list.</source>
        <translation>Cuando se indica un lot, el EK de cada dispositivo debe estar en la lista de entrega de ese lot.</translation>
    </message>
</context>
<context>
    <name>tps::gui::StepTimelineWidget</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>EKs</source>
        <translation>EK</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usados</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Electronic signature for the changes below</source>
        <translation>Firma electrónica para los cambios de abajo</translation>
    </message>
    <message>
        <source>Signer &amp;ID:</source>
        <translation>&amp;ID del firmante:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>TPM manufacturer trust store (admins sign)</source>
        <translation>Trust store de fabricantes de TPM (firman los administradores)</translation>
    </message>
    <message>
        <source>Import C&amp;A files…</source>
        <translation>Importar archivos de C&amp;A…</translation>
    </message>
    <message>
        <source>Re&amp;move selected CA</source>
        <translation>&amp;Eliminar la CA seleccionada</translation>
    </message>
    <message>
        <source>TPM vendor CA files</source>
        <translation>Archivos de CA de fabricantes de TPM</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der *.p7b *.p7c);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Incoming TPM lots (supervisors sign)</source>
        <translation>Lots de TPM entrantes (firman los supervisores)</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>L&amp;ot:</translation>
    </message>
    <message>
        <source>&amp;Part number:</source>
        <translation>Número de &amp;referencia:</translation>
    </message>
    <message>
        <source>Import &amp;delivery list…</source>
        <translation>Importar &amp;lista de entrega…</translation>
    </message>
    <message>
        <source>TPM vendor delivery list</source>
        <translation>Lista de entrega del fabricante del TPM</translation>
    </message>
    <message>
        <source>Delivery lists (*.csv *.json *.txt *.pem);;All files (*)</source>
        <translation>Listas de entrega (*.csv *.json *.txt *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>UNKNOWN — not in the manifest</source>
        <translation>DESCONOCIDA — no está en el manifiesto</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>%n certificado de CA importado</numerusform>
            <numerusform>%n certificados de CA importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n ya estaba en el trust store.</numerusform>
            <numerusform>%n ya estaban en el trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the CA to remove.</source>
        <translation>Seleccione la CA que desea eliminar.</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1 (%2)</source>
        <translation>Eliminada del trust store: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 imported: %n EK(s).</source>
        <translation>
            <numerusform>Lot %1 importado: %n EK.</numerusform>
            <numerusform>Lot %1 importado: %n EK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::UploadImportPanel</name>
    <message>
        <source>&amp;Import result</source>
        <translation>&amp;Importar resultado</translation>
    </message>
    <message>
        <source>After uploading a bulk-NNNN.json file to DPS, import the service&apos;s answer: each device of that operation is marked uploaded, or failed with the reason.</source>
        <translation>Tras cargar un archivo bulk-NNNN.json en DPS, importe la respuesta del servicio: cada dispositivo de esa operación se marca como cargado, o como fallido con el motivo.</translation>
    </message>
    <message>
        <source>bulk-NNNN result JSON</source>
        <translation>JSON de resultado de bulk-NNNN</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation>&amp;Archivo de resultado:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>DPS bulk enrollment result</source>
        <translation>Resultado de inscripción masiva de DPS</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sign in first: the import records who made it.</source>
        <translation>Inicie sesión primero: la importación registra quién la hizo.</translation>
    </message>
    <message>
        <source>Choose the DPS result JSON file to import.</source>
        <translation>Elija el archivo JSON de resultado de DPS que desea importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The result was not imported; nothing was changed: %1</source>
        <translation>No se importó el resultado; no se modificó nada: %1</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>Lote %1, operación %2: cargados: %3, fallidos: %4.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>UUID or name; empty: from the manifest.json next to the file</source>
        <translation>UUID o nombre; vacío: del manifest.json junto al archivo</translation>
    </message>
</context>
<context>
    <name>tps::gui::WelcomeTour</name>
    <message>
        <source>Guided tour of the simulation</source>
        <translation>Visita guiada de la simulación</translation>
    </message>
    <message>
        <source>Welcome to the simulated line</source>
        <translation>Bienvenido a la línea simulada</translation>
    </message>
    <message>
        <source>the serials listed on the Simulated fleet page (the fleet is starting)</source>
        <translation>los números de serie que aparecen en la página Flota simulada (la flota se está iniciando)</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Scan a serial.&lt;/b&gt; This station runs over simulated TPMs. Scan or type one of %1 into the serial field of the Station page and press Enter. The Simulated fleet page lists every device.</source>
        <translation>&lt;b&gt;1. Escanee un número de serie.&lt;/b&gt; Esta estación funciona con TPM simulados. Escanee o escriba uno de %1 en el campo de número de serie de la página Estación y pulse Intro. La página Flota simulada enumera todos los dispositivos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Watch the five steps.&lt;/b&gt; A free socket takes the device: TPM installed, EK extracted, ownership taken, firmware flashed, QA check. Each step turns green; the socket then shows a big &lt;b&gt;PASS&lt;/b&gt; (or FAIL with what to do).</source>
        <translation>&lt;b&gt;2. Observe los cinco pasos.&lt;/b&gt; Un zócalo libre toma el dispositivo: TPM instalado, EK extraído, propiedad tomada, firmware grabado, control de QA. Cada paso se pone en verde; después el zócalo muestra un gran &lt;b&gt;PASS&lt;/b&gt; (o FAIL con lo que hay que hacer).</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Find the results.&lt;/b&gt; The Devices page lists every device and its steps; the Audit trail page records who did what. Supervisors, quality and admins export DPS enrollment batches and audit exports on the Exports page, into a folder they choose.</source>
        <translation>&lt;b&gt;3. Encuentre los resultados.&lt;/b&gt; La página Dispositivos enumera cada dispositivo y sus pasos; la página Registro de auditoría registra quién hizo qué. Supervisores, calidad y administradores exportan lotes de inscripción DPS y exportaciones de auditoría en la página Exportaciones, a una carpeta de su elección.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Know what is simulated.&lt;/b&gt; The TPMs, their EK certificates, the firmware programmer and the customer&apos;s escrow key are simulated, and nothing made here may ship. The kit&apos;s product profile and the full list are one click away: Help ▸ Simulation kit.</source>
        <translation>&lt;b&gt;4. Sepa qué se simula.&lt;/b&gt; Los TPM, sus certificados EK, el programador de firmware y la clave de custodia del cliente son simulados, y nada de lo fabricado aquí se puede enviar. El perfil de producto del kit y la lista completa están a un clic: Ayuda ▸ Kit de simulación.</translation>
    </message>
    <message>
        <source>Simulation &amp;kit…</source>
        <translation>&amp;Kit de simulación…</translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation>&amp;Empezar a escanear</translation>
    </message>
</context>
</TS>
