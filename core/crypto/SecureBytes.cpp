#include "core/crypto/SecureBytes.h"

#include <cstdint>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>
#include <unordered_map>

namespace tps::crypto::detail {

namespace {
struct PageLocks
{
    std::mutex mutex;
    std::unordered_map<std::uintptr_t, std::size_t> counts; // page address -> live secrets on it
    std::uintptr_t pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
};

PageLocks& pageLocks()
{
    // Never destroyed: secrets held by other statics die after this would have.
    static PageLocks* const locks = new PageLocks;
    return *locks;
}

// Calls `step(page)` for every page [data, data + size) touches.
template<typename Step> void forEachPage(const PageLocks& locks, const unsigned char* data, std::size_t size, Step step)
{
    const auto first = reinterpret_cast<std::uintptr_t>(data) & ~(locks.pageSize - 1);
    const auto last = (reinterpret_cast<std::uintptr_t>(data) + size - 1) & ~(locks.pageSize - 1);
    for (std::uintptr_t page = first; page <= last; page += locks.pageSize)
        step(page);
}
} // namespace

void lockSecretPages(const unsigned char* data, std::size_t size) noexcept
{
    if (!data || !size)
        return;
    PageLocks& locks = pageLocks();
    std::lock_guard guard(locks.mutex);
    forEachPage(locks, data, size, [&locks](std::uintptr_t page) {
        if (locks.counts[page]++ == 0) // refused (EPERM/ENOMEM past the limit): tolerated
            ::mlock(reinterpret_cast<const void*>(page), locks.pageSize);
    });
}

void unlockSecretPages(const unsigned char* data, std::size_t size) noexcept
{
    if (!data || !size)
        return;
    PageLocks& locks = pageLocks();
    std::lock_guard guard(locks.mutex);
    forEachPage(locks, data, size, [&locks](std::uintptr_t page) {
        const auto it = locks.counts.find(page);
        if (it == locks.counts.end() || --it->second != 0)
            return;
        locks.counts.erase(it);
        ::munlock(reinterpret_cast<const void*>(page), locks.pageSize);
    });
}

} // namespace tps::crypto::detail

namespace tps::crypto {

SecureBytes secretFromText(QStringView text)
{
    // toUtf8() itself, so that the bytes are exactly those passwords were hashed from as QStrings (a lone
    // surrogate becomes '?'); its buffer is ours alone (never shared) and wiped before it is freed.
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(reinterpret_cast<const unsigned char*>(utf8.constData()), std::size_t(utf8.size()));
    if (!utf8.isEmpty())
        OPENSSL_cleanse(utf8.data(), std::size_t(utf8.size()));
    return out;
}

std::size_t characterCount(const SecureBytes& bytes)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        n += (bytes.data()[i] & 0xC0) != 0x80; // continuation bytes do not start a character
    return n;
}

} // namespace tps::crypto
