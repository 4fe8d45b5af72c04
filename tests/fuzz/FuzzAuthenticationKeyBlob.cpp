// The DPS authenticationKey blob (core/dps/AuthenticationKeyBlob): six size-prefixed parts from the
// service. A blob that parses packs back to exactly the same bytes, and no part exceeds its TPM structure.
#include "FuzzSupport.h"

#include "core/dps/AuthenticationKeyBlob.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray blob = tps::fuzz::bytes(data, size);
    const auto parsed = tps::dps::parseAuthenticationKey(blob);
    if (!parsed) {
        (void)parsed.error().operatorMessage();
        return 0;
    }
    tps::fuzz::require(parsed->pack() == blob, "a parsed blob packs back to its bytes");
    const QByteArray parts[] = {parsed->idObject,    parsed->encryptedSecret, parsed->duplicate,
                                parsed->wrapKeySeed, parsed->keyPublic,       parsed->encryptedData};
    for (int i = 0; i < 6; ++i)
        tps::fuzz::require(parts[i].size() <= tps::dps::maxPartSize(i), "a part fits its TPM structure");
    return 0;
}
