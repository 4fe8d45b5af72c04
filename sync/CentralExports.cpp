#include "sync/CentralExports.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace tps::sync {

using db::exports::ExportErrc;
using db::exports::ExportError;
using db::exports::ExportResult;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralExports)
};

ExportError central(const SyncError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}

// The newest version of every device row, per station (records keep every version a station sent).
const QByteArray kDevices = "WITH dev AS (SELECT DISTINCT ON (r.station_id, r.row_key) r.station_id, "
                            "r.row_key AS uuid, r.payload AS p, r.received_utc AS received FROM tps.records "
                            "r WHERE r.table_name = 'devices' "
                            "ORDER BY r.station_id, r.row_key, r.outbox_seq DESC) ";

// A passing run step result of the device `d` at step N (the station's own rule, docs/FORMATS.md).
QByteArray stepPassed(const char* alias, const char* step)
{
    const QByteArray s(alias);
    return s + ".station_id = d.station_id AND " + s + ".table_name = 'step_results' AND " + s +
           ".payload->>'device_id' = d.p->>'id' AND " + s + ".payload->>'step' = '" + step + "' AND " + s +
           ".payload->>'kind' = 'run' AND " + s + ".payload->>'outcome' = 'pass'";
}

// The devices that passed QA (step 5) in their current rework epoch, of the chosen stations ($1, '' = all)
// and product ($2, '' = any; an empty parameter reaches the server as NULL), in no central batch and no
// station batch; with their EK (step 2's ek.pub), firmware version (step 4) and the other devices — another
// serial, on any station — with the same EK digest (tps.other_devices_with_ek, the factory-wide rule). A
// device is its serial: the same serial on several stations (moved, reworked elsewhere) is taken once, its
// newest record's station, and not at all once a central batch has that serial.
QByteArray candidatesSql()
{
    return kDevices +
           "SELECT station_id, uuid, serial, product, simulated, ek, firmware, others FROM ("
           "SELECT DISTINCT ON (d.p->>'serial') d.station_id, d.uuid, d.p->>'serial' AS serial, "
           "d.p->>'product' AS product, coalesce(d.p->>'simulated', '0') AS simulated, "
           "(SELECT a.payload->>'data' FROM tps.records a JOIN tps.records s ON s.station_id = a.station_id "
           " AND s.payload->>'id' = a.payload->>'step_result_id' WHERE a.station_id = d.station_id "
           " AND a.table_name = 'artifacts' AND a.payload->>'name' = 'ek.pub' AND " +
           stepPassed("s", "2") +
           " ORDER BY (s.payload->>'attempt')::int DESC LIMIT 1) AS ek, "
           "(SELECT (m.payload->>'value')::jsonb->>0 FROM tps.records m JOIN tps.records s "
           " ON s.station_id = m.station_id AND s.payload->>'id' = m.payload->>'step_result_id' "
           " WHERE m.station_id = d.station_id AND m.table_name = 'measurements' "
           " AND m.payload->>'name' = 'firmware.version' AND " +
           stepPassed("s", "4") +
           " ORDER BY (s.payload->>'attempt')::int DESC LIMIT 1) AS firmware, "
           "(SELECT string_agg(format('%s (station %s)', o.other_serial, o.other_station), ', ' "
           " ORDER BY o.other_station, o.other_serial) "
           " FROM tps.other_devices_with_ek(d.p->>'ek_digest', d.p->>'serial') o) AS others, "
           "(d.p->>'id')::bigint AS id "
           "FROM dev d WHERE (coalesce($1, '') = '' OR d.station_id = ANY (string_to_array($1, "
           "',')::uuid[])) "
           "AND (coalesce($2, '') = '' OR d.p->>'product' = $2) "
           "AND EXISTS (SELECT 1 FROM tps.records s WHERE " +
           stepPassed("s", "5") +
           " AND s.payload->>'rework_epoch' = d.p->>'rework_epoch') "
           "AND NOT EXISTS (SELECT 1 FROM tps.central_batch_devices b WHERE b.serial = d.p->>'serial') "
           "AND NOT EXISTS (SELECT 1 FROM tps.records b WHERE b.station_id = d.station_id "
           " AND b.table_name = 'batch_devices' AND split_part(b.row_key, '/', 2) = d.uuid) "
           "ORDER BY d.p->>'serial', d.received DESC) c ORDER BY station_id, id";
}

