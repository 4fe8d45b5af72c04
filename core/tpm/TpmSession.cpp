#include "core/tpm/TpmSession.h"

#include <algorithm>
#include <cstdlib>
#include <tss2/tss2_rc.h>

namespace tps::tpm {

namespace {
constexpr int32_t kPollMs = 50; // how long one Finish call waits for the TPM before we check the clock

void rememberFixed(std::vector<TPMS_TAGGED_PROPERTY>& fixed, const TPMS_TAGGED_PROPERTY& p)
{
    if (p.property < TPM2_PT_FIXED || p.property >= TPM2_PT_VAR)
        return;
    for (auto& known : fixed)
        if (known.property == p.property) {
            known.value = p.value;
            return;
        }
    fixed.push_back(p);
}
} // namespace

TpmResult<std::unique_ptr<TpmSession>> TpmSession::open(const SessionOptions& options)
{
    const QString tcti = resolveTcti(options.tcti);
    auto cfg = parseTcti(tcti);
    if (!cfg)
        return fail(cfg.error());
    if (auto probe = probeTcti(*cfg, options.connectTimeout); !probe)
        return fail(probe.error());

    std::unique_ptr<TpmSession> session(new TpmSession);
    session->m_tcti = cfg->toString();
    session->m_owner = std::this_thread::get_id();
    session->m_commandTimeout = options.commandTimeout;
    session->m_deadlines = options.deadlines;

    TSS2_TCTI_CONTEXT* tctiRaw = nullptr;
    const QByteArray conf = session->m_tcti.toUtf8();
    TSS2_RC rc = Tss2_TctiLdr_Initialize(conf.constData(), &tctiRaw);
    if (rc != TSS2_RC_SUCCESS) {
        TpmError error = makeError(rc, QStringLiteral("Tss2_TctiLdr_Initialize"));
        error.code = error.code == TpmErrc::InvalidTcti ? TpmErrc::InvalidTcti : TpmErrc::TctiUnreachable;
        return fail(std::move(error));
    }
    session->m_timing = std::make_unique<TimingTcti>(TctiPtr(tctiRaw));
    if (options.timing)
        session->m_timing->setModel(options.timing, options.timingSeed);

    ESYS_CONTEXT* esysRaw = nullptr;
    rc = Esys_Initialize(&esysRaw, session->m_timing->context(), nullptr);
    if (rc != TSS2_RC_SUCCESS)
        return fail(makeError(rc, QStringLiteral("Esys_Initialize")));
    session->m_esys.reset(esysRaw);
    Esys_SetTimeout(esysRaw, kPollMs);

    if (auto started = session->startup(options.connectTimeout); !started)
        return fail(started.error());
    return session;
}

TpmSession::~TpmSession()
{
    if (!m_esys || m_broken)
        return; // a broken connection cannot flush; the TPM's reset will
    for (auto it = m_transients.rbegin(); it != m_transients.rend(); ++it) {
        // Best effort, short deadline: the session is ending either way.
        (void)run(
            QStringLiteral("TPM2_FlushContext"),
            [obj = *it](ESYS_CONTEXT* c) { return Esys_FlushContext_Async(c, obj); },
            [](ESYS_CONTEXT* c) { return Esys_FlushContext_Finish(c); }, std::chrono::milliseconds(2000));
    }
}

std::chrono::milliseconds TpmSession::deadline(CommandClass c) const
{
    const std::chrono::milliseconds configured = m_deadlines[static_cast<size_t>(c)];
    return configured.count() > 0 ? configured : m_commandTimeout;
}

TpmResult<void> TpmSession::checkUsable(const QString& command) const
{
    if (std::this_thread::get_id() != m_owner)
        return fail(TpmError{TpmErrc::Unexpected, 0, command,
                             QStringLiteral("TPM session used from a thread that does not own it")});
    if (m_broken)
        return fail(TpmError{TpmErrc::Lost, 0, command,
                             QStringLiteral("the session was lost by an earlier command; open a new one")});
    return {};
}

TpmResult<void> TpmSession::finishLoop(const QString& command, TSS2_RC (*poll)(void*), void* state,
                                       std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const TSS2_RC rc = poll(state);
        if ((rc & TSS2_RC_LAYER_MASK) != TSS2_TPM_RC_LAYER && (rc & 0xFFFFu) == TSS2_BASE_RC_TRY_AGAIN) {
            if (m_cancel.exchange(false)) {
                m_broken = true; // the TPM may still be working on the command
                return fail(
                    TpmError{TpmErrc::Cancelled, rc, command, QStringLiteral("cancelled while waiting")});
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                m_broken = true;
                return fail(TpmError{TpmErrc::NotAnswering, rc, command,
                                     QStringLiteral("no answer within %1 ms").arg(timeout.count())});
            }
            continue;
        }
        if (rc == TSS2_RC_SUCCESS)
            return {};
        TpmError error = makeError(rc, command);
        if (error.code == TpmErrc::Lost || error.code == TpmErrc::NotAnswering)
            m_broken = true;
        return fail(std::move(error));
    }
}

TpmResult<void> TpmSession::startup(std::chrono::milliseconds timeout)
{
    auto result = run(
        QStringLiteral("TPM2_Startup"), [](ESYS_CONTEXT* c) { return Esys_Startup_Async(c, TPM2_SU_CLEAR); },
        [](ESYS_CONTEXT* c) { return Esys_Startup_Finish(c); }, timeout);
    // swtpm started with --flags startup-clear (and any platform firmware) already ran Startup.
    if (!result && result.error().rc == TPM2_RC_INITIALIZE)
        return {};
    return result;
}

