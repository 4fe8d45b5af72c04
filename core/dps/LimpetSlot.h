// Windows IoT Core / Limpet TPM slots, the parts that need no TPM: the layout, the rules for what goes
// into a slot, and the SAS token exactly as Limpet's TpmDevice forms it (ms-iot/security,
// Limpet/Limpet.NET/Limpet.cs; see docs/FORMATS.md, "Limpet TPM slots").
//
// Logical slot n (0..9): NV index 0x01400100+n holds UTF-8 "hostName/deviceId" (no terminator), the
// device's HMAC key is persisted at 0x81000100+n. The TPM side lives in core/tpm/LimpetSlots.h.
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/tpmwire/TpmError.h"

#include <QByteArray>
#include <QString>
#include <tss2/tss2_tpm2_types.h>

namespace tps::dps {

inline constexpr int kSlotCount = 10;
inline constexpr TPM2_HANDLE kSlotNvBase = 0x01400100;  // Limpet AIOTH_PERSISTED_URI_INDEX
inline constexpr TPM2_HANDLE kSlotKeyBase = 0x81000100; // Limpet AIOTH_PERSISTED_KEY_HANDLE
// TPMA_NV_AUTHWRITE | TPMA_NV_AUTHREAD | TPMA_NV_NO_DA, nameAlg SHA-256, empty auth and policy.
inline constexpr TPMA_NV kSlotNvAttributes = 0x02040004;
// userWithAuth | noDA | sign: KEYEDHASH, nameAlg SHA-256, HMAC-SHA256 scheme, empty policy and unique.
inline constexpr TPMA_OBJECT kSlotKeyAttributes = 0x00040440;
inline constexpr quint32 kDefaultSasValidity = 3600; // seconds, Limpet's GetSASToken default
inline constexpr int kMinKeyBytes = 32;
inline constexpr int kMaxKeyBytes = 64;
inline constexpr int kMaxDeviceIdLength = 128;
inline constexpr int kMaxHostNameLength = 253;

constexpr TPM2_HANDLE slotNvIndex(int slot)
{
    return kSlotNvBase + TPM2_HANDLE(slot);
}
constexpr TPM2_HANDLE slotKeyHandle(int slot)
{
    return kSlotKeyBase + TPM2_HANDLE(slot);
}

enum class SlotErrc {
    InvalidSlot,       // not 0..9
    InvalidHostName,   // not a DNS name
    InvalidDeviceId,   // outside IoT Hub's device ID rules
    InvalidKey,        // not base64, or not 32..64 bytes
    KeyFileUnreadable, // the key file cannot be read
    InvalidValidity,   // a SAS validity that is not 1..4294967295 seconds
    Occupied,          // the slot holds an NV index or a key, and replacing was not asked for
    Empty,             // nothing in the slot (to destroy)
    KeyMissing,        // no HMAC key persisted for the slot: no SAS token
    Unreadable,        // the slot's NV index cannot be read with Limpet's empty index authorization
    NoHostName,        // the slot's NV index holds no hostname (or no device ID): no SAS token
    SrkMissing,        // no storage root key at 0x81000001 to create the HMAC key under
    OwnerAuthSet,      // the owner authorization is set: Limpet's owner commands use the empty password
    Tpm,               // any other TPM failure (see tpm)
};

struct SlotError
{
    SlotErrc code = SlotErrc::Tpm;
    QString message; // translated; empty for SlotErrc::Tpm (then tpm.operatorMessage() says it)
    tpm::TpmError tpm;

    QString operatorMessage() const;
    // One line for logs (English): the code and, for TPM failures, the command and response code.
    QString technical() const;
};

template <typename T>
using SlotResult = Result<T, SlotError>;

// What a slot is to hold. The key is the base64-decoded device key: secret, only in SecureBytes.
struct SlotProvisioning
{
    int slot = 0;
    QString hostName;
    QString deviceId; // empty: the device uses its hardware device ID (Limpet's Provision default "")
    crypto::SecureBytes key;
    bool replace = false; // an occupied slot is destroyed first; otherwise it is refused
};

// Input rules, each failing with a translated message that names the rule.
SlotResult<void> validateSlot(int slot);
// A DNS name: labels of 1..63 letters, digits and hyphens, not starting or ending with a hyphen,
// separated by dots, at most 253 characters (no trailing dot).
SlotResult<void> validateHostName(const QString& hostName);
// IoT Hub's device ID rules: 1..128 characters of a-z A-Z 0-9 and - . % _ * ? ! ( ) , : = @ $ '.
SlotResult<void> validateDeviceId(const QString& deviceId);
// A decoded device key of 32..64 bytes.
SlotResult<void> validateKeyLength(const crypto::SecureBytes& key);
SlotResult<void> validateValidity(qint64 seconds);
// All of the above for a request (the device ID may be empty).
SlotResult<void> validate(const SlotProvisioning& request);

// The base64 text of a device key (surrounding whitespace allowed) -> the key bytes, 32..64 of them.
SlotResult<crypto::SecureBytes> decodeDeviceKey(const crypto::SecureBytes& base64Text);
// A file holding the base64 device key (nothing else but surrounding whitespace; at most 4 KiB).
SlotResult<crypto::SecureBytes> readDeviceKeyFile(const QString& path);
// The text of such a file (at most 4 KiB, read straight into wiped memory), not decoded: also for group keys.
SlotResult<crypto::SecureBytes> readKeyFileText(const QString& path);

// The NV index contents: UTF-8 "hostName/deviceId", no terminator.
QByteArray slotUriData(const QString& hostName, const QString& deviceId);

// How Limpet reads the NV contents back (GetHostName / GetDeviceId): the hostname is what precedes the
// first '/' (empty when the text starts with '/' or has none); the device ID is what follows it (the
// whole text when there is no '/'), or the hardware device ID when nothing follows.
struct SlotUri
{
    QString hostName;
    QString deviceId;
    bool hardwareDeviceId = false; // deviceId is the hardware device ID
};
SlotUri parseSlotUri(const QByteArray& nvData, const QString& hardwareDeviceId);

// Limpet's GetHardwareDeviceId: lowercase hex of SHA-256(slot as little-endian UINT32 || SRK Name), the
// Name as TPM2_ReadPublic returns it (nameAlg || digest).
QString hardwareDeviceId(int slot, const QByteArray& srkName);

// Limpet's AzureUrlEncode for 7-bit text: A-Z a-z 0-9 and ! ( ) * - . _ stay, everything else becomes %xx
// with lowercase hex (so base64's + / = become %2b %2f %3d).
QByteArray limpetUrlEncode(const QByteArray& ascii);
// hostName + "/devices/" + deviceId + "\n" + expiry, UTF-8, not URL-encoded.
QByteArray slotStringToSign(const QString& hostName, const QString& deviceId, qint64 expiry);
// "SharedAccessSignature sr={host}/devices/{id}&sig={url-encoded base64 HMAC}&se={expiry}" (no skn).
QString slotSasToken(const QString& hostName, const QString& deviceId, qint64 expiry, const QByteArray& hmac);
// "HostName={host};DeviceId={id};SharedAccessSignature={token}".
QString slotConnectionString(const QString& hostName, const QString& deviceId, const QString& sasToken);

} // namespace tps::dps
