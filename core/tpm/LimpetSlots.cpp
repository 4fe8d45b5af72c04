#include "core/tpm/LimpetSlots.h"

#include "core/common/FaultPoints.h"

#include "core/tpm/EsysPtr.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/NvIndex.h"
#include "core/tpm/TpmHandles.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"
#include "core/tpm/WipedParams.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace tps::tpm {

using dps::SlotErrc;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LimpetSlots)
};

constexpr qsizetype kOneShotHmacMax = 1024; // Limpet: TPM2_HMAC up to 1 KiB, an HMAC sequence above

QString hex(TPM2_HANDLE h)
{
    return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
}

SlotError slotError(SlotErrc code, const QString& message, const TpmError& tpm = {})
{
    return SlotError{code, message, tpm};
}

SlotError tpmFailure(const TpmError& error)
{
    return SlotError{SlotErrc::Tpm, {}, error};
}

// The connection itself failed: no point in going on, and the slot's state is unknown.
bool connectionFailed(const TpmError& e)
{
    return e.code == TpmErrc::Lost || e.code == TpmErrc::NotAnswering || e.code == TpmErrc::Cancelled ||
           e.code == TpmErrc::TctiUnreachable;
}

// Which slot NV indices and key handles exist.
struct Occupancy
{
    std::vector<TPM2_HANDLE> nv;
    std::vector<TPM2_HANDLE> keys;
    bool nvDefined(int slot) const { return containsHandle(nv, dps::slotNvIndex(slot)); }
    bool keyPresent(int slot) const { return containsHandle(keys, dps::slotKeyHandle(slot)); }
};

SlotResult<Occupancy> occupancy(TpmSession& session)
{
    auto nv = handlesInRange(session, dps::kSlotNvBase, dps::kSlotCount);
    if (!nv)
        return fail(tpmFailure(nv.error()));
    auto keys = handlesInRange(session, dps::kSlotKeyBase, dps::kSlotCount);
    if (!keys)
        return fail(tpmFailure(keys.error()));
    return Occupancy{std::move(*nv), std::move(*keys)};
}

// The SRK's Name, std::nullopt when no SRK is persisted.
SlotResult<std::optional<QByteArray>> srkName(TpmSession& session)
{
    auto srk = readPersistent(session, kSrkHandle);
    if (!srk) {
        if (srk.error().code == TpmErrc::NotFound)
            return std::optional<QByteArray>{};
        return fail(tpmFailure(srk.error()));
    }
    return std::optional<QByteArray>{srk->name};
}

bool matchesTemplate(const QByteArray& publicArea)
{
    auto pub = unmarshalPublic(publicArea);
    if (!pub)
        return false;
    const TPMT_PUBLIC& p = pub->publicArea;
    const TPMT_KEYEDHASH_SCHEME& scheme = p.parameters.keyedHashDetail.scheme;
    return p.type == TPM2_ALG_KEYEDHASH && p.nameAlg == TPM2_ALG_SHA256 &&
           p.objectAttributes == dps::kSlotKeyAttributes && p.authPolicy.size == 0 &&
           scheme.scheme == TPM2_ALG_HMAC && scheme.details.hmac.hashAlg == TPM2_ALG_SHA256;
}

// Reads the slot's NV index into `info` as Limpet's GetHeldData does (NV_ReadPublic, then NV_Read of the
// whole index with the index's empty authorization).
SlotResult<void> readUri(TpmSession& session, SlotInfo& info)
{
    auto opened = nvOpen(session, dps::slotNvIndex(info.slot));
    if (!opened)
        return fail(tpmFailure(opened.error()));
    if (!opened->has_value()) {
        info.nvDefined = false;
        return {};
    }
    const OpenedNv& nv = **opened;
    info.nvAttributes = nv.pub.attributes;
    info.nvSize = nv.pub.size;
    auto data = nvRead(session, nv, NvAuth::index());
    if (!data) {
        if (connectionFailed(data.error()))
            return fail(tpmFailure(data.error()));
        return {}; // Limpet would read nothing: no hostname, the hardware device ID
    }
    info.nvReadable = true;
    info.nvData = *data;
    return {};
}

