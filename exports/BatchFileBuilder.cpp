#include "exports/BatchFileBuilder.h"

#include <QElapsedTimer>

namespace tps::db::exports {

namespace {
constexpr int kQueuedChunks = 8;
} // namespace

QString BatchFileBuilder::operationFileName(int n)
{
    return QStringLiteral("bulk-%1.json").arg(n, 4, 10, QLatin1Char('0'));
}

BatchFileBuilder::BatchFileBuilder(ExportDirectory& dir, const EnrollmentWriter& writer, StreamedFile csv,
                                   StreamedFile script)
    : m_writer(writer), m_csv(std::move(csv)), m_script(std::move(script)), m_files(dir),
      m_thread([this] { run(); })
{}

BatchFileBuilder::~BatchFileBuilder()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_abandon = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool BatchFileBuilder::push(QList<BatchDevice>&& chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < std::size_t(kQueuedChunks) || m_error; });
    if (m_error)
        return false;
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

ExportResult<BatchFileBuilder::Output> BatchFileBuilder::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return fail(*m_error);
    return std::move(m_output);
}

void BatchFileBuilder::run()
{
    for (;;) {
        QList<BatchDevice> chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_abandon)
                return;
            if (m_queue.empty())
                break; // closing, everything built
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        if (auto error = build(chunk)) {
            std::lock_guard lock(m_mutex);
            m_error = std::move(error);
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
    }
    if (auto error = complete()) {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
    }
}

std::optional<ExportError> BatchFileBuilder::build(const QList<BatchDevice>& chunk)
{
    QElapsedTimer timer;
    timer.start();
    qint64 last = 0;
    auto lap = [&](double& ms) {
        const qint64 now = timer.nsecsElapsed();
        ms += double(now - last) / 1e6;
        last = now;
    };
    EnrollmentFields& f = m_fields;
    for (const BatchDevice& d : chunk) {
        f.serial = d.serial;
        f.firmware = d.firmware;
        f.simulated = d.simulated;
        f.registrationId = d.registrationId;
        f.endorsementKey = d.ek.toBase64();
        f.deviceId = m_writer.deviceId(f);
        if (m_inOperation == 0) {
            m_operation.reserve(16 << 10);
            m_operation = EnrollmentWriter::operationBegin().toByteArray();
        } else {
            m_operation += EnrollmentWriter::separator();
        }
        m_writer.appendJson(m_operation, f);
        ++m_inOperation;
        lap(m_output.jsonMs);

        m_writer.appendCsvRow(m_csv.buffer(), f);
        m_writer.appendCommand(m_script.buffer(), f);
        if (!m_csv.flushIfFull())
            return m_csv.close().error();
        if (!m_script.flushIfFull())
            return m_script.close().error();
        lap(m_output.csvScriptMs);

        if (m_inOperation == kMaxEnrollmentsPerOperation) {
            m_operation += EnrollmentWriter::operationEnd();
            m_output.operationSizes.append(m_inOperation);
            m_inOperation = 0;
            if (!m_files.submit(operationFileName(int(m_output.operationSizes.size())),
                                std::exchange(m_operation, {})))
                return m_files.finish().error();
            lap(m_output.filesMs);
        }
    }
    return std::nullopt;
}

std::optional<ExportError> BatchFileBuilder::complete()
{
    QElapsedTimer timer;
    timer.start();
    if (m_inOperation > 0) {
        m_operation += EnrollmentWriter::operationEnd();
        m_output.operationSizes.append(m_inOperation);
        m_inOperation = 0;
        m_files.submit(operationFileName(int(m_output.operationSizes.size())),
                       std::exchange(m_operation, {}));
    }
    auto csv = m_csv.close();
    if (!csv)
        return csv.error();
    auto script = m_script.close();
    if (!script)
        return script.error();
    m_output.csv = *csv;
    m_output.script = *script;
    auto operations = m_files.finish();
    if (!operations)
        return operations.error();
    m_output.operations = std::move(*operations);
    m_output.filesMs += double(timer.nsecsElapsed()) / 1e6;
    return std::nullopt;
}

} // namespace tps::db::exports
