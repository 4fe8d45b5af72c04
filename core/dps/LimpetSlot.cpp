#include "core/dps/LimpetSlot.h"

#include "core/crypto/SecureBase64.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <openssl/evp.h>

namespace tps::dps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LimpetSlot)
};

constexpr qint64 kMaxKeyFileBytes = 4096;

SlotError inputError(SlotErrc code, const QString& message)
{
    return SlotError{code, message, {}};
}

bool isDeviceIdChar(QChar c)
{
    static const QString specials = QStringLiteral("-.%_*?!(),:=@$'");
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || specials.contains(c);
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return true;
}

const char* codeName(SlotErrc code)
{
    switch (code) {
    case SlotErrc::InvalidSlot:
        return "InvalidSlot";
    case SlotErrc::InvalidHostName:
        return "InvalidHostName";
    case SlotErrc::InvalidDeviceId:
        return "InvalidDeviceId";
    case SlotErrc::InvalidKey:
        return "InvalidKey";
    case SlotErrc::KeyFileUnreadable:
        return "KeyFileUnreadable";
    case SlotErrc::InvalidValidity:
        return "InvalidValidity";
    case SlotErrc::Occupied:
        return "Occupied";
    case SlotErrc::Empty:
        return "Empty";
    case SlotErrc::KeyMissing:
        return "KeyMissing";
    case SlotErrc::Unreadable:
        return "Unreadable";
    case SlotErrc::NoHostName:
        return "NoHostName";
    case SlotErrc::SrkMissing:
        return "SrkMissing";
    case SlotErrc::OwnerAuthSet:
        return "OwnerAuthSet";
    case SlotErrc::Tpm:
        break;
    }
    return "Tpm";
}

} // namespace

QString SlotError::operatorMessage() const
{
    return message.isEmpty() ? tpm.operatorMessage() : message;
}

QString SlotError::technical() const
{
    if (code == SlotErrc::Tpm || tpm.rc != 0)
        return QStringLiteral("%1: %2").arg(QLatin1String(codeName(code)), tpm.technical());
    return QLatin1String(codeName(code));
}

SlotResult<void> validateSlot(int slot)
{
    if (slot < 0 || slot >= kSlotCount)
        return fail(
            inputError(SlotErrc::InvalidSlot,
                       Tr::tr("Slot %1 does not exist: Limpet has the logical slots 0 to 9.").arg(slot)));
    return {};
}

SlotResult<void> validateHostName(const QString& hostName)
{
    const auto bad = [&](const QString& why) {
        return fail(inputError(SlotErrc::InvalidHostName,
                               Tr::tr("The hostname \"%1\" is not a DNS name: %2").arg(hostName, why)));
    };
    if (hostName.isEmpty())
        return fail(inputError(SlotErrc::InvalidHostName,
                               Tr::tr("The hostname is empty: give the IoT hub's hostname, e.g. "
                                      "myhub.azure-devices.net.")));
    if (hostName.size() > kMaxHostNameLength)
        return bad(Tr::tr("it is longer than %n character(s).", nullptr, kMaxHostNameLength));
    for (const QStringView label : QStringView(hostName).split(u'.'))
        if (!isValidLabel(label))
            return bad(Tr::tr("each dot-separated part must be 1 to 63 letters, digits or hyphens, and must "
                              "not start or end with a hyphen."));
    return {};
}

SlotResult<void> validateDeviceId(const QString& deviceId)
{
    if (deviceId.isEmpty())
        return fail(inputError(SlotErrc::InvalidDeviceId, Tr::tr("The device ID is empty.")));
    if (deviceId.size() > kMaxDeviceIdLength)
        return fail(inputError(SlotErrc::InvalidDeviceId,
                               Tr::tr("The device ID is %n character(s) long; IoT Hub allows at most 128.",
                                      nullptr, int(deviceId.size()))));
    for (const QChar c : deviceId)
        if (!isDeviceIdChar(c))
            return fail(
                inputError(SlotErrc::InvalidDeviceId,
                           Tr::tr("The device ID \"%1\" contains \"%2\": IoT Hub allows only letters, "
                                  "digits and - . % _ * ? ! ( ) , : = @ $ '.")
                               .arg(deviceId, QString(c))));
    return {};
}

SlotResult<void> validateKeyLength(const crypto::SecureBytes& key)
{
    if (key.size() < std::size_t(kMinKeyBytes) || key.size() > std::size_t(kMaxKeyBytes))
        return fail(inputError(SlotErrc::InvalidKey,
                               Tr::tr("The device key decodes to %n byte(s); a slot takes a key of 32 to 64 "
                                      "bytes (44 to 88 base64 characters).",
                                      nullptr, int(key.size()))));
    return {};
}

SlotResult<void> validateValidity(qint64 seconds)
{
    if (seconds < 1 || seconds > 0xFFFFFFFFLL)
        return fail(inputError(SlotErrc::InvalidValidity,
                               Tr::tr("The token validity must be a whole number of seconds from 1 to "
                                      "4294967295.")));
    return {};
}

