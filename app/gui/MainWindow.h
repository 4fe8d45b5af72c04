#pragma once

#include <QMainWindow>
#include <QThread>

class QLabel;
class QTableView;

namespace tps::gui {

class FleetModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QString& fleetRoot, int deviceCount, QWidget* parent = nullptr);
    ~MainWindow() override;

    FleetModel* fleetModel() const { return m_model; }
    bool isBusy() const { return m_busy; }

signals:
    void fleetReady();

private:
    FleetModel* m_model;
    QTableView* m_view;
    QLabel* m_banner;
    QThread m_thread;
    bool m_busy = true;
};

} // namespace tps::gui
