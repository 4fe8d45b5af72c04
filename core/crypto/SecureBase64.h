// Base64 (RFC 4648, standard alphabet, '=' padding) between secret buffers: the text of a key and the key
// itself both stay in crypto::SecureBytes, never in a QByteArray/QString that would leave copies behind.
#pragma once

#include "core/crypto/SecureBytes.h"

#include <optional>

namespace tps::crypto {

// Decodes `text`: leading and trailing ASCII whitespace (a key file's newline) is ignored; anything else
// must be the standard alphabet with correct '=' padding to a multiple of four characters (no URL-safe
// alphabet, no inner whitespace, no bits left over in the last character). std::nullopt otherwise.
std::optional<SecureBytes> decodeBase64(const SecureBytes& text);
std::optional<SecureBytes> decodeBase64(const unsigned char* text, std::size_t size);

// The padded base64 text of `data`.
SecureBytes encodeBase64(const SecureBytes& data);

} // namespace tps::crypto
