#include "app/common/AppSetup.h"

#include "Translations.h"
#include "core/crypto/ProcessHardening.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace tps::app {

QString setupApplication(QCoreApplication& app, const QString& language)
{
    // First: no core dumps and not dumpable, before any secret is in memory (docs/ESCROW.md).
    crypto::hardenProcess();
    // tpm2-tss logs every refused connection to stderr; the station reports typed errors itself.
    // An engineer who wants the stack's own log sets TSS2_LOG explicitly.
    if (qEnvironmentVariableIsEmpty("TSS2_LOG"))
        qputenv("TSS2_LOG", "all+none");
    // No organisation name: the user data directory is ~/.local/share/tpm-station, not
    // .../tpm-station/tpm-station.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("tpm-station"));
    QCoreApplication::setApplicationVersion(tps::version::softwareVersion());
    return i18n::install(app, language.isEmpty() ? qEnvironmentVariable("STATION_LANG") : language);
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/station.db");
}

} // namespace tps::app
