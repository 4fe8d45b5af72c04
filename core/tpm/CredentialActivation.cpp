#include "core/tpm/CredentialActivation.h"

#include "core/tpm/BusSession.h"
#include "core/tpm/EsysPtr.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"
#include "core/tpm/WipedParams.h"

#include <QCoreApplication>
#include <cstring>
#include <openssl/rand.h>
#include <tss2/tss2_mu.h>

namespace tps::tpm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialActivation)
};

AttestationError attestationError(AttestationErrc code, TpmError tpm)
{
    return AttestationError{code, std::move(tpm)};
}

AttestationError tpmFailure(const TpmError& e)
{
    return attestationError(AttestationErrc::Tpm, e);
}

// The response code without the parameter/handle/session number (TPM 2.0 Part 2 §6.6).
std::uint32_t baseCode(std::uint32_t rc)
{
    const std::uint32_t code = rc & 0xFFFFu;
    return (code & TPM2_RC_FMT1) ? (code & 0xBFu) : (code & 0x97Fu);
}

using PersistentRef = TpmRef;

TpmResult<TpmRef> openPersistent(TpmSession& session, TPM2_HANDLE handle)
{
    return openTpmHandle(session, handle);
}

template <typename T2B>
bool fill2b(T2B& out, const QByteArray& bytes, UINT16 capacity)
{
    if (bytes.size() > capacity)
        return false;
    out.size = UINT16(bytes.size());
    std::memcpy(reinterpret_cast<BYTE*>(&out) + sizeof(UINT16), bytes.constData(), size_t(bytes.size()));
    return true;
}

// libtpms (swtpm) answers a failed RSA-OAEP decryption of the seed with TPM_RC_FAILURE although the TPM
// is not in failure mode (a hardware TPM answers TPM_RC_VALUE). Tell the two apart: in real failure mode
// TPM2_GetRandom is refused.
bool decryptionFailureNotFailureMode(TpmSession& session, const TpmError& error)
{
    if ((error.rc & 0xFFFFu) != TPM2_RC_FAILURE)
        return false;
    TPM2B_DIGEST* random = nullptr;
    auto probe = session.run(
        QStringLiteral("TPM2_GetRandom"),
        [&](ESYS_CONTEXT* c) { return Esys_GetRandom_Async(c, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, 8); },
        [&](ESYS_CONTEXT* c) { return Esys_GetRandom_Finish(c, &random); });
    auto owned = adopt(random);
    return probe.ok();
}

TpmError blobError(const QString& what)
{
    return TpmError{TpmErrc::Unexpected, 0, QStringLiteral("authenticationKey"), what};
}

// A policy session satisfied by PolicySecret(TPM_RH_ENDORSEMENT) with the empty endorsement password,
// as the device SDK starts it for each use of the EK.
AttestationResult<TransientObject> endorsementPolicySession(TpmSession& session)
{
    ESYS_TR handle = ESYS_TR_NONE;
    const TPMT_SYM_DEF symmetric{TPM2_ALG_NULL, {}, {}};
    // The caller nonce from OpenSSL's default generator: left to it, tpm2-tss 3.2.1 (OpenSSL 3) makes a
    // fresh library context per nonce, ≈ 0.8 ms of set-up on the station for 32 random bytes.
    TPM2B_NONCE nonceCaller{};
    nonceCaller.size = TPM2_SHA256_DIGEST_SIZE;
    if (RAND_bytes(nonceCaller.buffer, nonceCaller.size) != 1)
        return fail(tpmFailure(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_StartAuthSession"),
                                        QStringLiteral("no random caller nonce")}));
    auto started = session.run(
        QStringLiteral("TPM2_StartAuthSession"),
        [&](ESYS_CONTEXT* c) {
            return Esys_StartAuthSession_Async(c, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                               ESYS_TR_NONE, &nonceCaller, TPM2_SE_POLICY, &symmetric,
                                               TPM2_ALG_SHA256);
        },
        [&](ESYS_CONTEXT* c) { return Esys_StartAuthSession_Finish(c, &handle); });
    if (!started)
        return fail(tpmFailure(started.error()));
    TransientObject policy(session, handle);
    if (auto reset = setAuthValue(session, ESYS_TR_RH_ENDORSEMENT, {}); !reset)
        return fail(tpmFailure(reset.error()));
    auto session1 = authSession(session, ESYS_TR_RH_ENDORSEMENT, ParamCrypt::None);
    if (!session1)
        return fail(tpmFailure(session1.error()));
    const TPM2B_NONCE nonceTpm{};
    const TPM2B_DIGEST cpHash{};
    const TPM2B_NONCE policyRef{};
    TPM2B_TIMEOUT* timeout = nullptr;
    TPMT_TK_AUTH* ticket = nullptr;
    auto secret = session.run(
        QStringLiteral("TPM2_PolicySecret"),
        [&](ESYS_CONTEXT* c) {
            return Esys_PolicySecret_Async(c, ESYS_TR_RH_ENDORSEMENT, handle, *session1, ESYS_TR_NONE,
                                           ESYS_TR_NONE, &nonceTpm, &cpHash, &policyRef, 0);
        },
        [&](ESYS_CONTEXT* c) { return Esys_PolicySecret_Finish(c, &timeout, &ticket); });
    auto t = adopt(timeout);
    auto k = adopt(ticket);
    if (!secret)
        return fail(attestationError(secret.error().code == TpmErrc::AuthFailed
                                         ? AttestationErrc::EndorsementAuthSet
                                         : AttestationErrc::Tpm,
                                     secret.error()));
    return policy;
}

