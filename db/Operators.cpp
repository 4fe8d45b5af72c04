#include "db/Operators.h"

#include "db/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Operators)
};

constexpr quint64 kScryptN = 1u << 15;
constexpr quint32 kScryptR = 8;
constexpr quint32 kScryptP = 1;

struct KdfFree
{
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
};

// OpenSSL copies the password into its KDF context and frees it with OPENSSL_clear_free; the derived
// value is not the password (it is what the database stores).
std::optional<QByteArray> scrypt(const crypto::SecureBytes& password, const QByteArray& salt, quint64 n,
                                 quint32 r, quint32 p)
{
    std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return std::nullopt;
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return std::nullopt;
    // OSSL_PARAM takes a non-const pointer; setting a parameter only reads it.
    auto* const pw = const_cast<unsigned char*>(password.data());
    QByteArray s = salt;
    uint64_t nn = n;
    uint32_t rr = r;
    uint32_t pp = p;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw, password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), static_cast<size_t>(s.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &nn),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pp),
        OSSL_PARAM_construct_end()};
    QByteArray out(32, '\0');
    const int ok = EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), 32, params);
    if (ok != 1)
        return std::nullopt;
    return out;
}

OperatorInfo readOperator(const Statement& s)
{
    OperatorInfo o;
    o.uuid = s.text(0);
    o.operatorId = s.text(1);
    o.fullName = s.text(2);
    o.role = roleFromKey(s.text(3)).value_or(Role::Operator);
    o.disabled = s.int64(4) != 0;
    o.failedAttempts = static_cast<int>(s.int64(5));
    const QString lockedUntil = s.text(6);
    o.locked = !lockedUntil.isEmpty() && lockedUntil > utcNow();
    o.createdUtc = s.text(7);
    return o;
}

constexpr const char* kSelectOperator =
    "SELECT uuid, operator_id, full_name, role, disabled, failed_attempts, "
    "locked_until, created_utc, kdf, salt, password_hash FROM operators";

DbError authError(const QString& message)
{
    return DbError{DbErrc::Auth, message};
}
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Quality:
        return QStringLiteral("quality");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("operator");
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : {Role::Operator, Role::Supervisor, Role::Quality, Role::Admin})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

std::optional<PasswordHash> hashPassword(const crypto::SecureBytes& password)
{
    PasswordHash h;
    h.salt = QByteArray(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(h.salt.data()), 16) != 1)
        return std::nullopt;
    h.params = QStringLiteral("scrypt:N=%1,r=%2,p=%3").arg(kScryptN).arg(kScryptR).arg(kScryptP);
    auto derived = scrypt(password, h.salt, kScryptN, kScryptR, kScryptP);
    if (!derived)
        return std::nullopt;
    h.hash = *derived;
    return h;
}

bool checkPassword(const crypto::SecureBytes& password, const PasswordHash& stored)
{
    static const QRegularExpression re(QStringLiteral("^scrypt:N=(\\d+),r=(\\d+),p=(\\d+)\\z"));
    const auto m = re.match(stored.params);
    if (!m.hasMatch())
        return false;
    const quint64 n = m.captured(1).toULongLong();
    const quint32 r = m.captured(2).toUInt();
    const quint32 p = m.captured(3).toUInt();
    if (n < 2 || n > (1u << 22) || r < 1 || r > 64 || p < 1 || p > 16)
        return false;
    auto derived = scrypt(password, stored.salt, n, r, p);
    return derived && derived->size() == stored.hash.size() &&
           CRYPTO_memcmp(derived->constData(), stored.hash.constData(),
                         static_cast<size_t>(derived->size())) == 0;
}

Operators::Operators(Database& db) : m_db(db) {}

bool Operators::validId(const QString& operatorId)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));
    return re.match(operatorId).hasMatch();
}

DbResult<qint64> Operators::count()
{
    return m_db.queryInt("SELECT count(*) FROM operators");
}

DbResult<QList<OperatorInfo>> Operators::list()
{
    auto stmt = m_db.prepare((QByteArray(kSelectOperator) + " ORDER BY operator_id").constData());
    if (!stmt)
        return fail(stmt.error());
    QList<OperatorInfo> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return out;
        out.append(readOperator(*stmt));
    }
}

