// Helpers for the ownership integration tests: the CLI, escrow recovery through it, and tpm2-tools
// checks of the owner and lockout hierarchies. Secrets recovered here stay in memory; failures print
// tool stderr only (never the values).
#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace tps::test {

// The CLI with STATION_FAULT_POINT set to `faultPoint` (unset when empty).
inline ToolRun runCli(const QStringList& args, const QString& faultPoint = {}, int timeoutMs = 60000)
{
    if (faultPoint.isEmpty())
        qunsetenv("STATION_FAULT_POINT");
    else
        qputenv("STATION_FAULT_POINT", faultPoint.toUtf8());
    ToolRun r = runTool(cliPath(), args, {}, {}, timeoutMs);
    qunsetenv("STATION_FAULT_POINT");
    return r;
}

// hierarchy -> {value hex, state} from `escrow open --json`; empty on failure.
struct Escrowed
{
    QString hex;
    QString state;
    QString record;
};
// `source` selects the store: {"--store", DIR} or {"--db", PATH}.
inline QMap<QString, Escrowed> openEscrowFrom(const QStringList& source, const QString& ownerKey,
                                              const QString& serial)
{
    const ToolRun r = runCli(
        QStringList{QStringLiteral("escrow"), QStringLiteral("open"), QStringLiteral("--key"), ownerKey} +
        source + QStringList{QStringLiteral("--serial"), serial, QStringLiteral("--json")});
    QMap<QString, Escrowed> out;
    if (!r.ok())
        return out;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(r.out).object().value(QStringLiteral("authorizations")).toArray()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QStringLiteral("hierarchy")).toString(),
                   Escrowed{o.value(QStringLiteral("value")).toString(),
                            o.value(QStringLiteral("state")).toString(),
                            o.value(QStringLiteral("record")).toString()});
    }
    return out;
}

inline QMap<QString, Escrowed> openEscrow(const QString& store, const QString& ownerKey,
                                          const QString& serial)
{
    return openEscrowFrom({QStringLiteral("--store"), store}, ownerKey, serial);
}

// The escrow records in a station database.
inline QMap<QString, Escrowed> openEscrowDb(const QString& database, const QString& ownerKey,
                                            const QString& serial)
{
    return openEscrowFrom({QStringLiteral("--db"), database}, ownerKey, serial);
}

// tpm2_nvdefine + tpm2_nvundefine in the owner hierarchy with `ownerHex` ("" = empty auth).
inline bool ownerAuthWorks(const QString& tcti, const QString& ownerHex,
                           const QString& index = QStringLiteral("0x1500016"))
{
    QStringList auth;
    if (!ownerHex.isEmpty())
        auth << QStringLiteral("-P") << QStringLiteral("hex:") + ownerHex;
    const ToolRun def = runTool(
        QStringLiteral("tpm2_nvdefine"),
        QStringList{QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-s"), QStringLiteral("32")} +
            auth + QStringList{index},
        tcti);
    if (!def.ok())
        return false;
    return runTool(QStringLiteral("tpm2_nvundefine"),
                   QStringList{QStringLiteral("-C"), QStringLiteral("o")} + auth + QStringList{index}, tcti)
        .ok();
}

// The lockout hierarchy accepts `lockoutHex` (tpm2_dictionarylockout --clear-lockout): not locked out.
inline bool lockoutAuthWorks(const QString& tcti, const QString& lockoutHex)
{
    return runTool(QStringLiteral("tpm2_dictionarylockout"),
                   {QStringLiteral("-c"), QStringLiteral("-p"), QStringLiteral("hex:") + lockoutHex}, tcti)
        .ok();
}

// TPM_PT_PERMANENT / DA values from `tpm2_getcap properties-variable` (an independent reader).
inline QMap<QString, QString> variableProperties(const QString& tcti)
{
    const ToolRun r = runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-variable")}, tcti);
    QMap<QString, QString> out;
    static const QRegularExpression line(QStringLiteral("^\\s*([A-Za-z_]+):\\s*(\\S+)\\s*$"));
    for (const QByteArray& l : r.out.split('\n')) {
        const auto m = line.match(QString::fromUtf8(l));
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

inline QByteArray readAllOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The marshaled TPM2B_PUBLIC `tpm2_createek -G rsa -u` writes (the certificate-matching EK).
inline QByteArray createEkPublic(const QString& tcti, const QString& dir)
{
    const QString out = dir + QStringLiteral("/createek.pub");
    QFile::remove(out);
    const ToolRun r = runTool(QStringLiteral("tpm2_createek"),
                              {QStringLiteral("-c"), dir + QStringLiteral("/createek.ctx"),
                               QStringLiteral("-G"), QStringLiteral("rsa"), QStringLiteral("-u"), out},
                              tcti);
    flushTransients(tcti);
    return r.ok() ? readAllOf(out) : QByteArray();
}

// The TPM2B_PUBLIC persisted at `handle` per tpm2_readpublic.
inline QByteArray readPublic(const QString& tcti, const QString& handle, const QString& dir)
{
    const QString out = dir + QStringLiteral("/readpublic.pub");
    QFile::remove(out);
    const ToolRun r = runTool(QStringLiteral("tpm2_readpublic"),
                              {QStringLiteral("-c"), handle, QStringLiteral("-o"), out}, tcti);
    return r.ok() ? readAllOf(out) : QByteArray();
}

// Every encoding of `secretHex` a leak could take: hex (both cases), base64, base64url, raw bytes.
inline QList<QByteArray> secretForms(const QString& secretHex)
{
    const QByteArray raw = QByteArray::fromHex(secretHex.toLatin1());
    return {secretHex.toLower().toLatin1(),
            secretHex.toUpper().toLatin1(),
            raw.toBase64(),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            raw,
            secretHex.left(16).toLower().toLatin1(),
            secretHex.left(16).toUpper().toLatin1(),
            raw.left(12).toBase64()};
}

} // namespace tps::test
