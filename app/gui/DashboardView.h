// Dashboard: first-pass yield per step, throughput per hour (last 24 h) and the top failure causes,
// computed off the GUI thread by the page's DbJobRunner (one read-only connection, kept between refreshes).
#pragma once

#include "db/StationQueries.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace tps::gui {

class DbJobRunner;

// The figures (db/StationQueries.h), or why they cannot be read.
struct DashboardData : db::DashboardFigures
{
    QString error;
};

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(const QString& databasePath, QWidget* parent = nullptr);

    static DashboardData compute(db::Database& database);
    // Opens the database read-only for one computation (tools and tests).
    static DashboardData compute(const QString& databasePath);
    const DashboardData& data() const { return m_data; }
    const DbJobRunner* jobs() const { return m_jobs; }
    void refresh();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void render();

    DbJobRunner* m_jobs;
    DashboardData m_data;
    QChartView* m_yield;
    QChartView* m_throughput;
    QTreeWidget* m_causes;
    QLabel* m_summary;
};

} // namespace tps::gui
