#include "app/gui/AuditView.h"

#include "app/gui/AuditModel.h"
#include "app/gui/DbJobRunner.h"
#include "db/StationStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tps::gui {

AuditView::AuditView(db::StationStore& store, QWidget* parent)
    : QWidget(parent), m_verifyJobs(new DbJobRunner(store.path(), db::OpenMode::ReadOnly, this)),
      m_model(new AuditModel(store.path(), this)), m_table(new QTableView), m_serial(new QLineEdit),
      m_verify(new QPushButton(tr("&Verify the audit trail"))), m_verdict(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Device:"));
    label->setBuddy(m_serial);
    m_serial->setPlaceholderText(tr("Serial (empty: every event)"));
    auto* refresh = new QPushButton(tr("&Refresh"));
    top->addWidget(label);
    top->addWidget(m_serial, 1);
    top->addWidget(refresh);
    top->addWidget(m_verify);
    layout->addLayout(top);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; padding: 4px; }"));
    m_verdict->setText(tr("Verify checks every event's hash chain and the signed checkpoints."));
    layout->addWidget(m_verdict);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditModel::Seq, 60);
    m_table->setColumnWidth(AuditModel::Time, 220);
    m_table->setColumnWidth(AuditModel::Who, 200);
    m_table->setColumnWidth(AuditModel::Device, 200);
    layout->addWidget(m_table, 1);

    connect(refresh, &QPushButton::clicked, this,
            [this] { m_model->setDeviceFilter(m_serial->text().trimmed()); });
    connect(m_serial, &QLineEdit::returnPressed, this,
            [this] { m_model->setDeviceFilter(m_serial->text().trimmed()); });
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
}

void AuditView::showVerdict(const db::DbResult<db::VerifyReport>& result)
{
    m_verifying = false;
    m_verify->setEnabled(true);
    bool intact = false;
    if (!result) {
        m_verdict->setText(tr("Verify could not run: %1").arg(result.error().message));
    } else if (result->intact) {
        intact = true;
        m_verdict->setText(tr("✔ INTACT — %n event(s) verified; signed checkpoints: %1, the last at event %2 "
                              "(%3 s).",
                              nullptr, static_cast<int>(result->events))
                               .arg(result->checkpoints)
                               .arg(result->lastCheckpointSeq)
                               .arg(result->seconds, 0, 'f', 2));
        m_model->markBad(0);
    } else {
        m_verdict->setText(tr("✘ TAMPERED — %1 (%2 at event %3)")
                               .arg(result->message, db::auditProblemKey(result->problem))
                               .arg(result->seq));
        m_model->markBad(result->seq);
    }
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { font-size: 14pt; padding: 4px; color: white; background: %1; }")
            .arg(intact ? QStringLiteral("#2E7D32") : QStringLiteral("#C62828")));
    emit verified(intact);
}

void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->reload(); // the newest events
}

QString AuditView::verdict() const
{
    return m_verdict->text();
}

void AuditView::verify()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying…"));
    m_verdict->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; padding: 4px; }"));
    m_verifyJobs->run(
        [](WorkerConnection& connection) -> db::DbResult<db::VerifyReport> {
            auto d = connection.get();
            if (!d)
                return fail(d.error());
            return db::AuditTrail::verify(**d);
        },
        [this](const db::DbResult<db::VerifyReport>& result) { showVerdict(result); });
}

} // namespace tps::gui