AttestationResult<PersistentRef> openKey(TpmSession& session, TPM2_HANDLE handle, AttestationErrc missing)
{
    auto ref = openPersistent(session, handle);
    if (!ref)
        return fail(attestationError(ref.error().code == TpmErrc::NotFound ? missing : AttestationErrc::Tpm,
                                     ref.error()));
    return std::move(*ref);
}

AttestationResult<QByteArray> activate(TpmSession& session, const PersistentRef& srk,
                                       const QByteArray& idObject, const QByteArray& encryptedSecret)
{
    TPM2B_ID_OBJECT credentialBlob{};
    TPM2B_ENCRYPTED_SECRET secret{};
    if (!fill2b(credentialBlob, idObject, sizeof credentialBlob.credential) ||
        !fill2b(secret, encryptedSecret, sizeof secret.secret))
        return fail(tpmFailure(blobError(QStringLiteral("credential parts too large"))));
    auto ek = openKey(session, kEkRsaHandle, AttestationErrc::EkMissing);
    if (!ek)
        return fail(ek.error());
    // The credential (the inner wrap key of the DPS blob) comes back as the response's first parameter:
    // encrypted by the bus session, which also authorizes the SRK. Started before the policy session.
    auto session1 = authSession(session, srk.get(), ParamCrypt::Response, Carries::Secret);
    if (!session1)
        return fail(tpmFailure(session1.error()));
    auto policy = endorsementPolicySession(session);
    if (!policy)
        return fail(policy.error());
    TPM2B_DIGEST* certInfo = nullptr;
    auto activated = session.run(
        QStringLiteral("TPM2_ActivateCredential"),
        [&](ESYS_CONTEXT* c) {
            return Esys_ActivateCredential_Async(c, srk.get(), ek->get(), *session1, policy->get(),
                                                 ESYS_TR_NONE, &credentialBlob, &secret);
        },
        [&](ESYS_CONTEXT* c) { return Esys_ActivateCredential_Finish(c, &certInfo); });
    auto info = adopt(certInfo);
    (void)policy->flush();
    if (!activated) {
        const std::uint32_t base = baseCode(activated.error().rc);
        const bool wrongKey = base == TPM2_RC_VALUE || base == TPM2_RC_INTEGRITY || base == TPM2_RC_SIZE ||
                              base == TPM2_RC_SCHEME || base == TPM2_RC_KEY_SIZE ||
                              decryptionFailureNotFailureMode(session, activated.error());
        return fail(
            attestationError(wrongKey ? AttestationErrc::WrongEk : AttestationErrc::Tpm, activated.error()));
    }
    QByteArray out(reinterpret_cast<const char*>(info->buffer), info->size);
    std::memset(info->buffer, 0, info->size);
    return out;
}

AttestationResult<void> evict(TpmSession& session, ESYS_TR object, TPM2_HANDLE persistentHandle,
                              crypto::SecretView ownerAuth, ESYS_TR* newHandle)
{
    if (auto set = setAuthValue(session, ESYS_TR_RH_OWNER, ownerAuth); !set)
        return fail(tpmFailure(set.error()));
    auto session1 = authSession(session, ESYS_TR_RH_OWNER, ParamCrypt::None);
    if (!session1) {
        (void)setAuthValue(session, ESYS_TR_RH_OWNER, {});
        return fail(tpmFailure(session1.error()));
    }
    auto evicted = session.run(
        QStringLiteral("TPM2_EvictControl"),
        [&](ESYS_CONTEXT* c) {
            return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, object, *session1, ESYS_TR_NONE, ESYS_TR_NONE,
                                           persistentHandle);
        },
        [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, newHandle); });
    (void)setAuthValue(session, ESYS_TR_RH_OWNER, {}); // do not keep the secret in the ESYS context
    if (!evicted)
        return fail(attestationError(evicted.error().code == TpmErrc::AuthFailed
                                         ? AttestationErrc::OwnerAuthRefused
                                         : AttestationErrc::Tpm,
                                     evicted.error()));
    return {};
}

} // namespace

