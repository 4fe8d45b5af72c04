// The checkpoint key protected by the admin (docs/AUDIT.md): the station key file encrypted under a
// passphrase only the admin knows, so that the station account alone cannot sign checkpoints with it. The
// passphrase is asked for when such a key is loaded — the CLI reads it from a file descriptor or the
// terminal, the GUI asks in a dialog; never from an environment variable.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "db/Database.h"

#include <QString>
#include <functional>
#include <optional>

namespace tps::db {

// nullopt: no passphrase given (the key stays locked and nothing is signed).
using KeyPassphraseSource = std::function<std::optional<crypto::SecureBytes>(const QString& keyPath)>;
void setKeyPassphraseSource(KeyPassphraseSource source);
std::optional<crypto::SecureBytes> keyPassphrase(const QString& keyPath);
// OpenSSL's pem_password_cb over a SecureBytes passed as `u` (nullptr: refuse, never prompt).
int keyPassphraseCallback(char* buf, int size, int rwflag, void* u);

// True when the key file is encrypted under the admin's passphrase.
bool isStationKeyProtected(const QString& keyPath);
// Re-writes the (unprotected) key file encrypted under `passphrase` — PKCS#8 PBES2, scrypt (N=16384, r=8,
// p=1) and AES-256-CBC — owner-only, atomically (rename), synced.
DbResult<void> protectStationKey(const QString& keyPath, const crypto::SecureBytes& passphrase);

} // namespace tps::db
