#include "app/cli/CliAuth.h"

#include "app/cli/Cli.h"
#include "app/cli/CliSecrets.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <utility>

namespace tps::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliAuth)
};
} // namespace

crypto::SecureBytes readSecret(const char* envName, bool fromStdin)
{
    const bool password = qstrcmp(envName, "STATION_PASSWORD") == 0;
    if (password && passwordSourceInstalled()) {
        std::optional<crypto::SecureBytes> given = passwordFromSource();
        return given ? std::move(*given) : crypto::SecureBytes();
    }
    if (qEnvironmentVariableIsSet(envName)) {
        static bool warned = false;
        if (password && !std::exchange(warned, true))
            QTextStream(stderr) << Tr::tr("Warning: STATION_PASSWORD is deprecated (other processes of the "
                                          "same user can read it in /proc/PID/environ); give the password "
                                          "with --password-fd N.")
                                << Qt::endl;
        // The environment block keeps its own copy (/proc/PID/environ): the reason it is deprecated.
        const char* const value = std::getenv(envName);
        return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(value), std::strlen(value));
    }
    if (!fromStdin)
        return {};
    std::optional<crypto::SecureBytes> line = readSecretLine(STDIN_FILENO);
    return line ? std::move(*line) : crypto::SecureBytes();
}

std::optional<timeline::Credentials> credentials(Cli& cli, const QString& id, bool stdinAllowed, int* rc)
{
    if (id.isEmpty()) {
        *rc = cli.usage(Tr::tr("--as ID is required: the operator doing this."));
        return std::nullopt;
    }
    return timeline::Credentials{id, readSecret("STATION_PASSWORD", stdinAllowed)};
}

std::optional<db::OperatorInfo> signIn(Cli& cli, db::Operators& operators, const QString& id,
                                       bool stdinAllowed, int* rc, const QString& purpose)
{
    const std::optional<timeline::Credentials> given = credentials(cli, id, stdinAllowed, rc);
    if (!given)
        return std::nullopt;
    auto who = operators.authenticate(given->operatorId, given->password, purpose);
    if (!who) {
        *rc = cli.failure(who.error().message);
        return std::nullopt;
    }
    return *who;
}

std::optional<db::Actor> actingActor(Cli& cli, db::Database& database, const QString& id, int* rc)
{
    if (id.isEmpty())
        return services::StationSession::unattendedActor();
    db::Operators operators(database);
    auto who = signIn(cli, operators, id, true, rc);
    if (!who)
        return std::nullopt;
    return who->actor();
}

std::unique_ptr<services::StationSession> openSession(Cli& cli, const QString& path,
                                                      const QString& operatorId, int* rc)
{
    auto session = services::StationSession::open(path);
    if (!session) {
        *rc = cli.failure(session.error().message);
        return nullptr;
    }
    const std::optional<db::Actor> actor = actingActor(cli, (*session)->database(), operatorId, rc);
    if (!actor)
        return nullptr;
    (*session)->setActor(*actor);
    return std::move(*session);
}

} // namespace tps::cli
