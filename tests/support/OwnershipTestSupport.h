// Helpers for the ownership integration tests: the CLI, escrow recovery through it, and tpm2-tools
// checks of the owner and lockout hierarchies. Secrets recovered here stay in memory; failures print
// tool stderr only (never the values).
#pragma once

#include "TestSupport.h"

#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"

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

// A device client as its field sequence is replayed with tpm2-tools (docs/DPS_AUTHENTICATION_KEY.md,
// "Device clients"): its key in the product profile, the handle it persists its DPS identity key at, and
// the owner authorization it is given ("" for the Azure IoT SDKs, which have no way to pass one; the
// Identity Service's `[tpm.hierarchy_authorization] owner` when the profile gives it).
struct FieldClient
{
    QString key = QStringLiteral("azure-iot-sdk-c");
    QString keyHandle = QStringLiteral("0x81000100");
    QString ownerHex;
};

// tpm2_getcap handles-persistent / handles-nv-index contains `handle` ("0x81000100", "0x1400100").
inline bool tpmHasHandle(const QString& tcti, const QString& capability, const QString& handle)
{
    const ToolRun r = runTool(QStringLiteral("tpm2_getcap"), {capability}, tcti);
    return r.ok() && QString::fromLatin1(r.out).toLower().contains(handle.toLower());
}

// The device client's field sequence, replayed with tpm2-tools (not station code) and the client's own
// authorizations — all empty for the Azure IoT SDKs. Checked against the clients' sources:
//  - every client: a credential made with tpm2_makecredential -T none to the EK at 0x81010001 for the SRK's
//    name is activated under PolicySecret(endorsement, empty); an HMAC key is created and loaded under
//    0x81000001 (the device imports the one DPS duplicated to it: same parent, same empty SRK
//    authorization), persisted with tpm2_evictcontrol -C o at the client's handle, used by tpm2_hmac;
//  - azure-iot-sdk-c (provisioning_client/adapters/hsm_client_tpm.c, insert_key_in_tpm): between Import
//    and Load TSS_Create of an AES-128-CFB key under the SRK (decrypt|fixedTPM|fixedParent|userWithAuth,
//    the inner wrap key as its data; tpm2_create lets the TPM choose the bytes); then EvictControl of
//    any key at 0x81000100 through owner (result ignored) and EvictControl to it, all NullPwSession;
//  - azure-iot-sdk-csharp (security/tpm/src/SecurityProviderTpmHsm.cs): ActivateIdentityKey() starts
//    with Destroy(): NvUndefineSpace(owner, 0x01400100) and EvictControl(owner, 0x81000100), errors
//    ignored — the replay runs them when the index or key exists and requires them to succeed; no
//    second evict before the persist;
//  - azure-iot-sdk-java (provisioning/security/tpm-provider/.../SecurityProviderTPMHsm.java): the
//    constructor reads 0x81010001 and 0x81000001 and creates a missing one with CreatePrimary under
//    TPM_RH.OWNER and EvictControl(owner) (here both exist); after the persist, activateIdentityKey
//    creates and loads an AES-128-CFB key under the SRK and decrypts the URI data with
//    TPM2_EncryptDecrypt2 (tpm2_encryptdecrypt -d);
//  - aziot-identity-service: the C SDK's order at 0x81000000 + auth_key_index, with the owner value
//    its config holds when it is given one.
// The key is evicted again at the end (the device stays ship-clean). "" when every command succeeded,
// else the failing command and its stderr.
inline QString replayDeviceClient(const QString& tcti, const QString& dir, const FieldClient& client)
{
    const auto f = [&](const char* name) {
        return dir + QLatin1Char('/') + QLatin1String(name);
    };
    const auto run = [&](const QString& tool, const QStringList& args, const QByteArray& in = {}) {
        const ToolRun r = runTool(tool, args, tcti, in);
        return r.ok() ? QString()
                      : tool + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                            QString::fromLocal8Bit(r.err);
    };
    const auto key = [&](const char* k) {
        return client.key == QLatin1String(k);
    };
    const QStringList ownerAuth =
        client.ownerHex.isEmpty()
            ? QStringList()
            : QStringList{QStringLiteral("-P"), QStringLiteral("hex:") + client.ownerHex};
    const QByteArray secret = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    if (!writeFile(f("secret.bin"), secret) || !writeFile(f("iv.bin"), QByteArray(16, '\0')) ||
        !writeFile(f("uri.bin"), QByteArray(32, '\x5a')))
        return QStringLiteral("cannot write the replay's input files");
    QString e = run(QStringLiteral("tpm2_readpublic"),
                    {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-o"), f("ek.pub")});
    if (e.isEmpty())
        e = run(QStringLiteral("tpm2_readpublic"),
                {QStringLiteral("-c"), QStringLiteral("0x81000001"), QStringLiteral("-n"), f("srk.name")});
    if (!e.isEmpty())
        return e;
    using Steps = QList<QPair<QString, QStringList>>;
    Steps steps;
    const auto evictIfPresent = [&](const QString& handle) {
        if (tpmHasHandle(tcti, QStringLiteral("handles-persistent"), handle))
            steps.append({QStringLiteral("tpm2_evictcontrol"),
                          QStringList{QStringLiteral("-C"), QStringLiteral("o")} + ownerAuth +
                              QStringList{QStringLiteral("-c"), handle}});
    };
    // swtpm has no resource manager: the tools leave transient objects behind; flush them.
    const QPair<QString, QStringList> flush{QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}};
    const QPair<QString, QStringList> createSym{
        QStringLiteral("tpm2_create"),
        {QStringLiteral("-C"), QStringLiteral("0x81000001"), QStringLiteral("-G"),
         QStringLiteral("aes128cfb"), QStringLiteral("-a"),
         QStringLiteral("decrypt|fixedtpm|fixedparent|userwithauth|sensitivedataorigin"),
         QStringLiteral("-u"), f("sym.pub"), QStringLiteral("-r"), f("sym.priv")}}; // TPM2_Create
    if (key("azure-iot-sdk-csharp")) {                                              // Destroy()
        if (tpmHasHandle(tcti, QStringLiteral("handles-nv-index"), QStringLiteral("0x1400100")))
            steps.append({QStringLiteral("tpm2_nvundefine"),
                          QStringList{QStringLiteral("-C"), QStringLiteral("o")} + ownerAuth +
                              QStringList{QStringLiteral("0x01400100")}});
        evictIfPresent(client.keyHandle);
    }
    steps +=
        Steps{{QStringLiteral("tpm2_makecredential"),
               {QStringLiteral("-T"), QStringLiteral("none"), QStringLiteral("-u"), f("ek.pub"),
                QStringLiteral("-s"), f("secret.bin"), QStringLiteral("-n"),
                QString::fromLatin1(readFile(f("srk.name")).toHex()), QStringLiteral("-o"), f("cred.out")}},
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
               {QStringLiteral("-C"), QStringLiteral("0x81000001"), QStringLiteral("-G"),
                QStringLiteral("hmac"), QStringLiteral("-c"), f("hmac.ctx")}},
              flush};
    if (key("azure-iot-sdk-c"))
        steps += Steps{createSym, flush};
    for (const auto& [tool, args] : std::as_const(steps))
        if (e = run(tool, args); !e.isEmpty())
            return e;
    if (readFile(f("act.out")) != secret)
        return QStringLiteral("tpm2_activatecredential recovered another secret");
    steps.clear();
    if (!key("azure-iot-sdk-csharp")) // the C SDK, Java and aziot evict the previous key after Load
        evictIfPresent(client.keyHandle);
    steps += Steps{{QStringLiteral("tpm2_evictcontrol"),
                    QStringList{QStringLiteral("-C"), QStringLiteral("o")} + ownerAuth +
                        QStringList{QStringLiteral("-c"), f("hmac.ctx"), client.keyHandle}},
                   flush};
    if (key("azure-iot-sdk-java"))
        steps +=
            Steps{createSym,
                  {QStringLiteral("tpm2_load"),
                   {QStringLiteral("-C"), QStringLiteral("0x81000001"), QStringLiteral("-u"), f("sym.pub"),
                    QStringLiteral("-r"), f("sym.priv"), QStringLiteral("-c"), f("sym.ctx")}},
                  {QStringLiteral("tpm2_encryptdecrypt"),
                   {QStringLiteral("-d"), QStringLiteral("-c"), f("sym.ctx"), QStringLiteral("-t"),
                    f("iv.bin"), QStringLiteral("-o"), f("uri.out"), f("uri.bin")}},
                  flush};
    for (const auto& [tool, args] : std::as_const(steps))
        if (e = run(tool, args); !e.isEmpty())
            return e;
    e = run(QStringLiteral("tpm2_hmac"), {QStringLiteral("-c"), client.keyHandle, QStringLiteral("--hex")},
            QByteArray("0ne00000SIM/registrations/sim\n1700000000"));
    const QString evicted = run(QStringLiteral("tpm2_evictcontrol"),
                                QStringList{QStringLiteral("-C"), QStringLiteral("o")} + ownerAuth +
                                    QStringList{QStringLiteral("-c"), client.keyHandle});
    return e.isEmpty() ? evicted : e;
}

