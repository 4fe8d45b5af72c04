#include "core/tpm/NvIndex.h"

#include "core/tpm/BusSession.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/KnownPublic.h"
#include "core/tpm/TpmSession.h"
#include "core/tpm/WipedParams.h"

#include <algorithm>
#include <cstring>

namespace tps::tpm {

namespace {

TpmError invalidArgument(const QString& command, const QString& why)
{
    return TpmError{TpmErrc::Unexpected, 0, command, why};
}

// Sets the authorization of `tr` for one command and clears it again on destruction.
class ScopedAuth
{
public:
    ScopedAuth(TpmSession& session, ESYS_TR tr, crypto::SecretView value)
        : m_session(session), m_tr(tr), m_set(setAuthValue(session, tr, value))
    {}
    ~ScopedAuth() { (void)setAuthValue(m_session, m_tr, {}); }
    ScopedAuth(const ScopedAuth&) = delete;
    ScopedAuth& operator=(const ScopedAuth&) = delete;
    const TpmResult<void>& result() const { return m_set; }

private:
    TpmSession& m_session;
    ESYS_TR m_tr;
    TpmResult<void> m_set;
};

ESYS_TR hierarchyTr(NvAuth::Entity e)
{
    switch (e) {
    case NvAuth::Entity::Owner:
        return ESYS_TR_RH_OWNER;
    case NvAuth::Entity::Platform:
        return ESYS_TR_RH_PLATFORM;
    case NvAuth::Entity::Index:
        break;
    }
    return ESYS_TR_NONE;
}

TpmResult<quint32> chunkSize(TpmSession& session, const NvIo& io)
{
    // Never more than the TPM takes in one command, whatever the caller asked for.
    auto max = nvBufferMax(session);
    if (!max)
        return fail(max.error());
    const quint32 chunk = io.chunk == 0 ? *max : std::min(io.chunk, *max);
    return std::clamp<quint32>(chunk, 1, TPM2_MAX_NV_BUFFER_SIZE);
}

} // namespace

TpmResult<quint32> nvBufferMax(TpmSession& session)
{
    if (auto known = session.knownFixedProperty(TPM2_PT_NV_BUFFER_MAX); known && *known > 0)
        return std::min<quint32>(*known, TPM2_MAX_NV_BUFFER_SIZE);
    auto props = session.properties(TPM2_PT_NV_BUFFER_MAX, 1);
    if (!props)
        return fail(props.error());
    quint32 value = 512; // TPM PC Client minimum, when the TPM does not say
    for (const auto& p : *props)
        if (p.property == TPM2_PT_NV_BUFFER_MAX && p.value > 0)
            value = p.value;
    return std::min<quint32>(value, TPM2_MAX_NV_BUFFER_SIZE);
}

namespace {

NvPublic toNvPublic(const TPM2B_NV_PUBLIC& pub)
{
    NvPublic out;
    out.index = pub.nvPublic.nvIndex;
    out.attributes = pub.nvPublic.attributes;
    out.size = pub.nvPublic.dataSize;
    out.nameAlg = pub.nvPublic.nameAlg;
    out.authPolicy = QByteArray(reinterpret_cast<const char*>(pub.nvPublic.authPolicy.buffer),
                                pub.nvPublic.authPolicy.size);
    return out;
}

// The public area of an open NV reference: what Esys_TR_FromTPMPublic read when the ESAPI kept it,
// else one TPM2_NV_ReadPublic.
TpmResult<NvPublic> publicOf(TpmSession& session, const TpmRef& handle, quint32 index)
{
    if (auto known = knownNvPublic(session, handle.get(), index))
        return toNvPublic(*known);
    TPM2B_NV_PUBLIC* pubRaw = nullptr;
    TPM2B_NAME* nameRaw = nullptr;
    auto r = session.run(
        QStringLiteral("TPM2_NV_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_NV_ReadPublic_Async(c, handle.get(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_NV_ReadPublic_Finish(c, &pubRaw, &nameRaw); });
    auto pub = adopt(pubRaw);
    auto name = adopt(nameRaw);
    if (!r)
        return fail(r.error());
    return toNvPublic(*pub);
}

} // namespace

TpmResult<std::optional<NvPublic>> nvReadPublic(TpmSession& session, quint32 index)
{
    auto tr = openTpmHandle(session, index);
    if (!tr) {
        if (tr.error().code == TpmErrc::NotFound)
            return std::optional<NvPublic>{};
        return fail(tr.error());
    }
    TpmRef handle = std::move(*tr);
    auto pub = publicOf(session, handle, index);
    if (!pub)
        return fail(pub.error());
    return std::optional<NvPublic>{*pub};
}

TpmResult<void> nvDefine(TpmSession& session, const NvDefinition& definition, const NvAuth& hierarchy)
{
    const QString command = QStringLiteral("TPM2_NV_DefineSpace");
    const ESYS_TR authTr = hierarchyTr(hierarchy.entity);
    if (authTr == ESYS_TR_NONE)
        return fail(invalidArgument(command, QStringLiteral("NV indices are defined by owner or platform")));
    WipedAuth auth; // the new index's authorization: wiped on every path out
    TPM2B_NV_PUBLIC pub{};
    if (!fillSecret(*auth, definition.authValue) ||
        definition.authPolicy.size() > qsizetype(sizeof pub.nvPublic.authPolicy.buffer))
        return fail(invalidArgument(command, QStringLiteral("auth value or policy too long")));
    pub.nvPublic.nvIndex = definition.index;
    pub.nvPublic.nameAlg = definition.nameAlg;
    pub.nvPublic.attributes = definition.attributes;
    pub.nvPublic.authPolicy.size = UINT16(definition.authPolicy.size());
    std::memcpy(pub.nvPublic.authPolicy.buffer, definition.authPolicy.constData(),
                pub.nvPublic.authPolicy.size);
    pub.nvPublic.dataSize = definition.size;

    ScopedAuth scoped(session, authTr, hierarchy.value);
    if (!scoped.result())
        return fail(scoped.result().error());
    // The new index's authorization value is the first parameter: encrypted on the bus when set.
    auto session1 = authSession(session, authTr, ParamCrypt::Command,
                                definition.authValue.empty() ? Carries::Nothing : Carries::Secret);
    if (!session1)
        return fail(session1.error());
    ESYS_TR created = ESYS_TR_NONE;
    auto r = session.run(
        command,
        [&](ESYS_CONTEXT* c) {
            return Esys_NV_DefineSpace_Async(c, authTr, *session1, ESYS_TR_NONE, ESYS_TR_NONE, auth.get(), &pub);
        },
        [&](ESYS_CONTEXT* c) { return Esys_NV_DefineSpace_Finish(c, &created); });
    TpmRef handle(session, created);
    return r;
}

TpmResult<void> nvUndefine(TpmSession& session, quint32 index, const NvAuth& hierarchy)
{
    const QString command = QStringLiteral("TPM2_NV_UndefineSpace");
    const ESYS_TR authTr = hierarchyTr(hierarchy.entity);
    if (authTr == ESYS_TR_NONE)
        return fail(
            invalidArgument(command, QStringLiteral("NV indices are undefined by owner or platform")));
    auto tr = openTpmHandle(session, index);
    if (!tr)
        return fail(tr.error());
    TpmRef handle = std::move(*tr);
    ScopedAuth scoped(session, authTr, hierarchy.value);
    if (!scoped.result())
        return fail(scoped.result().error());
    auto session1 = authSession(session, authTr, ParamCrypt::None);
    if (!session1)
        return fail(session1.error());
    auto r = session.run(
        command,
        [&](ESYS_CONTEXT* c) {
            return Esys_NV_UndefineSpace_Async(c, authTr, handle.get(), *session1, ESYS_TR_NONE,
                                               ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_NV_UndefineSpace_Finish(c); });
    if (r)
        handle.release(); // ESAPI deletes the object of an undefined index itself
    return r;
}

namespace {

TpmResult<void> writeAt(TpmSession& session, const TpmRef& handle, quint32 index, const QByteArray& data,
                        quint16 offset, const NvAuth& auth, const NvIo& io)
{
    const QString command = QStringLiteral("TPM2_NV_Write");
    if (qsizetype(offset) + data.size() > 0xFFFF)
        return fail(invalidArgument(command, QStringLiteral("write beyond 64 KiB")));
    auto chunk = chunkSize(session, io);
    if (!chunk)
        return fail(chunk.error());
    const ESYS_TR authTr = auth.entity == NvAuth::Entity::Index ? handle.get() : hierarchyTr(auth.entity);
    ScopedAuth scoped(session, authTr, auth.value);
    if (!scoped.result())
        return fail(scoped.result().error());
    // The data is the first parameter: encrypted whenever the bus session runs.
    auto session1 = authSession(session, authTr, ParamCrypt::Command);
    if (!session1)
        return fail(session1.error());
    qsizetype done = 0;
    while (done < data.size()) {
        TPM2B_MAX_NV_BUFFER buffer{};
        buffer.size = UINT16(std::min<qsizetype>(*chunk, data.size() - done));
        std::memcpy(buffer.buffer, data.constData() + done, buffer.size);
        const UINT16 at = UINT16(offset + done);
        auto r = session.run(
            command,
            [&](ESYS_CONTEXT* c) {
                return Esys_NV_Write_Async(c, authTr, handle.get(), *session1, ESYS_TR_NONE, ESYS_TR_NONE,
                                           &buffer, at);
            },
            [&](ESYS_CONTEXT* c) { return Esys_NV_Write_Finish(c); });
        if (!r) {
            TpmError e = r.error();
            e.detail +=
                QStringLiteral(" (at offset %1 of index 0x%2)").arg(at).arg(index, 8, 16, QLatin1Char('0'));
            return fail(std::move(e));
        }
        done += buffer.size;
    }
    return {};
}

TpmResult<void> writeLock(TpmSession& session, const TpmRef& handle, quint32 index, const NvAuth& auth)
{
    const QString command = QStringLiteral("TPM2_NV_WriteLock");
    const ESYS_TR authTr = auth.entity == NvAuth::Entity::Index ? handle.get() : hierarchyTr(auth.entity);
    ScopedAuth scoped(session, authTr, auth.value);
    if (!scoped.result())
        return fail(scoped.result().error());
    auto session1 = authSession(session, authTr, ParamCrypt::None);
    if (!session1)
        return fail(session1.error());
    auto r = session.run(
        command,
        [&](ESYS_CONTEXT* c) {
            return Esys_NV_WriteLock_Async(c, authTr, handle.get(), *session1, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_NV_WriteLock_Finish(c); });
    if (!r) {
        TpmError e = r.error();
        e.detail += QStringLiteral(" (index 0x%1)").arg(index, 8, 16, QLatin1Char('0'));
        return fail(std::move(e));
    }
    return {};
}

TpmResult<QByteArray> readAt(TpmSession& session, const TpmRef& handle, quint32 index, quint16 dataSize,
                             const NvAuth& auth, quint16 offset, std::optional<quint16> size, const NvIo& io)
{
    const QString command = QStringLiteral("TPM2_NV_Read");
    auto chunk = chunkSize(session, io);
    if (!chunk)
        return fail(chunk.error());
    if (!size) {
        if (dataSize < offset)
            return fail(invalidArgument(command, QStringLiteral("offset beyond the index")));
        size = quint16(dataSize - offset);
    }
    const ESYS_TR authTr = auth.entity == NvAuth::Entity::Index ? handle.get() : hierarchyTr(auth.entity);
    ScopedAuth scoped(session, authTr, auth.value);
    if (!scoped.result())
        return fail(scoped.result().error());
    // The data read is the response's first parameter: encrypted whenever the bus session runs.
    auto session1 = authSession(session, authTr, ParamCrypt::Response);
    if (!session1)
        return fail(session1.error());
    QByteArray out;
    out.reserve(*size);
    while (out.size() < *size) {
        const UINT16 want = UINT16(std::min<qsizetype>(*chunk, *size - out.size()));
        const UINT16 at = UINT16(offset + out.size());
        TPM2B_MAX_NV_BUFFER* raw = nullptr;
        auto r = session.run(
            command,
            [&](ESYS_CONTEXT* c) {
                return Esys_NV_Read_Async(c, authTr, handle.get(), *session1, ESYS_TR_NONE, ESYS_TR_NONE,
                                          want, at);
            },
            [&](ESYS_CONTEXT* c) { return Esys_NV_Read_Finish(c, &raw); });
        auto data = adopt(raw);
        if (!r) {
            TpmError e = r.error();
            e.detail +=
                QStringLiteral(" (at offset %1 of index 0x%2)").arg(at).arg(index, 8, 16, QLatin1Char('0'));
            return fail(std::move(e));
        }
        if (!data || data->size == 0 || data->size > want)
            return fail(invalidArgument(
                command,
                QStringLiteral("the TPM returned %1 bytes, %2 asked").arg(data ? data->size : 0).arg(want)));
        out.append(reinterpret_cast<const char*>(data->buffer), data->size);
    }
    return out;
}

} // namespace

TpmResult<void> nvWrite(TpmSession& session, quint32 index, const QByteArray& data, quint16 offset,
                        const NvAuth& auth, const NvIo& io)
{
    if (qsizetype(offset) + data.size() > 0xFFFF)
        return fail(invalidArgument(QStringLiteral("TPM2_NV_Write"), QStringLiteral("write beyond 64 KiB")));
    auto tr = openTpmHandle(session, index);
    if (!tr)
        return fail(tr.error());
    return writeAt(session, *tr, index, data, offset, auth, io);
}

TpmResult<void> nvWriteLock(TpmSession& session, quint32 index, const NvAuth& auth)
{
    auto tr = openTpmHandle(session, index);
    if (!tr)
        return fail(tr.error());
    return writeLock(session, *tr, index, auth);
}

TpmResult<QByteArray> nvRead(TpmSession& session, quint32 index, const NvAuth& auth, quint16 offset,
                             std::optional<quint16> size, const NvIo& io)
{
    const QString command = QStringLiteral("TPM2_NV_Read");
    auto chunk = chunkSize(session, io);
    if (!chunk)
        return fail(chunk.error());
    // One reference for the size and the reads: Esys_TR_FromTPMPublic already read the public area.
    auto tr = openTpmHandle(session, index);
    if (!tr) {
        TpmError e = tr.error();
        if (!size && e.code == TpmErrc::NotFound)
            return fail(
                TpmError{TpmErrc::NotFound, TPM2_RC_HANDLE, command,
                         QStringLiteral("NV index 0x%1 is not defined").arg(index, 8, 16, QLatin1Char('0'))});
        return fail(std::move(e));
    }
    quint16 dataSize = 0;
    if (!size) {
        auto pub = publicOf(session, *tr, index);
        if (!pub)
            return fail(pub.error());
        dataSize = pub->size;
    }
    return readAt(session, *tr, index, dataSize, auth, offset, size, io);
}

TpmResult<std::optional<OpenedNv>> nvOpen(TpmSession& session, quint32 index)
{
    auto tr = openTpmHandle(session, index);
    if (!tr) {
        if (tr.error().code == TpmErrc::NotFound)
            return std::optional<OpenedNv>{};
        return fail(tr.error());
    }
    auto pub = publicOf(session, *tr, index);
    if (!pub)
        return fail(pub.error());
    return std::optional<OpenedNv>{OpenedNv{std::move(*tr), *pub}};
}

TpmResult<void> nvWrite(TpmSession& session, const OpenedNv& nv, const QByteArray& data, quint16 offset,
                        const NvAuth& auth, const NvIo& io)
{
    return writeAt(session, nv.ref, nv.pub.index, data, offset, auth, io);
}

TpmResult<void> nvWriteLock(TpmSession& session, const OpenedNv& nv, const NvAuth& auth)
{
    return writeLock(session, nv.ref, nv.pub.index, auth);
}

TpmResult<QByteArray> nvRead(TpmSession& session, const OpenedNv& nv, const NvAuth& auth, quint16 offset,
                             std::optional<quint16> size, const NvIo& io)
{
    return readAt(session, nv.ref, nv.pub.index, nv.pub.size, auth, offset, size, io);
}

} // namespace tps::tpm
