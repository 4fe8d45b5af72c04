// Signs a person of the GUI fixture (GuiFixture.h) in through the login screen, as a test: the check runs on
// the login's worker, so this waits for its answer. True when the window is then signed in.
#pragma once

#include "GuiFixture.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"

#include <QLineEdit>
#include <QSignalSpy>

namespace tps::test {

inline bool signIn(gui::MainWindow& w, const QString& id, const QString& password = kPassword)
{
    w.login()->idEntry()->setText(id);
    w.login()->passwordEntry()->setText(password);
    QSignalSpy checked(w.login(), &gui::LoginDialog::checked);
    return w.login()->attempt() && checked.wait(20000) && w.loggedIn();
}

} // namespace tps::test
