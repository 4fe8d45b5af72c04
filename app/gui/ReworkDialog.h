// Rework / override (supervisors): a device that exhausted its retries is released for rework with the
// supervisor's electronic signature — ID + password at the moment of signing, the meaning, a reason.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tps::db {
class StationStore;
}

namespace tps::gui {

class ReworkDialog : public QDialog
{
    Q_OBJECT
public:
    ReworkDialog(db::StationStore& store, const QString& product, QWidget* parent = nullptr);

    QLineEdit* serial() const { return m_serial; }
    QLineEdit* product() const { return m_product; }
    QLineEdit* signerId() const { return m_signerId; }
    QLineEdit* password() const { return m_password; }
    QPlainTextEdit* reason() const { return m_reason; }
    QString status() const;
    // Signs and records the rework order; false (with the reason shown) when refused.
    bool sign();

signals:
    void reworkOrdered(const QString& serial);

private:
    db::StationStore& m_store;
    QLineEdit* m_serial;
    QLineEdit* m_product;
    QLineEdit* m_signerId;
    QLineEdit* m_password;
    QPlainTextEdit* m_reason;
    QLabel* m_status;
};

} // namespace tps::gui
