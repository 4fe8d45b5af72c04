#include "app/gui/DashboardView.h"

#include "app/gui/DbJobRunner.h"
#include "core/timeline/Step.h"
#include "db/Database.h"
#include "sync/CentralDashboard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace tps::gui {

DashboardView::DashboardView(const QString& databasePath, std::function<QString()> central, QWidget* parent)
    : QWidget(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadOnly, this)),
      m_central(std::move(central)), m_source(new QComboBox), m_yield(new QChartView),
      m_throughput(new QChartView), m_causes(new QTreeWidget), m_summary(new QLabel)
{
    auto* layout = new QGridLayout(this);
    auto* refreshButton = new QPushButton(tr("&Refresh"));
    m_summary->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
    m_source->setObjectName(QStringLiteral("dashboardSource"));
    m_source->addItem(tr("This station"));
    m_source->addItem(tr("Factory database (all stations)"));
    m_source->setVisible(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_source);
    top->addWidget(refreshButton);
    layout->addWidget(m_summary, 0, 0);
    layout->addLayout(top, 0, 1, Qt::AlignRight);
    for (QChartView* v : {m_yield, m_throughput}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(280);
    }
    layout->addWidget(m_yield, 1, 0);
    layout->addWidget(m_throughput, 1, 1);
    m_causes->setHeaderLabels({tr("Top failure causes"), tr("Failures")});
    m_causes->setRootIsDecorated(false);
    m_causes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_causes, 2, 0, 1, 2);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_source, &QComboBox::activated, this, &DashboardView::refresh);
    connect(&m_factoryJob, &QFutureWatcher<DashboardData>::finished, this,
            [this] { showData(m_factoryJob.result()); });
}

