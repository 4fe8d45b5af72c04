// The no-secret scans of the tests: whether bytes hold a secret in any of the forms it could leak in —
// raw, hex in either case, base64 or base64url; and how much of this process's memory is locked.
#pragma once

#include "core/crypto/SecureBytes.h"

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

// A test's known secret as the station carries it.
inline crypto::SecureBytes secretOf(const QByteArray& text)
{
    return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(text.constData()), std::size_t(text.size()));
}

// A distinctive password for the memory scans, made in place in SecureBytes (`size` random lowercase
// letters): no other copy of it exists to begin with. Empty when the DRBG refuses.
inline crypto::SecureBytes distinctivePassword(std::size_t size)
{
    auto out = crypto::SecureBytes::random(size);
    if (!out)
        return {};
    for (std::size_t i = 0; i < out->size(); ++i)
        out->data()[i] = static_cast<unsigned char>('a' + out->data()[i] % 26);
    return std::move(*out);
}

// The UTF-16 (little-endian) form a QString of the ASCII `text` holds, for the scans.
inline crypto::SecureBytes utf16Of(const crypto::SecureBytes& text)
{
    crypto::SecureBytes out(text.size() * 2);
    for (std::size_t i = 0; i < text.size(); ++i)
        out.data()[2 * i] = text.data()[i];
    return out;
}

// VmLck of this process in kB (/proc/self/status: the kernel's count of the pages mlock holds); -1 when
// it cannot be read.
inline qint64 lockedKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmLck:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace tps::test
