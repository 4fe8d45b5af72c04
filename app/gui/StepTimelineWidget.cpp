#include "app/gui/StepTimelineWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tps::gui {

using timeline::StepId;

StepTimelineWidget::StepTimelineWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (StepId step : timeline::kAllSteps) {
        auto* row = new QLabel;
        row->setObjectName(QStringLiteral("step-") + timeline::stepKey(step));
        row->setTextFormat(Qt::PlainText);
        row->setMinimumHeight(32);
        layout->addWidget(row);
        m_rows.insert(step, row);
    }
    layout->addStretch();
    reset();
}

void StepTimelineWidget::reset()
{
    for (StepId step : timeline::kAllSteps) {
        m_states.insert(step, State::Waiting);
        render(step);
    }
}

void StepTimelineWidget::setRunning(StepId step)
{
    m_states.insert(step, State::Running);
    m_clocks[step].start();
    render(step);
}

void StepTimelineWidget::setFinished(StepId step, bool passed)
{
    m_states.insert(step, passed ? State::Passed : State::Failed);
    const qint64 ms = m_clocks.contains(step) && m_clocks[step].isValid() ? m_clocks[step].elapsed() : -1;
    render(step, ms);
}

QString StepTimelineWidget::text(StepId step) const
{
    return m_rows.value(step)->text();
}

void StepTimelineWidget::render(StepId step, qint64 ms)
{
    QString icon;
    QString word;
    QString style;
    switch (m_states.value(step)) {
    case State::Waiting:
        icon = QStringLiteral("○");
        word = tr("waiting");
        style = QStringLiteral("color: palette(text); background: palette(base);");
        break;
    case State::Running:
        icon = QStringLiteral("▶");
        word = tr("running");
        style = QStringLiteral("color: black; background: #90CAF9;");
        break;
    case State::Passed:
        icon = QStringLiteral("✔");
        word = tr("passed");
        style = QStringLiteral("color: white; background: #2E7D32;");
        break;
    case State::Failed:
        icon = QStringLiteral("✘");
        word = tr("FAILED");
        style = QStringLiteral("color: white; background: #C62828;");
        break;
    }
    const int index = static_cast<int>(step);
    QString label = tr("%1 %2. %3 — %4").arg(icon).arg(index).arg(timeline::stepTitle(step), word);
    if (ms >= 0)
        label += tr(" (%1 s)").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 2);
    QLabel* row = m_rows.value(step);
    row->setText(label);
    row->setStyleSheet(QStringLiteral("QLabel { padding: 4px 8px; border-radius: 4px; %1 }").arg(style));
    row->setAccessibleName(label);
}

} // namespace tps::gui
