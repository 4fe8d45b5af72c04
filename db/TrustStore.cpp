#include "db/TrustStore.h"

#include "core/crypto/TcgEkProfile.h"
#include "db/SignedChange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <openssl/x509.h>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
};

const char* const kColumns = "uuid, import_uuid, sha256, vendor, name, known, subject, role, not_before, "
                             "not_after, source, imported_by, imported_utc, reason, removed_utc, removed_by, "
                             "removed_reason, der";

TrustCa rowOf(const Statement& s)
{
    return TrustCa{s.text(0),  s.text(1),  s.text(2),  s.text(3),  s.text(4),  s.int64(5) != 0,
                   s.text(6),  s.text(7),  s.text(8),  s.text(9),  s.text(10), s.text(11),
                   s.text(12), s.text(13), s.text(14), s.text(15), s.text(16), s.blob(17)};
}

QByteArray derOf(X509* cert)
{
    unsigned char* der = nullptr;
    const int len = i2d_X509(cert, &der);
    const crypto::OpenSslBuffer<unsigned char> owned(der);
    return len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
}

// The subject's O= (for a CA the manifest does not know), else "unknown".
QString organisationOf(X509* cert)
{
    char buf[256] = {};
    const int n =
        X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_organizationName, buf, sizeof buf);
    return n > 0 ? QString::fromUtf8(buf, n) : QStringLiteral("unknown");
}

TrustCa candidateOf(const crypto::CaCertificate& c)
{
    TrustCa t;
    t.sha256 = c.sha256;
    t.vendor = c.known ? c.known->vendor : organisationOf(c.cert.get());
    t.name = c.known ? c.known->name : QStringLiteral("unknown");
    t.known = c.known != nullptr;
    t.subject = c.subject;
    t.role = c.selfIssued ? QStringLiteral("root") : QStringLiteral("intermediate");
    t.notBefore = c.notBefore.toString(Qt::ISODate);
    t.notAfter = c.notAfter.toString(Qt::ISODate);
    t.source = c.file;
    t.der = derOf(c.cert.get());
    return t;
}

// Reads every file: the certificates to import, or the refusal naming each bad file and certificate.
Result<QList<TrustCa>, QString> readFiles(const QList<CaFile>& files, const QDateTime& at,
                                          QStringList& warnings)
{
    QStringList refusals;
    QList<TrustCa> out;
    QSet<QString> seen;
    for (const CaFile& f : files) {
        std::vector<crypto::X509Ptr> certs = crypto::certificatesInData(f.data);
        if (certs.empty()) {
            refusals.append(Tr::tr("%1 holds no certificate (PEM, DER or PKCS#7 expected).").arg(f.source));
            continue;
        }
        for (crypto::X509Ptr& cert : certs) {
            const crypto::CaCertificate c = crypto::describeCa(f.source, std::move(cert));
            QList<crypto::CaProblem> problems;
            crypto::reviewCa(c, at, problems);
            for (const crypto::CaProblem& p : std::as_const(problems)) {
                if (p.issue == crypto::CaIssue::NotCa)
                    refusals.append(p.message);
                else if (p.issue == crypto::CaIssue::Expired && c.selfIssued)
                    refusals.append(
                        Tr::tr("%1: the root '%2' expired on %3; an expired root is not imported. "
                               "Ask the TPM vendor for its current root.")
                            .arg(p.file, p.subject, c.notAfter.toString(Qt::ISODate)));
                else
                    warnings.append(p.message);
            }
            if (!seen.contains(c.sha256)) {
                seen.insert(c.sha256);
                out.append(candidateOf(c));
            }
        }
    }
    if (!refusals.isEmpty())
        return fail(Tr::tr("Nothing was imported:\n%1").arg(refusals.join(QLatin1Char('\n'))));
    return out;
}

DbResult<bool> isActive(Database& db, const QString& sha256)
{
    auto row = db.queryOptional(
        "SELECT 1 FROM trust_cas WHERE sha256 = ?1 AND removed_utc = ''",
        [&](Statement& s) { s.bind(1, sha256); }, [](const Statement&) { return true; });
    if (!row)
        return fail(row.error());
    return row->has_value();
}

