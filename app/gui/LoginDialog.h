// Login: operator ID (a badge scan types it, followed by Enter) and PIN/password, checked through
// db::Operators (failed attempts counted, audited, locked out after repeated failures). The check (scrypt,
// a tenth of a second or more, and the audit write) runs on a DbJobRunner worker with its own connection;
// the dialog shows "Checking…" meanwhile and ignores a second submit.
#pragma once

#include "db/Operators.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tps::gui {

class DbJobRunner;
class LanguageChooser;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString& databasePath, bool simulation, QWidget* parent = nullptr);

    QLineEdit* idEntry() const { return m_id; }
    QLineEdit* passwordEntry() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QString error() const;
    // Clears the fields (the password never stays on screen) and focuses the ID; a check still running
    // is disregarded.
    void clear(const QString& notice = {});
    // Starts checking the typed ID and password on the worker; loggedIn follows on success, checked in
    // any case. False when refused at once (a field empty, or a check already running).
    bool attempt();
    bool checking() const { return m_checking; }
    DbJobRunner* jobs() const { return m_jobs; }
    LanguageChooser* languageChooser() const { return m_language; }

signals:
    void loggedIn(const tps::db::OperatorInfo& who);
    void checked(bool ok); // a check ended (after loggedIn when it succeeded)

protected:
    void changeEvent(QEvent* event) override;

private:
    void setChecking(bool on);
    void retranslate();

    DbJobRunner* m_jobs;
    quint64 m_generation = 0;
    bool m_checking = false;
    QLineEdit* m_id;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    LanguageChooser* m_language;
    QLabel* m_title;
    QLabel* m_simulation; // null outside simulation
    QLabel* m_idLabel;
    QLabel* m_passwordLabel;
};

} // namespace tps::gui
