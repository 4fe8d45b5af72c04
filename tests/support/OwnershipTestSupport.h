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

// The Azure IoT C SDK's field sequence, replayed with tpm2-tools (not station code) and its own
// authorizations, all empty: a credential made with tpm2_makecredential -T none to the EK for the SRK's
// name is activated under PolicySecret(endorsement, empty); an HMAC key is created and loaded under
// 0x81000001, persisted with tpm2_evictcontrol -C o (no password) at 0x81000100, used by tpm2_hmac,
// and evicted again. "" when every command succeeded, else the failing command and its stderr.
inline QString replayAzureSdkC(const QString& tcti, const QString& dir)
{
    const auto f = [&](const char* name) {
        return dir + QLatin1Char('/') + QLatin1String(name);
    };
    const auto run = [&](const QString& tool, const QStringList& args, const QByteArray& in = {}) {
        const ToolRun r = runTool(tool, args, tcti, in);
        return r.ok() ? QString() : tool + QStringLiteral(": ") + QString::fromLocal8Bit(r.err);
    };
    const QByteArray secret = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    QFile sf(f("secret.bin"));
    if (!sf.open(QIODevice::WriteOnly) || sf.write(secret) != secret.size())
        return QStringLiteral("cannot write the secret");
    sf.close();
    QString e = run(QStringLiteral("tpm2_readpublic"),
                    {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-o"), f("ek.pub")});
    if (e.isEmpty())
        e = run(QStringLiteral("tpm2_readpublic"),
                {QStringLiteral("-c"), QStringLiteral("0x81000001"), QStringLiteral("-n"), f("srk.name")});
    if (!e.isEmpty())
        return e;
    const QString srkName = QString::fromLatin1(readFile(f("srk.name")).toHex());
    const QList<QPair<QString, QStringList>> steps = {
        {QStringLiteral("tpm2_makecredential"),
         {QStringLiteral("-T"), QStringLiteral("none"), QStringLiteral("-u"), f("ek.pub"),
          QStringLiteral("-s"), f("secret.bin"), QStringLiteral("-n"), srkName, QStringLiteral("-o"),
          f("cred.out")}},
        {QStringLiteral("tpm2_startauthsession"),
         {QStringLiteral("--policy-session"), QStringLiteral("-S"), f("session.ctx")}},
        {QStringLiteral("tpm2_policysecret"),
         {QStringLiteral("-S"), f("session.ctx"), QStringLiteral("-c"), QStringLiteral("e")}},
        {QStringLiteral("tpm2_activatecredential"),
         {QStringLiteral("-c"), QStringLiteral("0x81000001"), QStringLiteral("-C"),
          QStringLiteral("0x81010001"), QStringLiteral("-i"), f("cred.out"), QStringLiteral("-o"),
          f("act.out"), QStringLiteral("-P"), QStringLiteral("session:") + f("session.ctx")}},
        {QStringLiteral("tpm2_flushcontext"), {f("session.ctx")}},
        {QStringLiteral("tpm2_create"),
         {QStringLiteral("-C"), QStringLiteral("0x81000001"), QStringLiteral("-G"), QStringLiteral("hmac"),
          QStringLiteral("-c"), f("hmac.ctx")}},
        // swtpm has no resource manager: the tools leave transient objects behind; flush them.
        {QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}},
        {QStringLiteral("tpm2_evictcontrol"),
         {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), f("hmac.ctx"),
          QStringLiteral("0x81000100")}},
        {QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}},
    };
    for (const auto& [tool, args] : steps)
        if (e = run(tool, args); !e.isEmpty())
            return e;
    if (readFile(f("act.out")) != secret)
        return QStringLiteral("tpm2_activatecredential recovered another secret");
    e = run(QStringLiteral("tpm2_hmac"),
            {QStringLiteral("-c"), QStringLiteral("0x81000100"), QStringLiteral("--hex")},
            QByteArray("0ne00000SIM/registrations/sim\n1700000000"));
    const QString evicted =
        run(QStringLiteral("tpm2_evictcontrol"),
            {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), QStringLiteral("0x81000100")});
    return e.isEmpty() ? evicted : e;
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
    flushTransients(tcti); // what a killed station left loaded would leave tpm2_createek no session
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
