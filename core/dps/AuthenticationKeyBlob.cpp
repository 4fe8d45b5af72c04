#include "core/dps/AuthenticationKeyBlob.h"

#include <QCoreApplication>
#include <QtEndian>
#include <array>
#include <tss2/tss2_mu.h>

namespace tps::dps {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthenticationKeyBlob)
};

constexpr int kParts = 6;

const char* partName(int index)
{
    static constexpr std::array<const char*, kParts> names = {
        "credential blob (TPM2B_ID_OBJECT)", "seed (TPM2B_ENCRYPTED_SECRET)",
        "duplicated key (TPM2B_PRIVATE)",    "wrap-key seed (TPM2B_ENCRYPTED_SECRET)",
        "key public area (TPM2B_PUBLIC)",    "encrypted data"};
    return names.at(size_t(index));
}

} // namespace

int maxPartSize(int index)
{
    switch (index) {
    case 0:
        return int(sizeof(TPM2B_ID_OBJECT::credential));
    case 1:
    case 3:
        return int(sizeof(TPM2B_ENCRYPTED_SECRET::secret));
    case 2:
        return int(sizeof(TPM2B_PRIVATE::buffer));
    case 4:
        return int(sizeof(TPMT_PUBLIC));
    case 5:
        return int(sizeof(TPM2B_MAX_BUFFER::buffer)); // the SDK refuses more than TPM_PT_INPUT_BUFFER
    default:
        return 0;
    }
}

QByteArray AuthenticationKeyBlob::pack() const
{
    QByteArray out;
    for (const QByteArray* part :
         {&idObject, &encryptedSecret, &duplicate, &wrapKeySeed, &keyPublic, &encryptedData}) {
        char size[2];
        qToBigEndian(quint16(part->size()), size);
        out.append(size, 2);
        out.append(*part);
    }
    return out;
}

QString BlobError::operatorMessage() const
{
    return Tr::tr("The DPS authentication key is damaged (%1). Repeat the QA check; if it fails again, "
                  "call a supervisor.")
        .arg(part);
}

Result<AuthenticationKeyBlob, BlobError> parseAuthenticationKey(const QByteArray& blob)
{
    std::array<QByteArray, kParts> parts;
    qsizetype pos = 0;
    for (int i = 0; i < kParts; ++i) {
        const QString name = QString::fromLatin1(partName(i));
        if (blob.size() - pos < 2)
            return fail(BlobError{
                BlobErrc::Truncated, name,
                QStringLiteral("blob ends at byte %1 before the size of the %2").arg(pos).arg(name)});
        const int size = qFromBigEndian<quint16>(blob.constData() + pos);
        pos += 2;
        if (size > maxPartSize(i))
            return fail(BlobError{
                BlobErrc::Oversized, name,
                QStringLiteral("%1 of %2 bytes exceeds %3").arg(name).arg(size).arg(maxPartSize(i))});
        if (blob.size() - pos < size)
            return fail(BlobError{
                BlobErrc::Truncated, name,
                QStringLiteral("%1 needs %2 bytes, %3 left").arg(name).arg(size).arg(blob.size() - pos)});
        parts[size_t(i)] = blob.mid(pos, size);
        pos += size;
    }
    if (pos != blob.size())
        return fail(BlobError{BlobErrc::Trailing, QStringLiteral("end"),
                              QStringLiteral("%1 bytes after the last part").arg(blob.size() - pos)});
    // The public area must be a whole TPMT_PUBLIC.
    TPMT_PUBLIC area{};
    size_t offset = 0;
    const QByteArray& pub = parts[4];
    if (Tss2_MU_TPMT_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(pub.constData()), size_t(pub.size()),
                                      &offset, &area) != TSS2_RC_SUCCESS ||
        offset != size_t(pub.size()))
        return fail(BlobError{BlobErrc::Malformed, QString::fromLatin1(partName(4)),
                              QStringLiteral("the key public area is not a TPMT_PUBLIC")});
    return AuthenticationKeyBlob{parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]};
}

} // namespace tps::dps
