// Rework / override (supervisors): a device that exhausted its retries is released for rework with the
// supervisor's electronic signature — ID + password at the moment of signing, the meaning, a reason.
// The signature check (scrypt) and the order are written on a DbJobRunner worker with its own connection.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tps::services {
class StationSession;
}

namespace tps::gui {

class DbJobRunner;

class ReworkDialog : public QDialog
{
    Q_OBJECT
public:
    ReworkDialog(services::StationSession& session, const QString& product, QWidget* parent = nullptr);

    QLineEdit* serial() const { return m_serial; }
    QLineEdit* product() const { return m_product; }
    QLineEdit* signerId() const { return m_signerId; }
    QLineEdit* password() const { return m_password; }
    QPlainTextEdit* reason() const { return m_reason; }
    // Where the device runs again: the step that failed (default), or the ownership step after its TPM was
    // cleared (a device owned under the earlier rule: docs/OWNERSHIP.md).
    QComboBox* restartFrom() const { return m_restartFrom; }
    QPushButton* signButton() const { return m_signButton; }
    QString status() const;
    // Starts signing and recording the rework order on the worker; `checked` follows. False (with the
    // reason shown) when refused at once: a field empty, or a signature already being checked.
    bool sign();
    bool checking() const { return m_checking; }
    DbJobRunner* jobs() const { return m_jobs; }

signals:
    void reworkOrdered(const QString& serial);
    void checked(bool ordered); // a signature check ended (after reworkOrdered when it was ordered)

private:
    void setChecking(bool on);
    bool refuse(const QString& text);

    services::StationSession& m_session;
    DbJobRunner* m_jobs;
    bool m_checking = false;
    QLineEdit* m_serial;
    QLineEdit* m_product;
    QLineEdit* m_signerId;
    QLineEdit* m_password;
    QPlainTextEdit* m_reason;
    QComboBox* m_restartFrom;
    QLabel* m_status;
    QPushButton* m_signButton;
};

} // namespace tps::gui
