// Step 4's procedure before the device is touched, as core/ownership/TakeOwnership is step 3's: the
// release chosen and verified, and the settings index checked. The station (stations/
// FirmwareFlashedStation) runs these, then the programmer and storeSettingsRecord, and turns each outcome
// into the step's result (docs/FIRMWARE.md).
#pragma once

#include "core/firmware/FirmwareCatalog.h"
#include "core/tpmwire/TpmError.h"

#include <QStringList>

namespace tps::tpm {
class TpmSession;
}

namespace tps::firmware {

// Which release to flash: the named manifest, or the catalog's choice for the product (and version).
struct ReleaseChoice
{
    QString catalog;         // the catalog directory
    QStringList signingKeys; // PEM files of the keys the product trusts
    QString manifest;        // a manifest of the catalog; empty: selected by product and version
    QString product;
    QString version; // empty: the highest
};

// Where a release was refused: the station's configuration (keys, catalog), the selection, or the
// verification of the release itself (signature, product, size, digest).
enum class ReleaseStage { Configuration, Selection, Verification };

struct ReleaseRefusal
{
    ReleaseStage stage = ReleaseStage::Verification;
    FirmwareError error;
};

// Loads the keys and the catalog, selects the release and verifies it. Reads files only. With a `cache`
// (the station session's) a release's signature is verified once per release digest (ReleaseCache.h).
Result<VerifiedFirmware, ReleaseRefusal> verifyRelease(const ReleaseChoice& choice,
                                                       ReleaseCache* cache = nullptr);

// The settings index before anything is written: defined by step 3 (then writing it needs no owner
// authorization), and write-locked by an earlier run holding another record than `record` (then it
// cannot be written again: rework).
struct SettingsIndexCheck
{
    bool predefined = false;
    bool lockedDifferent = false;
};
tpm::TpmResult<SettingsIndexCheck> checkSettingsIndex(tpm::TpmSession& session, const QByteArray& record);

} // namespace tps::firmware