DbResult<std::optional<OperatorInfo>> Operators::find(const QString& operatorId)
{
    auto stmt = m_db.prepare((QByteArray(kSelectOperator) + " WHERE operator_id = ?1").constData());
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, operatorId);
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<OperatorInfo>{};
    return std::optional<OperatorInfo>{readOperator(*stmt)};
}

DbResult<OperatorInfo> Operators::add(const Actor& by, const QString& operatorId, const QString& fullName,
                                      Role role, const crypto::SecureBytes& password, const QString& reason)
{
    if (!validId(operatorId))
        return fail(
            DbError{DbErrc::Invalid, Tr::tr("'%1' is not a valid operator ID (letters, digits, . _ -; up "
                                            "to 64 characters).")
                                         .arg(operatorId)});
    if (fullName.trimmed().isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("An operator needs a full name.")});
    if (crypto::characterCount(password) < std::size_t(kMinPasswordLength))
        return fail(
            DbError{DbErrc::Invalid,
                    Tr::tr("The password or PIN must have at least %1 characters.").arg(kMinPasswordLength)});
    auto hashed = hashPassword(password);
    if (!hashed)
        return fail(DbError{DbErrc::Sql, Tr::tr("The password could not be hashed (scrypt unavailable).")});

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    auto existing = count();
    if (!existing)
        return fail(existing.error());
    if (*existing == 0 && role != Role::Admin)
        return fail(DbError{DbErrc::Invalid, Tr::tr("The first operator of a station must be an admin.")});
    if (*existing > 0) {
        auto actor = find(by.id);
        if (!actor)
            return fail(actor.error());
        if (!*actor || !permits((*actor)->role, Action::ManageOperators) || (*actor)->disabled)
            return fail(authError(Tr::tr("Only an admin can add operators.")));
    }
    OperatorInfo info;
    info.uuid = newUuid();
    info.operatorId = operatorId;
    info.fullName = fullName.trimmed();
    info.role = role;
    info.createdUtc = utcNow();
    auto insert = m_db.prepare("INSERT INTO operators(uuid, operator_id, full_name, role, kdf, salt, "
                               "password_hash, created_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, info.uuid)
        .bind(2, info.operatorId)
        .bind(3, info.fullName)
        .bind(4, roleKey(role))
        .bind(5, hashed->params)
        .bind(6, hashed->salt)
        .bind(7, hashed->hash)
        .bind(8, info.createdUtc);
    if (auto r = insert->exec(); !r) {
        if (r.error().code == DbErrc::Constraint)
            return fail(
                DbError{DbErrc::Constraint, Tr::tr("Operator ID %1 is already taken.").arg(operatorId)});
        return fail(r.error());
    }
    AuditTrail audit(m_db);
    AuditEntry e;
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("operator:") + operatorId;
    e.field = QStringLiteral("role");
    e.newValue = QStringLiteral("%1 (%2)").arg(roleKey(role), info.fullName);
    e.reason = reason.isEmpty() && *existing == 0 ? QStringLiteral("first admin of the station") : reason;
    const Actor actor = *existing == 0 ? info.actor() : by;
    if (auto r = audit.append(actor, e); !r)
        return fail(r.error());
    if (auto r = (*tx)->commit(); !r)
        return fail(r.error());
    return info;
}

DbResult<void> Operators::disable(const Actor& by, const QString& operatorId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("Disabling an operator needs a reason.")});
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    auto actor = find(by.id);
    if (!actor)
        return fail(actor.error());
    if (!*actor || !permits((*actor)->role, Action::ManageOperators) || (*actor)->disabled)
        return fail(authError(Tr::tr("Only an admin can disable operators.")));
    auto target = find(operatorId);
    if (!target)
        return fail(target.error());
    if (!*target)
        return fail(DbError{DbErrc::NotFound, Tr::tr("There is no operator %1.").arg(operatorId)});
    if ((*target)->disabled)
        return {};
    if (operatorId == by.id)
        return fail(DbError{DbErrc::Invalid, Tr::tr("Admins cannot disable themselves.")});
    auto update = m_db.prepare("UPDATE operators SET disabled = 1 WHERE operator_id = ?1");
    if (!update)
        return fail(update.error());
    update->bind(1, operatorId);
    if (auto r = update->exec(); !r)
        return r;
    AuditTrail audit(m_db);
    AuditEntry e;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("operator:") + operatorId;
    e.field = QStringLiteral("disabled");
    e.oldValue = QStringLiteral("0");
    e.newValue = QStringLiteral("1");
    e.reason = reason;
    if (auto r = audit.append(by, e); !r)
        return fail(r.error());
    return (*tx)->commit();
}

