#include "stations/StationRegistry.h"

#include "core/ownership/FileEscrowStore.h"
#include "core/tpm/Hierarchy.h"
#include "stations/EkExtractedStation.h"
#include "stations/FirmwareFlashedStation.h"
#include "stations/OwnershipTakenStation.h"
#include "stations/QaCheckStation.h"
#include "stations/TpmInstalledStation.h"

#include <QCoreApplication>
#include <algorithm>

namespace tps::stations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StationRegistry)
};

// Step 5 that forgets the device's owner authorization once the QA check has passed: the run is over.
class ForgettingQaCheck final : public timeline::Station
{
public:
    ForgettingQaCheck(std::shared_ptr<ownership::OwnerAuthVault> vault,
                      std::shared_ptr<dps::SlotKeyStore> slotKeys)
        : m_vault(std::move(vault)), m_qa(qaOwnerAuth(m_vault), std::move(slotKeys))
    {}
    timeline::StepId id() const override { return m_qa.id(); }
    QList<timeline::StepId> preconditions() const override { return m_qa.preconditions(); }
    timeline::StepResult run(timeline::StepContext& context) override
    {
        timeline::StepResult result = m_qa.run(context);
        if (result.passed())
            m_vault->forget(context.device.serial);
        return result;
    }

private:
    std::shared_ptr<ownership::OwnerAuthVault> m_vault;
    QaCheckStation m_qa;
};
} // namespace

FirmwareFlashedStation::OwnerAuthSource firmwareOwnerAuth(std::shared_ptr<ownership::OwnerAuthVault> vault)
{
    return [vault = std::move(vault)](
               const timeline::StepContext& context) -> Result<crypto::SecureBytes, QString> {
        if (auto value = vault->get(context.device.serial))
            return std::move(*value);
        auto state = tpm::readHierarchyState(context.tpm);
        if (!state)
            return fail(state.error().operatorMessage());
        if (!state->ownerAuthSet)
            return crypto::SecureBytes(); // unowned TPM: the empty authorization
        return fail(Tr::tr("the station keeps it only in memory during the run that took ownership, and "
                           "this session did not take ownership of the device (for example after a "
                           "restart). The escrow can only be opened by the device owner. A supervisor "
                           "must order rework of this device."));
    };
}

QaCheckStation::OwnerAuthSource qaOwnerAuth(std::shared_ptr<ownership::OwnerAuthVault> vault)
{
    return [vault = std::move(vault)](const timeline::StepContext& context) {
        return vault->get(context.device.serial);
    };
}

std::vector<std::unique_ptr<timeline::Station>> createAll()
{
    return createAll(ownership::OwnerAuthVault::processVault());
}

std::vector<std::unique_ptr<timeline::Station>> createAll(std::shared_ptr<ownership::OwnerAuthVault> vault)
{
    return createAll(std::move(vault), std::make_shared<ownership::FileEscrowStore>(
                                           ownership::FileEscrowStore::defaultDirectory()));
}

std::vector<std::unique_ptr<timeline::Station>> createAll(std::shared_ptr<ownership::OwnerAuthVault> vault,
                                                          std::shared_ptr<ownership::EscrowStore> escrow)
{
    return createAll(std::move(vault), std::move(escrow), nullptr);
}

std::vector<std::unique_ptr<timeline::Station>>
createAll(std::shared_ptr<ownership::OwnerAuthVault> vault, std::shared_ptr<ownership::EscrowStore> escrow,
          std::shared_ptr<dps::SlotKeyStore> slotKeys,
          std::shared_ptr<timeline::FactoryEkRegistry> factoryEks,
          std::shared_ptr<firmware::ReleaseCache> releases)
{
    std::vector<std::unique_ptr<timeline::Station>> all;
    all.push_back(std::make_unique<TpmInstalledStation>());
    all.push_back(std::make_unique<EkExtractedStation>(std::move(factoryEks)));
    all.push_back(
        std::make_unique<FirmwareFlashedStation>(firmwareOwnerAuth(vault), slotKeys, std::move(releases)));
    all.push_back(std::make_unique<OwnershipTakenStation>(std::move(escrow), vault));
    all.push_back(std::make_unique<ForgettingQaCheck>(vault, std::move(slotKeys)));
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });
    return all;
}

} // namespace tps::stations
