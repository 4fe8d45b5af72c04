#include "app/gui/SocketPanel.h"

#include "app/gui/GuiPrompts.h"
#include "app/gui/StepTimelineWidget.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

using namespace timeline;

SocketPanel::SocketPanel(int socket, services::StationSession& session, const StationFactory& testSteps,
                         QWidget* parent)
    : QWidget(parent), m_socket(socket), m_prompts(new GuiPrompts(this)), m_timeline(new StepTimelineWidget),
      m_title(new QLabel), m_prompt(new QLabel), m_result(new QLabel), m_message(new QLabel),
      m_confirm(new QPushButton(tr("&Confirm"))), m_decline(new QPushButton(tr("&Decline"))),
      m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("socket-%1").arg(socket));
    // Recorded as this socket, not as each engine's "socket 1".
    m_engine = testSteps ? std::make_unique<Engine>(testSteps, session.store(), *m_prompts)
                         : session.createEngine(*m_prompts, socket);
    m_engine->setFirstSocket(socket);

    auto* layout = new QVBoxLayout(this);
    m_title->setText(tr("Socket %1 — empty").arg(socket));
    m_title->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 14pt; }"));
    layout->addWidget(m_title);
    layout->addWidget(m_timeline);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setStyleSheet(QStringLiteral("QLabel { font-size: 20pt; font-weight: bold; }"));
    m_prompt->setText(tr("Scan the next device."));
    layout->addWidget(m_prompt);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_decline);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setMinimumHeight(90);
    layout->addWidget(m_result);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
    layout->addWidget(m_message);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_decline->setObjectName(QStringLiteral("decline"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_confirm->setVisible(false);
    m_decline->setVisible(false);
    m_cancel->setEnabled(false);
    // Buttons never take the focus from the serial entry (the scanner types into it).
    for (QPushButton* b : {m_confirm, m_decline, m_cancel}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumSize(140, 48); // gloves
        b->setStyleSheet(QStringLiteral("QPushButton { font-size: 14pt; font-weight: bold; }"));
    }
    m_cancel->setToolTip(tr("Stop this socket's device at the next TPM command (what was committed stays)."));

    connect(m_prompts, &GuiPrompts::promptRequested, this, &SocketPanel::showPrompt);
    connect(m_confirm, &QPushButton::clicked, this, [this] { m_prompts->answer(PromptAnswer::Confirmed); });
    connect(m_decline, &QPushButton::clicked, this, [this] { m_prompts->answer(PromptAnswer::Declined); });
    connect(m_prompts, &GuiPrompts::promptAnswered, this, [this] {
        m_confirm->setVisible(false);
        m_decline->setVisible(false);
        m_prompt->setText(workingText());
    });
    connect(m_cancel, &QPushButton::clicked, this, &SocketPanel::cancel);
    connect(m_engine.get(), &Engine::stepStarted, this, [this](int, const QString&, int step, int) {
        m_timeline->setRunning(static_cast<StepId>(step));
    });
    connect(m_engine.get(), &Engine::stepCommitted, this,
            [this](int, const QString&, int step, int, const QString& outcome, const QString&) {
                m_timeline->setFinished(static_cast<StepId>(step), outcome == QLatin1String("pass"));
            });
    // The engine says when the TPM works on a key: on a discrete TPM that is the long wait of the line.
    connect(m_engine.get(), &Engine::keyGeneration, this, [this](int, const QString&, bool inProgress) {
        if (!m_busy || m_cancelling || m_confirm->isVisible())
            return;
        m_prompt->setText(inProgress ? keyGenerationText() : workingText());
    });
    connect(m_engine.get(), &Engine::deviceFinished, this,
            [this](int, const QString& serial, const QString& state, const QString& message) {
                finish(serial, state, message);
            });
}

SocketPanel::~SocketPanel()
{
    m_prompts->close();
    m_engine.reset(); // cancels and joins
}

void SocketPanel::setSeveralSockets(bool several)
{
    // One mnemonic per window: with several sockets prompting at once, Alt+C would be ambiguous (and
    // activate nothing), so each socket's Confirm answers to Alt+<socket number> instead.
    m_confirm->setText(several ? tr("Confirm (&%1)").arg(m_socket) : tr("&Confirm"));
    m_decline->setText(several ? tr("Decline") : tr("&Decline"));
}

void SocketPanel::setProfile(const ProductProfile& profile)
{
    m_engine->setProfile(profile);
}

void SocketPanel::setActor(const Actor& actor)
{
    m_engine->setActor(actor);
}

void SocketPanel::start(const Device& device)
{
    m_serial = device.serial;
    m_busy = true;
    m_timeline->reset();
    m_result->clear();
    m_result->setStyleSheet({});
    m_message->clear();
    QString marker;
    if (device.timing.simulated())
        marker = tr(" (SIMULATED, %1 TPM timing simulated)").arg(device.timing.name);
    else if (device.simulated)
        marker = tr(" (SIMULATED)");
    m_title->setText(tr("Socket %1 — %2%3").arg(m_socket).arg(device.serial, marker));
    m_cancelling = false;
    m_prompt->setText(workingText());
    m_cancel->setEnabled(true);
    m_engine->start({device}, 1);
}

void SocketPanel::cancel()
{
    if (!m_busy)
        return;
    m_cancelling = true;
    m_engine->cancel();
    m_prompts->answer(PromptAnswer::Cancelled);
    m_prompt->setText(tr("Cancelling — wait for the current TPM command to end."));
}

QString SocketPanel::workingText() const
{
    return tr("Working on %1 — leave the device in socket %2.").arg(m_serial).arg(m_socket);
}

QString SocketPanel::keyGenerationText() const
{
    return tr("The TPM is generating a key (this can take up to a minute) — leave %1 in socket %2.")
        .arg(m_serial)
        .arg(m_socket);
}

QString SocketPanel::result() const
{
    return m_result->text();
}

QString SocketPanel::promptText() const
{
    return m_prompt->text();
}

QString SocketPanel::message() const
{
    return m_message->text();
}

void SocketPanel::showPrompt(const QString& message, bool confirm)
{
    m_prompt->setText(message);
    m_confirm->setVisible(true);
    m_decline->setVisible(confirm);
    emit promptShown(m_socket, message);
}

void SocketPanel::setResult(const QString& text, const QString& colour)
{
    m_result->setText(text);
    m_result->setStyleSheet(
        QStringLiteral("QLabel { font-size: 48pt; font-weight: bold; color: white; background: %1; }")
            .arg(colour));
}

void SocketPanel::finish(const QString& serial, const QString& state, const QString& message)
{
    m_busy = false;
    m_cancel->setEnabled(false);
    m_confirm->setVisible(false);
    m_decline->setVisible(false);
    const bool passed = state == QLatin1String("completed");
    if (passed) {
        setResult(tr("✔ PASS"), QStringLiteral("#2E7D32"));
        m_message->setText(tr("%1 is provisioned: take it out.").arg(serial));
    } else {
        setResult(state == QLatin1String("cancelled") ? tr("■ CANCELLED") : tr("✘ FAIL"),
                  state == QLatin1String("cancelled") ? QStringLiteral("#616161")
                                                      : QStringLiteral("#C62828"));
        m_message->setText(message);
    }
    m_prompt->setText(tr("Scan the next device."));
    emit deviceFinished(m_socket, serial, passed);
}

} // namespace tps::gui
