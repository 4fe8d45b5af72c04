#include "app/gui/DeviceDetailDialog.h"

#include "db/StationQueries.h"

#include "app/gui/DbJobRunner.h"
#include "core/dps/LimpetSlot.h"
#include "core/timeline/Step.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/SqliteSlotKeyStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tps::gui {

DeviceDetailDialog::DeviceDetailDialog(const QString& databasePath, qint64 deviceId, QWidget* parent)
    : QDialog(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadOnly, this)),
      m_header(new QLabel), m_steps(new QTreeWidget), m_events(new QTreeWidget), m_tpmSlots(new QTreeWidget)
{
    setWindowTitle(tr("Device detail"));
    resize(1100, 760);
    auto* layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; }"));
    layout->addWidget(m_header);
    auto* split = new QSplitter(Qt::Vertical);
    m_steps->setHeaderLabels({tr("Step / item"), tr("Outcome / value"), tr("Detail"), tr("Recorded (UTC)")});
    m_events->setHeaderLabels(
        {tr("#"), tr("Time (UTC)"), tr("Who"), tr("Action"), tr("Object"), tr("Change"), tr("Reason")});
    m_events->setRootIsDecorated(false);
    m_tpmSlots->setHeaderLabels({tr("TPM slot"), tr("NV index"), tr("Key handle"), tr("Host name"),
                                 tr("Device ID"), tr("Mode"), tr("State"), tr("Recorded (UTC)")});
    m_tpmSlots->setRootIsDecorated(false);
    m_tpmSlots->setAccessibleName(tr("TPM slots"));
    split->addWidget(m_steps);
    split->addWidget(m_tpmSlots);
    split->addWidget(m_events);
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_header->setText(tr("Reading the device…"));
    m_jobs->run(
        [deviceId](WorkerConnection& connection) {
            auto d = connection.get();
            if (!d) {
                DeviceDetail failed;
                failed.error = d.error().message;
                failed.header = tr("Cannot read the device: %1").arg(failed.error);
                return failed;
            }
            return read(**d, deviceId);
        },
        [this](const DeviceDetail& detail) { fill(detail); });
}

namespace {

QTreeWidgetItem* addItem(QTreeWidgetItem* item, const DeviceDetail::Item& from)
{
    for (int c = 0; c < from.columns.size(); ++c)
        item->setText(c, from.columns.at(c));
    for (const DeviceDetail::Item& child : from.children)
        addItem(new QTreeWidgetItem(item), child);
    return item;
}

} // namespace

void DeviceDetailDialog::fill(const DeviceDetail& detail)
{
    m_loading = false;
    m_error = detail.error;
    m_header->setText(detail.header);
    for (const DeviceDetail::Item& step : detail.steps) {
        QTreeWidgetItem* row = addItem(new QTreeWidgetItem(m_steps), step);
        row->setForeground(1, step.passed ? QColor(0x2E, 0x7D, 0x32) : QColor(0xC6, 0x28, 0x28));
    }
    const auto addRows = [](QTreeWidget* tree, const QList<QStringList>& rows) {
        for (const QStringList& columns : rows)
            addItem(new QTreeWidgetItem(tree), DeviceDetail::Item{columns, {}, false});
    };
    addRows(m_events, detail.events);
    addRows(m_tpmSlots, detail.slotRecords);
    m_tpmSlots->setVisible(!detail.slotRecords.isEmpty());
    m_steps->expandAll();
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = 0; c < m_events->columnCount() - 1; ++c)
        m_events->resizeColumnToContents(c);
    emit loaded();
}

