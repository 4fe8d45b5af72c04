// The facts a support call asks for: the station's version, git revision and build date, and the versions
// of Qt, tpm2-tss, OpenSSL and SQLite in use. `--version` of both executables and the About dialog show
// the same list.
#pragma once

#include <QList>
#include <QString>

namespace tps::app {

struct VersionFact
{
    QString key;   // stable: "version", "revision", "buildDate", "qt", "tss2", "openssl", "sqlite"
    QString label; // translated
    QString value;
};

// Qt, OpenSSL and SQLite as loaded at run time (with the build-time version when it differs); tpm2-tss
// as built, since the library has no run-time version query.
QList<VersionFact> versionFacts();
// "<program> <software version>" and one "label: value" line per fact: what --version prints.
QString versionText(const QString& program);
// True when the arguments ask for the version (-v, --version): the GUI answers without a display.
bool asksForVersion(int argc, char** argv);

} // namespace tps::app
