<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli &lt;command&gt; [options]

Commands:
  run                      run the station's main job on the simulated fleet
  sim create|start|stop|list   manage the simulated TPM fleet
  tpm info                 identify a TPM

Run 'tpm-station-cli &lt;command&gt; --help' for the options of a command.</source>
        <translation>Aufruf: tpm-station-cli &lt;Befehl&gt; [Optionen]

Befehle:
  run                      Hauptaufgabe der Station mit der simulierten Flotte ausführen
  sim create|start|stop|list   simulierte TPM-Flotte verwalten
  tpm info                 ein TPM identifizieren

'tpm-station-cli &lt;Befehl&gt; --help' zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command '%1'.

%2</source>
        <translation>Unbekannter Befehl '%1'.

%2</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the station on its embedded default: a simulated TPM fleet.</source>
        <translation>Station mit ihrer eingebauten Voreinstellung ausführen: einer simulierten TPM-Flotte.</translation>
    </message>
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
        <source>Device %1 (simulated) at %2</source>
        <translation>Gerät %1 (simuliert) an %2</translation>
    </message>
    <message>
        <source>%1 device(s) identified, %2 failed.</source>
        <translation>%1 Gerät(e) identifiziert, %2 fehlgeschlagen.</translation>
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
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--json]</source>
        <translation>Aufruf: tpm-station-cli sim create|start|stop|list --root VERZ [--count N] [--json]</translation>
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
        <source>The TPM connection setting is not valid. Ask a supervisor to check the socket's TCTI configuration.</source>
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
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM-Provisionierungsstation</translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation>Stammverzeichnis der simulierten Flotte.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Anzahl simulierter Geräte.</translation>
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
            <numerusform>%n simuliertes Gerät bereit.</numerusform><numerusform>%n simulierte Geräte bereit.</numerusform></translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM-Provisionierungsstation</translation>
    </message>
    <message>
        <source>SIMULATION — devices below are simulated TPMs, not production parts</source>
        <translation>SIMULATION – die Geräte unten sind simulierte TPMs, keine Serienteile</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
</TS>