SlotResult<SlotInfo> inspect(TpmSession& session, int slot, const Occupancy& present,
                             const std::optional<QByteArray>& srk)
{
    SlotInfo info;
    info.slot = slot;
    info.nvDefined = present.nvDefined(slot);
    info.keyPresent = present.keyPresent(slot);
    if (info.nvDefined)
        if (auto read = readUri(session, info); !read)
            return fail(read.error());
    if (info.keyPresent) {
        auto key = readPersistent(session, dps::slotKeyHandle(slot));
        if (!key && connectionFailed(key.error()))
            return fail(tpmFailure(key.error()));
        info.keyMatchesTemplate = key && matchesTemplate(key->publicArea);
    }
    if (info.nvDefined) {
        const dps::SlotUri uri =
            dps::parseSlotUri(info.nvData, srk ? dps::hardwareDeviceId(slot, *srk) : QString());
        info.hostName = uri.hostName;
        info.deviceId = uri.deviceId;
        info.hardwareDeviceId = uri.hardwareDeviceId && !info.deviceId.isEmpty();
    }
    return info;
}

} // namespace

bool SlotInfo::layoutMatches() const
{
    return nvDefined && keyPresent && (nvAttributes & ~TPMA_NV_WRITTEN) == dps::kSlotNvAttributes &&
           keyMatchesTemplate;
}

TPM2B_PUBLIC slotKeyTemplate()
{
    TPM2B_PUBLIC t{};
    t.publicArea.type = TPM2_ALG_KEYEDHASH;
    t.publicArea.nameAlg = TPM2_ALG_SHA256;
    t.publicArea.objectAttributes = dps::kSlotKeyAttributes;
    t.publicArea.parameters.keyedHashDetail.scheme.scheme = TPM2_ALG_HMAC;
    t.publicArea.parameters.keyedHashDetail.scheme.details.hmac.hashAlg = TPM2_ALG_SHA256;
    return t; // authPolicy and unique stay empty
}

SlotResult<QList<SlotInfo>> listSlots(TpmSession& session)
{
    auto present = occupancy(session);
    if (!present)
        return fail(present.error());
    auto srk = srkName(session);
    if (!srk)
        return fail(srk.error());
    QList<SlotInfo> all;
    for (int slot = 0; slot < dps::kSlotCount; ++slot) {
        auto info = inspect(session, slot, *present, *srk);
        if (!info)
            return fail(info.error());
        all.append(std::move(*info));
    }
    return all;
}

SlotResult<SlotInfo> readSlot(TpmSession& session, int slot)
{
    if (auto valid = dps::validateSlot(slot); !valid)
        return fail(valid.error());
    auto present = occupancy(session);
    if (!present)
        return fail(present.error());
    auto srk = srkName(session);
    if (!srk)
        return fail(srk.error());
    return inspect(session, slot, *present, *srk);
}

SlotResult<QString> slotHardwareDeviceId(TpmSession& session, int slot)
{
    if (auto valid = dps::validateSlot(slot); !valid)
        return fail(valid.error());
    auto srk = srkName(session);
    if (!srk)
        return fail(srk.error());
    if (!srk->has_value())
        return fail(slotError(SlotErrc::SrkMissing,
                              Tr::tr("No storage root key (SRK) is persisted at 0x81000001: the hardware "
                                     "device ID is derived from its name.")));
    return dps::hardwareDeviceId(slot, **srk);
}

// ---------------------------------------------------------------------------------------------------------
// Provisioning, in named phases.

