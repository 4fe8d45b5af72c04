#include "app/gui/GuiPrompts.h"

namespace tps::gui {

using timeline::PromptAnswer;

GuiPrompts::GuiPrompts(QObject* parent) : QObject(parent) {}

PromptAnswer GuiPrompts::ask(const timeline::Prompt& prompt)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return PromptAnswer::Cancelled;
    m_answer.reset();
    m_pending = true;
    // Emitted from the worker thread: delivered queued to the GUI thread.
    emit promptRequested(prompt.message, prompt.kind == timeline::PromptKind::Confirm);
    while (!m_answer)
        m_answered.wait(&m_mutex);
    m_pending = false;
    return *m_answer;
}

void GuiPrompts::answer(PromptAnswer answer)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pending)
            return;
        m_answer = answer;
        m_answered.wakeAll();
    }
    emit promptAnswered();
}

void GuiPrompts::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    if (m_pending && !m_answer) {
        m_answer = PromptAnswer::Cancelled;
        m_answered.wakeAll();
    }
}

bool GuiPrompts::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending && !m_answer;
}

} // namespace tps::gui
