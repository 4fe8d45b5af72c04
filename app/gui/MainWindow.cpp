#include "MainWindow.h"

#include "FleetModel.h"
#include "FleetWorker.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tps::gui {

MainWindow::MainWindow(const QString& fleetRoot, int deviceCount, QWidget* parent)
    : QMainWindow(parent), m_model(new FleetModel(this)), m_view(new QTableView), m_banner(new QLabel)
{
    setWindowTitle(tr("TPM Provisioning Station"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    m_banner->setText(tr("SIMULATION — devices below are simulated TPMs, not production parts"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFD54F; color: black; font-weight: bold; "
                                           "padding: 8px; }"));
    m_banner->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_banner);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_view);
    setCentralWidget(central);
    resize(1100, 420);

    auto* worker = new FleetWorker(fleetRoot, deviceCount);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &FleetWorker::bringUp);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &FleetWorker::status, statusBar(),
            [this](const QString& s) { statusBar()->showMessage(s); });
    connect(worker, &FleetWorker::failed, this,
            [this](const QString& s) { statusBar()->showMessage(tr("Error: %1").arg(s)); });
    connect(worker, &FleetWorker::devicesReady, m_model, &FleetModel::setDevices);
    connect(worker, &FleetWorker::identified, m_model, &FleetModel::setIdentity);
    connect(worker, &FleetWorker::identifyFailed, m_model, &FleetModel::setError);
    connect(worker, &FleetWorker::finished, this, [this] {
        m_busy = false;
        emit fleetReady();
    });
    m_thread.start();
}

MainWindow::~MainWindow()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace tps::gui