namespace {

// Everything that can refuse the request, checked before the first write.
SlotResult<void> checkProvisionable(TpmSession& session, const dps::SlotProvisioning& request,
                                    const Occupancy& present)
{
    auto hierarchy = readHierarchyState(session);
    if (!hierarchy)
        return fail(tpmFailure(hierarchy.error()));
    if (hierarchy->ownerAuthSet)
        return fail(
            slotError(SlotErrc::OwnerAuthSet,
                      Tr::tr("The owner authorization of this TPM is set: Limpet (Windows IoT Core) "
                             "defines and removes slots with the empty owner password, so the station "
                             "does not write slot %1. Nothing was written.")
                          .arg(request.slot)));
    auto srk = srkName(session);
    if (!srk)
        return fail(srk.error());
    if (!srk->has_value())
        return fail(
            slotError(SlotErrc::SrkMissing,
                      Tr::tr("No storage root key (SRK) is persisted at 0x81000001: a slot's key is "
                             "created under it. Take ownership of the TPM first. Nothing was written.")));
    const bool occupied = present.nvDefined(request.slot) || present.keyPresent(request.slot);
    if (occupied && !request.replace)
        return fail(
            slotError(SlotErrc::Occupied,
                      Tr::tr("Slot %1 is in use (NV index %2 %3, key %4 %5): nothing was written. "
                             "Replace it explicitly to destroy what it holds and provision it anew.")
                          .arg(request.slot)
                          .arg(hex(dps::slotNvIndex(request.slot)),
                               present.nvDefined(request.slot) ? Tr::tr("defined") : Tr::tr("free"),
                               hex(dps::slotKeyHandle(request.slot)),
                               present.keyPresent(request.slot) ? Tr::tr("present") : Tr::tr("free"))));
    return {};
}

// An HMAC session salted to the SRK whose first command parameter is encrypted (TPMA_SESSION_DECRYPT):
// the device key crosses the TPM bus encrypted.
SlotResult<TransientObject> encryptingSession(TpmSession& session, ESYS_TR srk)
{
    const TPMT_SYM_DEF aes128Cfb{TPM2_ALG_AES, {128}, {TPM2_ALG_CFB}};
    TPM2B_NONCE nonceCaller{};
    nonceCaller.size = TPM2_SHA256_DIGEST_SIZE;
    if (RAND_bytes(nonceCaller.buffer, nonceCaller.size) != 1)
        return fail(tpmFailure(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_StartAuthSession"),
                                        QStringLiteral("no random caller nonce")}));
    ESYS_TR handle = ESYS_TR_NONE;
    auto started = session.run(
        QStringLiteral("TPM2_StartAuthSession"),
        [&](ESYS_CONTEXT* c) {
            return Esys_StartAuthSession_Async(c, srk, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                               &nonceCaller, TPM2_SE_HMAC, &aes128Cfb, TPM2_ALG_SHA256);
        },
        [&](ESYS_CONTEXT* c) { return Esys_StartAuthSession_Finish(c, &handle); });
    if (!started)
        return fail(tpmFailure(started.error()));
    TransientObject owned(session, handle);
    const TSS2_RC rc = Esys_TRSess_SetAttributes(session.esys(), handle,
                                                 TPMA_SESSION_DECRYPT | TPMA_SESSION_CONTINUESESSION, 0xFF);
    if (rc != TSS2_RC_SUCCESS)
        return fail(tpmFailure(makeError(rc, QStringLiteral("Esys_TRSess_SetAttributes"))));
    return owned;
}

struct CreatedKey
{
    EsysPtr<TPM2B_PRIVATE> privatePart;
    EsysPtr<TPM2B_PUBLIC> publicPart;
};

// TPM2_Create under the SRK with sensitive.data = the device key (Limpet's template).
SlotResult<CreatedKey> createKey(TpmSession& session, ESYS_TR srk, const crypto::SecureBytes& key)
{
    auto encrypt = encryptingSession(session, srk);
    if (!encrypt)
        return fail(encrypt.error());
    Wiped<TPM2B_SENSITIVE_CREATE> sensitive; // wiped on every path out
    if (!fillSecret(sensitive->sensitive.data, key))
        return fail(tpmFailure(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_Create"),
                                        QStringLiteral("slot key longer than TPM2B_SENSITIVE_DATA")}));
    const TPM2B_PUBLIC templ = slotKeyTemplate();
    const TPM2B_DATA outsideInfo{};
    const TPML_PCR_SELECTION pcrs{};
    TPM2B_PRIVATE* outPrivate = nullptr;
    TPM2B_PUBLIC* outPublic = nullptr;
    TPM2B_CREATION_DATA* creationData = nullptr;
    TPM2B_DIGEST* creationHash = nullptr;
    TPMT_TK_CREATION* ticket = nullptr;
    auto created = session.run(
        QStringLiteral("TPM2_Create"),
        [&](ESYS_CONTEXT* c) {
            return Esys_Create_Async(c, srk, encrypt->get(), ESYS_TR_NONE, ESYS_TR_NONE, sensitive.get(), &templ,
                                     &outsideInfo, &pcrs);
        },
        [&](ESYS_CONTEXT* c) {
            return Esys_Create_Finish(c, &outPrivate, &outPublic, &creationData, &creationHash, &ticket);
        });
    CreatedKey out{adopt(outPrivate), adopt(outPublic)};
    auto ownedCreationData = adopt(creationData);
    auto ownedCreationHash = adopt(creationHash);
    auto ownedTicket = adopt(ticket);
    if (!created)
        return fail(tpmFailure(created.error()));
    return out;
}

