// The station's own database as the source of its audit export (`export audit --db`): the chain verified
// by the station's own check (AuditTrail::verify: signatures, mirror, triggers), the events, operators,
// signatures and checkpoints read from its tables on the exporting connection.
#pragma once

#include "db/AuditTrail.h"
#include "exports/AuditSource.h"

namespace tps::db::exports {

class StationAuditSource final : public AuditSource
{
public:
    StationAuditSource(Database& db, VerifyOptions verify) : m_db(db), m_verify(std::move(verify)) {}

    QString stationId() const override { return m_db.stationId(); }
    ExportResult<AuditChainVerdict> verdict() override;
    ExportResult<QString> batchUuid(const QString& batch) override;
    ExportResult<void> select(const AuditSelection& selection) override;
    ExportResult<bool> next(AuditRow& row) override;
    ExportResult<QList<OperatorInfo>> operators() override;
    ExportResult<QJsonArray> signatures(const QString& from, const QString& to) override;
    ExportResult<QJsonObject> lastCheckpoint() override;

private:
    Database& m_db;
    VerifyOptions m_verify;
    Statement m_select;
};

} // namespace tps::db::exports
