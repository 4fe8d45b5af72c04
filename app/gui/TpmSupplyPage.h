// The TPM supply page: the station's TPM manufacturer trust store (list, import the vendors' CA files with
// a reason, remove; admins sign) and incoming TPM lots (list, import a vendor's delivery list; supervisors
// or admins sign). Thin: every rule is in db/TrustStore and db/Lots; database work runs on a DbJobRunner.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace tps::gui {

class DbJobRunner;

class TpmSupplyPage : public QWidget
{
    Q_OBJECT
public:
    explicit TpmSupplyPage(const QString& databasePath, QWidget* parent = nullptr);

    // Re-reads the trust store and the lots.
    void refresh();
    // Imports without dialogs (the buttons ask for the files; tests call these directly).
    void importCaFiles(const QStringList& files);
    void importLot(const QString& file);
    void removeSelectedCa();
    QString status() const;
    QTableWidget* caTable() const { return m_cas; }
    QTableWidget* lotTable() const { return m_lots; }
    QLineEdit* signerField() const { return m_signer; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* reasonField() const { return m_reason; }
    QLineEdit* lotField() const { return m_lot; }
    QLineEdit* partField() const { return m_part; }

signals:
    void finished(); // a refresh, import or removal completed (tests wait for it)

private:
    QWidget* buildSigning();
    QWidget* buildTrustStore();
    QWidget* buildLots();
    void showResult(const QString& message);

    DbJobRunner* m_jobs;
    QTableWidget* m_cas;
    QTableWidget* m_lots;
    QLineEdit* m_signer;
    QLineEdit* m_password;
    QLineEdit* m_reason;
    QLineEdit* m_lot;
    QLineEdit* m_part;
    QLabel* m_status;
};

} // namespace tps::gui
