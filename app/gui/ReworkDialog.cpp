#include "app/gui/ReworkDialog.h"

#include "app/gui/DbJobRunner.h"
#include "app/gui/SecretInput.h"
#include "services/ReworkService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

ReworkDialog::ReworkDialog(services::StationSession& session, const QString& product, QWidget* parent)
    : QDialog(parent), m_session(session), m_jobs(new DbJobRunner({}, db::OpenMode::ReadWrite, this)),
      m_serial(new QLineEdit), m_product(new QLineEdit(product)), m_signerId(new QLineEdit),
      m_password(new QLineEdit), m_reason(new QPlainTextEdit), m_restartFrom(new QComboBox),
      m_status(new QLabel), m_signButton(new QPushButton(tr("Sign and &order rework")))
{
    setWindowFlags(Qt::Widget);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Release a device that exhausted its retries for rework. Your electronic "
                                "signature (ID and password) is recorded with its meaning, the time and your "
                                "reason, and binds you like a handwritten signature."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("Device &serial:"), m_serial);
    form->addRow(tr("&Product:"), m_product);
    auto* meaning = new QLabel(tr("rework approved"));
    meaning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    form->addRow(tr("Meaning of the signature:"), meaning);
    m_reason->setPlaceholderText(tr("Why the device may be worked again (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(100);
    form->addRow(tr("&Reason:"), m_reason);
    m_restartFrom->addItem(tr("The step that failed"), 0);
    m_restartFrom->addItem(tr("Ownership taken — the TPM was cleared"),
                           int(timeline::StepId::OwnershipTaken));
    m_restartFrom->setToolTip(tr(
        "A device owned under the earlier rule (owner authorization set) is cleared first with the escrowed "
        "lockout authorization (tpm-station-cli ownership clear --lockout-key); it then runs again from "
        "the ownership step."));
    form->addRow(tr("Run &again from:"), m_restartFrom);
    form->addRow(tr("Supervisor &ID:"), m_signerId);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_signButton);
    m_status->setObjectName(QStringLiteral("reworkStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_signButton, &QPushButton::clicked, this, &ReworkDialog::sign);
    connect(m_password, &QLineEdit::returnPressed, this, &ReworkDialog::sign);
}

QString ReworkDialog::status() const
{
    return m_status->text();
}

void ReworkDialog::setChecking(bool on)
{
    m_checking = on;
    m_signButton->setEnabled(!on);
    m_signButton->setText(on ? tr("Checking…") : tr("Sign and &order rework"));
}

bool ReworkDialog::refuse(const QString& text)
{
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; color: #C62828; font-weight: bold; }"));
    return false;
}

bool ReworkDialog::sign()
{
    if (m_checking)
        return false; // a second Enter: the first signature is still being checked
    const QString serial = m_serial->text().trimmed();
    const QString product = m_product->text().trimmed();
    const QString reason = m_reason->toPlainText().trimmed();
    // Shared with the job (copied), which must not copy the password; the field is emptied at once.
    const auto credentials = std::make_shared<const timeline::Credentials>(
        timeline::Credentials{m_signerId->text().trimmed(), takeSecret(m_password)});
    const int from = m_restartFrom->currentData().toInt();
    const std::optional<timeline::StepId> restartFrom =
        from > 0 ? std::optional(static_cast<timeline::StepId>(from)) : std::nullopt;
    if (serial.isEmpty())
        return refuse(tr("Enter the serial of the device to rework."));
    if (reason.isEmpty())
        return refuse(tr("A reason is required for every rework."));
    if (credentials->operatorId.isEmpty() || credentials->password.empty())
        return refuse(tr("Sign with your supervisor ID and password."));
    setChecking(true);
    m_status->setText(tr("Checking the signature…"));
    m_status->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
    services::StationSession* session = &m_session; // outlives this dialog (and so its worker)
    m_jobs->run(
        [session, product, serial, credentials, reason, restartFrom](WorkerConnection&) {
            return services::orderRework(*session, product, serial, *credentials, reason, restartFrom);
        },
        [this, serial, signer = credentials->operatorId](services::ServiceResult<void> ordered) {
            setChecking(false);
            if (!ordered) {
                refuse(ordered.error().message);
                emit checked(false);
                return;
            }
            m_status->setText(tr("✔ Rework of %1 ordered and signed by %2.").arg(serial, signer));
            m_status->setStyleSheet(
                QStringLiteral("QLabel { font-size: 14pt; color: #2E7D32; font-weight: bold; }"));
            m_reason->clear();
            emit reworkOrdered(serial);
            emit checked(true);
        });
    return true;
}

} // namespace tps::gui
