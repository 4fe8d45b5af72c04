// Dashboard: first-pass yield per step, throughput per hour (last 24 h) and the top failure causes,
// computed off the GUI thread on a read-only connection.
#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QMap>
#include <QPair>
#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace tps::gui {

struct DashboardData
{
    QString error;
    QMap<int, QPair<int, int>> firstPass; // step -> (first attempts, passed)
    QList<QPair<QString, int>> perHour;   // "yyyy-MM-ddTHH" -> completed devices, last 24 h
    QList<QPair<QString, int>> causes;    // "code — message" -> count, top 5
    int completed = 0;
};

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(const QString& databasePath, QWidget* parent = nullptr);

    static DashboardData compute(const QString& databasePath);
    const DashboardData& data() const { return m_data; }
    void refresh();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void render();

    QString m_path;
    DashboardData m_data;
    QChartView* m_yield;
    QChartView* m_throughput;
    QTreeWidget* m_causes;
    QLabel* m_summary;
    QFutureWatcher<DashboardData> m_watcher;
};

} // namespace tps::gui
