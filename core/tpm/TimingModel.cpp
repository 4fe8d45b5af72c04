#include "core/tpm/TimingModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace tps::tpm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimingModel)
};

constexpr int kFormat = 1;
constexpr double kZ99 = 2.3263478740408408; // the standard normal's 99th percentile

struct Reader
{
    std::span<const std::uint8_t> bytes;
    size_t at = 0;
    bool ok = true;

    std::uint32_t take(size_t n)
    {
        if (!ok || at + n > bytes.size()) {
            ok = false;
            return 0;
        }
        std::uint32_t v = 0;
        for (size_t i = 0; i < n; ++i)
            v = (v << 8) | bytes[at + i];
        at += n;
        return v;
    }
    void skip(size_t n)
    {
        if (!ok || at + n > bytes.size())
            ok = false;
        else
            at += n;
    }
};

// The key type in the template of CreatePrimary / Create / CreateLoaded: after the parent handle and the
// authorization area come TPM2B_SENSITIVE_CREATE and the TPM2B_PUBLIC (or TPM2B_TEMPLATE) whose first
// field is the type. Parameter encryption covers only the first parameter's buffer, never the template.
CommandClass keyGenClass(Reader& r, bool sessions)
{
    r.skip(4); // parent / primary hierarchy handle
    if (sessions)
        r.skip(r.take(4));
    r.skip(r.take(2)); // inSensitive
    r.take(2);         // size of the public template
    const std::uint32_t type = r.take(2);
    if (!r.ok)
        return CommandClass::Other;
    if (type == TPM2_ALG_RSA)
        return CommandClass::RsaKeyGen;
    if (type == TPM2_ALG_ECC)
        return CommandClass::EccKeyGen;
    return CommandClass::OtherKeyGen;
}

bool writesNv(TPM2_CC code)
{
    switch (code) {
    case TPM2_CC_NV_DefineSpace:
    case TPM2_CC_NV_UndefineSpace:
    case TPM2_CC_NV_UndefineSpaceSpecial:
    case TPM2_CC_NV_WriteLock:
    case TPM2_CC_NV_Increment:
    case TPM2_CC_NV_Extend:
    case TPM2_CC_NV_SetBits:
    case TPM2_CC_NV_ChangeAuth:
    case TPM2_CC_EvictControl:
    case TPM2_CC_HierarchyChangeAuth:
    case TPM2_CC_DictionaryAttackParameters:
    case TPM2_CC_Clear:
        return true;
    default:
        return false;
    }
}

Result<CommandTiming, QString> readTiming(const QJsonObject& o, const QString& key)
{
    CommandTiming t;
    t.medianMs = o.value(QStringLiteral("median_ms")).toDouble(-1);
    t.p99Ms = o.value(QStringLiteral("p99_ms")).toDouble(t.medianMs);
    t.maxMs = o.value(QStringLiteral("max_ms")).toDouble(std::max(t.p99Ms, t.medianMs));
    t.perByteMs = o.value(QStringLiteral("per_byte_ms")).toDouble(0);
    t.deadlineMs = o.value(QStringLiteral("deadline_ms")).toDouble(-1);
    if (t.medianMs < 0 || t.p99Ms < t.medianMs || t.maxMs < t.p99Ms || t.perByteMs < 0)
        return fail(QStringLiteral("class %1: needs 0 <= median_ms <= p99_ms <= max_ms and per_byte_ms >= 0")
                        .arg(key));
    if (t.deadlineMs <= t.maxMs)
        return fail(QStringLiteral("class %1: deadline_ms must exceed max_ms").arg(key));
    return t;
}

} // namespace

