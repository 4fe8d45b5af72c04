// Typed errors of the firmware catalog: why an image was refused before any device was touched.
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tps::firmware {

enum class FirmwareErrc {
    CatalogMissing,    // the catalog directory does not exist or cannot be read
    NotFound,          // no manifest for the product (and version) in the catalog
    Ambiguous,         // several manifests claim the same product and version
    ManifestMalformed, // the manifest is not a valid firmware manifest
    SignatureMissing,  // no detached signature next to the manifest
    KeyUnusable,       // a configured signing key cannot be loaded or has an unsupported type
    UnknownKey,        // the manifest names a signing key the product does not trust
    BadSignature,      // the signature does not verify over the manifest bytes
    WrongProduct,      // the manifest is for another product
    ImageMissing,      // the image file named by the manifest is not in the catalog
    ImageTruncated,    // the image is shorter than the manifest says
    SizeMismatch,      // the image is longer than the manifest says
    DigestMismatch,    // the image's SHA-256 differs from the manifest's
};

struct FirmwareError
{
    FirmwareErrc code = FirmwareErrc::ManifestMalformed;
    QString message;   // translated: what was refused and what to do
    QString technical; // English detail for logs and the audit trail
};

template <typename T>
using FirmwareResult = Result<T, FirmwareError>;

const char* errcName(FirmwareErrc code);

} // namespace tps::firmware
