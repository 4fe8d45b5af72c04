// The TPM manufacturer trust store the station manages (issue 21): the vendors' published root and
// intermediate CA certificates, imported by an admin from the files vendors publish (PEM with one or more
// certificates, DER, PKCS#7 bundles), each recorded with its vendor, subject, SHA-256 fingerprint,
// validity, role, the manifest's name for it (or "unknown", flagged loudly), who imported it and why,
// e-signed and audited. Removal is a signed record too; nothing is ever deleted.
//
// An import is all or nothing: a file without certificates, a certificate that is not a CA, or an expired
// root refuses the whole import with a translated message naming it. Certificates already in the store
// are left as they are (reported); expired intermediates, CAs not yet valid and CAs unknown to the
// manifest are imported with a warning.
#pragma once

#include "core/crypto/CaDirectory.h"
#include "db/Operators.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>

namespace tps::db {

struct TrustCa
{
    QString uuid;
    QString importUuid;
    QString sha256;
    QString vendor;
    QString name; // the manifest's name, or "unknown"
    bool known = false;
    QString subject;
    QString role; // "root" or "intermediate"
    QString notBefore;
    QString notAfter;
    QString source; // the file it was imported from
    QString importedBy;
    QString importedUtc;
    QString reason;
    QString removedUtc; // empty while in the store
    QString removedBy;
    QString removedReason;
    QByteArray der;
};

struct CaFile
{
    QString source; // shown in messages and recorded (a file name)
    QByteArray data;
};

struct TrustImport
{
    QString importUuid;
    QList<TrustCa> added;
    QList<TrustCa> alreadyPresent;
    QStringList warnings; // translated
};

class TrustStore
{
public:
    explicit TrustStore(Database& db);

    // Imports the CA certificates of `files`, signed by `signer` (an admin, authenticated by the caller
    // at the moment of signing). `at`: the time the validity is judged at (invalid: now).
    DbResult<TrustImport> import(const OperatorInfo& signer, const QList<CaFile>& files,
                                 const QString& reason, const QDateTime& at = {});
    // Removes the CA with this fingerprint (64 hex digits; a unique prefix of at least 8 will do).
    DbResult<TrustCa> remove(const OperatorInfo& signer, const QString& sha256, const QString& reason);

    DbResult<QList<TrustCa>> list(bool includeRemoved = false);
    // The CAs in the store, as the EK verifier takes them; `at` as for crypto::loadCaDirectory.
    DbResult<std::shared_ptr<const crypto::CaDirectory>> load(const QDateTime& at = {});
    // Changes whenever the store's content does (to cache load()).
    DbResult<QString> generation();

private:
    Database& m_db;
};

} // namespace tps::db
