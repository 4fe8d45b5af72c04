// The one-time import of loose escrow files into the station database (schema 10). Before the service
// layer, the GUI's socket engines escrowed to FileEscrowStore files in the data directory
// (escrow-SERIAL.json), outside the audited database; the migration to schema 10 moves them in.
#pragma once

#include "db/Database.h"

#include <QStringList>

namespace tps::db {

struct EscrowImport
{
    QStringList importedFiles; // every record of these files is in escrow_records now
    QStringList damagedFiles;  // not imported (unreadable, not an escrow file): left where they are
    int records = 0;           // records inserted (a record already in the database is not inserted twice)
};

// Inside the caller's open transaction on `db`: inserts every record of the escrow files in `directory`
// that escrow_records does not hold yet, each with its audit event naming the file, and audits each
// damaged file. Nothing is removed: the caller removes the imported files after its commit.
DbResult<EscrowImport> importLooseEscrowFiles(Database& db, const QString& directory);
// After the commit: removes the imported files. A file that cannot be removed stays (a later import
// finds its records in the database and skips them); returns the files that stayed.
QStringList removeImportedEscrowFiles(const EscrowImport& import);

} // namespace tps::db
