// Login: operator ID (a badge scan types it, followed by Enter) and PIN/password, checked through
// db::Operators (failed attempts counted, audited, locked out after repeated failures).
#pragma once

#include "Operators.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tps::gui {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(db::Database& db, bool simulation, QWidget* parent = nullptr);

    QLineEdit* idEntry() const { return m_id; }
    QLineEdit* passwordEntry() const { return m_password; }
    QString error() const;
    // Clears the fields (the password never stays on screen) and focuses the ID.
    void clear(const QString& notice = {});
    // Checks the typed ID and password; emits loggedIn on success.
    bool attempt();

signals:
    void loggedIn(const tps::db::OperatorInfo& who);

private:
    db::Database& m_db;
    QLineEdit* m_id;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace tps::gui
