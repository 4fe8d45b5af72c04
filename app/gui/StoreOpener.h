// Opens the station session (its database) off the GUI thread — schema migrations and the integrity check
// take seconds on a large file — and hands the opened store to the GUI thread, which then builds the main
// window.
#pragma once

#include "app/gui/MainWindow.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace tps::gui {

class StoreOpener : public QObject
{
    Q_OBJECT
public:
    explicit StoreOpener(QObject* parent = nullptr);
    ~StoreOpener() override; // waits for an open in progress

    // Starts opening `path` on a worker thread; opened() follows on this object's thread.
    void open(const QString& path);
    // The result, once opened() was emitted (moved out).
    MainWindow::OpenedStore take();
    // The thread the last open ran on (test hook).
    Qt::HANDLE openedOn() const { return m_openedOn; }

signals:
    void opened();

private:
    std::unique_ptr<QThread> m_thread;
    MainWindow::OpenedStore m_result;
    Qt::HANDLE m_openedOn = nullptr;
};

} // namespace tps::gui
