// The GUI's OperatorPrompts: a socket's worker thread asks, the prompt is marshalled to the GUI thread
// (promptRequested, queued) and the worker blocks until the operator answers on the GUI thread.
#pragma once

#include "core/timeline/OperatorPrompts.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <optional>

namespace tps::gui {

class GuiPrompts : public QObject, public timeline::OperatorPrompts
{
    Q_OBJECT
public:
    explicit GuiPrompts(QObject* parent = nullptr);

    // Worker thread: blocks until answer() or close().
    timeline::PromptAnswer ask(const timeline::Prompt& prompt) override;
    // GUI thread: answers the pending prompt (ignored when none is pending).
    void answer(timeline::PromptAnswer answer);
    // Every pending and future prompt is answered Cancelled (shutdown).
    void close();
    bool pending() const;

signals:
    void promptRequested(const QString& message, bool confirm);
    void promptAnswered();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_answered;
    std::optional<timeline::PromptAnswer> m_answer;
    bool m_pending = false;
    bool m_closed = false;
};

} // namespace tps::gui
