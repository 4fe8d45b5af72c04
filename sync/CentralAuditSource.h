// A station's audit trail as the factory database holds it (`export audit --central`, docs/AUDIT.md
// "Audit export from the factory database"): the events from tps.audit_events, operators, signatures,
// batches and checkpoints from tps.records, the verdict from what the central side found (tps.findings of
// the arrival check, tps.checkpoint_verdicts of `central verify` against the key pinned with `central pin`).
// Read in one REPEATABLE READ, READ ONLY transaction per station, so the files agree with each other. Beside
// the station's format it writes audit-trail.json, the tps-audit-export-1 file of the station's trail up to
// its newest checkpoint verified against the pinned key, which the auditor's script checks.
#pragma once

#include "exports/AuditSource.h"
#include "sync/CentralExports.h"

namespace tps::sync {

class CentralAuditSource final : public db::exports::AuditSource
{
public:
    CentralAuditSource(PgConnection& pg, QString station) : m_pg(pg), m_station(std::move(station)) {}
    ~CentralAuditSource() override { close(); }

    QString stationId() const override { return m_station; }
    db::exports::ExportResult<db::exports::AuditChainVerdict> verdict() override;
    db::exports::ExportResult<QString> batchUuid(const QString& batch) override;
    db::exports::ExportResult<void> select(const db::exports::AuditSelection& selection) override;
    db::exports::ExportResult<bool> next(db::exports::AuditRow& row) override;
    db::exports::ExportResult<QList<db::OperatorInfo>> operators() override;
    db::exports::ExportResult<QJsonArray> signatures(const QString& from, const QString& to) override;
    db::exports::ExportResult<QJsonObject> lastCheckpoint() override;
    db::exports::ExportResult<QList<db::exports::WrittenFile>> extraFiles(db::exports::ExportDirectory& out,
                                                                          const db::Actor& actor) override;
    QJsonObject manifestExtra() const override;
    QString describe() const override;
    void close() override;

private:
    db::exports::ExportResult<PgResultPtr> query(const QByteArray& sql, QList<QByteArray> params = {});
    db::exports::ExportResult<PgResultPtr> page(qint64 after, const db::exports::AuditSelection& s);
    db::exports::ExportResult<QJsonArray> problems();
    db::exports::ExportResult<QJsonArray> trailUpTo(qint64 seq);

    PgConnection& m_pg;
    QString m_station;
    bool m_open = false;
    db::exports::AuditSelection m_selection;
    PgResultPtr m_page;
    int m_row = 0;
    qint64 m_after = 0;
    bool m_done = false;
};

} // namespace tps::sync
