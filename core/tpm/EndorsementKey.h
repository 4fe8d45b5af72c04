// The Endorsement Key: which TCG template (L-1, L-2, H-1, H-3), where its certificate, nonce and
// template NV indices and persistent handle are, creating it exactly as the manufacturer did (from the
// template NV index when the TPM has one), reading its certificate, and comparing a persisted EK.
#pragma once

#include "core/tpm/TpmKeys.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tps::tpm {

enum class EkTemplateId { L1Rsa2048, L2EccP256, H1Rsa2048, H3EccP384 };

struct EkProfile
{
    EkTemplateId id;
    QString configKey;      // "rsa2048", "ecc256", "h1-rsa2048", "h3-ecc384" (profile section "ek")
    QString algorithm;      // key algorithm: "rsa2048", "ecc256", "ecc384"
    QString templateName;   // "L-1", "L-2", "H-1", "H-3"
    TPM2_HANDLE certIndex;  // EK certificate NV index
    TPM2_HANDLE nonceIndex; // 0 when the template has none (high range)
    TPM2_HANDLE templateIndex;
    TPM2_HANDLE persistentHandle;
};

EkProfile ekProfile(EkTemplateId id);
std::optional<EkTemplateId> ekTemplateFromKey(const QString& configKey);
TPM2B_PUBLIC ekDefaultTemplate(EkTemplateId id);

struct EkTemplateChoice
{
    TPM2B_PUBLIC templ{};
    bool fromNvTemplate = false; // the TPM's template index supplied it
    bool nonceApplied = false;   // the TPM's nonce index was copied into unique
};

// The template to create the EK from: the TCG default, or — when the TPM has the template index of
// this range (0x01C00004 / 0x01C0000C) — the TPMT_PUBLIC stored there, with the nonce (0x01C00003 /
// 0x01C0000B) copied into unique (RSA: padded with zeros to 256 bytes; ECC: x padded to 32 bytes, y 32
// zero bytes) when that index exists.
TpmResult<EkTemplateChoice> resolveEkTemplate(TpmSession& session, EkTemplateId id, quint32 nvChunk);

struct CreatedEk
{
    KeyPublic key;
    bool fromNvTemplate = false;
    bool nonceApplied = false;
};

// Creates the EK under the endorsement hierarchy (empty endorsement auth unless set on the session)
// and flushes the transient object again.
TpmResult<CreatedEk> createEk(TpmSession& session, EkTemplateId id, quint32 nvChunk);

// The raw content of the EK certificate index (std::nullopt when the index is not defined).
TpmResult<std::optional<QByteArray>> readEkCertificateIndex(TpmSession& session, EkTemplateId id,
                                                            quint32 nvChunk);

// Whether the EK persisted at the profile's handle equals `templateEk` (the marshaled TPM2B_PUBLIC of
// the certificate-matching EK): std::nullopt when nothing is persisted there.
TpmResult<std::optional<bool>> persistedEkMatches(TpmSession& session, EkTemplateId id,
                                                  const QByteArray& templateEk);
// The same, creating the template EK first (for the ownership step).
TpmResult<std::optional<bool>> persistedEkMatches(TpmSession& session, EkTemplateId id);

} // namespace tps::tpm
