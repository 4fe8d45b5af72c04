#include "core/firmware/ReleaseCache.h"

#include <QCryptographicHash>
#include <QMutexLocker>
#include <QtEndian>

namespace tps::firmware {

QByteArray ReleaseCache::releaseDigest(const QByteArray& manifestBytes, const QByteArray& signature)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray* part : {&manifestBytes, &signature}) {
        const quint64 size = qToBigEndian(quint64(part->size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
        hash.addData(*part);
    }
    return hash.result();
}

FirmwareResult<const SigningKey*> ReleaseCache::verify(const SignatureVerifier& keys, const QString& keyId,
                                                       const QByteArray& manifestBytes,
                                                       const QByteArray& signature)
{
    const QByteArray digest = releaseDigest(manifestBytes, signature);
    {
        QMutexLocker lock(&m_mutex);
        const auto known = m_verified.constFind(digest);
        // The digest covers the manifest, which names the key: the same digest means the same key ID.
        if (known != m_verified.constEnd() && *known == keyId)
            if (const SigningKey* key = keys.find(keyId))
                return key;
    }
    auto verified = keys.verify(keyId, manifestBytes, signature);
    QMutexLocker lock(&m_mutex);
    ++m_verifications;
    if (verified)
        m_verified.insert(digest, (*verified)->keyId);
    return verified;
}

int ReleaseCache::signatureVerifications() const
{
    QMutexLocker lock(&m_mutex);
    return m_verifications;
}

} // namespace tps::firmware
