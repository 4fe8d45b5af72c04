// Devices: the table over the station database (DevicesModel), filtered by serial, state, batch and date;
// Enter or double-click opens the device's detail.
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace tps::gui {

class DevicesModel;

class DevicesView : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesView(const QString& databasePath, QWidget* parent = nullptr);

    DevicesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void applyFilter();
    void openDetail(int row);
    // "Label…": the label preview of the device in `row` (print, save PNG).
    void openLabel(int row);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString m_path;
    DevicesModel* m_model;
    QTableView* m_table;
    QLineEdit* m_serial;
    QComboBox* m_state;
    QLineEdit* m_batch;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_status;
    bool m_loaded = false;
};

} // namespace tps::gui
