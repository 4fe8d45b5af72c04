// Answers a socket panel's prompts as an operator at the station would: Confirm, or Decline a "try again?"
// (the step's reason is in the prompt). Shared by the GUI tests that run devices at the station screen.
#pragma once

#include "app/gui/SocketPanel.h"

#include <QPushButton>
#include <QStringList>
#include <QTest>
#include <QTimer>

namespace tps::test {

// Every prompt of `panel` is answered 50 ms after it is shown; its text is appended to `seen` when given.
inline void answerPrompts(gui::SocketPanel* panel, QStringList* seen = nullptr)
{
    QObject::connect(panel, &gui::SocketPanel::promptShown, panel,
                     [panel, seen](int, const QString& message) {
                         if (seen)
                             seen->append(message);
                         const bool retry = message.contains(QStringLiteral("Try again"));
                         QTimer::singleShot(50, panel, [panel, retry] {
                             auto* b = panel->findChild<QPushButton*>(retry ? QStringLiteral("decline")
                                                                            : QStringLiteral("confirm"));
                             if (b && b->isVisible())
                                 QTest::mouseClick(b, Qt::LeftButton);
                         });
                     });
}

} // namespace tps::test
