#include "core/dps/DeviceClient.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace tps::dps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeviceClient)
};

struct Description
{
    DeviceClientKind kind;
    const char* key;
    const char* name;
    QList<ClientCommand> sequence;
    QList<TPM2_CC> extraCommands; // beyond kAttestationCommands, from the client's source
};

// The TPM commands every DPS client's attestation issues (docs/DPS_AUTHENTICATION_KEY.md).
const QList<TPM2_CC> kAttestationCommands = {
    TPM2_CC_ReadPublic,         TPM2_CC_StartAuthSession, TPM2_CC_PolicySecret,
    TPM2_CC_ActivateCredential, TPM2_CC_Import,           TPM2_CC_Load,
    TPM2_CC_EvictControl,       TPM2_CC_FlushContext,     TPM2_CC_HMAC};

using C = ClientCommand;

// What each client does on the TPM, in its order (checked against the clients' sources; see
// docs/DPS_AUTHENTICATION_KEY.md). The QA step ends every sequence by removing the key it persisted.
const QList<Description>& clients()
{
    static const QList<Description> all = {
        {DeviceClientKind::AzureIotSdkC,
         "azure-iot-sdk-c",
         "Azure IoT C SDK",
         {C::ActivateCredential, C::ImportAndLoad, C::EvictPreviousKey, C::PersistKey, C::HmacSas},
         {TPM2_CC_Create}}, // hsm_client_tpm.c: TSS_Create of the inner wrap key object under the SRK
        {DeviceClientKind::AzureIotSdkCsharp,
         "azure-iot-sdk-csharp",
         "Azure IoT C# SDK",
         {C::UndefineSlotNv, C::EvictPreviousKey, C::ActivateCredential, C::ImportAndLoad, C::PersistKey,
          C::HmacSas},
         {TPM2_CC_NV_UndefineSpace}},
        {DeviceClientKind::AzureIotSdkJava,
         "azure-iot-sdk-java",
         "Azure IoT Java SDK",
         {C::ActivateCredential, C::ImportAndLoad, C::EvictPreviousKey, C::PersistKey, C::HmacSas},
         {TPM2_CC_Create, TPM2_CC_EncryptDecrypt2}}, // SecurityProviderTPMHsm: decrypts the URI data
        {DeviceClientKind::AziotIdentityService,
         "aziot-identity-service",
         "Azure IoT Identity Service",
         {C::ActivateCredential, C::ImportAndLoad, C::EvictPreviousKey, C::PersistKey, C::HmacSas},
         {}},
        {DeviceClientKind::None, "none", "no DPS TPM attestation", {}, {}},
    };
    return all;
}

const Description& describe(DeviceClientKind kind)
{
    for (const Description& d : clients())
        if (d.kind == kind)
            return d;
    return clients().first();
}

QString hex(TPM2_HANDLE h)
{
    return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
}

Result<void, QString> readAziotSettings(const QJsonObject& o, DeviceClient& c)
{
    const QJsonValue index = o.value(QStringLiteral("authKeyIndex"));
    if (!index.isUndefined()) {
        const double d = index.toDouble(-1);
        // aziot-tpmd: an offset into the owner's persistent range 0x81000000-0x817FFFFF; 0 and 1 are the
        // SRK's neighbourhood (0x81000001 is the SRK), so the offset must leave them alone.
        if (!index.isDouble() || d != std::floor(d) || d < 2 || d > 0x7FFFFF)
            return fail(Tr::tr("device.authKeyIndex must be a whole number from 2 to 8388607 (an offset "
                               "from 0x81000000; the Identity Service's default is 256)."));
        c.authKeyHandle = 0x81000000u + quint32(d);
    }
    const QJsonValue given = o.value(QStringLiteral("hierarchyAuthorization"));
    if (!given.isUndefined() && !given.isBool())
        return fail(Tr::tr("device.hierarchyAuthorization must be true or false."));
    c.hierarchyAuthorization = given.toBool(false);
    c.ownerAuthDelivery = o.value(QStringLiteral("ownerAuthDelivery")).toString().trimmed();
    if (c.hierarchyAuthorization && c.ownerAuthDelivery.isEmpty())
        return fail(Tr::tr("device.hierarchyAuthorization is true but device.ownerAuthDelivery does not say "
                           "how the device receives the owner authorization "
                           "([tpm.hierarchy_authorization] owner in the Identity Service's config): the "
                           "station cannot claim the device will provision."));
    return {};
}

} // namespace

