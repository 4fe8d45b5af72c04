// Brings a station window up as an operator finds it in simulation mode: database open, window shown, the
// simulated fleet ready and a person signed in. Shared by the GUI tests and benchmarks that run devices at
// the station screen.
#pragma once

#include "SignIn.h"
#include "TestSupport.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StationConfig.h"
#include "core/sim/SimulationKit.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace tps::test {

// The simulation kit's profile of the fleet at `root`, written to `profileFile`; empty on success.
inline QString writeKitProfile(const QString& root, const QString& profileFile)
{
    auto kit = sim::SimulationKit::prepare(root);
    if (!kit)
        return kit.error();
    return writeFile(profileFile, QJsonDocument(kit->profile().toJson()).toJson())
               ? QString()
               : QStringLiteral("cannot write %1").arg(profileFile);
}

// A simulation-mode configuration: `devices` simulated devices at `root`, `sockets` sockets.
inline gui::StationConfig simulatedStation(const QString& db, const QString& profileFile, const QString& root,
                                           int devices, int sockets)
{
    gui::StationConfig config;
    config.databasePath = db;
    config.profilePath = profileFile;
    config.fleetRoot = root;
    config.simulateCount = devices;
    config.sockets = sockets;
    return config;
}

// Shows `w`, waits for its fleet and signs `operatorId` in; empty on success, else what went wrong.
inline QString bringUp(gui::MainWindow& w, const QString& operatorId)
{
    if (!w.storeOpen())
        return w.storeError();
    QSignalSpy ready(&w, &gui::MainWindow::fleetReady);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return QStringLiteral("the window was not exposed");
    if (!ready.wait(300000))
        return QStringLiteral("the simulated fleet did not come up");
    return signIn(w, operatorId) ? QString() : QStringLiteral("%1 could not sign in").arg(operatorId);
}

} // namespace tps::test
