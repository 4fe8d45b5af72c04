// The five steps as a timeline: each step's state (waiting, running, passed, failed) shown by an icon,
// a word and a colour, with its duration.
#pragma once

#include "core/timeline/Step.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

class QLabel;

namespace tps::gui {

class StepTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    enum class State { Waiting, Running, Passed, Failed };
    explicit StepTimelineWidget(QWidget* parent = nullptr);

    void reset();
    void setRunning(timeline::StepId step);
    void setFinished(timeline::StepId step, bool passed);
    State state(timeline::StepId step) const { return m_states.value(step, State::Waiting); }
    QString text(timeline::StepId step) const; // what the row says (tests, accessibility)

private:
    void render(timeline::StepId step, qint64 ms = -1);
    QMap<timeline::StepId, QLabel*> m_rows;
    QMap<timeline::StepId, State> m_states;
    QMap<timeline::StepId, QElapsedTimer> m_clocks;
};

} // namespace tps::gui
