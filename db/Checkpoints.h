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

class StationKey
{
public:
    // Loads the private key, or creates it (owner-only permissions) when the file does not exist.
    static DbResult<StationKey> loadOrCreate(const QString& path);
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

// Signs the current end of the trail (nothing when the latest checkpoint already covers it), stores the
// checkpoint and mirrors it to `mirrorPath`. Must not be called inside an open transaction.
DbResult<std::optional<Checkpoint>> writeCheckpoint(Database& db, const StationKey& key,
                                                    const QString& mirrorPath);
DbResult<QList<Checkpoint>> loadCheckpoints(Database& db);
// The mirrored checkpoint, if the file exists and parses.
std::optional<Checkpoint> readCheckpointFile(const QString& path);

} // namespace tps::db
