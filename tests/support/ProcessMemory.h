// Where this process's own memory still holds a secret: the readable private anonymous mappings and the
// heap (/proc/self/maps), read through /proc/self/mem. File-backed mappings and [vvar]/[vsyscall]/[vdso]
// are skipped. Used to prove that wiped secrets are gone, not merely unreachable.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace tps::test {

struct MemoryHit
{
    quintptr address = 0;
    QString region; // the mapping's name ([heap], [stack], [anon:…]) or "anonymous"
};

struct MemoryScan
{
    QList<MemoryHit> hits;
    qint64 bytesScanned = 0;
};

// Every place `needle` occurs, except inside [skip, skip + skipSize) (the caller's own copy).
inline MemoryScan scanOwnMemory(const unsigned char* needle, std::size_t size, const void* skip = nullptr,
                                std::size_t skipSize = 0)
{
    MemoryScan scan;
    if (!needle || size == 0)
        return scan;
    constexpr std::size_t kChunk = 1 << 20;
    // The read buffer is its own mapping, made before the maps are read and skipped like the caller's.
    void* const mapped = ::mmap(nullptr, kChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return scan;
    auto* const buffer = static_cast<unsigned char*>(mapped);
    QFile maps(QStringLiteral("/proc/self/maps"));
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mem < 0 || !maps.open(QIODevice::ReadOnly)) {
        if (mem >= 0)
            ::close(mem);
        ::munmap(mapped, kChunk);
        return scan;
    }
    const auto skipped = [&](quintptr at) {
        const auto inside = [at](const void* from, std::size_t n) {
            const auto base = reinterpret_cast<quintptr>(from);
            return from && at >= base && at < base + n;
        };
        return inside(skip, skipSize) || inside(buffer, kChunk);
    };
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5 || f.at(1).size() < 4 || f.at(1).at(0) != 'r' || f.at(1).at(3) != 'p')
            continue;
        const QByteArray name = f.size() > 5 ? f.at(5) : QByteArray();
        const bool anonymous = f.at(4) == "0" && (name.isEmpty() || name == "[heap]" || name == "[stack]" ||
                                                  name.startsWith("[anon"));
        if (!anonymous)
            continue;
        const QList<QByteArray> range = f.at(0).split('-');
        const quintptr start = range.value(0).toULongLong(nullptr, 16);
        const quintptr end = range.value(1).toULongLong(nullptr, 16);
        for (quintptr at = start; at < end;) {
            const std::size_t want = std::min<std::size_t>(kChunk, end - at);
            const ssize_t got = ::pread(mem, buffer, want, off_t(at));
            if (got <= 0)
                break;
            scan.bytesScanned += got;
            const unsigned char* from = buffer;
            const unsigned char* const last = buffer + got;
            while (const void* found = ::memmem(from, std::size_t(last - from), needle, size)) {
                const auto* hit = static_cast<const unsigned char*>(found);
                const quintptr address = at + quintptr(hit - buffer);
                if (!skipped(address))
                    scan.hits.append({address, name.isEmpty() ? QStringLiteral("anonymous")
                                                              : QString::fromLatin1(name)});
                from = hit + 1;
            }
            // Overlap the chunks by size - 1 bytes so that no occurrence spans a boundary unseen.
            at += std::size_t(got) > size ? std::size_t(got) - (size - 1) : std::size_t(got);
        }
    }
    ::close(mem);
    ::munmap(mapped, kChunk);
    return scan;
}

// "N copies in M MiB scanned: 0xADDR region, …" for a failure message.
inline QString describe(const MemoryScan& scan)
{
    QStringList where;
    for (const MemoryHit& h : scan.hits)
        where << QStringLiteral("0x%1 %2").arg(h.address, 0, 16).arg(h.region);
    return QStringLiteral("%1 copies in %2 MiB scanned: %3")
        .arg(scan.hits.size())
        .arg(scan.bytesScanned >> 20)
        .arg(where.join(QStringLiteral(", ")));
}

} // namespace tps::test
