#include "core/common/Version.h"

namespace tps::version {

namespace data {
// Defined in the generated VersionData.cpp: only that file changes when the revision does.
extern const char* const kProjectVersion;
extern const char* const kGitRevision;
extern const char* const kBuildDate;
extern const char* const kSoftwareVersion;
extern const char* const kTss2Version;
} // namespace data

QString projectVersion()
{
    return QString::fromLatin1(data::kProjectVersion);
}

QString gitRevision()
{
    return QString::fromLatin1(data::kGitRevision);
}

QString buildDate()
{
    return QString::fromLatin1(data::kBuildDate);
}

QString softwareVersion()
{
    return QString::fromLatin1(data::kSoftwareVersion);
}

QString tss2BuildVersion()
{
    return QString::fromLatin1(data::kTss2Version);
}

} // namespace tps::version