// Which product the batch is for: the one asked, or the one product waiting.
ExportResult<QString> chooseProduct(const PgResultPtr& rows, const QString& asked)
{
    if (!asked.isEmpty())
        return asked;
    QStringList products;
    for (int i = 0; i < PgConnection::rows(rows); ++i) {
        const QString p = PgConnection::value(rows, i, 3);
        if (!products.contains(p))
            products.append(p);
    }
    products.sort();
    if (products.size() > 1)
        return fail(
            ExportError{ExportErrc::Invalid,
                        QCoreApplication::translate(
                            "DpsBatchExporter",
                            "Devices of several products are waiting (%1): choose one with --product.")
                            .arg(products.join(QStringLiteral(", ")))});
    return products.value(0);
}
} // namespace

Result<QStringList, QString> parseStationList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUuid id = QUuid::fromString(part.trimmed());
        if (id.isNull())
            return fail(Tr::tr("'%1' is not a station ID (a UUID).").arg(part.trimmed()));
        out.append(id.toString(QUuid::WithoutBraces));
    }
    return out;
}

CentralDpsStore::CentralDpsStore(PgConnection& pg, QStringList stations)
    : m_pg(pg), m_stations(std::move(stations))
{}

CentralDpsStore::~CentralDpsStore()
{
    if (m_open)
        (void)m_pg.exec("ROLLBACK");
}

ExportResult<QStringList> centralStations(PgConnection& pg, const QStringList& named)
{
    if (named.isEmpty()) {
        auto all = pg.exec("SELECT station_id::text FROM tps.stations ORDER BY station_id");
        if (!all)
            return fail(central(all.error()));
        QStringList out;
        for (int i = 0; i < PgConnection::rows(*all); ++i)
            out.append(PgConnection::value(*all, i, 0));
        return out;
    }
    auto known = pg.exec("SELECT s FROM unnest(string_to_array($1, ',')::uuid[]) s WHERE NOT EXISTS "
                         "(SELECT 1 FROM tps.stations t WHERE t.station_id = s)",
                         {named.join(QLatin1Char(',')).toUtf8()});
    if (!known)
        return fail(central(known.error()));
    if (PgConnection::rows(*known) > 0)
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("Station %1 has sent nothing to the factory database %2.")
                                                 .arg(PgConnection::value(*known, 0, 0), pg.where())});
    return named;
}

ExportResult<void> CentralDpsStore::checkStations()
{
    if (m_stations.isEmpty())
        return {};
    if (auto known = centralStations(m_pg, m_stations); !known)
        return fail(known.error());
    return {};
}

