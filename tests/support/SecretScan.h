// The no-secret scans of the tests: whether bytes hold a secret in any of the forms it could leak in —
// raw, hex in either case, base64 or base64url.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace tps::test {

inline bool containsSecret(const QByteArray& haystack, const QByteArray& raw)
{
    return haystack.contains(raw) || haystack.contains(raw.toHex()) ||
           haystack.contains(raw.toHex().toUpper()) || haystack.contains(raw.toBase64()) ||
           haystack.contains(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A station database with its WAL, shared-memory and checkpoint files, as one byte string.
inline QByteArray databaseFiles(const QString& db)
{
    QByteArray files;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".checkpoint")}) {
        QFile f(db + suffix);
        if (f.open(QIODevice::ReadOnly))
            files += f.readAll();
    }
    return files;
}

} // namespace tps::test
