#include "exports/ExportCommit.h"

namespace tps::db::exports {

namespace {
ExportError cryptoError(const crypto::CryptoError& e)
{
    return ExportError{ExportErrc::Crypto, e.message.isEmpty() ? e.detail : e.message};
}

ExportError storage(const DbError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}
} // namespace

ExportResult<SigningIdentity> exportSigningIdentity(Database& db, AuditTrail& audit,
                                                    const timeline::Actor& actor, ExportDirectory& out)
{
    auto identity = loadOrCreateSigningIdentity(db.path(), db.stationId());
    if (!identity)
        return fail(cryptoError(identity.error()));
    if (identity->created) {
        out.removeOnFailure(signingKeyPathFor(db.path()));
        out.removeOnFailure(signingCertPathFor(db.path()));
        AuditEntry e;
        e.action = QStringLiteral("create");
        e.object = QStringLiteral("export-signing-certificate");
        e.field = QStringLiteral("sha256");
        e.newValue = identity->fingerprint;
        e.reason = QStringLiteral("first signed export");
        if (auto r = audit.append(actor, e); !r)
            return fail(storage(r.error()));
    }
    return std::move(*identity);
}

ExportResult<QString> signManifest(const SigningIdentity& identity, ExportDirectory& out,
                                   const QJsonObject& manifest)
{
    auto sha = writeSignedManifest(identity, out.stagingPath(), manifest);
    if (!sha)
        return fail(cryptoError(sha.error()));
    return *sha;
}

ExportResult<void> finishExport(Transaction& tx, AuditTrail& audit, const timeline::Actor& actor,
                                const AuditEntry& event, ExportDirectory& out)
{
    if (auto r = audit.append(actor, event); !r)
        return fail(storage(r.error()));
    if (auto r = out.publish(); !r)
        return fail(r.error());
    if (auto r = tx.commit(); !r)
        return fail(storage(r.error()));
    out.commit();
    return {};
}

} // namespace tps::db::exports
