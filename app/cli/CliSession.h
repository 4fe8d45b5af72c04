// The CLI's one sequence for a job on the station database: open the session, sign --as in, run the
// service call, report a failure or a failed checkpoint. Shared by `export dps`, `export audit` and
// `batch import-result`.
#pragma once

#include "app/cli/Cli.h"
#include "app/cli/CliAuth.h"
#include "services/ExportService.h"

#include <optional>
#include <type_traits>

namespace tps::cli {

// `call(services::ExportService&)` returns a ServiceResult<Checkpointed<T>>; the T, or nothing (after
// printing why, *rc set). `profile` (when given) is the session's: its "station.unattended" list decides
// whether the job may run without --as.
template <typename Call>
auto exportInSession(Cli& cli, const QString& path, const QString& operatorId, int* rc, Call call,
                     const timeline::ProductProfile* profile = nullptr)
{
    using Done = typename std::invoke_result_t<Call&, services::ExportService&>::value_type;
    std::optional<decltype(Done::value)> out;
    auto session = openSession(cli, path, operatorId, rc);
    if (!session)
        return out;
    if (profile)
        session->setProfile(*profile);
    services::ExportService service(*session);
    auto done = call(service);
    if (!done) {
        *rc = cli.failure(done.error().message);
        return out;
    }
    if (!done->checkpointError.isEmpty()) {
        *rc = cli.failure(done->checkpointError);
        return out;
    }
    out = std::move(done->value);
    return out;
}

} // namespace tps::cli
