#include "app/common/VersionInfo.h"

#include "core/common/Version.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <sqlite3.h>

namespace tps::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VersionInfo)
};

// "3.0.19", or "3.0.19 (built with 3.0.11)" when the loaded library is not the one compiled against.
QString runtimeVersion(const char* loaded, const char* built)
{
    const QString value = QString::fromLatin1(loaded);
    if (std::strcmp(loaded, built) == 0)
        return value;
    return Tr::tr("%1 (built with %2)").arg(value, QString::fromLatin1(built));
}

} // namespace

QList<VersionFact> versionFacts()
{
    const QString revision = version::gitRevision();
    return {
        {QStringLiteral("version"), Tr::tr("Version"), version::softwareVersion()},
        {QStringLiteral("revision"), Tr::tr("Git revision"),
         revision.isEmpty() ? Tr::tr("unknown (not built from a git checkout)") : revision},
        {QStringLiteral("buildDate"), Tr::tr("Build date"), version::buildDate()},
        {QStringLiteral("qt"), QStringLiteral("Qt"), runtimeVersion(qVersion(), QT_VERSION_STR)},
        {QStringLiteral("tss2"), QStringLiteral("tpm2-tss"),
         Tr::tr("%1 (as built; the library reports no version at run time)")
             .arg(version::tss2BuildVersion())},
        {QStringLiteral("openssl"), QStringLiteral("OpenSSL"),
         runtimeVersion(OpenSSL_version(OPENSSL_VERSION_STRING), OPENSSL_VERSION_STR)},
        {QStringLiteral("sqlite"), QStringLiteral("SQLite"),
         runtimeVersion(sqlite3_libversion(), SQLITE_VERSION)},
    };
}

QString versionText(const QString& program)
{
    QString text = QStringLiteral("%1 %2\n").arg(program, version::softwareVersion());
    for (const VersionFact& fact : versionFacts())
        text += QStringLiteral("%1: %2\n").arg(fact.label, fact.value);
    return text;
}

bool asksForVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

} // namespace tps::app
