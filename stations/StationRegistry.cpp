#include "StationRegistry.h"

#include "QaCheckStation.h"
#include "TpmInstalledStation.h"

#include <algorithm>

namespace tps::stations {

std::vector<std::unique_ptr<timeline::Station>> createAll()
{
    std::vector<std::unique_ptr<timeline::Station>> all;
    all.push_back(std::make_unique<TpmInstalledStation>());
    all.push_back(std::make_unique<QaCheckStation>());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });
    return all;
}

} // namespace tps::stations
