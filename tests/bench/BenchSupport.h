// Small pieces the benchmarks share: the median and a percentile of a series, an integer from the
// environment, the load average to print beside a figure.
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>
#include <cmath>

namespace tps::bench {

// The median (the mean of the two middle values for an even count); 0 for no values.
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const auto n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

// The nearest-rank percentile `p` (0-100) of a series; 0 for no values.
inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

// A positive integer from the environment variable `name`, else `fallback`.
inline int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// The 1, 5 and 15 minute load averages, as /proc/loadavg has them ("?" when unreadable).
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace tps::bench
