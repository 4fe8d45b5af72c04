#include "core/ownership/EscrowPin.h"

#include "core/crypto/CaDirectory.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QFile>
#include <openssl/x509_vfy.h>

namespace tps::ownership {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscrowPin)
};
using StorePtr = std::unique_ptr<X509_STORE, crypto::OpenSslDeleter<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, crypto::OpenSslDeleter<&X509_STORE_CTX_free>>;
} // namespace

Result<void, QString> verifyEscrowChain(const crypto::EscrowCertificate& certificate, const QString& caFile)
{
    QFile f(caFile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Tr::tr("The customer CA file %1 cannot be read.").arg(caFile));
    const std::vector<crypto::X509Ptr> cas = crypto::certificatesInData(f.readAll());
    if (cas.empty())
        return fail(Tr::tr("The customer CA file %1 holds no certificate.").arg(caFile));
    StorePtr store(X509_STORE_new());
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !ctx)
        return fail(Tr::tr("OpenSSL cannot verify the escrow certificate's chain."));
    for (const crypto::X509Ptr& ca : cas)
        X509_STORE_add_cert(store.get(), ca.get());
    if (X509_STORE_CTX_init(ctx.get(), store.get(), certificate.get(), nullptr) != 1)
        return fail(Tr::tr("OpenSSL cannot verify the escrow certificate's chain."));
    if (X509_verify_cert(ctx.get()) != 1)
        return fail(Tr::tr("The escrow certificate does not chain to the customer CA %1: %2.")
                        .arg(caFile, QString::fromUtf8(X509_verify_cert_error_string(
                                         X509_STORE_CTX_get_error(ctx.get())))));
    return {};
}

Result<void, QString> checkEscrowPin(const crypto::EscrowCertificate& certificate,
                                     const OwnershipConfig& config, bool production)
{
    const QString actual = certificate.fingerprintSha256();
    if (config.escrowCertificateSha256.isEmpty()) {
        if (production)
            return fail(Tr::tr("A production profile must pin its escrow certificate "
                               "(ownership.escrowCertificateSha256); the certificate's SHA-256 is %1.")
                            .arg(actual));
    } else if (config.escrowCertificateSha256 != actual) {
        return fail(Tr::tr("The escrow certificate is not the one the profile pins: the profile pins SHA-256 "
                           "%1, the certificate %2 has %3. Nothing was written to the TPM.")
                        .arg(config.escrowCertificateSha256, config.escrowCertificate, actual));
    }
    if (!config.escrowCaFile.isEmpty())
        return verifyEscrowChain(certificate, config.escrowCaFile);
    return {};
}

} // namespace tps::ownership
