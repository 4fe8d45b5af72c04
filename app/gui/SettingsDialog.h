// Settings (admins): the product profile (persisted as its JSON file: product, trusted manufacturer roots,
// escrow certificate, firmware catalog and signing keys, DPS ID scope / endpoint) and the station's own
// settings (QSettings: TCTI per test socket, label printer).
#pragma once

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tps::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString& profilePath, int sockets, QWidget* parent = nullptr);

    bool save();
    QString status() const;
    QLineEdit* field(const QString& name) const;
    // Adds a row to the "This station" part (choices that keep themselves: mode, language).
    void addStationRow(const QString& label, QWidget* field);

signals:
    void saved();

private:
    void load();
    QLineEdit* addField(const QString& name, const QString& label, const QString& placeholder = {});

    QString m_path;
    QMap<QString, QLineEdit*> m_fields;
    QCheckBox* m_production;
    QSpinBox* m_retries;
    QPlainTextEdit* m_signingKeys;
    QList<QLineEdit*> m_tctis;
    QLabel* m_status;
    QFormLayout* m_form;
};

} // namespace tps::gui