QString commandClassKey(CommandClass c)
{
    switch (c) {
    case CommandClass::RsaKeyGen:
        return QStringLiteral("rsa-keygen");
    case CommandClass::EccKeyGen:
        return QStringLiteral("ecc-keygen");
    case CommandClass::OtherKeyGen:
        return QStringLiteral("other-keygen");
    case CommandClass::RsaDecrypt:
        return QStringLiteral("rsa-decrypt");
    case CommandClass::SaltedSession:
        return QStringLiteral("salted-session");
    case CommandClass::Session:
        return QStringLiteral("session");
    case CommandClass::Sign:
        return QStringLiteral("sign");
    case CommandClass::Hmac:
        return QStringLiteral("hmac");
    case CommandClass::NvRead:
        return QStringLiteral("nv-read");
    case CommandClass::NvWrite:
        return QStringLiteral("nv-write");
    case CommandClass::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool isKeyGeneration(CommandClass c)
{
    return c == CommandClass::RsaKeyGen || c == CommandClass::EccKeyGen || c == CommandClass::OtherKeyGen;
}

CommandInfo classifyCommand(std::span<const std::uint8_t> command)
{
    Reader r{command};
    const std::uint32_t tag = r.take(2);
    r.take(4);
    CommandInfo info;
    info.code = r.take(4);
    if (!r.ok)
        return info;
    const bool sessions = tag == TPM2_ST_SESSIONS;
    switch (info.code) {
    case TPM2_CC_CreatePrimary:
    case TPM2_CC_Create:
    case TPM2_CC_CreateLoaded:
        info.cls = keyGenClass(r, sessions);
        break;
    case TPM2_CC_ActivateCredential:
    case TPM2_CC_Import:
    case TPM2_CC_RSA_Decrypt:
        info.cls = CommandClass::RsaDecrypt;
        break;
    case TPM2_CC_StartAuthSession:
        info.cls = r.take(4) == TPM2_RH_NULL ? CommandClass::Session : CommandClass::SaltedSession;
        break;
    case TPM2_CC_Sign:
        info.cls = CommandClass::Sign;
        break;
    case TPM2_CC_HMAC:
    case TPM2_CC_HMAC_Start:
        info.cls = CommandClass::Hmac;
        break;
    case TPM2_CC_NV_Read:
    case TPM2_CC_NV_Write: {
        r.skip(8); // auth handle, NV index
        if (sessions)
            r.skip(r.take(4));
        const std::uint32_t size = r.take(2); // NV_Read: size asked; NV_Write: TPM2B size
        info.bytes = r.ok ? size : 0;
        info.cls = info.code == TPM2_CC_NV_Read ? CommandClass::NvRead : CommandClass::NvWrite;
        break;
    }
    case TPM2_CC_EvictControl: {
        r.skip(8); // auth, objectHandle
        if (sessions)
            r.skip(r.take(4));
        info.handle = r.take(4); // persistentHandle: the one made or removed
        info.changesPersistent = r.ok ? CommandInfo::Persistent::One : CommandInfo::Persistent::All;
        info.cls = CommandClass::NvWrite;
        break;
    }
    case TPM2_CC_Clear:
    case TPM2_CC_ChangeEPS:
    case TPM2_CC_ChangePPS:
    case TPM2_CC_HierarchyControl: // a disabled hierarchy's persistent objects cannot be read
        info.changesPersistent = CommandInfo::Persistent::All;
        [[fallthrough]];
    default:
        info.cls = writesNv(info.code) ? CommandClass::NvWrite : CommandClass::Other;
        break;
    }
    return info;
}

QString commandName(TPM2_CC code)
{
    switch (code) {
    case TPM2_CC_CreatePrimary:
        return QStringLiteral("CreatePrimary");
    case TPM2_CC_Create:
        return QStringLiteral("Create");
    case TPM2_CC_CreateLoaded:
        return QStringLiteral("CreateLoaded");
    case TPM2_CC_ActivateCredential:
        return QStringLiteral("ActivateCredential");
    case TPM2_CC_Import:
        return QStringLiteral("Import");
    case TPM2_CC_Load:
        return QStringLiteral("Load");
    case TPM2_CC_StartAuthSession:
        return QStringLiteral("StartAuthSession");
    case TPM2_CC_PolicySecret:
        return QStringLiteral("PolicySecret");
    case TPM2_CC_HMAC:
        return QStringLiteral("HMAC");
    case TPM2_CC_Sign:
        return QStringLiteral("Sign");
    case TPM2_CC_NV_Read:
        return QStringLiteral("NV_Read");
    case TPM2_CC_NV_Write:
        return QStringLiteral("NV_Write");
    case TPM2_CC_NV_ReadPublic:
        return QStringLiteral("NV_ReadPublic");
    case TPM2_CC_NV_DefineSpace:
        return QStringLiteral("NV_DefineSpace");
    case TPM2_CC_NV_UndefineSpace:
        return QStringLiteral("NV_UndefineSpace");
    case TPM2_CC_NV_WriteLock:
        return QStringLiteral("NV_WriteLock");
    case TPM2_CC_ReadPublic:
        return QStringLiteral("ReadPublic");
    case TPM2_CC_GetCapability:
        return QStringLiteral("GetCapability");
    case TPM2_CC_EvictControl:
        return QStringLiteral("EvictControl");
    case TPM2_CC_FlushContext:
        return QStringLiteral("FlushContext");
    case TPM2_CC_HierarchyChangeAuth:
        return QStringLiteral("HierarchyChangeAuth");
    case TPM2_CC_DictionaryAttackParameters:
        return QStringLiteral("DictionaryAttackParameters");
    case TPM2_CC_Startup:
        return QStringLiteral("Startup");
    case TPM2_CC_GetRandom:
        return QStringLiteral("GetRandom");
    default:
        return QStringLiteral("0x%1").arg(code, 8, 16, QLatin1Char('0'));
    }
}

Result<CommandDeadlines, QString> deadlinesFromJson(const QJsonObject& deadlinesMs)
{
    CommandDeadlines out{};
    for (auto it = deadlinesMs.begin(); it != deadlinesMs.end(); ++it) {
        int index = -1;
        for (int i = 0; i < kCommandClassCount; ++i)
            if (commandClassKey(static_cast<CommandClass>(i)) == it.key())
                index = i;
        if (index < 0) {
            QStringList keys;
            for (int i = 0; i < kCommandClassCount; ++i)
                keys << commandClassKey(static_cast<CommandClass>(i));
            return fail(Tr::tr("The TPM deadline \"%1\" is not a command class; use one of %2.")
                            .arg(it.key(), keys.join(QStringLiteral(", "))));
        }
        const double ms = it.value().toDouble(-1);
        if (!it.value().isDouble() || ms != std::floor(ms) || ms < 100 || ms > 3600000)
            return fail(Tr::tr("The TPM deadline for %1 must be whole milliseconds from 100 to 3,600,000.")
                            .arg(it.key()));
        out[static_cast<size_t>(index)] = std::chrono::milliseconds(static_cast<std::int64_t>(ms));
    }
    return out;
}

std::uint64_t TimingRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double TimingRandom::uniform()
{
    // 53 random bits, shifted off zero so that log() is defined.
    return (static_cast<double>(next() >> 11) + 0.5) / 9007199254740992.0;
}

double TimingRandom::normal()
{
    const double u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

Result<TimingModel, QString> TimingModel::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(QStringLiteral("unknown format (expected %1)").arg(kFormat));
    TimingModel model;
    model.m_name = root.value(QStringLiteral("name")).toString();
    if (model.m_name.isEmpty())
        return fail(QStringLiteral("the model has no name"));
    model.m_scale = root.value(QStringLiteral("scale")).toDouble(1.0);
    if (!(model.m_scale > 0 && model.m_scale <= 1000))
        return fail(QStringLiteral("scale must be above 0 and at most 1000"));
    const QJsonObject classes = root.value(QStringLiteral("classes")).toObject();
    for (int i = 0; i < kCommandClassCount; ++i) {
        const QString key = commandClassKey(static_cast<CommandClass>(i));
        if (!classes.value(key).isObject())
            return fail(QStringLiteral("class %1 is missing").arg(key));
        auto timing = readTiming(classes.value(key).toObject(), key);
        if (!timing)
            return fail(timing.error());
        model.m_classes[static_cast<size_t>(i)] = *timing;
    }
    model.m_definition = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return model;
}

std::chrono::microseconds TimingModel::draw(const CommandInfo& command, TimingRandom& random) const
{
    const CommandTiming& t = timing(command.cls);
    const double z = random.normal(); // drawn for every command: the sequence decides, not the classes
    double ms = t.medianMs;
    if (t.p99Ms > t.medianMs && t.medianMs > 0)
        ms = t.medianMs * std::exp(z * std::log(t.p99Ms / t.medianMs) / kZ99);
    ms = std::min(ms, t.maxMs) + t.perByteMs * command.bytes;
    return std::chrono::microseconds(static_cast<std::int64_t>(std::llround(ms * m_scale * 1000.0)));
}

std::chrono::milliseconds TimingModel::deadline(CommandClass c) const
{
    // Not scaled: a scaled model shortens the waits, not the patience with a TPM that stopped answering.
    const CommandTiming& t = timing(c);
    const double ms = t.deadlineMs + t.perByteMs * 2048.0;
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(ms)));
}

} // namespace tps::tpm