DbResult<void> insert(Database& db, const TrustCa& t, qint64 signatureId)
{
    auto stmt = db.prepare(
        "INSERT INTO trust_cas(uuid, import_uuid, sha256, der, vendor, name, known, subject, role, "
        "not_before, "
        "not_after, source, imported_by, imported_utc, reason, signature_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, t.uuid)
        .bind(2, t.importUuid)
        .bind(3, t.sha256)
        .bind(4, t.der)
        .bind(5, t.vendor)
        .bind(6, t.name)
        .bind(7, t.known ? 1 : 0)
        .bind(8, t.subject)
        .bind(9, t.role)
        .bind(10, t.notBefore)
        .bind(11, t.notAfter)
        .bind(12, t.source)
        .bind(13, t.importedBy)
        .bind(14, t.importedUtc)
        .bind(15, t.reason)
        .bind(16, signatureId);
    return stmt->exec();
}
} // namespace

TrustStore::TrustStore(Database& db) : m_db(db) {}

DbResult<TrustImport> TrustStore::import(const OperatorInfo& signer, const QList<CaFile>& files,
                                         const QString& reason, const QDateTime& at)
{
    if (reason.trimmed().isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("Importing into the trust store needs a reason.")});
    TrustImport result;
    auto candidates = readFiles(files, at.isValid() ? at : QDateTime::currentDateTimeUtc(), result.warnings);
    if (!candidates)
        return fail(DbError{DbErrc::Invalid, candidates.error()});
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    if (auto r = requireRole(m_db, signer, Action::ImportTrustCa, QStringLiteral("trust-store")); !r) {
        (void)(*tx)->commit(); // the refusal's audit event stays
        return fail(r.error());
    }
    result.importUuid = newUuid();
    QJsonArray signedCas;
    for (TrustCa& t : *candidates) {
        auto active = isActive(m_db, t.sha256);
        if (!active)
            return fail(active.error());
        if (*active) {
            result.alreadyPresent.append(t);
            continue;
        }
        t.uuid = newUuid();
        t.importUuid = result.importUuid;
        t.importedBy = signer.operatorId;
        t.importedUtc = utcNow();
        t.reason = reason;
        result.added.append(t);
        signedCas.append(QJsonObject{{QStringLiteral("sha256"), t.sha256}, {QStringLiteral("role"), t.role}});
    }
    if (result.added.isEmpty())
        return result; // nothing new: nothing to sign
    const QJsonObject record{{QStringLiteral("type"), QStringLiteral("trust-store-import")},
                             {QStringLiteral("uuid"), result.importUuid},
                             {QStringLiteral("certificates"), signedCas},
                             {QStringLiteral("reason"), reason}};
    auto signature = signChange(m_db, signer, QStringLiteral("trust store import approved"),
                                QStringLiteral("trust-store-import"), result.importUuid, record, reason);
    if (!signature)
        return fail(signature.error());
    for (const TrustCa& t : std::as_const(result.added)) {
        if (auto r = insert(m_db, t, signature->rowId); !r)
            return fail(r.error());
        const QString what =
            QStringLiteral("%1 %2 (%3)%4")
                .arg(t.vendor, t.role, t.name, t.known ? QString() : QStringLiteral(" UNKNOWN"));
        if (auto r = auditChange(m_db, signer.actor(), QStringLiteral("create"),
                                 QStringLiteral("trust-ca:") + t.sha256, what, reason);
            !r)
            return fail(r.error());
    }
    if (auto r = (*tx)->commit(); !r)
        return fail(r.error());
    return result;
}

