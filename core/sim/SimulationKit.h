// What a simulated product needs besides the simulated TPMs, prepared once inside a fleet root
// (idempotent: files already there are reused, so a restarted station keeps the same keys):
//   <root>/customer/  the simulated CUSTOMER's (device owner's) escrow key pair: escrow-key.pem (EC P-256,
//                     0600) and escrow-cert.pem (self-signed X.509). On a real line the station only ever
//                     has the owner's certificate; this private key exists ONLY so that simulated escrows
//                     can be opened (tpm-station-cli escrow open) — it plays the owner's part.
//   <root>/firmware/  the firmware-signing key (signing-key.pem, Ed25519, 0600; signing-key.pub.pem) and
//                     catalog/: a signed demo release (docs/FIRMWARE.md).
// profile() returns the product profile ("sim-widget", not production) wired to these files.
#pragma once

#include "core/common/Result.h"
#include "core/timeline/ProductProfile.h"

#include <QString>

namespace tps::sim {

class SimulationKit
{
public:
    static constexpr char kProductId[] = "sim-widget";
    static constexpr char kVersion[] = "1.0.0";
    static constexpr char kIdScope[] = "0ne00000SIM";

    // Creates what is missing under `fleetRoot` (a translated message on failure; nothing half-written
    // is left behind: every file is written to a temporary name and renamed).
    static Result<SimulationKit, QString> prepare(const QString& fleetRoot);

    const QString& root() const { return m_root; }
    QString customerKey() const;         // the simulated owner's private key (PEM, 0600)
    QString customerCertificate() const; // the escrow recipient certificate (PEM)
    QString signingKey() const;          // firmware-signing private key (PEM, 0600)
    QString signingPublicKey() const;    // the key the profile trusts (PEM SubjectPublicKeyInfo)
    QString catalog() const;             // the firmware catalog directory
    QString caDirectory() const;         // the fleet's EK root CA directory (<root>/ca)

    timeline::ProductProfile profile() const;

private:
    QString m_root;
};

} // namespace tps::sim
