#include "app/gui/FirstRunDialog.h"

#include "app/gui/DbJobRunner.h"
#include "app/gui/LanguageChooser.h"
#include "app/gui/SecretInput.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

namespace {
struct Created
{
    db::DbResult<db::OperatorInfo> who;
};
} // namespace

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadWrite, this)),
      m_language(new LanguageChooser), m_title(new QLabel), m_intro(new QLabel), m_idLabel(new QLabel),
      m_nameLabel(new QLabel), m_passwordLabel(new QLabel), m_confirmLabel(new QLabel), m_id(new QLineEdit),
      m_name(new QLineEdit), m_password(new QLineEdit), m_confirm(new QLineEdit), m_error(new QLabel),
      m_create(new QPushButton)
{
    setObjectName(QStringLiteral("firstRun"));
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_language);
    outer->addStretch();
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 22pt; font-weight: bold; }"));
    outer->addWidget(m_title);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);
    auto* form = new QFormLayout;
    m_id->setObjectName(QStringLiteral("adminId"));
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_confirm->setObjectName(QStringLiteral("adminPasswordAgain"));
    for (QLineEdit* e : {m_password, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    const QList<QPair<QLabel*, QLineEdit*>> rows{
        {m_idLabel, m_id}, {m_nameLabel, m_name}, {m_passwordLabel, m_password}, {m_confirmLabel, m_confirm}};
    for (const auto& row : rows) {
        QLabel* label = row.first;
        QLineEdit* edit = row.second;
        edit->setStyleSheet(QStringLiteral("QLineEdit { font-size: 16pt; padding: 4px; }"));
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] {
            if (edit == m_confirm)
                submit();
            else
                focusNextChild();
        });
    }
    outer->addLayout(form);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #C62828; font-size: 14pt; font-weight: bold; }"));
    outer->addWidget(m_error);
    m_create->setDefault(true);
    outer->addWidget(m_create);
    outer->addStretch();
    connect(m_create, &QPushButton::clicked, this, &FirstRunDialog::submit);
    retranslate();
}

void FirstRunDialog::retranslate()
{
    m_title->setText(tr("Welcome — set up this station"));
    m_intro->setText(tr("This station has no operator yet. Create its first administrator: they sign in at "
                        "once and can add the other operators later (tpm-station-cli operator add)."));
    m_idLabel->setText(tr("Operator &ID:"));
    m_nameLabel->setText(tr("&Full name:"));
    m_passwordLabel->setText(tr("&Password or PIN:"));
    m_confirmLabel->setText(tr("P&assword again:"));
    m_id->setPlaceholderText(tr("Letters, digits, . _ - (up to 64)"));
    m_password->setPlaceholderText(tr("At least %n character(s)", nullptr, db::kMinPasswordLength));
    m_create->setText(m_busy ? tr("Creating…") : tr("&Create administrator and sign in"));
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString FirstRunDialog::error() const
{
    return m_error->text();
}

void FirstRunDialog::setBusy(bool on)
{
    m_busy = on;
    for (QLineEdit* e : {m_id, m_name, m_password, m_confirm})
        e->setReadOnly(on);
    m_create->setEnabled(!on);
    retranslate();
}

void FirstRunDialog::refuse(const QString& message)
{
    m_error->setText(message);
    m_password->clear();
    m_confirm->clear();
    m_password->setFocus();
}

void FirstRunDialog::probe()
{
    m_jobs->run(
        [](WorkerConnection& connection) -> db::DbResult<qint64> {
            auto d = connection.get();
            if (!d)
                return fail(d.error());
            return db::Operators(**d).count();
        },
        [this](db::DbResult<qint64> count) {
            if (!count)
                m_error->setText(count.error().message);
            emit probed(count && *count == 0);
        });
}

bool FirstRunDialog::submit()
{
    if (m_busy)
        return false;
    const QString id = m_id->text().trimmed();
    const QString name = m_name->text();
    const auto password = takeSharedSecret(m_password);
    if (!password->equals(takeSecret(m_confirm))) {
        refuse(tr("The two passwords differ. Type the same password twice."));
        return false;
    }
    setBusy(true);
    m_error->setText(tr("Creating the administrator…"));
    m_jobs->run(
        [id, name, password](WorkerConnection& connection) -> Created {
            auto d = connection.get();
            if (!d)
                return {fail(d.error())};
            db::Operators operators(**d);
            // The rules, the audit event and its reason are those of `operator add` on an empty station.
            auto added = operators.add(db::systemActor(), id, name, db::Role::Admin, *password, QString());
            if (!added)
                return {fail(added.error())};
            return {operators.authenticate(id, *password, QStringLiteral("login"))};
        },
        [this](Created result) {
            setBusy(false);
            if (!result.who) {
                refuse(result.who.error().message);
                emit checked(false);
                return;
            }
            m_error->clear();
            for (QLineEdit* e : {m_id, m_name, m_password, m_confirm})
                e->clear();
            emit created(*result.who);
            emit checked(true);
        });
    return true;
}

} // namespace tps::gui
