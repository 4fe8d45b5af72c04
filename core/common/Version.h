// The station's version facts, fixed when the build was configured (cmake/StationVersion.cmake).
#pragma once

#include <QString>

namespace tps::version {

// "0.1.0": the CMake project version, the release the Debian package carries.
QString projectVersion();
// The git commit the tree was configured from (12 hex digits, "-dirty" when tracked files differed);
// empty when built outside a git checkout without -DSTATION_GIT_REVISION.
QString gitRevision();
// UTC date of the build (SOURCE_DATE_EPOCH when set), "YYYY-MM-DD".
QString buildDate();
// "0.1.0+g<revision>": what --version prints, the About dialog shows and the audit trail records as the
// software version of every event.
QString softwareVersion();
// The tpm2-tss release the station was built against (pkg-config). tpm2-tss 3.2.1 has no run-time
// version query; Debian's library package name carries only the ABI.
QString tss2BuildVersion();

} // namespace tps::version