Result<DeviceClient, QString> DeviceClient::fromJson(const QJsonObject& o)
{
    static const QStringList known = {QStringLiteral("client"), QStringLiteral("authKeyIndex"),
                                      QStringLiteral("hierarchyAuthorization"),
                                      QStringLiteral("ownerAuthDelivery")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(Tr::tr("Unknown device setting \"%1\".").arg(it.key()));
    DeviceClient c;
    const QString key = o.value(QStringLiteral("client")).toString(QStringLiteral("azure-iot-sdk-c"));
    const auto found = std::find_if(clients().begin(), clients().end(),
                                    [&](const Description& d) { return key == QLatin1String(d.key); });
    if (found == clients().end())
        return fail(Tr::tr("Unknown device client \"%1\" (device.client): use one of %2.")
                        .arg(key, deviceClientKeys().join(QStringLiteral(", "))));
    c.kind = found->kind;
    const bool aziotOnly = o.contains(QStringLiteral("authKeyIndex")) ||
                           o.contains(QStringLiteral("hierarchyAuthorization")) ||
                           o.contains(QStringLiteral("ownerAuthDelivery"));
    if (c.kind != DeviceClientKind::AziotIdentityService) {
        if (aziotOnly)
            return fail(Tr::tr("%1 has no configurable key index or hierarchy authorization: "
                               "device.authKeyIndex, device.hierarchyAuthorization and "
                               "device.ownerAuthDelivery apply to aziot-identity-service only.")
                            .arg(c.displayName()));
        return c;
    }
    if (auto read = readAziotSettings(o, c); !read)
        return fail(read.error());
    return c;
}

QJsonObject DeviceClient::toJson() const
{
    QJsonObject o{{QStringLiteral("client"), key()}};
    if (kind == DeviceClientKind::AziotIdentityService) {
        o.insert(QStringLiteral("authKeyIndex"), double(authKeyHandle - 0x81000000u));
        o.insert(QStringLiteral("hierarchyAuthorization"), hierarchyAuthorization);
        if (!ownerAuthDelivery.isEmpty())
            o.insert(QStringLiteral("ownerAuthDelivery"), ownerAuthDelivery);
    }
    return o;
}

QString DeviceClient::key() const
{
    return QString::fromLatin1(describe(kind).key);
}

QString DeviceClient::displayName() const
{
    return QString::fromLatin1(describe(kind).name);
}

QList<ClientCommand> DeviceClient::sequence() const
{
    return describe(kind).sequence;
}

QList<TPM2_CC> DeviceClient::tpmCommands() const
{
    if (!attestsWithTpm())
        return {};
    return kAttestationCommands + describe(kind).extraCommands;
}

QStringList missingCommands(const DeviceClient& client, const QSet<TPM2_CC>& implemented)
{
    static const QMap<TPM2_CC, const char*> names = {
        {TPM2_CC_ReadPublic, "TPM2_ReadPublic"},
        {TPM2_CC_StartAuthSession, "TPM2_StartAuthSession"},
        {TPM2_CC_PolicySecret, "TPM2_PolicySecret"},
        {TPM2_CC_ActivateCredential, "TPM2_ActivateCredential"},
        {TPM2_CC_Import, "TPM2_Import"},
        {TPM2_CC_Load, "TPM2_Load"},
        {TPM2_CC_EvictControl, "TPM2_EvictControl"},
        {TPM2_CC_FlushContext, "TPM2_FlushContext"},
        {TPM2_CC_HMAC, "TPM2_HMAC"},
        {TPM2_CC_Create, "TPM2_Create"},
        {TPM2_CC_NV_UndefineSpace, "TPM2_NV_UndefineSpace"},
        {TPM2_CC_EncryptDecrypt2, "TPM2_EncryptDecrypt2"},
    };
    QStringList missing;
    for (TPM2_CC cc : client.tpmCommands())
        if (!implemented.contains(cc))
            missing << QString::fromLatin1(names.value(cc, "TPM2_?"));
    return missing;
}

QString commandName(ClientCommand command, const DeviceClient& client)
{
    switch (command) {
    case C::UndefineSlotNv:
        return QStringLiteral("NV_UndefineSpace of %1").arg(hex(kSlotNvIndex));
    case C::EvictPreviousKey:
        return QStringLiteral("EvictControl of %1").arg(hex(client.authKeyHandle));
    case C::ActivateCredential:
        return QStringLiteral("ActivateCredential");
    case C::ImportAndLoad:
        return QStringLiteral("Import/Load under 0x81000001");
    case C::PersistKey:
        return QStringLiteral("EvictControl to %1").arg(hex(client.authKeyHandle));
    case C::HmacSas:
        return QStringLiteral("HMAC");
    }
    return {};
}

QList<ClientRefusal> clientRefusals(const DeviceClient& client, bool ownerAuthSet, bool endorsementAuthSet)
{
    QList<ClientRefusal> refusals;
    if (endorsementAuthSet && client.needsEmptyEndorsementAuth())
        refusals.append({C::ActivateCredential, false});
    if (ownerAuthSet && client.needsEmptyOwnerAuth())
        refusals.append({C::PersistKey, true});
    return refusals;
}

QString refusalText(const DeviceClient& client, const ClientRefusal& refusal)
{
    const QString text =
        refusal.ownerHierarchy
            ? Tr::tr("%1: %2 with empty owner authorization is refused — owner authorization is set")
            : Tr::tr("%1: %2 with empty endorsement authorization is refused — endorsement authorization is "
                     "set");
    return text.arg(client.displayName(), commandName(refusal.command, client));
}

QString reworkAdvice()
{
    return Tr::tr("Rework: clear the TPM with the escrowed lockout authorization, order the rework from the "
                  "ownership step, then run the line again.");
}

QStringList deviceClientKeys()
{
    QStringList keys;
    for (const Description& d : clients())
        keys << QString::fromLatin1(d.key);
    return keys;
}

} // namespace tps::dps
