// Parsing and pre-flight checks of TCTI configuration strings ("swtpm:host=..,port=..",
// "device:/dev/tpmrm0", "tabrmd", "mssim:..."), the same strings tpm2-tools takes.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <QString>
#include <chrono>

namespace tps::tpm {

struct TctiConfig
{
    QString name; // "swtpm", "mssim", "device", "tabrmd", ...
    QString conf; // everything after the first ':'
    QString host; // for socket TCTIs
    quint16 port = 0;
    QString path; // for the device TCTI

    bool isSocket() const { return name == QLatin1String("swtpm") || name == QLatin1String("mssim"); }
    QString toString() const { return conf.isEmpty() ? name : name + QLatin1Char(':') + conf; }
};

// The TCTI to use: the configured one, else TPM2TOOLS_TCTI, else the kernel resource manager.
QString resolveTcti(const QString& configured);

// Parses "name[:conf]". Socket TCTIs accept both "host=H,port=P" and the legacy "H:P" / "port=P".
Result<TctiConfig, TpmError> parseTcti(const QString& tcti);

// Fails fast (within `timeout`) when nothing can answer at the TCTI: the device node is missing or
// the socket refuses/does not accept a connection. Never hangs longer than `timeout`.
Result<void, TpmError> probeTcti(const TctiConfig& cfg, std::chrono::milliseconds timeout);

} // namespace tps::tpm
