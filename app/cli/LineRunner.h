// Runs the production line over a simulated fleet: shared by `line` and `run`.
#pragma once

#include "app/cli/Cli.h"

namespace tps::cli {

struct LineOptions
{
    int count = 3;
    QString database;
    QString root; // empty: a temporary fleet, removed afterwards
    QString product;
    QString profileFile; // empty: the simulation kit's profile (core/sim/SimulationKit.h) in the fleet root
    QString operatorId;  // empty: the unattended station actor
    QString lot;         // the incoming TPM lot the devices' EKs must come from (empty: the profile's)
    int sockets = 1;
    bool json = false;
    bool keepRunning = false;
    bool progress = false;  // print each step as soon as it is committed
    bool stepLines = false; // print one line per step (title, outcome, message) under each device
    QString central; // the factory database (libpq connection string; empty: the profile's "central" section)
};

int runLine(Cli& cli, const LineOptions& options);

} // namespace tps::cli
