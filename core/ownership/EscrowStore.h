// Where escrowed ownership secrets are kept: CMS EnvelopedData encrypted to the device owner's
// certificate, never the secrets in clear. The ownership step writes a record *before* it changes any
// authorization on the TPM (write-ahead) and marks it applied afterwards; see docs/ESCROW.md.
//
// Implementations: FileEscrowStore (one file per serial, now) and, later, the SQLite database.
#pragma once

#include "core/common/Result.h"
#include "core/ownership/HierarchyAuth.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tps::ownership {

enum class EscrowState {
    Pending,   // written ahead: the TPM may or may not carry these values yet
    Applied,   // `applied` lists the hierarchies the TPM was set to from this record
    Abandoned, // none of its values ever reached the TPM (a crash before the first change)
    Revoked,   // the TPM was cleared since (rework): the values no longer open anything
};
QString escrowStateKey(EscrowState s); // "pending", "applied", "abandoned", "revoked"
std::optional<EscrowState> escrowStateFromKey(const QString& key);

struct EscrowRecord
{
    QString id; // UUID minted by the station
    QString serial;
    QString deviceUuid;
    QByteArray cms;               // DER CMS EnvelopedData (payload format: docs/ESCROW.md)
    QString recipientFingerprint; // SHA-256 of the owner's certificate (DER), lowercase hex
    QList<Hierarchy> hierarchies; // whose values the CMS carries
    QList<Hierarchy> applied;     // whose values the TPM was set to (state Applied)
    EscrowState state = EscrowState::Pending;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

struct EscrowStoreError
{
    QString message; // translated
};

template <typename T>
using EscrowResult = Result<T, EscrowStoreError>;

class EscrowStore
{
public:
    virtual ~EscrowStore() = default;
    // Appends a record (id and timestamps minted when empty); durably committed when it returns.
    virtual EscrowResult<QString> saveEscrow(const EscrowRecord& record) = 0;
    // Every record of a serial, oldest first.
    virtual EscrowResult<QList<EscrowRecord>> escrowHistory(const QString& serial) = 0;
    // Sets a record's state and applied hierarchies; durably committed when it returns.
    virtual EscrowResult<void> updateState(const QString& serial, const QString& id, EscrowState state,
                                           const QList<Hierarchy>& applied) = 0;

    // Convenience on top of the above.
    EscrowResult<std::optional<EscrowRecord>> latestEscrow(const QString& serial);
    EscrowResult<void> markApplied(const QString& serial, const QString& id, const QList<Hierarchy>& applied)
    {
        return updateState(serial, id, applied.isEmpty() ? EscrowState::Abandoned : EscrowState::Applied,
                           applied);
    }
    // After TPM2_Clear: every pending/applied record of the serial becomes Revoked.
    EscrowResult<void> revokeAll(const QString& serial);
};

} // namespace tps::ownership
