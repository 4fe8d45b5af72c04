// Public areas in the TPM's wire format, without a TPM: TPM2B_PUBLIC (un)marshaled exactly as tpm2-tools
// writes it (big-endian, with the 2-byte size prefix, DESIGN §3.1) and the TPM's name of an
// object or NV index. Used by crypto and dps (EK public keys, registration IDs) and by tpm.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <QByteArray>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

struct KeyPublic
{
    QByteArray publicArea; // marshaled TPM2B_PUBLIC including its 2-byte size prefix
    QByteArray name;       // nameAlg (2 bytes, big-endian) || H(marshaled TPMT_PUBLIC)
};

// TPM2B_PUBLIC <-> bytes (big-endian TPM wire format, with the size prefix).
QByteArray marshalPublic(const TPM2B_PUBLIC& pub);
Result<TPM2B_PUBLIC, TpmError> unmarshalPublic(const QByteArray& bytes);

// nameAlg || H(marshaled public part): the TPM's name of an object (TPMT_PUBLIC) or NV index
// (TPMS_NV_PUBLIC), Part 1 §16. Empty for a hash algorithm the station does not know.
QByteArray objectName(TPMI_ALG_HASH nameAlg, const QByteArray& marshaled);

} // namespace tps::tpm
