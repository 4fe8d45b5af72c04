// Shared bits of the libFuzzer harnesses (tests/fuzz/README.md): the input as Qt types, and an invariant
// check that aborts (libFuzzer reports it as a crash) when a parser broke a promise of its own.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tps::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Aborts with `what` when `ok` is false: a parser accepted what it promises to refuse, or a round trip
// did not give back what went in.
inline void require(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// A template for a scratch directory: in memory (/dev/shm) where there is one, so that the SQLite
// fsyncs of the database harnesses cost little.
inline QString scratchTemplate(const char* name)
{
    const QString base =
        QFileInfo::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return base + QStringLiteral("/fuzz-") + QLatin1String(name) + QStringLiteral("-XXXXXX");
}

} // namespace tps::fuzz
