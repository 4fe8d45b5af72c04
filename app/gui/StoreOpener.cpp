#include "app/gui/StoreOpener.h"

namespace tps::gui {

StoreOpener::StoreOpener(QObject* parent) : QObject(parent) {}

StoreOpener::~StoreOpener()
{
    if (m_thread)
        m_thread->wait();
}

void StoreOpener::open(const QString& path)
{
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this, path] {
        m_openedOn = QThread::currentThreadId();
        m_result = MainWindow::openStore(path);
    }));
    connect(m_thread.get(), &QThread::finished, this, &StoreOpener::opened);
    m_thread->start();
}

MainWindow::OpenedStore StoreOpener::take()
{
    return std::move(m_result);
}

} // namespace tps::gui
