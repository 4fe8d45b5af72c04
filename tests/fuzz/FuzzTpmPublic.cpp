// TPM2B unmarshalling (core/tpmwire/PublicArea: unmarshalPublic) and the EK inputs built on it
// (core/dps/RegistrationId: EK files in binary or base64, registration ID, DPS readiness). Bytes from the
// TPM or from a file the operator gives. A public area that unmarshals marshals back to the same bytes.
#include "FuzzSupport.h"

#include "core/dps/RegistrationId.h"
#include "core/tpmwire/PublicArea.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray in = tps::fuzz::bytes(data, size);
    if (const auto pub = tps::tpm::unmarshalPublic(in)) {
        tps::fuzz::require(tps::tpm::marshalPublic(*pub) == in, "TPM2B_PUBLIC round trip");
        const QString id = tps::dps::registrationIdFromEk(in);
        if (!id.isEmpty())
            tps::fuzz::require(tps::dps::validateRegistrationId(id).ok(),
                               "a derived registration ID is valid");
        (void)tps::dps::endorsementKeyFromEk(in);
        (void)tps::dps::dpsReadiness(in);
    }
    if (const auto ek = tps::dps::ekFromBinaryOrBase64(in))
        tps::fuzz::require(tps::tpm::unmarshalPublic(*ek).ok(), "an accepted EK file holds a TPM2B_PUBLIC");
    return 0;
}