QString AttestationError::operatorMessage() const
{
    switch (code) {
    case AttestationErrc::EkMissing:
        return Tr::tr("No endorsement key is persisted at 0x81010001: DPS attestation would fail. Send the "
                      "device back to the EK step.");
    case AttestationErrc::SrkMissing:
        return Tr::tr(
            "No storage root key (SRK) is persisted at 0x81000001: DPS attestation would fail. Send "
            "the device back to the ownership step.");
    case AttestationErrc::EndorsementAuthSet:
        return Tr::tr("The endorsement authorization of this TPM is set: DPS would fail, because the device "
                      "proves its EK with an empty endorsement password. Send the device to rework.");
    case AttestationErrc::WrongEk:
        return Tr::tr(
            "The TPM could not activate the credential: it was made for another EK (or another SRK) "
            "than this TPM holds. Check that the device in the socket is the one recorded.");
    case AttestationErrc::ImportRefused:
        return Tr::tr(
            "The TPM refused to import the DPS key: it was not wrapped for this TPM's SRK. Send the "
            "device back to the ownership step.");
    case AttestationErrc::OwnerAuthRefused:
        return Tr::tr("The TPM refused the owner authorization needed to store the DPS key. Check the "
                      "ownership record of this device.");
    case AttestationErrc::Tpm:
        break;
    }
    return tpm.operatorMessage();
}

QString AttestationError::technical() const
{
    return tpm.technical();
}

AttestationResult<QByteArray> activateCredential(TpmSession& session, const QByteArray& idObject,
                                                 const QByteArray& encryptedSecret)
{
    auto srk = openKey(session, kSrkHandle, AttestationErrc::SrkMissing);
    if (!srk)
        return fail(srk.error());
    return activate(session, *srk, idObject, encryptedSecret);
}

AttestationResult<TransientObject> importAuthenticationKey(TpmSession& session,
                                                           const dps::AuthenticationKeyBlob& blob,
                                                           const DeviceSideOptions& options)
{
    TPM2B_PUBLIC keyPublic{};
    {
        size_t offset = 0;
        if (Tss2_MU_TPMT_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(blob.keyPublic.constData()),
                                          size_t(blob.keyPublic.size()), &offset,
                                          &keyPublic.publicArea) != TSS2_RC_SUCCESS)
            return fail(tpmFailure(blobError(QStringLiteral("key public area does not unmarshal"))));
    }
    TPM2B_PRIVATE duplicate{};
    TPM2B_ENCRYPTED_SECRET inSymSeed{};
    if (!fill2b(duplicate, blob.duplicate, sizeof duplicate.buffer) ||
        !fill2b(inSymSeed, blob.wrapKeySeed, sizeof inSymSeed.secret))
        return fail(tpmFailure(blobError(QStringLiteral("duplicate parts too large"))));

    auto srk = openKey(session, kSrkHandle, AttestationErrc::SrkMissing);
    if (!srk)
        return fail(srk.error());
    auto innerWrapKey = activate(session, *srk, blob.idObject, blob.encryptedSecret);
    if (!innerWrapKey)
        return fail(innerWrapKey.error());
    Wiped<TPM2B_DATA> encryptionKey; // wiped on every path out
    const bool fits = fill2b(*encryptionKey, *innerWrapKey, sizeof encryptionKey->buffer);
    innerWrapKey->fill('\0');
    if (!fits)
        return fail(tpmFailure(blobError(QStringLiteral("inner wrap key too large"))));

    TPMT_SYM_DEF_OBJECT aes128Cfb{};
    aes128Cfb.algorithm = TPM2_ALG_AES;
    aes128Cfb.keyBits.aes = 128;
    aes128Cfb.mode.aes = TPM2_ALG_CFB;
    // The inner wrap key is Import's first parameter: encrypted by the bus session.
    auto session1 = authSession(session, srk->get(), ParamCrypt::Command, Carries::Secret);
    if (!session1)
        return fail(tpmFailure(session1.error()));
    TPM2B_PRIVATE* outPrivate = nullptr;
    auto imported = session.run(
        QStringLiteral("TPM2_Import"),
        [&](ESYS_CONTEXT* c) {
            return Esys_Import_Async(c, srk->get(), *session1, ESYS_TR_NONE, ESYS_TR_NONE, encryptionKey.get(),
                                     &keyPublic, &duplicate, &inSymSeed, &aes128Cfb);
        },
        [&](ESYS_CONTEXT* c) { return Esys_Import_Finish(c, &outPrivate); });
    auto priv = adopt(outPrivate);
    if (!imported) {
        const std::uint32_t base = baseCode(imported.error().rc);
        const bool refused = base == TPM2_RC_INTEGRITY || base == TPM2_RC_VALUE || base == TPM2_RC_SIZE ||
                             base == TPM2_RC_KEY || base == TPM2_RC_BINDING ||
                             decryptionFailureNotFailureMode(session, imported.error());
        return fail(attestationError(refused ? AttestationErrc::ImportRefused : AttestationErrc::Tpm,
                                     imported.error()));
    }

    auto loadAuth = authSession(session, srk->get(), ParamCrypt::None);
    if (!loadAuth)
        return fail(tpmFailure(loadAuth.error()));
    ESYS_TR loadedHandle = ESYS_TR_NONE;
    auto loaded = session.run(
        QStringLiteral("TPM2_Load"),
        [&](ESYS_CONTEXT* c) {
            return Esys_Load_Async(c, srk->get(), *loadAuth, ESYS_TR_NONE, ESYS_TR_NONE, priv.get(),
                                   &keyPublic);
        },
        [&](ESYS_CONTEXT* c) { return Esys_Load_Finish(c, &loadedHandle); });
    if (!loaded)
        return fail(tpmFailure(loaded.error()));
    TransientObject key(session, loadedHandle);
    if (!options.persist)
        return key;

    // Like the SDK: remove an older identity key first, then persist the new one.
    if (auto removed = removePersistedKey(session, options.ownerAuth, options.persistentHandle); !removed)
        return fail(removed.error());
    ESYS_TR persisted = ESYS_TR_NONE;
    if (auto stored = evict(session, key.get(), options.persistentHandle, options.ownerAuth, &persisted);
        !stored)
        return fail(stored.error());
    PersistentRef closeLocal(session, persisted); // the persistent object stays; only our handle goes
    return TransientObject();
}