SlotResult<TransientObject> loadKey(TpmSession& session, ESYS_TR srk, const CreatedKey& key)
{
    ESYS_TR loaded = ESYS_TR_NONE;
    auto result = session.run(
        QStringLiteral("TPM2_Load"),
        [&](ESYS_CONTEXT* c) {
            return Esys_Load_Async(c, srk, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                   key.privatePart.get(), key.publicPart.get());
        },
        [&](ESYS_CONTEXT* c) { return Esys_Load_Finish(c, &loaded); });
    if (!result)
        return fail(tpmFailure(result.error()));
    return TransientObject(session, loaded);
}

// NV_DefineSpace(owner, empty auth) sized to the data, then NV_Write with the index's own empty
// authorization (AUTHWRITE), as Limpet. A failed write undefines the index again.
SlotResult<void> writeUri(TpmSession& session, int slot, const QByteArray& data)
{
    NvDefinition definition;
    definition.index = dps::slotNvIndex(slot);
    definition.size = quint16(data.size());
    definition.attributes = dps::kSlotNvAttributes;
    definition.nameAlg = TPM2_ALG_SHA256;
    if (auto defined = nvDefine(session, definition, NvAuth::owner()); !defined)
        return fail(tpmFailure(defined.error()));
    if (auto written = nvWrite(session, definition.index, data, 0, NvAuth::index()); !written) {
        (void)nvUndefine(session, definition.index, NvAuth::owner());
        return fail(tpmFailure(written.error()));
    }
    return {};
}

SlotResult<void> replaceIfAsked(TpmSession& session, const dps::SlotProvisioning& request,
                                const Occupancy& present)
{
    if (!request.replace || !(present.nvDefined(request.slot) || present.keyPresent(request.slot)))
        return {};
    auto destroyed = destroySlot(session, request.slot);
    if (!destroyed)
        return fail(destroyed.error());
    return {};
}

} // namespace

