#include "core/tpm/TctiConfig.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QTcpSocket>

namespace tps::tpm {

QString resolveTcti(const QString& configured)
{
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    const QString env = qEnvironmentVariable("TPM2TOOLS_TCTI");
    if (!env.trimmed().isEmpty())
        return env.trimmed();
    return QStringLiteral("device:/dev/tpmrm0");
}

Result<TctiConfig, TpmError> parseTcti(const QString& tcti)
{
    const auto invalid = [&](const QString& why) {
        return fail(
            TpmError{TpmErrc::InvalidTcti, 0, QStringLiteral("TCTI"), why + QStringLiteral(": ") + tcti});
    };
    TctiConfig cfg;
    const qsizetype colon = tcti.indexOf(QLatin1Char(':'));
    cfg.name = (colon < 0 ? tcti : tcti.left(colon)).trimmed().toLower();
    cfg.conf = colon < 0 ? QString() : tcti.mid(colon + 1).trimmed();
    static const QStringList known = {QStringLiteral("swtpm"),  QStringLiteral("mssim"),
                                      QStringLiteral("device"), QStringLiteral("tabrmd"),
                                      QStringLiteral("cmd"),    QStringLiteral("pcap")};
    if (cfg.name.isEmpty() || !known.contains(cfg.name))
        return invalid(QStringLiteral("unknown TCTI"));

    if (cfg.isSocket()) {
        cfg.host = QStringLiteral("127.0.0.1");
        cfg.port = 2321; // the default of both socket TCTIs
        for (const QString& part : cfg.conf.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            const QString key = eq < 0 ? QString() : part.left(eq).trimmed();
            const QString value = eq < 0 ? part.trimmed() : part.mid(eq + 1).trimmed();
            if (key == QLatin1String("host")) {
                cfg.host = value;
            } else if (key == QLatin1String("port")) {
                bool ok = false;
                const uint p = value.toUInt(&ok);
                if (!ok || p == 0 || p > 65534)
                    return invalid(QStringLiteral("bad port"));
                cfg.port = static_cast<quint16>(p);
            } else if (key.isEmpty() && eq < 0) {
                return invalid(QStringLiteral("expected host=...,port=..."));
            } else {
                return invalid(QStringLiteral("unknown option '%1'").arg(key));
            }
        }
        if (cfg.host.isEmpty())
            return invalid(QStringLiteral("empty host"));
    } else if (cfg.name == QLatin1String("device")) {
        cfg.path = cfg.conf.isEmpty() ? QStringLiteral("/dev/tpm0") : cfg.conf;
    }
    return cfg;
}

Result<void, TpmError> probeTcti(const TctiConfig& cfg, std::chrono::milliseconds timeout)
{
    if (cfg.name == QLatin1String("device")) {
        const QFileInfo fi(cfg.path);
        if (!fi.exists())
            return fail(TpmError{TpmErrc::TctiUnreachable, 0, QStringLiteral("TCTI"),
                                 QStringLiteral("device node %1 does not exist").arg(cfg.path)});
        if (!fi.isReadable() || !fi.isWritable())
            return fail(TpmError{TpmErrc::TctiUnreachable, 0, QStringLiteral("TCTI"),
                                 QStringLiteral("no permission to open %1").arg(cfg.path)});
        return {};
    }
    if (!cfg.isSocket())
        return {};
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const auto remainingMs = [&] {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        return static_cast<int>(qMax<qint64>(1, left.count()));
    };
    QTcpSocket socket;
    socket.connectToHost(cfg.host, cfg.port);
    if (!socket.waitForConnected(remainingMs()))
        return fail(
            TpmError{TpmErrc::TctiUnreachable, 0, QStringLiteral("TCTI"),
                     QStringLiteral("%1:%2: %3").arg(cfg.host).arg(cfg.port).arg(socket.errorString())});
    if (cfg.name != QLatin1String("swtpm"))
        return {}; // mssim frames commands differently; the connection is all we check there

    // swtpm's data port takes raw TPM commands: ask for one fixed property and wait for any answer.
    // TPM2_GetCapability(TPM_CAP_TPM_PROPERTIES, TPM_PT_FAMILY_INDICATOR, 1), tag TPM_ST_NO_SESSIONS.
    static const char kGetCapability[] = {'\x80', '\x01', 0, 0, 0, 22, 0, 0, 0x01, 0x7A, 0,
                                          0,      0,      6, 0, 0, 1,  0, 0, 0,    0,    1};
    socket.write(kGetCapability, sizeof kGetCapability);
    QByteArray header;
    while (header.size() < 10) {
        if (!socket.waitForReadyRead(remainingMs()))
            return fail(
                TpmError{TpmErrc::NotAnswering, 0, QStringLiteral("TPM2_GetCapability"),
                         QStringLiteral("%1:%2 accepted the connection but no TPM answered within %3 ms")
                             .arg(cfg.host)
                             .arg(cfg.port)
                             .arg(timeout.count())});
        header += socket.readAll();
    }
    const quint16 tag = static_cast<quint16>((quint8(header[0]) << 8) | quint8(header[1]));
    if (tag == 0x00C4) // TPM_TAG_RSP_COMMAND: a TPM 1.2 answered
        return fail(TpmError{TpmErrc::NotTpm20, 0, QStringLiteral("TPM2_GetCapability"),
                             QStringLiteral("a TPM 1.2 answered (response tag 0x00C4)")});
    if (tag != 0x8001 && tag != 0x8002)
        return fail(TpmError{TpmErrc::NotTpm20, 0, QStringLiteral("TPM2_GetCapability"),
                             QStringLiteral("the peer's answer is not a TPM 2.0 response (tag 0x%1)")
                                 .arg(tag, 4, 16, QLatin1Char('0'))});
    // Drain the rest of the response so the TPM is idle when the real session connects.
    const quint32 size = (quint32(quint8(header[2])) << 24) | (quint32(quint8(header[3])) << 16) |
                         (quint32(quint8(header[4])) << 8) | quint32(quint8(header[5]));
    while (quint32(header.size()) < size && socket.waitForReadyRead(remainingMs()))
        header += socket.readAll();
    socket.disconnectFromHost();
    return {};
}

} // namespace tps::tpm