namespace {

// One step result as the dialog's tree shows it: title, outcome, message or duration, time; measurements
// and artifacts beneath.
DeviceDetail::Item stepItem(const db::StepResultRow& st)
{
    const auto step = static_cast<timeline::StepId>(st.step);
    DeviceDetail::Item row;
    row.columns << DeviceDetailDialog::tr("%1 (attempt %2%3)")
                       .arg(timeline::stepTitle(step))
                       .arg(st.attempt)
                       .arg(st.kind == QLatin1String("recheck") ? DeviceDetailDialog::tr(", re-check")
                                                                : QString())
                << st.outcome.toUpper()
                << (st.operatorMessage.isEmpty()
                        ? DeviceDetailDialog::tr("%1 ms").arg(st.durationMs)
                        : DeviceDetailDialog::tr("%1 — %2").arg(st.errorCode, st.operatorMessage))
                << st.recordedUtc;
    row.passed = st.outcome == QLatin1String("pass");
    for (const db::MeasurementRow& m : st.measurements) {
        // Values are stored as a one-element JSON array: show the element.
        QString value = m.value;
        const QJsonArray parsed = QJsonDocument::fromJson(value.toUtf8()).array();
        if (parsed.size() == 1)
            value = parsed.at(0).toVariant().toString();
        DeviceDetail::Item item;
        item.columns << m.name << (m.unit.isEmpty() ? value : value + QLatin1Char(' ') + m.unit)
                     << DeviceDetailDialog::tr("measurement, verdict %1").arg(m.verdict);
        row.children.append(item);
    }
    for (const db::ArtifactRow& a : st.artifacts) {
        DeviceDetail::Item item;
        item.columns << a.name << DeviceDetailDialog::tr("%n byte(s)", nullptr, static_cast<int>(a.size))
                     << DeviceDetailDialog::tr("artifact %1, SHA-256 %2").arg(a.mediaType, a.sha256);
        row.children.append(item);
    }
    return row;
}

} // namespace

DeviceDetail DeviceDetailDialog::read(db::Database& d, qint64 deviceId)
{
    DeviceDetail detail;
    auto dev = db::deviceRecord(d, deviceId);
    if (!dev || !*dev) {
        detail.error = tr("The device is not in the database.");
        detail.header = detail.error;
        return detail;
    }
    const db::DeviceRecord& device = **dev;
    const QString serial = device.serial;
    detail.header =
        tr("%1 — product %2 — %3\nUUID %4, first seen %5%6")
            .arg(serial, device.product, device.simulated ? tr("SIMULATED device") : tr("production device"),
                 device.uuid, device.createdUtc,
                 device.registrationId.isEmpty() ? QString()
                                                 : tr(", registration ID %1").arg(device.registrationId));
    auto steps = db::stepResults(d, deviceId);
    if (!steps) {
        detail.error = tr("The device's records cannot be read.");
        return detail;
    }
    for (const db::StepResultRow& st : std::as_const(*steps))
        detail.steps.append(stepItem(st));
    if (auto records = db::readSlotKeyRecords(d, serial)) {
        const auto hex = [](quint32 h) {
            return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
        };
        for (const dps::SlotKeyRecord& r : std::as_const(*records))
            detail.slotRecords.append({QString::number(r.slot), hex(dps::slotNvIndex(r.slot)),
                                       hex(dps::slotKeyHandle(r.slot)), r.hostName, r.deviceId, r.mode,
                                       dps::slotKeyStateKey(r.state),
                                       r.createdUtc.toString(Qt::ISODateWithMs)});
    }
    db::AuditTrail trail(d);
    auto events = trail.events(0, 10000, serial);
    if (events) {
        for (const db::AuditEvent& e : std::as_const(*events)) {
            detail.events.append(
                {QString::number(e.seq), e.timeUtc, QStringLiteral("%1 (%2)").arg(e.actorName, e.actorId),
                 e.entry.action,
                 e.entry.field.isEmpty() ? e.entry.object : e.entry.object + QLatin1Char('.') + e.entry.field,
                 e.entry.oldValue.isEmpty() ? e.entry.newValue
                                            : tr("%1 → %2").arg(e.entry.oldValue, e.entry.newValue),
                 e.entry.reason});
        }
    }
    return detail;
}

} // namespace tps::gui