SlotResult<void> provisionSlot(TpmSession& session, const dps::SlotProvisioning& request)
{
    if (auto valid = dps::validate(request); !valid)
        return valid;
    const QByteArray uri = dps::slotUriData(request.hostName, request.deviceId);
    auto present = occupancy(session);
    if (!present)
        return fail(present.error());
    if (auto ok = checkProvisionable(session, request, *present); !ok)
        return ok;
    auto srk = openTpmHandle(session, kSrkHandle);
    if (!srk)
        return fail(tpmFailure(srk.error()));
    // The key first: a TPM that refuses it leaves the slot as it was.
    auto created = createKey(session, srk->get(), request.key);
    if (!created)
        return fail(created.error());
    auto loaded = loadKey(session, srk->get(), *created);
    if (!loaded)
        return fail(loaded.error());
    if (auto replaced = replaceIfAsked(session, request, *present); !replaced)
        return replaced;
    if (auto written = writeUri(session, request.slot, uri); !written)
        return written;
    faultPoint("slot.after-uri-written"); // crash tests: a half-written slot (index, no key)
    if (auto persisted = persistObject(session, loaded->get(), dps::slotKeyHandle(request.slot));
        !persisted) {
        (void)nvUndefine(session, dps::slotNvIndex(request.slot), NvAuth::owner());
        return fail(tpmFailure(persisted.error()));
    }
    if (auto flushed = loaded->flush(); !flushed)
        return fail(tpmFailure(flushed.error()));
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Signing and destroying.

namespace {

SlotResult<QByteArray> hmacOneShot(TpmSession& session, ESYS_TR key, const QByteArray& data)
{
    TPM2B_MAX_BUFFER buffer{};
    buffer.size = UINT16(data.size());
    std::memcpy(buffer.buffer, data.constData(), size_t(data.size()));
    TPM2B_DIGEST* out = nullptr;
    auto mac = session.run(
        QStringLiteral("TPM2_HMAC"),
        [&](ESYS_CONTEXT* c) {
            return Esys_HMAC_Async(c, key, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &buffer,
                                   TPM2_ALG_SHA256);
        },
        [&](ESYS_CONTEXT* c) { return Esys_HMAC_Finish(c, &out); });
    auto owned = adopt(out);
    if (!mac)
        return fail(tpmFailure(mac.error()));
    return QByteArray(reinterpret_cast<const char*>(owned->buffer), owned->size);
}

// Flushes an HMAC sequence object unless TPM2_SequenceComplete consumed it.
class SequenceGuard
{
public:
    SequenceGuard(TpmSession& session, ESYS_TR sequence) : m_session(session), m_sequence(sequence) {}
    ~SequenceGuard()
    {
        if (m_sequence != ESYS_TR_NONE && !m_session.isBroken())
            (void)m_session.flush(m_sequence);
    }
    SequenceGuard(const SequenceGuard&) = delete;
    SequenceGuard& operator=(const SequenceGuard&) = delete;
    void consumed() { m_sequence = ESYS_TR_NONE; }

private:
    TpmSession& m_session;
    ESYS_TR m_sequence;
};

TPM2B_MAX_BUFFER chunkOf(const QByteArray& data, qsizetype at, qsizetype size)
{
    TPM2B_MAX_BUFFER buffer{};
    buffer.size = UINT16(size);
    std::memcpy(buffer.buffer, data.constData() + at, size_t(size));
    return buffer;
}

// HMAC_Start, SequenceUpdate with 1024-byte chunks while more than 1024 bytes remain, SequenceComplete with
// the rest (Limpet's SignHmac for long data).
SlotResult<QByteArray> hmacSequence(TpmSession& session, ESYS_TR key, const QByteArray& data)
{
    const TPM2B_AUTH sequenceAuth{};
    ESYS_TR sequence = ESYS_TR_NONE;
    auto started = session.run(
        QStringLiteral("TPM2_HMAC_Start"),
        [&](ESYS_CONTEXT* c) {
            return Esys_HMAC_Start_Async(c, key, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &sequenceAuth,
                                         TPM2_ALG_SHA256);
        },
        [&](ESYS_CONTEXT* c) { return Esys_HMAC_Start_Finish(c, &sequence); });
    if (!started)
        return fail(tpmFailure(started.error()));
    SequenceGuard guard(session, sequence);
    qsizetype at = 0;
    for (; data.size() - at > kOneShotHmacMax; at += kOneShotHmacMax) {
        const TPM2B_MAX_BUFFER chunk = chunkOf(data, at, kOneShotHmacMax);
        auto updated = session.run(
            QStringLiteral("TPM2_SequenceUpdate"),
            [&](ESYS_CONTEXT* c) {
                return Esys_SequenceUpdate_Async(c, sequence, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                                 &chunk);
            },
            [&](ESYS_CONTEXT* c) { return Esys_SequenceUpdate_Finish(c); });
        if (!updated)
            return fail(tpmFailure(updated.error()));
    }
    const TPM2B_MAX_BUFFER last = chunkOf(data, at, data.size() - at);
    TPM2B_DIGEST* result = nullptr;
    TPMT_TK_HASHCHECK* validation = nullptr;
    auto completed = session.run(
        QStringLiteral("TPM2_SequenceComplete"),
        [&](ESYS_CONTEXT* c) {
            return Esys_SequenceComplete_Async(c, sequence, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                               &last, ESYS_TR_RH_NULL);
        },
        [&](ESYS_CONTEXT* c) { return Esys_SequenceComplete_Finish(c, &result, &validation); });
    auto digest = adopt(result);
    auto ticket = adopt(validation);
    if (!completed)
        return fail(tpmFailure(completed.error()));
    guard.consumed();
    return QByteArray(reinterpret_cast<const char*>(digest->buffer), digest->size);
}

} // namespace

SlotResult<QByteArray> slotHmac(TpmSession& session, int slot, const QByteArray& data)
{
    if (auto valid = dps::validateSlot(slot); !valid)
        return fail(valid.error());
    auto key = openTpmHandle(session, dps::slotKeyHandle(slot));
    if (!key) {
        if (key.error().code == TpmErrc::NotFound)
            return fail(slotError(SlotErrc::KeyMissing,
                                  Tr::tr("Slot %1 has no key at %2: the device could not sign a token.")
                                      .arg(slot)
                                      .arg(hex(dps::slotKeyHandle(slot))),
                                  key.error()));
        return fail(tpmFailure(key.error()));
    }
    return data.size() <= kOneShotHmacMax ? hmacOneShot(session, key->get(), data)
                                          : hmacSequence(session, key->get(), data);
}

namespace {

SlotResult<void> checkSignable(const SlotInfo& info)
{
    const int slot = info.slot;
    if (!info.occupied())
        return fail(slotError(SlotErrc::Empty, Tr::tr("Slot %1 is empty: provision it first.").arg(slot)));
    if (info.nvDefined && !info.nvReadable)
        return fail(slotError(SlotErrc::Unreadable,
                              Tr::tr("The NV index %1 of slot %2 cannot be read with the empty authorization "
                                     "a device uses: it does not follow the Limpet layout.")
                                  .arg(hex(dps::slotNvIndex(slot)))
                                  .arg(slot)));
    if (info.hostName.isEmpty() || info.deviceId.isEmpty())
        return fail(slotError(SlotErrc::NoHostName,
                              Tr::tr("Slot %1 holds no IoT hub hostname and device ID (NV index %2): the "
                                     "device could not form a token.")
                                  .arg(slot)
                                  .arg(hex(dps::slotNvIndex(slot)))));
    if (!info.keyPresent)
        return fail(slotError(SlotErrc::KeyMissing,
                              Tr::tr("Slot %1 has no key at %2: the device could not sign a token.")
                                  .arg(slot)
                                  .arg(hex(dps::slotKeyHandle(slot)))));
    return {};
}

} // namespace

SlotResult<SlotSas> slotSasToken(TpmSession& session, int slot, qint64 validity, std::optional<qint64> now)
{
    if (auto valid = dps::validateValidity(validity); !valid)
        return fail(valid.error());
    auto info = readSlot(session, slot);
    if (!info)
        return fail(info.error());
    if (auto signable = checkSignable(*info); !signable)
        return fail(signable.error());
    SlotSas sas;
    sas.slot = slot;
    sas.hostName = info->hostName;
    sas.deviceId = info->deviceId;
    sas.expiry = now.value_or(QDateTime::currentSecsSinceEpoch()) + validity;
    sas.stringToSign = dps::slotStringToSign(sas.hostName, sas.deviceId, sas.expiry);
    auto signature = slotHmac(session, slot, sas.stringToSign);
    if (!signature)
        return fail(signature.error());
    sas.signature = *signature;
    sas.token = dps::slotSasToken(sas.hostName, sas.deviceId, sas.expiry, sas.signature);
    sas.connectionString = dps::slotConnectionString(sas.hostName, sas.deviceId, sas.token);
    return sas;
}

SlotResult<SlotDestroyed> destroySlot(TpmSession& session, int slot)
{
    if (auto valid = dps::validateSlot(slot); !valid)
        return fail(valid.error());
    auto present = occupancy(session);
    if (!present)
        return fail(present.error());
    if (!present->nvDefined(slot) && !present->keyPresent(slot))
        return fail(
            slotError(SlotErrc::Empty, Tr::tr("Slot %1 is empty: there is nothing to destroy.").arg(slot)));
    auto hierarchy = readHierarchyState(session);
    if (!hierarchy)
        return fail(tpmFailure(hierarchy.error()));
    if (hierarchy->ownerAuthSet)
        return fail(slotError(SlotErrc::OwnerAuthSet,
                              Tr::tr("The owner authorization of this TPM is set: a slot is removed with the "
                                     "empty owner password, as Limpet does. Nothing was removed.")));
    SlotDestroyed done;
    if (present->nvDefined(slot)) {
        if (auto r = nvUndefine(session, dps::slotNvIndex(slot), NvAuth::owner()); !r)
            return fail(tpmFailure(r.error()));
        done.nvRemoved = true;
    }
    if (present->keyPresent(slot)) {
        if (auto r = evictPersistent(session, dps::slotKeyHandle(slot)); !r)
            return fail(tpmFailure(r.error()));
        done.keyRemoved = true;
    }
    return done;
}

} // namespace tps::tpm