// The Azure IoT C SDK's field sequence (see replayDeviceClient).
inline QString replayAzureSdkC(const QString& tcti, const QString& dir)
{
    return replayDeviceClient(tcti, dir, FieldClient{});
}

// The simulation kit's profile prepared in the fleet root `root` (a fleet of one device is created there
// first when there is none: `line` refuses a directory that holds something else), with `device` as its
// device section, `ownership` merged into its ownership section and `maxRetries`, written to `file`; empty
// on failure.
inline QString writeKitProfile(const QString& root, const QString& file, const QJsonObject& device,
                               const QJsonObject& ownership = {}, int maxRetries = 3)
{
    sim::SimFleet fleet(root);
    if (!fleet.exists() && !fleet.create(1))
        return {};
    auto kit = sim::SimulationKit::prepare(root);
    if (!kit)
        return {};
    timeline::ProductProfile profile = kit->profile();
    profile.maxRetries = maxRetries;
    profile.setSection(QStringLiteral("device"), device);
    QJsonObject merged = profile.section(QStringLiteral("ownership"));
    for (auto it = ownership.begin(); it != ownership.end(); ++it)
        merged.insert(it.key(), it.value());
    profile.setSection(QStringLiteral("ownership"), merged);
    return writeFile(file, QJsonDocument(profile.toJson()).toJson()) ? file : QString();
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
