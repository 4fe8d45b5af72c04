#include "db/Checkpoints.h"

#include "db/CheckpointTrust.h"
#include "db/StationKeyProtection.h"

#include "core/crypto/KeyFile.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <cstring>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <stdio.h>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoints)
};

using crypto::BioPtr;
using crypto::MdCtxPtr;

void appendU32(QByteArray& out, quint32 n)
{
    out.append(static_cast<char>(n >> 24));
    out.append(static_cast<char>(n >> 16));
    out.append(static_cast<char>(n >> 8));
    out.append(static_cast<char>(n));
}

void appendField(QByteArray& out, const QByteArray& field)
{
    appendU32(out, static_cast<quint32>(field.size()));
    out.append(field);
}

DbError keyError(const QString& message)
{
    return DbError{DbErrc::Io, message};
}

} // namespace

QString keyPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".key");
}

QString checkpointPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".checkpoint");
}

void StationKey::KeyFree::operator()(EVP_PKEY* k) const
{
    EVP_PKEY_free(k);
}

DbResult<StationKey> StationKey::loadOrCreate(const QString& path, KeyCreation creation)
{
    StationKey key;
    if (QFile::exists(path)) {
        auto pem = crypto::readOwnerOnlyFile(path);
        if (!pem && pem.error().code == crypto::KeyFileErrc::TooOpen)
            return fail(
                keyError(Tr::tr("The station key %1 is accessible to other users; it must be readable by "
                                "its owner only (chmod 600).")
                             .arg(path)));
        if (!pem)
            return fail(keyError(Tr::tr("Cannot read the station key %1: %2").arg(path, pem.error().detail)));
        const bool encrypted = pem->contains("BEGIN ENCRYPTED PRIVATE KEY");
        std::optional<crypto::SecureBytes> passphrase;
        if (encrypted)
            passphrase = keyPassphrase(path);
        if (encrypted && !passphrase)
            return fail(
                keyError(Tr::tr("The station key %1 is protected by the admin's passphrase: unlock it "
                                "(tpm-station-cli --key-passphrase-fd N …, or at the prompt).")
                             .arg(path)));
        BioPtr bio(BIO_new_mem_buf(pem->constData(), static_cast<int>(pem->size())));
        // Never OpenSSL's own terminal prompt: the passphrase comes from the source above, or not at all.
        EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, &keyPassphraseCallback,
                                                passphrase ? &*passphrase : nullptr);
        if (!raw && encrypted)
            return fail(keyError(Tr::tr("The passphrase does not unlock the station key %1.").arg(path)));
        if (!raw || EVP_PKEY_get_base_id(raw) != EVP_PKEY_ED25519) {
            EVP_PKEY_free(raw);
            return fail(keyError(Tr::tr("%1 is not an Ed25519 station key.").arg(path)));
        }
        key.m_key.reset(raw, KeyFree{});
        return key;
    }
    if (creation == KeyCreation::Refuse)
        return fail(DbError{DbErrc::NotFound, Tr::tr("There is no station key at %1.").arg(path)});
    EVP_PKEY* raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!raw)
        return fail(keyError(Tr::tr("Cannot generate the station key.")));
    key.m_key.reset(raw, KeyFree{});
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), raw, nullptr, nullptr, 0, nullptr, nullptr))
        return fail(keyError(Tr::tr("Cannot encode the station key.")));
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    // Created with owner-only permissions from the first byte (no window with wider permissions).
    if (auto r = crypto::createOwnerOnlyFile(path, QByteArray(data, static_cast<qsizetype>(size))); !r)
        return fail(keyError(Tr::tr("Cannot create the station key %1: %2").arg(path, r.error().detail)));
    return key;
}

DbResult<QByteArray> StationKey::publicKeyOf(const QString& path)
{
    if (!QFile::exists(path))
        return fail(DbError{DbErrc::NotFound, Tr::tr("There is no station key at %1.").arg(path)});
    auto key = loadOrCreate(path);
    if (!key)
        return fail(key.error());
    return key->publicKey();
}

QByteArray StationKey::publicKey() const
{
    QByteArray out(32, '\0');
    size_t len = 32;
    if (!m_key ||
        !EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()), &len))
        return {};
    out.resize(static_cast<qsizetype>(len));
    return out;
}

QByteArray StationKey::publicKeyPem() const
{
    return m_key ? publicKeyPemOf(publicKey()) : QByteArray();
}

DbResult<QByteArray> StationKey::sign(const QByteArray& payload) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return fail(keyError(Tr::tr("Cannot sign with the station key.")));
    size_t len = 64;
    QByteArray sig(64, '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(payload.constData()),
                       static_cast<size_t>(payload.size())) != 1)
        return fail(keyError(Tr::tr("Cannot sign with the station key.")));
    sig.resize(static_cast<qsizetype>(len));
    return sig;
}

bool StationKey::verify(const QByteArray& publicKey, const QByteArray& payload, const QByteArray& signature)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.constData()),
        static_cast<size_t>(publicKey.size())));
    if (!key)
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(payload.constData()),
                            static_cast<size_t>(payload.size())) == 1;
}

