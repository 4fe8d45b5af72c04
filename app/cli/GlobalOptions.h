// The options of tpm-station-cli that come before the command: `--lang L` (also `--lang=L`).
#pragma once

#include <QString>
#include <QStringList>

namespace tps::cli {

struct GlobalOptions
{
    QString language;          // --lang; empty: STATION_LANG, then LANGUAGE/LC_ALL/LC_MESSAGES/LANG
    bool missingValue = false; // --lang without a language
};

// Removes the global options from the front of `args` (the words after the program name).
GlobalOptions takeGlobalOptions(QStringList& args);

} // namespace tps::cli
