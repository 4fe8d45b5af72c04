// Steps 4 and 5 in the slot credential modes (stations/CredentialConfig.h; docs/FORMATS.md, "Credential
// modes"). The station's rules live here; FirmwareFlashedStation and QaCheckStation call them.
//
// Step 4, imprintSlot: the device's keys — for iothub-symmetric-slot a primary and a secondary 256-bit
// key from OpenSSL's DRBG, for dps-symmetric-group the key derived from the product's group key and the
// registration ID — are written ahead (encrypted, pending) into the SlotKeyStore, the primary is imprinted
// into the profile's Limpet slot (an occupied slot is destroyed first: a re-run after a crash replaces a
// half-written slot), and the record is marked applied. Pending records of earlier attempts are abandoned
// first, so only the keys the slot holds can ever be applied.
//
// Step 5, checkSlot: the TPM computes a SAS token exactly as the device would (hostname and device ID read
// back from the NV index, TPM2_HMAC with the persisted key), the station checks it against the applied
// record's key in software, checks the token's format and expiry, and records slot, hostname and device
// ID — never the key.
#pragma once

#include "core/dps/SlotKeyStore.h"
#include "core/timeline/Station.h"
#include "stations/CredentialConfig.h"

#include <optional>

namespace tps::stations {

// Why a slot step failed (translated operator message, English technical detail).
struct SlotStepFailure
{
    timeline::StepErrc code = timeline::StepErrc::Tpm;
    QString operatorMessage;
    QString technical;
    timeline::Outcome outcome = timeline::Outcome::Fail;
};

// What the slot holds: for the mode's hostname and device ID.
struct SlotIdentity
{
    QString hostName;
    QString deviceId;
};
// iothub-symmetric-slot: the hub and the device ID pattern; dps-symmetric-group: the DPS endpoint and the
// registration ID.
Result<SlotIdentity, QString> slotIdentityFor(const CredentialConfig& config, const QString& serial,
                                              const QString& registrationId, const QString& dpsEndpoint);

// Step 4's slot part; adds its measurements (slot.*) to `result`.
std::optional<SlotStepFailure> imprintSlot(timeline::StepContext& context, const CredentialConfig& config,
                                           dps::SlotKeyStore* store, const SlotIdentity& identity,
                                           const QString& registrationId, timeline::StepResult& result);

// Step 5's slot part; adds its measurements (qa.slot_*) to `result`.
std::optional<SlotStepFailure> checkSlot(timeline::StepContext& context, const CredentialConfig& config,
                                         dps::SlotKeyStore* store, qint64 validitySeconds,
                                         timeline::StepResult& result);

} // namespace tps::stations
