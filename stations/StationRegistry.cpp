#include "StationRegistry.h"

#include "EkExtractedStation.h"
#include "FirmwareFlashedStation.h"
#include "OwnershipTakenStation.h"
#include "QaCheckStation.h"
#include "TpmInstalledStation.h"
#include "ownership/FileEscrowStore.h"

#include <algorithm>

namespace tps::stations {

std::vector<std::unique_ptr<timeline::Station>> createAll()
{
    std::vector<std::unique_ptr<timeline::Station>> all;
    all.push_back(std::make_unique<TpmInstalledStation>());
    all.push_back(std::make_unique<EkExtractedStation>());
    all.push_back(std::make_unique<FirmwareFlashedStation>());
    all.push_back(std::make_unique<OwnershipTakenStation>(
        std::make_shared<ownership::FileEscrowStore>(ownership::FileEscrowStore::defaultDirectory())));
    all.push_back(std::make_unique<QaCheckStation>());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });
    return all;
}

} // namespace tps::stations
