// Secrets the CLI is given by a person: from a file descriptor (`--…-fd N`, e.g. a pipe from a password
// manager) or typed at the terminal without echo — never an environment variable, which /proc/PID/environ
// shows to every process of the user. Held in SecureBytes from the first byte read.
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>
#include <optional>

namespace tps::cli {

// One line (without its newline) read byte by byte from `fd`; nullopt when nothing could be read.
std::optional<crypto::SecureBytes> readSecretLine(int fd);
// `prompt` on /dev/tty, then one line without echo; nullopt without a terminal.
std::optional<crypto::SecureBytes> promptSecret(const QString& prompt);

// The station key's passphrase (docs/AUDIT.md): from `fd` when >= 0 (read once, kept for the process),
// else prompted for when a protected key is opened.
void installKeyPassphraseSource(int fd);

// The password of a command's --as ID from descriptor `fd` (`--password-fd N`; -1: none). Read once, on
// first use, and kept for the process out of swap where allowed (a command may sign in more than once).
void installPasswordSource(int fd);
// Whether --password-fd was given; the password read from it (nullopt: nothing could be read).
bool passwordSourceInstalled();
std::optional<crypto::SecureBytes> passwordFromSource();

} // namespace tps::cli
