// The people who use the station: unique ID, full name, role, password/PIN hashed with scrypt (OpenSSL
// EVP_KDF "SCRYPT", salt and parameters stored), lockout after repeated failures, disabled but never
// deleted. Every change and every login (failed ones too) is audited. Passwords arrive as UTF-8 in
// SecureBytes (crypto::secretFromText at the front end that read them) and are hashed from there.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "db/AuditTrail.h"
#include "db/Database.h"

#include <QList>
#include <QString>
#include <optional>

namespace tps::db {

enum class Role { Operator, Supervisor, Quality, Admin };
QString roleKey(Role role); // "operator", "supervisor", "quality", "admin"
std::optional<Role> roleFromKey(const QString& key);

struct OperatorInfo
{
    QString uuid;
    QString operatorId;
    QString fullName;
    Role role = Role::Operator;
    bool disabled = false;
    bool locked = false;
    int failedAttempts = 0;
    QString createdUtc;
    Actor actor() const { return Actor{operatorId, fullName}; }
};

inline constexpr int kMaxFailedLogins = 5;
inline constexpr int kLockoutMinutes = 15;
inline constexpr int kMinPasswordLength = 4;

class Operators
{
public:
    explicit Operators(Database& db);

    DbResult<qint64> count();
    DbResult<QList<OperatorInfo>> list();
    DbResult<std::optional<OperatorInfo>> find(const QString& operatorId);

    // Adds an operator. `by` must be an admin unless the station has no operators yet (the first one
    // is created as admin on first run).
    DbResult<OperatorInfo> add(const Actor& by, const QString& operatorId, const QString& fullName, Role role,
                               const crypto::SecureBytes& password, const QString& reason);
    DbResult<void> disable(const Actor& by, const QString& operatorId, const QString& reason);

    // Checks ID + password. Failures are counted (lockout after kMaxFailedLogins) and audited; a
    // success is audited as `purpose` ("login" or "signature"). Committed before returning.
    DbResult<OperatorInfo> authenticate(const QString& operatorId, const crypto::SecureBytes& password,
                                        const QString& purpose, const QString& deviceSerial = {});

    static bool validId(const QString& operatorId);

private:
    Database& m_db;
};

// scrypt (N=2^15, r=8, p=1, 32-byte output) through EVP_KDF "SCRYPT".
struct PasswordHash
{
    QString params; // "scrypt:N=32768,r=8,p=1"
    QByteArray salt;
    QByteArray hash;
};
// The KDF's input is the password's UTF-8 bytes, as it was when passwords were QStrings (toUtf8()): hashes
// stored before stay valid.
std::optional<PasswordHash> hashPassword(const crypto::SecureBytes& password);
bool checkPassword(const crypto::SecureBytes& password, const PasswordHash& stored);

} // namespace tps::db
