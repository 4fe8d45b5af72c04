#include "db/Lots.h"

#include "core/dps/RegistrationId.h"
#include "db/AuditHash.h"
#include "db/SignedChange.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lots)
};

const char* const kLotColumns =
    "l.uuid, l.lot, l.part, l.format, l.source, l.source_sha256, l.imported_by, l.imported_utc, l.reason, "
    "l.entries, (SELECT count(*) FROM lot_entries e WHERE e.lot_id = l.id AND e.device_id IS NOT NULL)";

LotInfo lotOf(const Statement& s)
{
    return LotInfo{s.text(0), s.text(1), s.text(2), s.text(3),  s.text(4),  s.text(5),
                   s.text(6), s.text(7), s.text(8), s.int64(9), s.int64(10)};
}

// Rows whose EK is already in an imported lot.
DbResult<QList<lots::RowProblem>> crossLotDuplicates(Database& db, const lots::DeliveryList& list)
{
    auto stmt = db.prepare("SELECT l.lot, e.row FROM lot_entries e JOIN lots l ON l.id = e.lot_id "
                           "WHERE e.ek_key_id = ?1");
    if (!stmt)
        return fail(stmt.error());
    QList<lots::RowProblem> problems;
    for (const lots::DeliveryEntry& e : list.entries) {
        stmt->reset();
        stmt->bind(1, e.ek.keyId);
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (*row)
            problems.append(lots::RowProblem{
                e.row, Tr::tr("this EK is already on the delivery list of lot %1 (row %2): a TPM cannot be "
                              "in two lots")
                           .arg(stmt->text(0))
                           .arg(stmt->int64(1))});
    }
    return problems;
}

DbResult<void> insertEntries(Database& db, qint64 lotId, const lots::DeliveryList& list)
{
    auto stmt =
        db.prepare("INSERT INTO lot_entries(lot_id, row, ek_key_id, form, key_algorithm, tpm_serial, "
                   "ek_public, registration_id, certificate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!stmt)
        return fail(stmt.error());
    for (const lots::DeliveryEntry& e : list.entries) {
        stmt->reset();
        stmt->bind(1, lotId)
            .bind(2, e.row)
            .bind(3, e.ek.keyId)
            .bind(4, lots::ekValueFormKey(e.ek.form))
            .bind(5, e.ek.keyAlgorithm)
            .bind(6, e.tpmSerial)
            .bind(7, e.ek.tpm2bPublic)
            .bind(8, e.ek.tpm2bPublic.isEmpty() ? QString() : dps::registrationIdFromEk(e.ek.tpm2bPublic))
            .bind(9, e.ek.certificateDer);
        if (auto r = stmt->exec(); !r)
            return r;
    }
    return {};
}

QString rowsText(const QList<lots::RowProblem>& rows)
{
    return lots::deliveryListErrorText(lots::DeliveryListError{
        Tr::tr("The delivery list has %n bad row(s); nothing was imported.", nullptr, int(rows.size())),
        rows});
}

// The list's own lot and part number, when it names them, must be the ones given.
DbResult<void> checkNames(const lots::DeliveryList& list, const QString& lot, const QString& part)
{
    if (!list.lot.isEmpty() && list.lot != lot)
        return fail(DbError{
            DbErrc::Invalid,
            Tr::tr("The delivery list is for lot %1, not %2; nothing was imported.").arg(list.lot, lot)});
    if (!list.part.isEmpty() && list.part != part)
        return fail(
            DbError{DbErrc::Invalid, Tr::tr("The delivery list is for part number %1, not %2; nothing "
                                            "was imported.")
                                         .arg(list.part, part)});
    return {};
}
} // namespace

QString LotEntryInfo::state() const
{
    if (deviceUuid.isEmpty())
        return QStringLiteral("unused");
    if (!qaPassed)
        return QStringLiteral("in-production");
    return ekMatches ? QStringLiteral("reconciled") : QStringLiteral("ek-differs");
}

Lots::Lots(Database& db) : m_db(db) {}

