// One test socket: its own engine (one worker thread), the device in it, the step timeline, the current
// operator prompt in large type, and a big PASS/FAIL that stays until the next device.
#pragma once

#include "core/timeline/Engine.h"
#include "services/StationSession.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace tps::gui {

class GuiPrompts;
class StepTimelineWidget;

class SocketPanel : public QWidget
{
    Q_OBJECT
public:
    // The socket's engine comes from the session (its store, escrow store, steps, profile and actor);
    // `testSteps` (tests only) runs a subset of the steps instead of the session's.
    SocketPanel(int socket, services::StationSession& session, const timeline::StationFactory& testSteps = {},
                QWidget* parent = nullptr);
    ~SocketPanel() override; // cancels the device in progress and joins the worker

    int socket() const { return m_socket; }
    bool busy() const { return m_busy; }
    // Several panels in one window: Confirm answers to Alt+<socket number>, Decline has no mnemonic.
    void setSeveralSockets(bool several);
    void setProfile(const timeline::ProductProfile& profile);
    void setActor(const timeline::Actor& actor);
    // Starts walking `device` through the line on this socket's worker thread.
    void start(const timeline::Device& device);
    void cancel();

    QString result() const;     // "PASS", "FAIL" or empty
    QString promptText() const; // the large operator prompt
    QString message() const;    // the operator message under the result
    StepTimelineWidget* timelineWidget() const { return m_timeline; }
    GuiPrompts* prompts() const { return m_prompts; }

signals:
    void deviceFinished(int socket, const QString& serial, bool passed);
    void promptShown(int socket, const QString& message);

private:
    void showPrompt(const QString& message, bool confirm);
    void finish(const QString& serial, const QString& state, const QString& message);
    void setResult(const QString& text, const QString& colour);
    QString workingText() const;
    QString keyGenerationText() const;

    int m_socket;
    GuiPrompts* m_prompts;
    std::unique_ptr<timeline::Engine> m_engine;
    StepTimelineWidget* m_timeline;
    QLabel* m_title;
    QLabel* m_prompt;
    QLabel* m_result;
    QLabel* m_message;
    QPushButton* m_confirm;
    QPushButton* m_decline;
    QPushButton* m_cancel;
    QString m_serial;
    bool m_busy = false;
    bool m_cancelling = false;
};

} // namespace tps::gui
