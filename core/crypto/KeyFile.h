// Files that hold a private key: created owner-only (0600) from the first byte with O_EXCL — never
// created wider and chmod'ed later — written whole, and fsynced together with their directory; refused on
// load when the group or others have any access. One rule for the station's key files (the checkpoint key,
// the export signing key).
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tps::crypto {

enum class KeyFileErrc {
    Exists,     // the file is already there (never overwritten)
    Io,         // cannot create, write or sync it
    TooOpen,    // group or others have access
    Unreadable, // cannot be read
};

struct KeyFileError
{
    KeyFileErrc code = KeyFileErrc::Io;
    QString detail; // the system's reason, for the caller's translated message
};

// Creates `path` (which must not exist) with mode 0600 and `bytes`, then fsyncs it and its directory.
// Atomic: the bytes are written and synced under a temporary name and then linked to `path`, so a crash
// leaves no file or the whole one. On failure nothing is left behind.
Result<void, KeyFileError> createOwnerOnlyFile(const QString& path, const QByteArray& bytes);

// fsync of the directory that holds `path` (after creating or renaming a file in it).
bool syncDirectoryOf(const QString& path);

// Reads a key file after checking that only its owner has access (at most `maxBytes`).
Result<QByteArray, KeyFileError> readOwnerOnlyFile(const QString& path, qint64 maxBytes = 64 * 1024);

} // namespace tps::crypto