ExportResult<db::exports::StoredCandidates>
CentralDpsStore::candidates(const db::exports::DpsBatchOptions& options)
{
    if (options.reexport)
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("A batch from the factory database takes each device once: --reexport "
                                       "is for a station's own batches.")});
    m_options = &options;
    // One central export at a time: the next one sees this one's devices as taken.
    if (auto begun = m_pg.exec("BEGIN; SELECT pg_advisory_xact_lock(1414550322)"); !begun)
        return fail(central(begun.error()));
    m_open = true;
    if (auto ok = checkStations(); !ok)
        return fail(ok.error());
    auto rows =
        m_pg.exec(candidatesSql(), {m_stations.join(QLatin1Char(',')).toUtf8(), options.product.toUtf8()});
    if (!rows)
        return fail(central(rows.error()));
    auto product = chooseProduct(*rows, options.product);
    if (!product)
        return fail(product.error());
    db::exports::StoredCandidates out;
    out.product = *product;
    for (int i = 0; i < PgConnection::rows(*rows); ++i) {
        auto value = [&](int column) {
            return PgConnection::value(*rows, i, column);
        };
        if (value(3) != out.product)
            continue;
        db::exports::BatchDevice d;
        d.serial = value(2).toUtf8();
        d.simulated = value(4) != QLatin1String("0");
        if (d.simulated && !options.allowSimulated) {
            ++out.simulatedLeftOut;
            continue;
        }
        if (const QString others = value(7); !others.isEmpty()) {
            out.skipped.append({value(2), Tr::tr("its EK (station %1) was also seen on %2: a DPS batch never "
                                                 "takes an EK seen on more than one device")
                                              .arg(value(0), others)});
            continue;
        }
        d.ek = QByteArray::fromHex(value(5).toLatin1());
        d.firmware = value(6).toUtf8();
        out.devices.append(d);
        out.keys.append(value(0) + QLatin1Char('/') + value(1));
    }
    return out;
}

ExportResult<void> CentralDpsStore::record(const db::exports::DpsBatchResult& batch,
                                           const QString& createdUtc, const QString& exportingStation,
                                           const QList<Member>& members)
{
    auto inserted = m_pg.exec(
        "INSERT INTO tps.central_batches(uuid, name, product, simulated, devices, operations, "
        "manifest_sha256, "
        "exporting_station, creator_id, creator_name, created_utc, stations) VALUES ($1, $2, $3, $4, $5, $6, "
        "$7, $8, $9, $10, $11, string_to_array(nullif($12, ''), ',')::uuid[])",
        {batch.uuid.toUtf8(), batch.name.toUtf8(), batch.product.toUtf8(),
         batch.simulated ? QByteArray("true") : QByteArray("false"), QByteArray::number(batch.devices),
         QByteArray::number(batch.operations), batch.manifestSha256.toUtf8(), exportingStation.toUtf8(),
         m_options->actor.id.toUtf8(), m_options->actor.name.toUtf8(), createdUtc.toUtf8(),
         m_stations.join(QLatin1Char(',')).toUtf8()});
    if (!inserted)
        return fail(central(inserted.error()));
    QByteArray data;
    for (const Member& m : members) {
        const QStringList key = m.key.split(QLatin1Char('/'));
        const QByteArray fields[] = {key.value(0).toUtf8(), key.value(1).toUtf8(),
                                     batch.uuid.toUtf8(),   m.serial,
                                     m.registrationId,      QByteArray::number(m.operation)};
        for (int i = 0; i < 6; ++i) {
            appendCopyField(data, fields[i]);
            data += i == 5 ? '\n' : '\t';
        }
    }
    if (auto copied =
            m_pg.copyIn("COPY tps.central_batch_devices(station_id, device_uuid, batch_uuid, serial, "
                        "registration_id, operation) FROM STDIN",
                        data);
        !copied)
        return fail(central(copied.error()));
    return {};
}

ExportResult<void> CentralDpsStore::commit()
{
    auto done = m_pg.exec("COMMIT");
    m_open = false;
    if (!done)
        return fail(ExportError{ExportErrc::Storage,
                                Tr::tr("The batch was written and signed, but the factory database did not "
                                       "record it: %1")
                                    .arg(done.error().message)});
    return {};
}

QJsonObject CentralDpsStore::manifestExtra() const
{
    return {{QStringLiteral("reexport"), false},
            {QStringLiteral("central"), m_pg.where()},
            {QStringLiteral("stations"), QJsonArray::fromStringList(m_stations)}};
}

QString CentralDpsStore::describe() const
{
    return QStringLiteral("factory database %1 (stations: %2)")
        .arg(m_pg.where(), m_stations.isEmpty() ? QStringLiteral("all") : m_stations.join(QLatin1Char(',')));
}

} // namespace tps::sync
