#include "app/gui/LoginDialog.h"

#include "app/gui/SecretInput.h"

#include "app/gui/DbJobRunner.h"
#include "app/gui/LanguageChooser.h"

#include <QEvent>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

LoginDialog::LoginDialog(const QString& databasePath, bool simulation, QWidget* parent)
    : QDialog(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadWrite, this)),
      m_id(new QLineEdit), m_password(new QLineEdit), m_error(new QLabel), m_signIn(new QPushButton),
      m_language(new LanguageChooser), m_title(new QLabel), m_simulation(simulation ? new QLabel : nullptr),
      m_idLabel(new QLabel), m_passwordLabel(new QLabel)
{
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_language);
    outer->addStretch();
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 24pt; font-weight: bold; }"));
    outer->addWidget(m_title);
    if (m_simulation) {
        m_simulation->setAlignment(Qt::AlignCenter);
        m_simulation->setStyleSheet(QStringLiteral("QLabel { background: #FFD54F; color: black; "
                                                   "font-weight: bold; padding: 6px; }"));
        outer->addWidget(m_simulation);
    }
    auto* form = new QFormLayout;
    m_id->setObjectName(QStringLiteral("operatorId"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit* e : {m_id, m_password})
        e->setStyleSheet(QStringLiteral("QLineEdit { font-size: 18pt; padding: 4px; }"));
    m_idLabel->setBuddy(m_id);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_idLabel, m_id);
    form->addRow(m_passwordLabel, m_password);
    outer->addLayout(form);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #C62828; font-size: 14pt; font-weight: bold; }"));
    outer->addWidget(m_error);
    m_signIn->setDefault(true);
    outer->addWidget(m_signIn);
    outer->addStretch();

    // The badge scanner ends with Enter: move on to the PIN.
    connect(m_id, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::attempt);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attempt);
    retranslate();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in"));
    m_title->setText(tr("TPM Provisioning Station"));
    if (m_simulation)
        m_simulation->setText(tr("SIMULATION STATION — simulated devices only"));
    m_id->setPlaceholderText(tr("Scan your badge or type your operator ID"));
    m_password->setPlaceholderText(tr("PIN or password"));
    m_idLabel->setText(tr("Operator &ID:"));
    m_passwordLabel->setText(tr("&PIN / password:"));
    m_signIn->setText(m_checking ? tr("Checking…") : tr("Sign i&n"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    // The login screen stays (a typed ID is kept); its texts follow the language.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString LoginDialog::error() const
{
    return m_error->text();
}

void LoginDialog::clear(const QString& notice)
{
    ++m_generation; // a check still running no longer signs anyone in
    setChecking(false);
    m_id->clear();
    m_password->clear();
    m_error->setText(notice);
    m_id->setFocus();
}

void LoginDialog::setChecking(bool on)
{
    m_checking = on;
    m_signIn->setEnabled(!on);
    m_signIn->setText(on ? tr("Checking…") : tr("Sign i&n"));
    m_id->setReadOnly(on);
    m_password->setReadOnly(on);
}

bool LoginDialog::attempt()
{
    if (m_checking)
        return false; // a scanner's second Enter: the first check is still running
    const QString id = m_id->text().trimmed();
    const auto password = takeSharedSecret(m_password);
    if (id.isEmpty() || password->empty()) {
        m_error->setText(tr("Enter your operator ID and your PIN or password."));
        return false;
    }
    m_error->setText(tr("Checking…"));
    setChecking(true);
    const quint64 generation = m_generation;
    m_jobs->run(
        [id, password](WorkerConnection& connection) -> db::DbResult<db::OperatorInfo> {
            auto d = connection.get();
            if (!d)
                return fail(d.error());
            db::Operators operators(**d);
            return operators.authenticate(id, *password, QStringLiteral("login"));
        },
        [this, generation](db::DbResult<db::OperatorInfo> who) {
            if (generation != m_generation)
                return; // cleared (locked) meanwhile
            setChecking(false);
            if (!who) {
                m_error->setText(who.error().message);
                m_password->setFocus();
                emit checked(false);
                return;
            }
            m_error->clear();
            m_id->clear();
            emit loggedIn(*who);
            emit checked(true);
        });
    return true;
}

} // namespace tps::gui