DbResult<LotInfo> Lots::import(const OperatorInfo& signer, const QString& lot, const QString& part,
                               const QString& source, const QByteArray& data, const QString& reason)
{
    if (lot.trimmed().isEmpty() || part.trimmed().isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("A lot needs its lot number and part number.")});
    if (reason.trimmed().isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("Importing a lot needs a reason.")});
    auto list = lots::readDeliveryList(data);
    if (!list)
        return fail(DbError{DbErrc::Invalid, lots::deliveryListErrorText(list.error())});
    if (auto r = checkNames(*list, lot, part); !r)
        return fail(r.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    if (auto r = requireRole(m_db, signer, Action::ImportLot, QStringLiteral("lot:") + lot);
        !r) {
        (void)(*tx)->commit(); // the refusal's audit event stays
        return fail(r.error());
    }
    auto existing = find(lot);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(
            DbError{DbErrc::Invalid, Tr::tr("Lot %1 was already imported on %2 by %3; nothing was imported.")
                                         .arg(lot, (*existing)->importedUtc, (*existing)->importedBy)});
    auto dups = crossLotDuplicates(m_db, *list);
    if (!dups)
        return fail(dups.error());
    if (!dups->isEmpty())
        return fail(DbError{DbErrc::Invalid, rowsText(*dups)});

    LotInfo info{newUuid(),         lot,      part,   list->format,         source, sha256Hex(data),
                 signer.operatorId, utcNow(), reason, list->entries.size(), 0};
    QJsonArray keys;
    for (const lots::DeliveryEntry& e : std::as_const(list->entries))
        keys.append(e.ek.keyId);
    const QJsonObject record{{QStringLiteral("type"), QStringLiteral("lot-import")},
                             {QStringLiteral("uuid"), info.uuid},
                             {QStringLiteral("lot"), lot},
                             {QStringLiteral("part"), part},
                             {QStringLiteral("sourceSha256"), info.sourceSha256},
                             {QStringLiteral("eks"), keys},
                             {QStringLiteral("reason"), reason}};
    auto signature = signChange(m_db, signer, QStringLiteral("lot import approved"), QStringLiteral("lot"),
                                info.uuid, record, reason);
    if (!signature)
        return fail(signature.error());
    auto insert = m_db.prepare("INSERT INTO lots(uuid, lot, part, format, source, source_sha256, entries, "
                               "imported_by, imported_utc, reason, signature_id) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, info.uuid)
        .bind(2, lot)
        .bind(3, part)
        .bind(4, info.format)
        .bind(5, source)
        .bind(6, info.sourceSha256)
        .bind(7, info.entries)
        .bind(8, info.importedBy)
        .bind(9, info.importedUtc)
        .bind(10, reason)
        .bind(11, signature->rowId);
    if (auto r = insert->exec(); !r)
        return fail(r.error());
    if (auto r = insertEntries(m_db, m_db.lastInsertId(), *list); !r)
        return fail(r.error());
    if (auto r = auditChange(m_db, signer.actor(), QStringLiteral("create"), QStringLiteral("lot:") + lot,
                             QStringLiteral("part %1, %2 EK(s) from %3 (sha256 %4)")
                                 .arg(part)
                                 .arg(info.entries)
                                 .arg(source, info.sourceSha256),
                             reason);
        !r)
        return fail(r.error());
    if (auto r = (*tx)->commit(); !r)
        return fail(r.error());
    return info;
}

DbResult<QList<LotInfo>> Lots::list()
{
    auto stmt =
        m_db.prepare((QByteArray("SELECT ") + kLotColumns + " FROM lots l ORDER BY l.id").constData());
    if (!stmt)
        return fail(stmt.error());
    QList<LotInfo> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return out;
        out.append(lotOf(*stmt));
    }
}

DbResult<std::optional<LotInfo>> Lots::find(const QString& lot)
{
    const QByteArray sql = QByteArray("SELECT ") + kLotColumns + " FROM lots l WHERE l.lot = ?1";
    return m_db.queryOptional(
        sql.constData(), [&](Statement& s) { s.bind(1, lot); }, lotOf);
}

