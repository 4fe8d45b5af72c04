#include "core/tpm/TpmKeys.h"

#include "core/tpm/BusSession.h"
#include "core/tpm/EsysPtr.h"
#include "core/tpm/KnownPublic.h"
#include "core/tpm/TpmSession.h"

#include <cstring>

namespace tps::tpm {

namespace {

TpmResult<QByteArray> nameOf(TpmSession& session, ESYS_TR object)
{
    TPM2B_NAME* raw = nullptr;
    const TSS2_RC rc = Esys_TR_GetName(session.esys(), object, &raw);
    auto name = adopt(raw);
    if (rc != TSS2_RC_SUCCESS)
        return fail(makeError(rc, QStringLiteral("Esys_TR_GetName")));
    return QByteArray(reinterpret_cast<const char*>(name->name), name->size);
}

} // namespace

TpmResult<PrimaryKey> createPrimary(TpmSession& session, ESYS_TR hierarchy, const TPM2B_PUBLIC& templ)
{
    const TPM2B_SENSITIVE_CREATE sensitive{};
    const TPM2B_DATA outsideInfo{};
    const TPML_PCR_SELECTION pcrs{};
    ESYS_TR object = ESYS_TR_NONE;
    TPM2B_PUBLIC* outPublic = nullptr;
    TPM2B_CREATION_DATA* creationData = nullptr;
    TPM2B_DIGEST* creationHash = nullptr;
    TPMT_TK_CREATION* ticket = nullptr;
    auto auth = authSession(session, hierarchy, ParamCrypt::None);
    if (!auth)
        return fail(auth.error());
    auto result = session.run(
        QStringLiteral("TPM2_CreatePrimary"),
        [&](ESYS_CONTEXT* c) {
            return Esys_CreatePrimary_Async(c, hierarchy, *auth, ESYS_TR_NONE, ESYS_TR_NONE, &sensitive,
                                            &templ, &outsideInfo, &pcrs);
        },
        [&](ESYS_CONTEXT* c) {
            return Esys_CreatePrimary_Finish(c, &object, &outPublic, &creationData, &creationHash, &ticket);
        });
    auto pub = adopt(outPublic);
    auto cd = adopt(creationData);
    auto ch = adopt(creationHash);
    auto tk = adopt(ticket);
    if (!result)
        return fail(result.error());
    PrimaryKey key{TransientObject(session, object), {}};
    key.key.publicArea = marshalPublic(*pub);
    auto name = nameOf(session, object);
    if (!name)
        return fail(name.error());
    key.key.name = *name;
    return key;
}

TpmResult<KeyPublic> readPersistent(TpmSession& session, TPM2_HANDLE handle)
{
    auto ref = openTpmHandle(session, handle);
    if (!ref)
        return fail(ref.error());
    // Esys_TR_FromTPMPublic already sent TPM2_ReadPublic and keeps its answer: no second command.
    if (auto known = knownKeyPublic(session, ref->get(), handle))
        return std::move(*known);
    const ESYS_TR object = ref->get();
    TPM2B_PUBLIC* outPublic = nullptr;
    TPM2B_NAME* name = nullptr;
    TPM2B_NAME* qualified = nullptr;
    auto read = session.run(
        QStringLiteral("TPM2_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_ReadPublic_Async(c, object, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_ReadPublic_Finish(c, &outPublic, &name, &qualified); });
    auto pub = adopt(outPublic);
    auto n = adopt(name);
    auto q = adopt(qualified);
    if (!read)
        return fail(read.error());
    return KeyPublic{marshalPublic(*pub), QByteArray(reinterpret_cast<const char*>(n->name), n->size)};
}

} // namespace tps::tpm
