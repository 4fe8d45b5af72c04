#include "core/tpm/BusSession.h"

#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmCleanup.h"
#include "core/tpm/KnownPublic.h"
#include "core/tpm/TpmRefs.h"
#include "core/tpm/TpmSession.h"

#include <algorithm>
#include <openssl/rand.h>

namespace tps::tpm {

namespace {

TPMA_SESSION attributesFor(const TpmSession::BusProtection& bus, ParamCrypt crypt)
{
    TPMA_SESSION flags = TPMA_SESSION_CONTINUESESSION;
    if (!bus.encryptParameters)
        return flags;
    if (crypt == ParamCrypt::Command || crypt == ParamCrypt::Both)
        flags |= TPMA_SESSION_DECRYPT; // the TPM decrypts the command's first parameter
    if (crypt == ParamCrypt::Response || crypt == ParamCrypt::Both)
        flags |= TPMA_SESSION_ENCRYPT; // the TPM encrypts the response's first parameter
    return flags;
}

TpmResult<ESYS_TR> applied(TpmSession& session, ParamCrypt crypt)
{
    TpmSession::BusProtection& bus = session.busProtection();
    const TSS2_RC rc =
        Esys_TRSess_SetAttributes(session.esys(), bus.session, attributesFor(bus, crypt), 0xFF);
    if (rc != TSS2_RC_SUCCESS)
        return fail(makeError(rc, QStringLiteral("Esys_TRSess_SetAttributes")));
    return bus.session;
}

// The EK the salt is encrypted to, as ESAPI holds it (the public area it will use), checked against the
// trusted one.
TpmResult<ESYS_TR> saltKey(TpmSession& session)
{
    const QString command = QStringLiteral("TPM2_StartAuthSession");
    auto ek = openTpmHandle(session, kEkRsaHandle);
    if (!ek)
        return fail(ek.error());
    // ESAPI hands out one ESYS_TR per TPM handle: a caller may hold this very reference, so it is not
    // closed here (it goes with the ESYS context).
    const ESYS_TR tr = ek->get();
    ek->release();
    const QByteArray& trusted = session.busProtection().trustedEk;
    if (trusted.isEmpty())
        return tr;
    const std::optional<KeyPublic> known = knownKeyPublic(session, tr, kEkRsaHandle);
    if (!known)
        return fail(TpmError{TpmErrc::Unexpected, 0, command,
                             QStringLiteral("the EK at 0x81010001 has no usable public area")});
    if (known->publicArea != trusted)
        return fail(
            TpmError{TpmErrc::Unexpected, 0, command,
                     QStringLiteral("the EK at 0x81010001 is not the certificate-checked EK: refusing "
                                    "to salt a session to it (a substituted key on the bus?)")});
    return tr;
}

TpmResult<ESYS_TR> startSalted(TpmSession& session, ESYS_TR ek)
{
    // The caller nonce from OpenSSL's default generator (tpm2-tss 3.2.1 would set up a fresh library
    // context per nonce, see CredentialActivation.cpp).
    TPM2B_NONCE nonceCaller{};
    nonceCaller.size = TPM2_SHA256_DIGEST_SIZE;
    if (RAND_bytes(nonceCaller.buffer, nonceCaller.size) != 1)
        return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_StartAuthSession"),
                             QStringLiteral("no random caller nonce")});
    TPMT_SYM_DEF aes128Cfb{};
    aes128Cfb.algorithm = TPM2_ALG_AES;
    aes128Cfb.keyBits.aes = 128;
    aes128Cfb.mode.aes = TPM2_ALG_CFB;
    ESYS_TR handle = ESYS_TR_NONE;
    auto started = session.run(
        QStringLiteral("TPM2_StartAuthSession"),
        [&](ESYS_CONTEXT* c) {
            return Esys_StartAuthSession_Async(c, ek, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                               &nonceCaller, TPM2_SE_HMAC, &aes128Cfb, TPM2_ALG_SHA256);
        },
        [&](ESYS_CONTEXT* c) { return Esys_StartAuthSession_Finish(c, &handle); });
    if (!started)
        return fail(started.error());
    return handle;
}

bool outOfSessions(const TpmError& e)
{
    const std::uint32_t base = e.rc & 0xFFFu;
    return base == TPM2_RC_SESSION_MEMORY || base == TPM2_RC_SESSION_HANDLES;
}

} // namespace

void trustEk(TpmSession& session, const QByteArray& ekPublic)
{
    session.busProtection().trustedEk = ekPublic;
}

bool busProtected(TpmSession& session)
{
    return session.busProtection().session != ESYS_TR_NONE;
}

TpmResult<void> protectBus(TpmSession& session)
{
    TpmSession::BusProtection& bus = session.busProtection();
    if (bus.session != ESYS_TR_NONE)
        return {};
    auto ek = saltKey(session);
    if (!ek)
        return fail(ek.error());
    auto handle = startSalted(session, *ek);
    if (!handle && outOfSessions(handle.error())) {
        // Sessions a killed station process left loaded (this process starts its bus session first).
        if (auto flushed = flushLoadedSessions(session); !flushed)
            return fail(flushed.error());
        handle = startSalted(session, *ek);
    }
    if (!handle)
        return fail(handle.error());
    session.track(*handle); // flushed when the TpmSession ends
    bus.session = *handle;
    if (auto set = applied(session, ParamCrypt::None); !set)
        return fail(set.error());
    return {};
}

void noteAuthValue(TpmSession& session, ESYS_TR object, bool empty)
{
    std::vector<ESYS_TR>& secret = session.busProtection().secretAuth;
    std::erase(secret, object);
    if (!empty)
        secret.push_back(object);
}

TpmResult<ESYS_TR> authSession(TpmSession& session, ESYS_TR authorizing, ParamCrypt crypt, Carries carries)
{
    TpmSession::BusProtection& bus = session.busProtection();
    if (bus.session == ESYS_TR_NONE) {
        const bool secretAuth = std::ranges::find(bus.secretAuth, authorizing) != bus.secretAuth.end();
        if (carries == Carries::Nothing && !secretAuth)
            return ESYS_TR_PASSWORD; // nothing to hide: an empty authorization, no secret parameter
        if (auto started = protectBus(session); !started) {
            TpmError e = started.error();
            e.detail = QStringLiteral("no salted session to protect a secret on the bus: ") + e.detail;
            return fail(std::move(e));
        }
    }
    return applied(session, crypt);
}

ESYS_TR encryptionSession(TpmSession& session, ParamCrypt crypt)
{
    if (session.busProtection().session == ESYS_TR_NONE)
        return ESYS_TR_NONE;
    auto s = applied(session, crypt);
    return s ? *s : ESYS_TR_NONE;
}

void setParameterEncryption(TpmSession& session, bool on)
{
    session.busProtection().encryptParameters = on;
}

} // namespace tps::tpm
