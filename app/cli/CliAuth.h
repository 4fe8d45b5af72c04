// Who is acting on the command line, and how they prove it: shared by every command that takes --as ID.
#pragma once

#include "db/Operators.h"
#include "services/StationSession.h"

#include <QString>

#include <optional>

namespace tps::cli {

class Cli;

// Reads a secret from the environment variable `envName`, else one line from stdin when `fromStdin`
// (read(2) byte by byte into SecureBytes: no stdio buffer keeps it); the --password-fd source first.
// Secrets are never taken from argv (visible in ps). Empty: none given.
crypto::SecureBytes readSecret(const char* envName, bool fromStdin);

// Signs `id` in with the password from STATION_PASSWORD (else the next stdin line when `stdinAllowed`).
// On failure prints the (translated) reason, stores the exit code in *rc and returns nothing; the failed
// attempt is audited by db::Operators.
std::optional<db::OperatorInfo> signIn(Cli& cli, db::Operators& operators, const QString& id,
                                       bool stdinAllowed, int* rc,
                                       const QString& purpose = QStringLiteral("login"));

// The credentials of --as ID (the password from STATION_PASSWORD, else the next stdin line when
// `stdinAllowed`), for a service to check. Returns nothing (after printing why, *rc set) without an ID.
std::optional<timeline::Credentials> credentials(Cli& cli, const QString& id, bool stdinAllowed, int* rc);

// The acting person for an optional --as ID: the signed-in operator, or the unattended station software
// when `id` is empty. Returns nothing (after printing why, *rc set) when the sign-in fails.
std::optional<db::Actor> actingActor(Cli& cli, db::Database& database, const QString& id, int* rc);

// The CLI's station session: opens (creates, migrates) the database at `path` and signs `operatorId` in as
// actingActor() does. Returns nothing (after printing why, *rc set) when either fails.
std::unique_ptr<services::StationSession> openSession(Cli& cli, const QString& path,
                                                      const QString& operatorId, int* rc);

} // namespace tps::cli