DbResult<QList<LotEntryInfo>> Lots::entries(const QString& lot)
{
    auto stmt = m_db.prepare(
        "SELECT e.row, e.ek_key_id, e.form, e.key_algorithm, e.tpm_serial, e.registration_id, e.ek_public, "
        "e.certificate, coalesce(d.uuid, ''), coalesce(d.serial, ''), e.consumed_utc, "
        "(SELECT b.name FROM lot_batches lb JOIN batches b ON b.id = lb.batch_id WHERE lb.lot_id = l.id "
        " ORDER BY lb.id DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM step_results s WHERE s.device_id = d.id AND s.step = 5 AND s.kind = 'run' "
        " AND s.outcome = 'pass' AND s.rework_epoch = d.rework_epoch), "
        "(SELECT a.data FROM artifacts a JOIN step_results s ON a.step_result_id = s.id WHERE s.device_id = "
        "d.id "
        " AND s.step = 2 AND s.kind = 'run' AND s.outcome = 'pass' AND a.name = 'ek.pub' "
        " ORDER BY s.attempt DESC LIMIT 1) "
        "FROM lot_entries e JOIN lots l ON l.id = e.lot_id LEFT JOIN devices d ON d.id = e.device_id "
        "WHERE l.lot = ?1 ORDER BY e.id");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, lot);
    QList<LotEntryInfo> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return out;
        const Statement& s = *stmt;
        LotEntryInfo e;
        e.row = int(s.int64(0));
        e.keyId = s.text(1);
        e.form = s.text(2);
        e.keyAlgorithm = s.text(3);
        e.tpmSerial = s.text(4);
        e.registrationId = s.text(5);
        e.ekPublic = s.blob(6);
        e.certificate = s.blob(7);
        e.deviceUuid = s.text(8);
        e.deviceSerial = s.text(9);
        e.consumedUtc = s.text(10);
        e.preparedBatch = s.isNull(11) ? QString() : s.text(11);
        e.qaPassed = s.int64(12) != 0;
        e.ekMatches = !s.isNull(13) && !e.ekPublic.isEmpty() && s.blob(13) == e.ekPublic;
        out.append(e);
    }
}

DbResult<std::optional<LotEntryMatch>> Lots::match(const QString& keyId)
{
    return m_db.queryOptional(
        "SELECT l.lot, e.row, coalesce(d.product, ''), coalesce(d.serial, '') FROM lot_entries e "
        "JOIN lots l ON l.id = e.lot_id LEFT JOIN devices d ON d.id = e.device_id WHERE e.ek_key_id = ?1",
        [&](Statement& s) { s.bind(1, keyId); },
        [](const Statement& s) {
            return LotEntryMatch{s.text(0), int(s.int64(1)), s.text(2), s.text(3)};
        });
}

DbResult<void> Lots::consume(const QString& keyId, const QString& product, const QString& serial,
                             const Actor& actor)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    auto current = match(keyId);
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(DbError{DbErrc::NotFound, Tr::tr("This EK is on no imported lot's delivery list.")});
    const LotEntryMatch m = **current;
    if (m.deviceProduct == product && m.deviceSerial == serial)
        return {}; // the same device again (a retry or rework): nothing changes
    if (!m.deviceSerial.isEmpty())
        return fail(DbError{
            DbErrc::Constraint,
            Tr::tr("Row %1 of lot %2 was already used by device %3.").arg(m.row).arg(m.lot, m.deviceSerial)});
    auto update =
        m_db.prepare("UPDATE lot_entries SET device_id = (SELECT id FROM devices WHERE product = ?1 "
                     "AND serial = ?2), consumed_utc = ?3 WHERE ek_key_id = ?4 AND device_id IS NULL");
    if (!update)
        return fail(update.error());
    update->bind(1, product).bind(2, serial).bind(3, utcNow()).bind(4, keyId);
    if (auto r = update->exec(); !r)
        return fail(r.error());
    auto used = match(keyId);
    if (!used)
        return fail(used.error());
    if (!*used || (*used)->deviceSerial != serial)
        return fail(
            DbError{DbErrc::NotFound, Tr::tr("The device %1 is not in the station's records.").arg(serial)});
    AuditTrail audit(m_db);
    AuditEntry e;
    e.deviceSerial = serial;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("lot:") + m.lot;
    e.field = QStringLiteral("row %1").arg(m.row);
    e.oldValue = QStringLiteral("unused");
    e.newValue = QStringLiteral("used by %1 %2").arg(product, serial);
    e.reason = QStringLiteral("step 2 found the device's EK on the lot's delivery list");
    if (auto r = audit.append(actor, e); !r)
        return fail(r.error());
    return (*tx)->commit();
}

} // namespace tps::db
