// First run: a station database without any operator offers to create the first administrator (operator
// ID, full name, password twice). The rules are db::Operators::add's — the same as `tpm-station-cli
// operator add` — and so is the audit event; then the new admin is signed in (audited as a login).
// Every database call runs on a DbJobRunner worker; the GUI thread only checks that both passwords match.
#pragma once

#include "db/Operators.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tps::gui {

class DbJobRunner;
class LanguageChooser;

class FirstRunDialog : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);

    // Asks the worker whether the station has any operator; probed() answers.
    void probe();
    // Checks the fields and creates the admin on the worker; false when refused at once (passwords differ,
    // a field empty, or a request still running). created() or the error follows.
    bool submit();

    QLineEdit* idEntry() const { return m_id; }
    QLineEdit* nameEntry() const { return m_name; }
    QLineEdit* passwordEntry() const { return m_password; }
    QLineEdit* confirmEntry() const { return m_confirm; }
    QPushButton* createButton() const { return m_create; }
    QString error() const;
    LanguageChooser* languageChooser() const { return m_language; }
    bool busy() const { return m_busy; }

signals:
    void probed(bool needed);                         // needed: the station has no operator yet
    void created(const tps::db::OperatorInfo& admin); // created and signed in
    void checked(bool ok);                            // a submit ended (after created() on success)

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool on);
    void refuse(const QString& message);

    DbJobRunner* m_jobs;
    LanguageChooser* m_language;
    bool m_busy = false;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_idLabel;
    QLabel* m_nameLabel;
    QLabel* m_passwordLabel;
    QLabel* m_confirmLabel;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace tps::gui
