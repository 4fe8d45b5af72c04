// The firmware releases one station session has verified (issue 20): a release's signature is checked once
// per release digest — SHA-256 over the manifest bytes and their detached signature — for as long as the
// key that verified it is still trusted. Everything else is still checked for every device: the product,
// the version, and the image read from the catalog and hashed against the signed digest, because those
// are the bytes that are written.
//
// Keyed by content, not by name: a changed manifest or signature is another digest, and a key that is no
// longer configured (or whose file now holds another key: another key ID) no longer vouches for anything,
// so a catalog or key change needs no separate invalidation step. Owned by the station session
// (services/StationSession) and shared by its sockets' stations: thread-safe.
#pragma once

#include "core/firmware/SignatureVerifier.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace tps::firmware {

class ReleaseCache
{
public:
    // The digest a release is known by: SHA-256 over the manifest bytes and the signature, each with its
    // length first.
    static QByteArray releaseDigest(const QByteArray& manifestBytes, const QByteArray& signature);

    // `keyId`'s verification of the signature over `manifestBytes`, once per release digest: from the
    // cache when this key verified this release before and `keys` still trusts it, else by keys.verify
    // (remembered when it succeeds; a failure is never remembered).
    FirmwareResult<const SigningKey*> verify(const SignatureVerifier& keys, const QString& keyId,
                                             const QByteArray& manifestBytes, const QByteArray& signature);

    // How many signatures were actually verified through this cache (the rest were answered from it).
    int signatureVerifications() const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, QString> m_verified; // release digest -> the key ID that verified it
    int m_verifications = 0;
};

} // namespace tps::firmware