CheckpointTrust checkCheckpoint(const Checkpoint& c, const QByteArray& trustedKey)
{
    if (c.signature.isEmpty())
        return CheckpointTrust::Unsigned;
    if (!StationKey::verify(c.publicKey, c.payload(), c.signature))
        return CheckpointTrust::BadSignature;
    if (trustedKey.isEmpty())
        return CheckpointTrust::NoTrustedKey;
    return c.publicKey == trustedKey ? CheckpointTrust::Trusted : CheckpointTrust::OtherKey;
}

QByteArray Checkpoint::payload() const
{
    QByteArray out("TPS-CHECKPOINT-V1");
    appendField(out, stationId.toUtf8());
    appendU32(out, static_cast<quint32>(static_cast<quint64>(seq) >> 32));
    appendU32(out, static_cast<quint32>(seq));
    appendField(out, hash);
    appendField(out, createdUtc.toUtf8());
    return out;
}

QJsonObject Checkpoint::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tps-checkpoint-1")},
                       {QStringLiteral("uuid"), uuid},
                       {QStringLiteral("stationId"), stationId},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                       {QStringLiteral("createdUtc"), createdUtc},
                       {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toHex())},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toHex())}};
}

std::optional<Checkpoint> Checkpoint::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("tps-checkpoint-1"))
        return std::nullopt;
    Checkpoint c;
    c.uuid = json.value(QStringLiteral("uuid")).toString();
    c.stationId = json.value(QStringLiteral("stationId")).toString();
    c.seq = json.value(QStringLiteral("seq")).toInteger();
    c.hash = QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1());
    c.createdUtc = json.value(QStringLiteral("createdUtc")).toString();
    c.publicKey = QByteArray::fromHex(json.value(QStringLiteral("publicKey")).toString().toLatin1());
    c.signature = QByteArray::fromHex(json.value(QStringLiteral("signature")).toString().toLatin1());
    if (c.seq <= 0 || c.hash.size() != 32)
        return std::nullopt;
    return c;
}

DbResult<QList<Checkpoint>> loadCheckpoints(Database& db)
{
    auto stmt = db.prepare("SELECT uuid, seq, hash, created_utc, public_key, signature FROM checkpoints "
                           "ORDER BY id");
    if (!stmt)
        return fail(stmt.error());
    QList<Checkpoint> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        Checkpoint c;
        c.uuid = stmt->text(0);
        c.stationId = db.stationId();
        c.seq = stmt->int64(1);
        c.hash = stmt->blob(2);
        c.createdUtc = stmt->text(3);
        c.publicKey = stmt->blob(4);
        c.signature = stmt->blob(5);
        out.append(c);
    }
    return out;
}

std::optional<Checkpoint> readCheckpointFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return Checkpoint::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

DbResult<std::optional<Checkpoint>> latestCheckpoint(Database& db)
{
    auto all = loadCheckpoints(db);
    if (!all)
        return fail(all.error());
    std::optional<Checkpoint> latest;
    for (const Checkpoint& c : std::as_const(*all))
        if (!latest || c.seq > latest->seq)
            latest = c;
    return latest;
}

QString publicKeyFingerprint(const QByteArray& rawPublicKey)
{
    crypto::PkeyPtr key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(rawPublicKey.constData()),
        static_cast<size_t>(rawPublicKey.size())));
    unsigned char* der = nullptr;
    const int len = key ? i2d_PUBKEY(key.get(), &der) : -1;
    if (len <= 0)
        return {};
    crypto::OpenSslBuffer<unsigned char> owned(der);
    const QByteArray bytes(reinterpret_cast<const char*>(der), len);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray publicKeyPemOf(const QByteArray& rawPublicKey)
{
    crypto::PkeyPtr key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(rawPublicKey.constData()),
        static_cast<size_t>(rawPublicKey.size())));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || !PEM_write_bio_PUBKEY(bio.get(), key.get()))
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

DbResult<QByteArray> readPublicKeyPem(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(DbError{DbErrc::NotFound,
                            Tr::tr("Cannot read the public key %1: %2").arg(path, file.errorString())});
    const QByteArray pem = file.read(64 * 1024);
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    crypto::PkeyPtr key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    QByteArray raw(32, '\0');
    size_t len = 32;
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519 ||
        !EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(raw.data()), &len) ||
        len != 32)
        return fail(
            DbError{DbErrc::Invalid,
                    Tr::tr("%1 is not an Ed25519 public key (PEM \"BEGIN PUBLIC KEY\"); verifying needs only "
                           "the station's public key, never its private key.")
                        .arg(path)});
    return raw;
}

QString checkpointOrigin(const QString& stationId)
{
    return QStringLiteral("tpm-station/") + stationId;
}

QByteArray noteKeyId(const QString& keyName, const QByteArray& rawPublicKey)
{
    // C2SP signed-note: SHA-256(key name || 0x0A || signature type 0x01 (Ed25519) || public key)[:4].
    const QByteArray input = keyName.toUtf8() + '\n' + '\x01' + rawPublicKey;
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).left(4);
}

