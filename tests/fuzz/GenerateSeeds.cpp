// Writes the binary seed corpora of the fuzz harnesses into DIR/<harness>/: made with the station's own
// encoders and OpenSSL, so they follow the code (a changed template or record layout changes the seeds).
// Text seeds (JSON, identifiers) are committed under tests/fuzz/corpus/.
#include "core/crypto/CredentialMaker.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/dps/AuthenticationKeyBlob.h"
#include "core/firmware/FirmwareManifest.h"
#include "core/firmware/ProvisioningSettings.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpmwire/PublicArea.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <openssl/x509.h>

using namespace tps;

namespace {

bool write(const QString& root, const QString& harness, const QString& name, const QByteArray& bytes)
{
    const QDir dir(root + QLatin1Char('/') + harness);
    if (!QDir().mkpath(dir.path()))
        return false;
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A self-signed RSA certificate in DER: the shape of an EK certificate (the checks refuse it, as they
// should, but the harness walks the whole trimming and parsing path).
QByteArray certificateDer()
{
    crypto::PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
    crypto::X509Ptr cert(X509_new());
    if (!key || !cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("EK"), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert.get(), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    bool ok = true;

    // TPM2B_PUBLIC areas: the EK and SRK templates, and a DPS HMAC key.
    const TPM2B_PUBLIC hmac = crypto::hmacKeyPublic(QByteArray(32, 's'), QByteArray(32, 'k'));
    const QByteArray publics[] = {tpm::marshalPublic(tpm::ekTemplateRsa2048()),
                                  tpm::marshalPublic(tpm::ekTemplateEccP256()),
                                  tpm::marshalPublic(tpm::srkTemplate()), tpm::marshalPublic(hmac)};
    for (int i = 0; i < 4; ++i) {
        ok &= write(root, QStringLiteral("tpm_public"), QStringLiteral("public-%1").arg(i), publics[i]);
        ok &= write(root, QStringLiteral("tpm_public"), QStringLiteral("public-%1.b64").arg(i),
                    publics[i].toBase64() + '\n');
    }

    // An authenticationKey blob in the SDK's order.
    const dps::AuthenticationKeyBlob blob{QByteArray(50, '\x01'),          QByteArray(256, '\x02'),
                                          QByteArray(120, '\x03'),         QByteArray(256, '\x04'),
                                          tpm::marshalPublic(hmac).mid(2), QByteArray(7, '\x06')};
    ok &= write(root, QStringLiteral("authentication_key_blob"), QStringLiteral("sdk-order"), blob.pack());

    // The settings NV record step 4 writes.
    firmware::ProvisioningSettings settings;
    settings.idScope = QStringLiteral("0ne00000A0A");
    settings.registrationId = QStringLiteral("fuzz-device-1");
    settings.product = QStringLiteral("gateway");
    const auto record = settings.toNvRecord();
    ok &= record.ok() && write(root, QStringLiteral("settings_record"), QStringLiteral("record"), *record);

    // An EK certificate as NV holds it: bare, with the `10 01 00 len16` header, and zero-padded.
    const QByteArray der = certificateDer();
    ok &= !der.isEmpty();
    QByteArray framed = QByteArray::fromHex("100100");
    framed.append(char(der.size() >> 8)).append(char(der.size() & 0xff));
    ok &= write(root, QStringLiteral("ek_certificate"), QStringLiteral("bare"), der);
    ok &= write(root, QStringLiteral("ek_certificate"), QStringLiteral("framed"), framed + der);
    ok &= write(root, QStringLiteral("ek_certificate"), QStringLiteral("padded"), der + QByteArray(64, '\0'));

    // A manifest as the signing tool writes it.
    firmware::FirmwareManifest manifest;
    manifest.product = QStringLiteral("gateway");
    manifest.version = QStringLiteral("1.4.2");
    manifest.image = QStringLiteral("gateway-1.4.2.bin");
    manifest.size = 4096;
    manifest.sha256 = QByteArray(32, '\x5a');
    manifest.keyId = QString(64, QLatin1Char('a'));
    ok &= write(root, QStringLiteral("firmware_manifest"), QStringLiteral("manifest.json"),
                QJsonDocument(manifest.toJson()).toJson());

    if (!ok) {
        std::fprintf(stderr, "fuzz_seeds: could not write every seed to %s\n", argv[1]);
        return 1;
    }
    return 0;
}