void TpmSession::track(ESYS_TR object)
{
    if (object != ESYS_TR_NONE)
        m_transients.push_back(object);
}

TpmResult<void> TpmSession::flush(ESYS_TR object)
{
    std::erase(m_transients, object);
    return run(
        QStringLiteral("TPM2_FlushContext"),
        [object](ESYS_CONTEXT* c) { return Esys_FlushContext_Async(c, object); },
        [](ESYS_CONTEXT* c) { return Esys_FlushContext_Finish(c); });
}

TpmResult<std::vector<TPMS_TAGGED_PROPERTY>> TpmSession::properties(TPM2_PT first, quint32 count)
{
    std::vector<TPMS_TAGGED_PROPERTY> out;
    TPM2_PT next = first;
    const TPM2_PT end = first + count;
    // Fixed properties do not change while the TPM runs: a range read completely before is answered from
    // what it returned (step 2's identity check after step 1's, on a discrete TPM a bus round trip each).
    const bool fixed = first >= TPM2_PT_FIXED && end <= TPM2_PT_VAR;
    if (fixed && m_fixedRead.first <= first && end <= m_fixedRead.second) {
        // Answered without the TPM, but still only to its owner and never by a session that was lost.
        if (auto usable = checkUsable(QStringLiteral("TPM2_GetCapability")); !usable.ok())
            return fail(usable.error());
        for (const auto& known : m_fixed)
            if (known.property >= first && known.property < end)
                out.push_back(known);
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.property < b.property; });
        return out;
    }
    while (next < end) {
        TPMI_YES_NO more = TPM2_NO;
        TPMS_CAPABILITY_DATA* raw = nullptr;
        auto result = run(
            QStringLiteral("TPM2_GetCapability"),
            [&](ESYS_CONTEXT* c) {
                return Esys_GetCapability_Async(c, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                                TPM2_CAP_TPM_PROPERTIES, next, end - next);
            },
            [&](ESYS_CONTEXT* c) { return Esys_GetCapability_Finish(c, &more, &raw); });
        auto data = adopt(raw);
        if (!result)
            return fail(result.error());
        const TPML_TAGGED_TPM_PROPERTY& list = data->data.tpmProperties;
        if (data->capability != TPM2_CAP_TPM_PROPERTIES || list.count == 0)
            break;
        for (quint32 i = 0; i < list.count && i < TPM2_MAX_TPM_PROPERTIES; ++i) {
            if (list.tpmProperty[i].property >= end)
                return out;
            out.push_back(list.tpmProperty[i]);
            rememberFixed(m_fixed, list.tpmProperty[i]);
        }
        next = list.tpmProperty[list.count - 1].property + 1;
        if (more != TPM2_YES)
            break;
    }
    // Read to its end (the TPM said there is no more, or the range is exhausted): the range is known.
    if (fixed && end - first > m_fixedRead.second - m_fixedRead.first)
        m_fixedRead = {first, end};
    return out;
}

std::optional<TpmResult<ESYS_TR>> TpmSession::knownPersistent(TPM2_HANDLE handle)
{
    const auto it = m_persistent.find(handle);
    if (it == m_persistent.end() || !m_timing)
        return std::nullopt;
    if (m_timing->lastPersistentChange(handle) > it->second.at) {
        m_persistent.erase(it);
        return std::nullopt;
    }
    // Answered without the TPM, but still only to its owner and never by a session that was lost.
    if (auto usable = checkUsable(QStringLiteral("TPM2_ReadPublic")); !usable.ok())
        return fail(usable.error());
    if (it->second.serialized.isEmpty()) {
        ++m_persistentAnswered;
        return fail(it->second.absent);
    }
    ESYS_TR object = ESYS_TR_NONE;
    const auto& bytes = it->second.serialized;
    if (Esys_TR_Deserialize(m_esys.get(), reinterpret_cast<const uint8_t*>(bytes.constData()),
                            size_t(bytes.size()), &object) != TSS2_RC_SUCCESS) {
        m_persistent.erase(it);
        return std::nullopt;
    }
    ++m_persistentAnswered;
    return object;
}

void TpmSession::rememberPersistent(TPM2_HANDLE handle, ESYS_TR object)
{
    uint8_t* buffer = nullptr;
    size_t size = 0;
    if (!m_timing || Esys_TR_Serialize(m_esys.get(), object, &buffer, &size) != TSS2_RC_SUCCESS ||
        size == 0) {
        m_persistent.erase(handle);
        return;
    }
    m_persistent[handle] = KnownPersistent{QByteArray(reinterpret_cast<const char*>(buffer), qsizetype(size)),
                                           {},
                                           m_timing->persistentChanges()};
    std::free(buffer);
}

void TpmSession::rememberAbsent(TPM2_HANDLE handle, const TpmError& notFound)
{
    if (m_timing)
        m_persistent[handle] = KnownPersistent{{}, notFound, m_timing->persistentChanges()};
}

std::optional<quint32> TpmSession::knownFixedProperty(TPM2_PT property) const
{
    for (const auto& known : m_fixed)
        if (known.property == property)
            return known.value;
    return std::nullopt;
}

} // namespace tps::tpm
