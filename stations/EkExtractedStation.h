// Step 2 — EK_pub extracted: the EK created from the TCG template, the persisted EK compared with it,
// the EK certificate read from NV and verified against the TPM manufacturer's roots, the DPS
// registration ID derived, and a TPM already seen on another serial refused.
//
// Recorded (a contract for later steps and exports): artifacts "ek.pub" (marshaled TPM2B_PUBLIC) and
// "ek-cert.der" (trimmed DER, when present); measurements "ek.algorithm", "ek.template",
// "ek.source" ("persisted" or "created"), "ek.certificate_verdict", "dps.registration_id",
// "dps.endorsement_key", "dps.ready", "ek.persisted_matches" (absent when nothing is persisted); from
// the certificate's TCG subjectAltName "ek.san_manufacturer_id", "ek.san_manufacturer", "ek.san_model",
// "ek.san_version" (when present), and "ek.certificate_root" / "ek.certificate_root_sha256" (the anchor
// of a verified chain, named from the manifest of known vendor CAs). The SAN's manufacturer is compared
// with step 1's "tpm.manufacturer": a mismatch fails the step naming both.
#pragma once

#include "core/common/Result.h"
#include "core/timeline/FactoryEkRegistry.h"
#include "core/timeline/Station.h"
#include "core/tpm/EndorsementKey.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace tps::stations {

// Profile section "ek": {"algorithm": "rsa2048|ecc256|h1-rsa2048|h3-ecc384", "rootsDir": "...",
// "simulationRootsDir": "...", "requireTrusted": true, "reusePersisted": true, "lot": "..."}.
//
// Roots: the station's trust store (db/TrustStore.h) unless "rootsDir" names a directory, an explicit
// override. A production profile without rootsDir needs a trust store that holds CAs.
//
// Lot: when "lot" names an incoming lot (or the operator does: `line --lot L` sets it), the device's EK must
// be on that lot's delivery list (db/Lots.h) in an entry no other device used; the lot and row are recorded
// ("ek.lot", "ek.lot_row") and the entry is marked used when the step passes. Otherwise the step fails with
// "EK not on the delivery list of lot …".
struct EkStepConfig
{
    tpm::EkTemplateId templateId = tpm::EkTemplateId::L1Rsa2048;
    QString rootsDir;           // TPM manufacturer roots and intermediates (empty: the trust store)
    QString lot;                // the incoming lot the TPMs come from (empty: not checked)
    QString simulationRootsDir; // the simulated fleet's CA: used for simulated devices only
    bool requireTrusted = true; // production profiles always require a trusted certificate
    bool reusePersisted = true; // take the persisted EK when it is the certificate's key (no key generation)

    // Refuses unknown algorithms, wrong types, missing directories, and a production profile that tries
    // to lift requireTrusted (message translated).
    static Result<EkStepConfig, QString> parse(const QJsonObject& section, bool production);
};

// The lot the operator names for the TPMs on the line (`line --lot L`, the station screen): sets the
// profile's "ek.lot" (empty: leaves the profile's own).
void setOperatorLot(timeline::ProductProfile& profile, const QString& lot);

// Factory-wide duplicate EK (issue 17): with a `factory` registry (the station names a factory database),
// the EK is also looked up there after the station's own records. Another serial with this EK fails the
// step naming that serial and its station ("ek.factory_check" = "duplicate", audited "duplicate-ek");
// otherwise "ek.factory_check" is "unique", or "not-checked" with "ek.factory_check_reason" when the
// factory database cannot answer (the central side then checks the device when its records arrive).
class EkExtractedStation final : public timeline::Station
{
public:
    explicit EkExtractedStation(std::shared_ptr<timeline::FactoryEkRegistry> factory = nullptr)
        : m_factory(std::move(factory))
    {}
    timeline::StepId id() const override { return timeline::StepId::EkExtracted; }
    timeline::StepResult run(timeline::StepContext& context) override;

private:
    std::optional<timeline::StepResult>
    checkFactory(timeline::StepContext& context, const QByteArray& ekPublic, timeline::StepResult& result);
    std::shared_ptr<timeline::FactoryEkRegistry> m_factory;
};

} // namespace tps::stations