void DashboardView::showFactory(bool factory)
{
    m_source->setCurrentIndex(factory ? 1 : 0);
    refresh();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardView::refresh()
{
    const QString central = m_central ? m_central() : QString();
    m_source->setVisible(!central.isEmpty());
    if (!central.isEmpty() && m_source->currentIndex() == 1) {
        refreshFactory(central);
        return;
    }
    if (m_jobs->busy())
        return; // the refresh in progress shows the latest figures
    m_jobs->run(
        [](WorkerConnection& connection) {
            auto database = connection.get();
            if (!database) {
                DashboardData failed;
                failed.error = database.error().message;
                return failed;
            }
            return compute(**database);
        },
        [this](DashboardData data) { showData(std::move(data)); });
}

void DashboardView::refreshFactory(const QString& conninfo)
{
    if (m_factoryJob.isRunning())
        return;
    m_factoryJob.setFuture(QtConcurrent::run([conninfo] { return computeFactory(conninfo); }));
}

void DashboardView::showData(DashboardData data)
{
    m_data = std::move(data);
    render();
    emit refreshed();
}

DashboardData DashboardView::computeFactory(const QString& conninfo)
{
    DashboardData out;
    out.factory = true;
    auto pg = sync::PgConnection::connect(conninfo, 5);
    if (!pg) {
        out.error = pg.error().message;
        return out;
    }
    auto figures = sync::factoryDashboard(**pg, {});
    if (!figures) {
        out.error = figures.error().message;
        return out;
    }
    static_cast<db::DashboardFigures&>(out) =
        sync::asStationFigures(*figures, QDateTime::currentDateTimeUtc());
    return out;
}

DashboardData DashboardView::compute(const QString& databasePath)
{
    auto opened = db::Database::open(databasePath, db::OpenOptions::alreadyChecked(db::OpenMode::ReadOnly));
    if (!opened) {
        DashboardData failed;
        failed.error = opened.error().message;
        return failed;
    }
    return compute(**opened);
}

DashboardData DashboardView::compute(db::Database& d)
{
    DashboardData out;
    auto figures = db::dashboardFigures(d, QDateTime::currentDateTimeUtc());
    if (figures)
        static_cast<db::DashboardFigures&>(out) = *figures;
    else
        out.error = figures.error().message;
    return out;
}

void DashboardView::render()
{
    if (!m_data.error.isEmpty()) {
        m_summary->setText(m_data.factory ? tr("Cannot read the factory database: %1").arg(m_data.error)
                                          : tr("Cannot read the station database: %1").arg(m_data.error));
        return;
    }
    m_summary->setText(
        m_data.factory
            ? tr("%n device(s) completed in the last 24 hours at all stations.", nullptr, m_data.completed)
            : tr("%n device(s) completed in the last 24 hours.", nullptr, m_data.completed));

    auto* yieldSet = new QBarSet(tr("First-pass yield (%)"));
    QStringList steps;
    for (timeline::StepId step : timeline::kAllSteps) {
        const auto fp = m_data.firstPass.value(static_cast<int>(step));
        yieldSet->append(fp.first == 0 ? 0.0 : std::round(100.0 * fp.second / fp.first));
        steps << tr("Step %1 (%2/%3)").arg(static_cast<int>(step)).arg(fp.second).arg(fp.first);
    }
    yieldSet->setColor(QColor(0x2E, 0x7D, 0x32));
    auto* yieldSeries = new QBarSeries;
    yieldSeries->append(yieldSet);
    yieldSeries->setLabelsVisible(true);
    yieldSeries->setLabelsFormat(QStringLiteral("@value %"));
    auto* yieldChart = new QChart;
    yieldChart->setTitle(tr("First-pass yield per step"));
    yieldChart->addSeries(yieldSeries);
    auto* stepAxis = new QBarCategoryAxis;
    stepAxis->append(steps);
    // "Schritt 1 (3/3)", "Bước 1 (3/3)": five labels under a half-width chart are elided in a normal font.
    QFont stepFont = stepAxis->labelsFont();
    stepFont.setPointSize(7);
    stepAxis->setLabelsFont(stepFont);
    yieldChart->addAxis(stepAxis, Qt::AlignBottom);
    yieldSeries->attachAxis(stepAxis);
    auto* pctAxis = new QValueAxis;
    pctAxis->setRange(0, 100);
    pctAxis->setLabelFormat(QStringLiteral("%d"));
    yieldChart->addAxis(pctAxis, Qt::AlignLeft);
    yieldSeries->attachAxis(pctAxis);
    yieldChart->legend()->hide();
    QChart* old = m_yield->chart();
    m_yield->setChart(yieldChart);
    delete old;

    auto* perHour = new QBarSet(tr("Devices completed"));
    QStringList hourLabels;
    int max = 1;
    for (const auto& [hour, count] : std::as_const(m_data.perHour)) {
        perHour->append(count);
        hourLabels << hour.right(2);
        max = std::max(max, count);
    }
    perHour->setColor(QColor(0x15, 0x65, 0xC0));
    auto* hourSeries = new QBarSeries;
    hourSeries->append(perHour);
    auto* hourChart = new QChart;
    hourChart->setTitle(tr("Throughput per hour (UTC, last 24 h)"));
    hourChart->addSeries(hourSeries);
    auto* hourAxis = new QBarCategoryAxis;
    hourAxis->append(hourLabels);
    hourChart->addAxis(hourAxis, Qt::AlignBottom);
    hourSeries->attachAxis(hourAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, max);
    countAxis->setTickCount(std::min(max, 10) + 1);
    QFont small = hourAxis->labelsFont();
    small.setPointSize(7);
    hourAxis->setLabelsFont(small);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    hourChart->addAxis(countAxis, Qt::AlignLeft);
    hourSeries->attachAxis(countAxis);
    hourChart->legend()->hide();
    old = m_throughput->chart();
    m_throughput->setChart(hourChart);
    delete old;

    m_causes->clear();
    for (const auto& [cause, count] : std::as_const(m_data.causes)) {
        auto* item = new QTreeWidgetItem(m_causes);
        item->setText(0, cause);
        item->setText(1, QString::number(count));
    }
    if (m_data.causes.isEmpty())
        (new QTreeWidgetItem(m_causes))->setText(0, tr("No failures recorded."));
}

} // namespace tps::gui
