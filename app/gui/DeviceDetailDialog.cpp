#include "DeviceDetailDialog.h"

#include "AuditTrail.h"
#include "Database.h"
#include "timeline/Step.h"

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
    : QDialog(parent), m_header(new QLabel), m_steps(new QTreeWidget), m_events(new QTreeWidget)
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
    split->addWidget(m_steps);
    split->addWidget(m_events);
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load(databasePath, deviceId);
    m_steps->expandAll();
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = 0; c < m_events->columnCount() - 1; ++c)
        m_events->resizeColumnToContents(c);
}

void DeviceDetailDialog::load(const QString& databasePath, qint64 deviceId)
{
    db::OpenOptions options;
    options.mode = db::OpenMode::ReadOnly;
    options.integrityCheck = false;
    auto opened = db::Database::open(databasePath, options);
    if (!opened) {
        m_error = opened.error().message;
        m_header->setText(tr("Cannot read the device: %1").arg(m_error));
        return;
    }
    db::Database& d = **opened;
    auto dev =
        d.prepare("SELECT serial, product, simulated, uuid, created_utc, COALESCE(registration_id, '') "
                  "FROM devices WHERE id = ?1");
    if (!dev || !dev->bind(1, deviceId).step().valueOr(false)) {
        m_error = tr("The device is not in the database.");
        m_header->setText(m_error);
        return;
    }
    const QString serial = dev->text(0);
    m_header->setText(
        tr("%1 — product %2 — %3\nUUID %4, first seen %5%6")
            .arg(serial, dev->text(1), dev->int64(2) != 0 ? tr("SIMULATED device") : tr("production device"),
                 dev->text(3), dev->text(4),
                 dev->text(5).isEmpty() ? QString() : tr(", registration ID %1").arg(dev->text(5))));
    auto st = d.prepare("SELECT id, step, attempt, kind, outcome, error_code, operator_message, duration_ms, "
                        "recorded_utc FROM step_results WHERE device_id = ?1 ORDER BY id");
    auto ms = d.prepare(
        "SELECT name, value, unit, verdict FROM measurements WHERE step_result_id = ?1 ORDER BY id");
    auto ar =
        d.prepare("SELECT name, media_type, length(data), sha256 FROM artifacts WHERE step_result_id = ?1 "
                  "ORDER BY id");
    if (!st || !ms || !ar) {
        m_error = tr("The device's records cannot be read.");
        return;
    }
    st->bind(1, deviceId);
    while (st->step().valueOr(false)) {
        const auto step = static_cast<timeline::StepId>(st->int64(1));
        auto* row = new QTreeWidgetItem(m_steps);
        row->setText(0, tr("%1 (attempt %2%3)")
                            .arg(timeline::stepTitle(step))
                            .arg(st->int64(2))
                            .arg(st->text(3) == QLatin1String("recheck") ? tr(", re-check") : QString()));
        row->setText(1, st->text(4).toUpper());
        row->setText(2, st->text(6).isEmpty() ? tr("%1 ms").arg(st->int64(7))
                                              : tr("%1 — %2").arg(st->text(5), st->text(6)));
        row->setText(3, st->text(8));
        row->setForeground(1, st->text(4) == QLatin1String("pass") ? QColor(0x2E, 0x7D, 0x32)
                                                                   : QColor(0xC6, 0x28, 0x28));
        ms->reset();
        ms->bind(1, st->int64(0));
        while (ms->step().valueOr(false)) {
            auto* m = new QTreeWidgetItem(row);
            m->setText(0, ms->text(0));
            // Values are stored as a one-element JSON array: show the element.
            QString value = ms->text(1);
            const QJsonArray parsed = QJsonDocument::fromJson(value.toUtf8()).array();
            if (parsed.size() == 1)
                value = parsed.at(0).toVariant().toString();
            m->setText(1, ms->text(2).isEmpty() ? value : value + QLatin1Char(' ') + ms->text(2));
            m->setText(2, tr("measurement, verdict %1").arg(ms->text(3)));
        }
        ar->reset();
        ar->bind(1, st->int64(0));
        while (ar->step().valueOr(false)) {
            auto* a = new QTreeWidgetItem(row);
            a->setText(0, ar->text(0));
            a->setText(1, tr("%n byte(s)", nullptr, static_cast<int>(ar->int64(2))));
            a->setText(2, tr("artifact %1, SHA-256 %2").arg(ar->text(1), ar->text(3)));
        }
    }
    db::AuditTrail trail(d);
    auto events = trail.events(0, 10000, serial);
    if (events) {
        for (const db::AuditEvent& e : std::as_const(*events)) {
            auto* row = new QTreeWidgetItem(m_events);
            row->setText(0, QString::number(e.seq));
            row->setText(1, e.timeUtc);
            row->setText(2, QStringLiteral("%1 (%2)").arg(e.actorName, e.actorId));
            row->setText(3, e.entry.action);
            row->setText(4, e.entry.field.isEmpty() ? e.entry.object
                                                    : e.entry.object + QLatin1Char('.') + e.entry.field);
            row->setText(5, e.entry.oldValue.isEmpty()
                                ? e.entry.newValue
                                : tr("%1 → %2").arg(e.entry.oldValue, e.entry.newValue));
            row->setText(6, e.entry.reason);
        }
    }
}

} // namespace tps::gui
