// Reads pages of devices on its own thread with its own read-only connection (the GUI thread never
// waits for the database). Keyset pagination over devices.id keeps every page fast at any depth.
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>
#include <memory>

namespace tps::db {
class Database;
}

namespace tps::gui {

struct DeviceFilter
{
    QString serial; // substring
    QString state;  // run state key of the latest run ("completed", "failed", ...); empty: any
    QString batch;  // product / batch; empty: any
    QDate from;     // first seen on or after
    QDate to;       // first seen on or before
};

struct DeviceRow
{
    qint64 id = 0;
    QString serial;
    QString product;
    bool simulated = false;
    QString state;
    QString created;
};

class DevicesFetcher : public QObject
{
    Q_OBJECT
public:
    explicit DevicesFetcher(QString databasePath);
    ~DevicesFetcher() override;

public slots:
    void fetch(quint64 generation, const tps::gui::DeviceFilter& filter, qint64 afterId, int limit);

signals:
    void fetched(quint64 generation, const QList<tps::gui::DeviceRow>& rows, bool more);
    void failed(quint64 generation, const QString& message);

private:
    QString m_path;
    std::unique_ptr<db::Database> m_db;
};

} // namespace tps::gui

Q_DECLARE_METATYPE(tps::gui::DeviceFilter)
Q_DECLARE_METATYPE(tps::gui::DeviceRow)