SlotResult<void> validate(const SlotProvisioning& request)
{
    if (auto r = validateSlot(request.slot); !r)
        return r;
    if (auto r = validateHostName(request.hostName); !r)
        return r;
    if (!request.deviceId.isEmpty())
        if (auto r = validateDeviceId(request.deviceId); !r)
            return r;
    return validateKeyLength(request.key);
}

SlotResult<crypto::SecureBytes> decodeDeviceKey(const crypto::SecureBytes& base64Text)
{
    auto key = crypto::decodeBase64(base64Text);
    if (!key)
        return fail(inputError(SlotErrc::InvalidKey,
                               Tr::tr("The device key is not base64 text (the standard alphabet with '=' "
                                      "padding, as the IoT hub shows the primary key).")));
    if (auto r = validateKeyLength(*key); !r)
        return fail(r.error());
    return std::move(*key);
}

SlotResult<crypto::SecureBytes> readDeviceKeyFile(const QString& path)
{
    auto text = readKeyFileText(path);
    if (!text)
        return text;
    return decodeDeviceKey(*text);
}

SlotResult<crypto::SecureBytes> readKeyFileText(const QString& path)
{
    const auto unreadable = [&](const QString& why) {
        return fail(inputError(SlotErrc::KeyFileUnreadable,
                               Tr::tr("Cannot read the key file %1: %2").arg(path, why)));
    };
    const QFileInfo info(path);
    if (!info.exists())
        return unreadable(Tr::tr("it does not exist."));
    if (!info.isFile())
        return unreadable(Tr::tr("it is not a regular file."));
    if (info.size() > kMaxKeyFileBytes)
        return unreadable(Tr::tr("it is larger than 4 KiB; it should hold only the base64 key."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return unreadable(file.errorString());
    // Read straight into a wiped buffer: the key's text never sits in a QByteArray.
    crypto::SecureBytes text{std::size_t(kMaxKeyFileBytes)};
    const qint64 n = file.read(reinterpret_cast<char*>(text.data()), kMaxKeyFileBytes);
    if (n < 0)
        return unreadable(file.errorString());
    return crypto::SecureBytes(text.data(), std::size_t(n));
}

QByteArray slotUriData(const QString& hostName, const QString& deviceId)
{
    return (hostName + QLatin1Char('/') + deviceId).toUtf8();
}

SlotUri parseSlotUri(const QByteArray& nvData, const QString& hardwareDeviceId)
{
    const QString text = QString::fromUtf8(nvData);
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    SlotUri uri;
    uri.hostName = slash > 0 ? text.left(slash) : QString();
    const qsizetype idStart = slash + 1; // 0 when there is no '/': the whole text is the device ID
    if (text.size() > idStart) {
        uri.deviceId = text.mid(idStart);
    } else {
        uri.deviceId = hardwareDeviceId;
        uri.hardwareDeviceId = true;
    }
    return uri;
}

QString hardwareDeviceId(int slot, const QByteArray& srkName)
{
    const quint32 n = quint32(slot);
    const unsigned char le[4] = {static_cast<unsigned char>(n), static_cast<unsigned char>(n >> 8),
                                 static_cast<unsigned char>(n >> 16), static_cast<unsigned char>(n >> 24)};
    unsigned char digest[32];
    unsigned int length = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1 &&
                    EVP_DigestUpdate(ctx, le, sizeof le) == 1 &&
                    EVP_DigestUpdate(ctx, srkName.constData(), size_t(srkName.size())) == 1 &&
                    EVP_DigestFinal_ex(ctx, digest, &length) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QByteArray limpetUrlEncode(const QByteArray& ascii)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(ascii.size() * 3);
    for (const char ch : ascii) {
        const auto c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                          c == '!' || c == '(' || c == ')' || c == '*' || c == '-' || c == '.' || c == '_';
        if (keep) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0F]);
        }
    }
    return out;
}

QByteArray slotStringToSign(const QString& hostName, const QString& deviceId, qint64 expiry)
{
    return (hostName + QStringLiteral("/devices/") + deviceId + QLatin1Char('\n') + QString::number(expiry))
        .toUtf8();
}

QString slotSasToken(const QString& hostName, const QString& deviceId, qint64 expiry, const QByteArray& hmac)
{
    return QStringLiteral("SharedAccessSignature sr=%1/devices/%2&sig=%3&se=%4")
        .arg(hostName, deviceId, QString::fromLatin1(limpetUrlEncode(hmac.toBase64())),
             QString::number(expiry));
}

QString slotConnectionString(const QString& hostName, const QString& deviceId, const QString& sasToken)
{
    return QStringLiteral("HostName=%1;DeviceId=%2;SharedAccessSignature=%3")
        .arg(hostName, deviceId, sasToken);
}

} // namespace tps::dps
