// Signed checkpoints of the audit trail: (station, seq, hash of event seq, time) signed with the station
// key (Ed25519). Stored in the database and mirrored to <db>.checkpoint so that removing the tail of the
// trail — even together with the checkpoint rows — is detected.
#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace tps::db {

QString keyPathFor(const QString& databasePath);        // <db>.key (PEM, 0600)
QString checkpointPathFor(const QString& databasePath); // <db>.checkpoint (JSON)

enum class KeyCreation { Create, Refuse };

class StationKey
{
public:
    // Loads the private key, or creates it (owner-only permissions) when the file does not exist and
    // `creation` allows it.
    static DbResult<StationKey> loadOrCreate(const QString& path, KeyCreation creation = KeyCreation::Create);
    // The raw 32-byte Ed25519 public key of a key file.
    static DbResult<QByteArray> publicKeyOf(const QString& path);
    static bool verify(const QByteArray& publicKey, const QByteArray& payload, const QByteArray& signature);

    QByteArray publicKey() const;
    QByteArray publicKeyPem() const; // SubjectPublicKeyInfo PEM, for openssl and other verifiers
    DbResult<QByteArray> sign(const QByteArray& payload) const;

private:
    struct KeyFree
    {
        void operator()(EVP_PKEY* k) const;
    };
    std::shared_ptr<EVP_PKEY> m_key;
};

struct Checkpoint
{
    QString uuid;
    QString stationId;
    qint64 seq = 0;
    QByteArray hash; // of event seq
    QString createdUtc;
    QByteArray publicKey;
    QByteArray signature;

    QByteArray payload() const; // the signed bytes (docs/AUDIT.md)
    QJsonObject toJson() const;
    static std::optional<Checkpoint> fromJson(const QJsonObject& json);
};

// The checkpoint with the highest seq in the database, if any.
DbResult<std::optional<Checkpoint>> latestCheckpoint(Database& db);

// A key as an auditor pins it: SHA-256 (hex) of its SubjectPublicKeyInfo DER, which is what
// `openssl pkey -pubin -in pub.pem -outform DER | sha256sum` prints.
QString publicKeyFingerprint(const QByteArray& rawPublicKey);
// The SubjectPublicKeyInfo PEM of a raw Ed25519 public key (what `audit public-key` writes); empty when
// the bytes are no such key.
QByteArray publicKeyPemOf(const QByteArray& rawPublicKey);
// An Ed25519 public key PEM (SubjectPublicKeyInfo) as its raw 32 bytes; a private key is refused.
DbResult<QByteArray> readPublicKeyPem(const QString& path);

// The witnessed checkpoint an auditor keeps off the station: a C2SP tlog-checkpoint style signed note
// (docs/AUDIT.md) — origin line, size (the last event's seq), base64 of that event's chain hash, a blank
// line and an Ed25519 signature line "— <origin> <base64(key id || signature)>".
struct CheckpointNote
{
    QString origin;
    qint64 size = 0;
    QByteArray rootHash;
    QByteArray body; // the signed text: the three lines, each ending in a newline
    QList<std::pair<QString, QByteArray>> signatures; // (key name, key id || signature)
};
QString checkpointOrigin(const QString& stationId);                           // "tpm-station/<station UUID>"
QByteArray noteKeyId(const QString& keyName, const QByteArray& rawPublicKey); // 4 bytes
DbResult<QByteArray> signCheckpointNote(const Checkpoint& c, const StationKey& key);
std::optional<CheckpointNote> parseCheckpointNote(const QByteArray& text);
// True when one of the note's signatures is a valid signature of `rawPublicKey` under its origin's name.
bool checkpointNoteSignedBy(const CheckpointNote& note, const QByteArray& rawPublicKey);

// Signs the current end of the trail (nothing when the latest checkpoint already covers it), stores the
// checkpoint and mirrors it to `mirrorPath`. Must not be called inside an open transaction.
DbResult<std::optional<Checkpoint>> writeCheckpoint(Database& db, const StationKey& key,
                                                    const QString& mirrorPath);
DbResult<QList<Checkpoint>> loadCheckpoints(Database& db);
// The mirrored checkpoint, if the file exists and parses.
std::optional<Checkpoint> readCheckpointFile(const QString& path);

} // namespace tps::db
