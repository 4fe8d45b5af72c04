// The manifest of known TPM vendor CA certificates shipped with the station (core/crypto/data/
// tpm-vendor-cas.tsv, compiled in; format in docs/FORMATS.md): vendor, CA name and SHA-256 fingerprint of
// every root and intermediate the station's authors recorded from the vendors' published files, so a CA
// file is recognised ("Infineon OPTIGA(TM) RSA Root CA") or flagged loudly as unknown.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tps::crypto {

struct VendorCa
{
    QString sha256;   // lower-case hex of the certificate's DER
    QString vendor;   // "Infineon", "Nuvoton", ...
    QString role;     // "root" (self-issued) or "intermediate"
    QString name;     // the CA's name, e.g. "Infineon OPTIGA(TM) RSA Root CA"
    QString key;      // "RSA-2048", "EC P-384", ...
    QString notAfter; // ISO 8601 date, UTC
};

// Parses the TSV: '#' comment lines, the header line
// "sha256<TAB>vendor<TAB>role<TAB>name<TAB>key<TAB>not_after", one CA per line. Refuses a malformed line,
// naming it (English, for the build and tests: the shipped manifest is checked by test_vendor_ca_manifest).
Result<QList<VendorCa>, QString> parseVendorCaManifest(const QByteArray& tsv);

// The shipped manifest (parsed once; empty if the compiled-in text were malformed).
const QList<VendorCa>& vendorCaManifest();
// The shipped manifest's entry for a fingerprint, or nullptr.
const VendorCa* findVendorCa(const QString& sha256Hex);

} // namespace tps::crypto