AttestationResult<QByteArray> hmacWithPersistedKey(TpmSession& session, const QByteArray& data,
                                                   TPM2_HANDLE handle)
{
    TPM2B_MAX_BUFFER buffer{};
    if (!fill2b(buffer, data, sizeof buffer.buffer))
        return fail(tpmFailure(blobError(QStringLiteral("data to sign exceeds 1024 bytes"))));
    auto key = openPersistent(session, handle);
    if (!key)
        return fail(tpmFailure(key.error()));
    return hmacWithKey(session, key->get(), data);
}

AttestationResult<QByteArray> hmacWithKey(TpmSession& session, ESYS_TR key, const QByteArray& data)
{
    TPM2B_MAX_BUFFER buffer{};
    if (!fill2b(buffer, data, sizeof buffer.buffer))
        return fail(tpmFailure(blobError(QStringLiteral("data to sign exceeds 1024 bytes"))));
    // The HMAC (a SAS token's signature, a bearer credential) is the response's first parameter.
    auto session1 = authSession(session, key, ParamCrypt::Response, Carries::Secret);
    if (!session1)
        return fail(tpmFailure(session1.error()));
    TPM2B_DIGEST* out = nullptr;
    auto mac = session.run(
        QStringLiteral("TPM2_HMAC"),
        [&](ESYS_CONTEXT* c) {
            return Esys_HMAC_Async(c, key, *session1, ESYS_TR_NONE, ESYS_TR_NONE, &buffer, TPM2_ALG_SHA256);
        },
        [&](ESYS_CONTEXT* c) { return Esys_HMAC_Finish(c, &out); });
    auto owned = adopt(out);
    if (!mac)
        return fail(tpmFailure(mac.error()));
    return QByteArray(reinterpret_cast<const char*>(owned->buffer), owned->size);
}

AttestationResult<bool> removePersistedKey(TpmSession& session, crypto::SecretView ownerAuth,
                                           TPM2_HANDLE handle)
{
    auto key = openPersistent(session, handle);
    if (!key) {
        if (key.error().code == TpmErrc::NotFound)
            return false;
        return fail(tpmFailure(key.error()));
    }
    ESYS_TR none = ESYS_TR_NONE;
    if (auto removed = evict(session, key->get(), handle, ownerAuth, &none); !removed)
        return fail(removed.error());
    key->close(); // tpm2-tss 3.2.1 leaves the evicted object's TR open
    return true;
}

} // namespace tps::tpm
