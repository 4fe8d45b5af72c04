#include "core/crypto/SecureBase64.h"

#include <algorithm>

namespace tps::crypto {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextet(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Decodes one group of four characters (the last group may end in "=" or "=="); false when malformed.
bool decodeQuad(const unsigned char* in, bool last, unsigned char* out, std::size_t& written)
{
    const int padding = (in[3] == '=') + (in[2] == '=' && in[3] == '=');
    if (padding && !last)
        return false;
    int v[4] = {};
    for (int i = 0; i < 4 - padding; ++i)
        if ((v[i] = sextet(in[i])) < 0)
            return false;
    const unsigned bits =
        (unsigned(v[0]) << 18) | (unsigned(v[1]) << 12) | (unsigned(v[2]) << 6) | unsigned(v[3]);
    // Canonical form only: the bits a padded group does not use must be zero.
    if ((padding == 1 && (bits & 0xFF)) || (padding == 2 && (bits & 0xFFFF)))
        return false;
    out[written++] = static_cast<unsigned char>(bits >> 16);
    if (padding < 2)
        out[written++] = static_cast<unsigned char>(bits >> 8);
    if (padding < 1)
        out[written++] = static_cast<unsigned char>(bits);
    return true;
}

} // namespace

std::optional<SecureBytes> decodeBase64(const unsigned char* text, std::size_t size)
{
    std::size_t begin = 0;
    std::size_t end = size;
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    const std::size_t length = end - begin;
    if (length == 0 || length % 4 != 0)
        return std::nullopt;
    SecureBytes scratch(length / 4 * 3);
    std::size_t written = 0;
    for (std::size_t at = begin; at < end; at += 4)
        if (!decodeQuad(text + at, at + 4 == end, scratch.data(), written))
            return std::nullopt;
    return SecureBytes(scratch.data(), written);
}

std::optional<SecureBytes> decodeBase64(const SecureBytes& text)
{
    return decodeBase64(text.data(), text.size());
}

SecureBytes encodeBase64(const SecureBytes& data)
{
    SecureBytes out((data.size() + 2) / 3 * 4);
    const unsigned char* in = data.data();
    unsigned char* o = out.data();
    for (std::size_t i = 0; i < data.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, data.size() - i);
        const unsigned bits = (unsigned(in[i]) << 16) | (n > 1 ? unsigned(in[i + 1]) << 8 : 0u) |
                              (n > 2 ? unsigned(in[i + 2]) : 0u);
        *o++ = static_cast<unsigned char>(kAlphabet[(bits >> 18) & 0x3F]);
        *o++ = static_cast<unsigned char>(kAlphabet[(bits >> 12) & 0x3F]);
        *o++ = static_cast<unsigned char>(n > 1 ? kAlphabet[(bits >> 6) & 0x3F] : '=');
        *o++ = static_cast<unsigned char>(n > 2 ? kAlphabet[bits & 0x3F] : '=');
    }
    return out;
}

} // namespace tps::crypto