namespace {
const QByteArray kNoteDash = QStringLiteral("\u2014 ").toUtf8(); // "— " opens a signature line
constexpr qsizetype kNoteMaxBytes = 4096;
} // namespace

DbResult<QByteArray> signCheckpointNote(const Checkpoint& c, const StationKey& key)
{
    const QString origin = checkpointOrigin(c.stationId);
    const QByteArray body =
        origin.toUtf8() + '\n' + QByteArray::number(c.seq) + '\n' + c.hash.toBase64() + '\n';
    auto sig = key.sign(body);
    if (!sig)
        return fail(sig.error());
    const QByteArray blob = noteKeyId(origin, key.publicKey()) + *sig;
    return body + '\n' + kNoteDash + origin.toUtf8() + ' ' + blob.toBase64() + '\n';
}

std::optional<CheckpointNote> parseCheckpointNote(const QByteArray& text)
{
    const qsizetype split = text.indexOf("\n\n");
    if (text.size() > kNoteMaxBytes || split < 0 || !text.endsWith('\n'))
        return std::nullopt;
    CheckpointNote note;
    note.body = text.left(split + 1);
    const QList<QByteArray> lines = note.body.chopped(1).split('\n');
    if (lines.size() < 3)
        return std::nullopt;
    bool ok = false;
    note.origin = QString::fromUtf8(lines.at(0));
    note.size = lines.at(1).toLongLong(&ok);
    note.rootHash = QByteArray::fromBase64(lines.at(2), QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || note.size <= 0 || note.rootHash.size() != 32 || note.origin.isEmpty())
        return std::nullopt;
    for (const QByteArray& line : text.mid(split + 2).chopped(1).split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        if (!line.startsWith(kNoteDash) || space <= kNoteDash.size())
            return std::nullopt;
        const QByteArray blob =
            QByteArray::fromBase64(line.mid(space + 1), QByteArray::AbortOnBase64DecodingErrors);
        if (blob.size() < 5)
            return std::nullopt;
        note.signatures.append(
            {QString::fromUtf8(line.mid(kNoteDash.size(), space - kNoteDash.size())), blob});
    }
    return note;
}

bool checkpointNoteSignedBy(const CheckpointNote& note, const QByteArray& rawPublicKey)
{
    const QByteArray id = noteKeyId(note.origin, rawPublicKey);
    for (const auto& [name, blob] : note.signatures)
        if (name == note.origin && blob.left(4) == id &&
            StationKey::verify(rawPublicKey, note.body, blob.mid(4)))
            return true;
    return false;
}

namespace {
// Writes `c` to the mirror file atomically, unless a concurrent writer mirrored a later checkpoint already.
DbResult<void> mirrorCheckpoint(const Checkpoint& c, const QString& mirrorPath)
{
    static QMutex mirrorMutex;
    QMutexLocker lock(&mirrorMutex);
    if (auto existing = readCheckpointFile(mirrorPath); existing && existing->seq > c.seq)
        return {};
    QSaveFile file(mirrorPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(keyError(Tr::tr("Cannot write %1: %2").arg(mirrorPath, file.errorString())));
    file.write(QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(keyError(Tr::tr("Cannot write %1: %2").arg(mirrorPath, file.errorString())));
    return {};
}
} // namespace

DbResult<std::optional<Checkpoint>> writeCheckpoint(Database& db, const StationKey& key,
                                                    const QString& mirrorPath)
{
    Checkpoint c;
    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        auto last = db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
        if (!last)
            return fail(last.error());
        auto row = last->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return std::optional<Checkpoint>{};
        c.seq = last->int64(0);
        c.hash = last->blob(1);
        auto covered = db.prepare("SELECT count(*) FROM checkpoints WHERE seq = ?1");
        if (!covered)
            return fail(covered.error());
        covered->bind(1, c.seq);
        if (auto r = covered->step(); !r)
            return fail(r.error());
        if (covered->int64(0) > 0)
            return std::optional<Checkpoint>{};
        c.uuid = newUuid();
        c.stationId = db.stationId();
        c.createdUtc = utcNow();
        c.publicKey = key.publicKey();
        auto sig = key.sign(c.payload());
        if (!sig)
            return fail(sig.error());
        c.signature = *sig;
        auto insert =
            db.prepare("INSERT INTO checkpoints(uuid, seq, hash, created_utc, public_key, signature) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, c.uuid)
            .bind(2, c.seq)
            .bind(3, c.hash)
            .bind(4, c.createdUtc)
            .bind(5, c.publicKey)
            .bind(6, c.signature);
        if (auto r = insert->exec(); !r)
            return fail(r.error());
        // Mirrored before the commit: the events it vouches for are committed already, so a crash between
        // the two leaves a mirror that is true (and never a signed checkpoint in the database without one —
        // verify reports a missing mirror as a failure).
        if (auto r = mirrorCheckpoint(c, mirrorPath); !r)
            return fail(r.error());
        if (auto r = (*tx)->commit(); !r)
            return fail(r.error());
    }
    return std::optional<Checkpoint>{c};
}

} // namespace tps::db