DbResult<OperatorInfo> Operators::authenticate(const QString& operatorId, const crypto::SecureBytes& password,
                                               const QString& purpose, const QString& deviceSerial)
{
    const QString refused = Tr::tr("Unknown operator ID or wrong password.");
    // Hash outside the write lock: scrypt is deliberately slow.
    PasswordHash stored;
    std::optional<OperatorInfo> info;
    {
        auto stmt = m_db.prepare((QByteArray(kSelectOperator) + " WHERE operator_id = ?1").constData());
        if (!stmt)
            return fail(stmt.error());
        stmt->bind(1, operatorId);
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (*row) {
            info = readOperator(*stmt);
            stored.params = stmt->text(8);
            stored.salt = stmt->blob(9);
            stored.hash = stmt->blob(10);
        }
    }
    // An unknown ID costs the same scrypt as a known one: the timing does not reveal which IDs exist.
    const bool passwordOk = info ? checkPassword(password, stored) : (hashPassword(password), false);

    // The failure count and the lock are read again, and written, inside one BEGIN IMMEDIATE transaction:
    // parallel wrong passwords (other processes, other threads) are counted one after another, and a
    // password checked while another attempt locked the operator counts for nothing.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(tx.error());
    if (info) {
        auto fresh = find(operatorId);
        if (!fresh)
            return fail(fresh.error());
        info = *fresh;
    }
    AuditTrail audit(m_db);
    AuditEntry e;
    e.deviceSerial = deviceSerial;
    e.object =
        QStringLiteral("operator:") + (Operators::validId(operatorId) ? operatorId : QStringLiteral("?"));
    e.field = purpose;
    const Actor actor = info ? info->actor() : Actor{operatorId.left(64), QString()};
    DbError error = authError(refused);
    bool success = false;
    if (!info) {
        e.action = QStringLiteral("login-failed");
        e.reason = QStringLiteral("unknown operator ID");
    } else if (info->disabled) {
        e.action = QStringLiteral("login-failed");
        e.reason = QStringLiteral("operator disabled");
        error = authError(Tr::tr("Operator %1 is disabled.").arg(operatorId));
    } else if (info->locked) {
        e.action = QStringLiteral("login-failed");
        e.reason = QStringLiteral("operator locked after repeated failures");
        error = authError(Tr::tr("Operator %1 is locked after %2 failed attempts; try again in %3 minutes.")
                              .arg(operatorId)
                              .arg(kMaxFailedLogins)
                              .arg(kLockoutMinutes));
    } else if (!passwordOk) {
        const int failures = info->failedAttempts + 1;
        const bool lock = failures >= kMaxFailedLogins;
        auto update = m_db.prepare("UPDATE operators SET failed_attempts = ?1, locked_until = ?2 "
                                   "WHERE operator_id = ?3");
        if (!update)
            return fail(update.error());
        const QString until = lock ? QDateTime::currentDateTimeUtc()
                                             .addSecs(kLockoutMinutes * 60)
                                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                         QStringLiteral("+00:00")
                                   : QString();
        update->bind(1, lock ? 0 : failures).bind(2, until).bind(3, operatorId);
        if (auto r = update->exec(); !r)
            return fail(r.error());
        e.action = QStringLiteral("login-failed");
        e.reason =
            lock ? QStringLiteral("wrong password; operator locked") : QStringLiteral("wrong password");
        if (lock)
            error = authError(Tr::tr("Wrong password. Operator %1 is now locked for %2 minutes.")
                                  .arg(operatorId)
                                  .arg(kLockoutMinutes));
    } else {
        auto update = m_db.prepare("UPDATE operators SET failed_attempts = 0, locked_until = '' "
                                   "WHERE operator_id = ?1");
        if (!update)
            return fail(update.error());
        update->bind(1, operatorId);
        if (auto r = update->exec(); !r)
            return fail(r.error());
        e.action = QStringLiteral("login");
        success = true;
    }
    if (auto r = audit.append(actor, e); !r)
        return fail(r.error());
    if (auto r = (*tx)->commit(); !r)
        return fail(r.error());
    if (!success)
        return fail(error);
    info->failedAttempts = 0;
    return *info;
}

} // namespace tps::db
