// Who is acting on the command line, and how they prove it: shared by every command that takes --as ID.
#pragma once

#include "db/Operators.h"

#include <QString>

#include <optional>

namespace tps::cli {

class Cli;

// Reads a secret from the environment variable `envName`, else one line from stdin when `fromStdin`.
// Secrets are never taken from argv (visible in ps).
QString readSecret(const char* envName, bool fromStdin);

// Signs `id` in with the password from STATION_PASSWORD (else the next stdin line when `stdinAllowed`).
// On failure prints the (translated) reason, stores the exit code in *rc and returns nothing; the failed
// attempt is audited by db::Operators.
std::optional<db::OperatorInfo> signIn(Cli& cli, db::Operators& operators, const QString& id,
                                       bool stdinAllowed, int* rc,
                                       const QString& purpose = QStringLiteral("login"));

// The acting person for an optional --as ID: the signed-in operator, or the unattended station software
// when `id` is empty. Returns nothing (after printing why, *rc set) when the sign-in fails.
std::optional<db::Actor> actingActor(Cli& cli, db::Database& database, const QString& id, int* rc);

} // namespace tps::cli
