#include "db/EscrowImport.h"

#include "core/ownership/FileEscrowStore.h"
#include "db/AuditTrail.h"
#include "db/SqliteEscrowStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tps::db {

namespace {

DbResult<bool> recordExists(Database& db, const QString& uuid)
{
    auto q = db.prepare("SELECT 1 FROM escrow_records WHERE uuid = ?1");
    if (!q)
        return fail(q.error());
    q->bind(1, uuid);
    auto row = q->step();
    if (!row)
        return fail(row.error());
    return *row;
}

DbResult<void> auditDamaged(Database& db, const QString& serial, const QString& file, const QString& why)
{
    AuditEntry e;
    e.deviceSerial = serial;
    e.action = QStringLiteral("import");
    e.object = QStringLiteral("escrow-file:") + QFileInfo(file).fileName();
    e.reason = QStringLiteral("loose escrow file not imported, left in place: %1").arg(why);
    AuditTrail audit(db);
    if (auto r = audit.append(systemActor(), e); !r)
        return fail(r.error());
    return {};
}

// The records of one serial's file; false when the file is damaged (audited, left in place).
DbResult<bool> importSerial(Database& db, ownership::FileEscrowStore& files, const QString& serial,
                            EscrowImport& out)
{
    const QString file = files.fileFor(serial);
    auto history = files.escrowHistory(serial);
    if (!history) {
        if (auto r = auditDamaged(db, serial, file, history.error().message); !r)
            return fail(r.error());
        out.damagedFiles << file;
        return false;
    }
    const QString origin =
        QStringLiteral("imported from the loose escrow file %1").arg(QFileInfo(file).fileName());
    for (const ownership::EscrowRecord& record : std::as_const(*history)) {
        auto exists = recordExists(db, record.id);
        if (!exists)
            return fail(exists.error());
        if (*exists)
            continue;
        if (auto r = insertEscrowRecord(db, systemActor(), record, origin); !r)
            return fail(r.error());
        ++out.records;
    }
    out.importedFiles << file;
    return true;
}

} // namespace

DbResult<EscrowImport> importLooseEscrowFiles(Database& db, const QString& directory)
{
    EscrowImport out;
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        return out;
    ownership::FileEscrowStore files(QDir(directory).absolutePath());
    for (const QString& serial : files.serials())
        if (auto r = importSerial(db, files, serial, out); !r)
            return fail(r.error());
    return out;
}

QStringList removeImportedEscrowFiles(const EscrowImport& import)
{
    QStringList stayed;
    for (const QString& file : import.importedFiles)
        if (!QFile::remove(file))
            stayed << file;
    return stayed;
}

} // namespace tps::db
