// Dashboard: first-pass yield per step, throughput per hour (last 24 h) and the top failure causes,
// computed off the GUI thread by the page's DbJobRunner (one read-only connection, kept between refreshes).
// When the station has a factory database, a chooser points the same charts at it (all stations; read on a
// worker thread through sync/CentralDashboard, one connection per refresh).
#pragma once

#include "db/StationQueries.h"

#include <QFutureWatcher>
#include <QWidget>
#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace tps::gui {

class DbJobRunner;

// The figures (db/StationQueries.h), or why they cannot be read.
struct DashboardData : db::DashboardFigures
{
    QString error;
    bool factory = false; // read from the factory database (all stations)
};

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    // `central` names the factory database when the station has one (empty string: none); asked at every
    // refresh, so a changed setting takes effect without a restart.
    explicit DashboardView(const QString& databasePath, std::function<QString()> central = {},
                           QWidget* parent = nullptr);

    static DashboardData compute(db::Database& database);
    // Opens the database read-only for one computation (tools and tests).
    static DashboardData compute(const QString& databasePath);
    // The factory database's figures (all stations); blocking — call it off the GUI thread.
    static DashboardData computeFactory(const QString& conninfo);
    // Shows the factory database's figures instead of this station's (when one is configured).
    void showFactory(bool factory);
    const DashboardData& data() const { return m_data; }
    const DbJobRunner* jobs() const { return m_jobs; }
    void refresh();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void render();
    void refreshFactory(const QString& conninfo);
    void showData(DashboardData data);

    DbJobRunner* m_jobs;
    std::function<QString()> m_central;
    QComboBox* m_source;
    QFutureWatcher<DashboardData> m_factoryJob;
    DashboardData m_data;
    QChartView* m_yield;
    QChartView* m_throughput;
    QTreeWidget* m_causes;
    QLabel* m_summary;
};

} // namespace tps::gui
