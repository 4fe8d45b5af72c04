// Where the command line keeps or finds escrow records: the station database (--db PATH, as `line` and
// the GUI use) or an escrow directory (--store DIR). Shared by `escrow open` and `ownership take|clear`.
#pragma once

#include "core/common/Result.h"
#include "core/ownership/EscrowStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace tps::cli {

struct EscrowStoreChoice
{
    EscrowStoreChoice();
    QCommandLineOption database;  // --db PATH
    QCommandLineOption directory; // --store DIR (default: FileEscrowStore::defaultDirectory())

    // Opens the chosen store; --db and --store together is an error. `readOnly` opens the database
    // read-only (a foreign, newer or damaged file is refused without a byte written).
    Result<std::shared_ptr<ownership::EscrowStore>, QString> open(const QCommandLineParser& parser,
                                                                  bool readOnly) const;
};

} // namespace tps::cli
