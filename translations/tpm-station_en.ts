<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli &lt;command&gt; [options]

Commands:
  run                      run the station&apos;s main job on the simulated fleet
  sim create|start|stop|list   manage the simulated TPM fleet
  tpm info                 identify a TPM

Run &apos;tpm-station-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the station on its embedded default: a simulated TPM fleet.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Device %1 (simulated) at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 device(s) identified, %2 failed.</source>
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
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--json]</source>
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
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATION — devices below are simulated TPMs, not production parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
