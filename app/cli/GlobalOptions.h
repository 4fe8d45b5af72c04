// The options of tpm-station-cli that come before the command: `--lang L` (also `--lang=L`) and
// `--key-passphrase-fd N` and `--password-fd N` (docs/CLI.md), in any order.
#pragma once

#include <QString>
#include <QStringList>

namespace tps::cli {

struct GlobalOptions
{
    QString language;          // --lang; empty: STATION_LANG, then LANGUAGE/LC_ALL/LC_MESSAGES/LANG
    bool missingValue = false; // --lang without a language
    int keyPassphraseFd = -1;  // --key-passphrase-fd: the admin's passphrase for a protected station key
    bool badKeyPassphraseFd = false; // --key-passphrase-fd without a descriptor number
    int passwordFd = -1;             // --password-fd: the password of the command's --as ID
    bool badPasswordFd = false;      // --password-fd without a descriptor number
};

// Removes the global options from the front of `args` (the words after the program name).
GlobalOptions takeGlobalOptions(QStringList& args);

} // namespace tps::cli