DbResult<TrustCa> TrustStore::remove(const OperatorInfo& signer, const QString& sha256, const QString& reason)
{
    const QString prefix = sha256.trimmed().toLower().remove(QLatin1Char(':'));
    if (reason.trimmed().isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("Removing a CA from the trust store needs a reason.")});
    if (prefix.size() < 8)
        return fail(DbError{DbErrc::Invalid,
                            Tr::tr("Name the CA by its SHA-256 fingerprint (at least 8 hex digits).")});
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    if (auto r = requireRole(m_db, signer, Action::ImportTrustCa, QStringLiteral("trust-store")); !r) {
        (void)(*tx)->commit();
        return fail(r.error());
    }
    auto stmt =
        m_db.prepare(QByteArray(QByteArray("SELECT ") + kColumns +
                                " FROM trust_cas WHERE removed_utc = '' AND substr(sha256, 1, ?2) = ?1")
                         .constData());
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, prefix).bind(2, int(prefix.size()));
    QList<TrustCa> matches;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        matches.append(rowOf(*stmt));
    }
    if (matches.isEmpty())
        return fail(DbError{DbErrc::NotFound,
                            Tr::tr("No CA with fingerprint %1 is in the trust store.").arg(prefix)});
    if (matches.size() > 1)
        return fail(
            DbError{DbErrc::Invalid, Tr::tr("%n CAs in the trust store begin with %1: give more of the "
                                            "fingerprint.",
                                            nullptr, int(matches.size()))
                                         .arg(prefix)});
    TrustCa ca = matches.first();
    const QString removal = newUuid();
    const QJsonObject record{{QStringLiteral("type"), QStringLiteral("trust-store-remove")},
                             {QStringLiteral("uuid"), removal},
                             {QStringLiteral("ca"), ca.uuid},
                             {QStringLiteral("sha256"), ca.sha256},
                             {QStringLiteral("reason"), reason}};
    auto signature = signChange(m_db, signer, QStringLiteral("trust store removal approved"),
                                QStringLiteral("trust-store-remove"), removal, record, reason);
    if (!signature)
        return fail(signature.error());
    ca.removedUtc = utcNow();
    ca.removedBy = signer.operatorId;
    ca.removedReason = reason;
    auto update = m_db.prepare("UPDATE trust_cas SET removed_utc = ?1, removed_by = ?2, removed_reason = ?3, "
                               "removed_signature_id = ?4 WHERE uuid = ?5");
    if (!update)
        return fail(update.error());
    update->bind(1, ca.removedUtc)
        .bind(2, ca.removedBy)
        .bind(3, reason)
        .bind(4, signature->rowId)
        .bind(5, ca.uuid);
    if (auto r = update->exec(); !r)
        return fail(r.error());
    if (auto r = auditChange(m_db, signer.actor(), QStringLiteral("remove"),
                             QStringLiteral("trust-ca:") + ca.sha256, QStringLiteral("removed"), reason,
                             QStringLiteral("%1 %2 (%3)").arg(ca.vendor, ca.role, ca.name));
        !r)
        return fail(r.error());
    if (auto r = (*tx)->commit(); !r)
        return fail(r.error());
    return ca;
}

DbResult<QList<TrustCa>> TrustStore::list(bool includeRemoved)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM trust_cas" +
                           (includeRemoved ? "" : " WHERE removed_utc = ''") +
                           " ORDER BY vendor, role DESC, name, id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return fail(stmt.error());
    QList<TrustCa> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return out;
        out.append(rowOf(*stmt));
    }
}

DbResult<std::shared_ptr<const crypto::CaDirectory>> TrustStore::load(const QDateTime& at)
{
    auto cas = list(false);
    if (!cas)
        return fail(cas.error());
    std::vector<std::pair<QString, crypto::X509Ptr>> certs;
    for (const TrustCa& t : std::as_const(*cas)) {
        const auto* p = reinterpret_cast<const unsigned char*>(t.der.constData());
        if (X509* cert = d2i_X509(nullptr, &p, long(t.der.size())))
            certs.emplace_back(Tr::tr("trust store (%1, imported from %2)").arg(t.sha256.left(16), t.source),
                               crypto::X509Ptr(cert));
    }
    return std::shared_ptr<const crypto::CaDirectory>(
        std::make_shared<crypto::CaDirectory>(crypto::caDirectoryOf(std::move(certs), at)));
}

DbResult<QString> TrustStore::generation()
{
    auto stmt = m_db.prepare("SELECT count(*), coalesce(max(id), 0), sum(removed_utc <> '') FROM trust_cas");
    if (!stmt)
        return fail(stmt.error());
    if (auto r = stmt->step(); !r)
        return fail(r.error());
    return QStringLiteral("%1:%2:%3").arg(stmt->int64(0)).arg(stmt->int64(1)).arg(stmt->int64(2));
}

} // namespace tps::db
