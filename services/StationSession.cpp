#include "services/StationSession.h"

#include "core/ownership/OwnerAuthVault.h"
#include "db/SignedChange.h"
#include "stations/StationRegistry.h"
#include "sync/CentralEkRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace tps::services {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StationSession)
};
} // namespace

StationSession::StationSession(std::unique_ptr<db::StationStore> store,
                               std::shared_ptr<db::SqliteEscrowStore> escrow,
                               std::shared_ptr<db::SqliteSlotKeyStore> slotKeys)
    : m_store(std::move(store)), m_sqliteEscrow(std::move(escrow)), m_escrow(m_sqliteEscrow),
      m_sqliteSlotKeys(std::move(slotKeys)), m_slotKeys(m_sqliteSlotKeys), m_actor(unattendedActor())
{}

StationSession::~StationSession() = default;

ServiceResult<std::unique_ptr<StationSession>> StationSession::open(const QString& path)
{
    return open(path, Options{});
}

ServiceResult<std::unique_ptr<StationSession>> StationSession::open(const QString& path,
                                                                    const Options& options)
{
    if (const QString dir = QFileInfo(path).absolutePath(); !QDir().mkpath(dir))
        return fail(ServiceError{ServiceErrc::Directory, Tr::tr("Cannot create the directory %1.").arg(dir)});
    db::OpenOptions open = options.open;
    open.mode = db::OpenMode::ReadWrite;
    open.looseEscrowDirectory = options.looseEscrowDirectory;
    auto store = db::StationStore::open(path, open);
    if (!store)
        return fail(ServiceError{ServiceErrc::Store, store.error().message});
    // Step 3 escrows through its own serialized connection, shared by the socket threads.
    auto escrow = db::SqliteEscrowStore::open(path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!escrow)
        return fail(ServiceError{ServiceErrc::Store, escrow.error().message});
    std::shared_ptr<db::SqliteEscrowStore> shared = std::move(*escrow);
    // Steps 4 and 5 keep the slot credential modes' keys in it, encrypted (its own connection as well).
    auto slotKeys =
        db::SqliteSlotKeyStore::open(path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!slotKeys)
        return fail(ServiceError{ServiceErrc::Store, slotKeys.error().message});
    std::shared_ptr<db::SqliteSlotKeyStore> sharedSlotKeys = std::move(*slotKeys);
    auto session = std::unique_ptr<StationSession>(
        new StationSession(std::move(*store), std::move(shared), std::move(sharedSlotKeys)));
    session->setActor(unattendedActor());
    return session;
}

db::Actor StationSession::unattendedActor()
{
    return db::Actor{QStringLiteral("station"),
                     QStringLiteral("Unattended station (CLI)")}; // audit: not translated
}

ServiceResult<db::Actor> StationSession::signIn(const QString& operatorId,
                                                const crypto::SecureBytes& password)
{
    if (operatorId.isEmpty()) {
        setActor(unattendedActor());
        return unattendedActor();
    }
    db::Operators operators(database());
    auto who = operators.authenticate(operatorId, password, QStringLiteral("login"));
    if (!who)
        return fail(ServiceError{ServiceErrc::SignIn, who.error().message});
    setActor(who->actor());
    return who->actor();
}

void StationSession::setActor(const timeline::Actor& actor)
{
    QMutexLocker lock(&m_mutex);
    m_actor = actor;
    m_sqliteEscrow->setActor(actor);
    m_sqliteSlotKeys->setActor(actor);
}

timeline::Actor StationSession::actor() const
{
    QMutexLocker lock(&m_mutex);
    return m_actor;
}

QList<db::Action> StationSession::unattendedActions() const
{
    const QJsonObject station = profile().section(QStringLiteral("station"));
    if (!station.contains(QStringLiteral("unattended")))
        return {db::Action::RunLine};
    QList<db::Action> out;
    for (const QJsonValue& v : station.value(QStringLiteral("unattended")).toArray()) {
        if (const auto action = db::actionFromKey(v.toString()))
            out.append(*action);
    }
    return out;
}

ServiceResult<void> StationSession::authorize(db::Action action)
{
    const timeline::Actor who = actor();
    if (who.id == unattendedActor().id) {
        if (!unattendedActions().contains(action))
            return refuse(
                action, QStringLiteral("unattended"),
                Tr::tr("%1 needs a signed-in operator of the role %2 (--as ID); the product profile "
                       "does not let the unattended station do it.")
                    .arg(db::actionKey(action), db::permittedRoleNames(action)));
        if (auto r =
                db::auditChange(database(), who, QStringLiteral("unattended"), db::actionKey(action),
                                profile().id, QStringLiteral("station.unattended of the product profile"));
            !r)
            return fail(ServiceError{ServiceErrc::Store, r.error().message});
        return {};
    }
    db::Operators operators(database());
    auto found = operators.find(who.id);
    if (!found)
        return fail(ServiceError{ServiceErrc::Store, found.error().message});
    if (*found && !(*found)->disabled && db::permits((*found)->role, action))
        return {};
    const QString held = *found ? db::roleKey((*found)->role) : QStringLiteral("none");
    return refuse(action, held,
                  Tr::tr("%1 needs a signed-in operator of the role %2; %3 is %4.")
                      .arg(db::actionKey(action), db::permittedRoleNames(action), who.id, held));
}

ServiceResult<void> StationSession::refuse(db::Action action, const QString& roleHeld, const QString& message)
{
    if (auto r = db::auditChange(database(), actor(), QStringLiteral("permission-refused"),
                                 db::actionKey(action), roleHeld,
                                 QStringLiteral("needs the role %1").arg(db::permittedRoleNames(action)));
        !r)
        return fail(ServiceError{ServiceErrc::Store, r.error().message});
    return fail(ServiceError{ServiceErrc::NotPermitted, message});
}

void StationSession::setProfile(const timeline::ProductProfile& profile)
{
    QMutexLocker lock(&m_mutex);
    m_profile = profile;
}

timeline::ProductProfile StationSession::profile() const
{
    QMutexLocker lock(&m_mutex);
    return m_profile;
}

timeline::StationFactory StationSession::stationFactory() const
{
    QMutexLocker lock(&m_mutex);
    return [escrow = m_escrow, slotKeys = m_slotKeys, factoryEks = m_factoryEks, releases = m_releases] {
        return stations::createAll(ownership::OwnerAuthVault::processVault(), escrow, slotKeys, factoryEks,
                                   releases);
    };
}

std::unique_ptr<timeline::Engine> StationSession::createEngine(timeline::OperatorPrompts& prompts,
                                                               int firstSocket) const
{
    auto engine = std::make_unique<timeline::Engine>(stationFactory(), *m_store, prompts);
    engine->setFirstSocket(firstSocket);
    engine->setProfile(profile());
    engine->setActor(actor());
    // Issue 18: a device's owner authorization lives for its run only — forgotten (wiped) when the run
    // ends however it ends (completed, failed, waiting for rework, cancelled), not only when QA passes.
    QObject::connect(
        engine.get(), &timeline::Engine::deviceFinished, engine.get(),
        [vault = ownership::OwnerAuthVault::processVault()](int, const QString& serial) {
            vault->forget(serial);
        },
        Qt::DirectConnection);
    return engine;
}

ServiceResult<void> StationSession::setCentral(const QString& conninfo)
{
    if (!conninfo.isEmpty())
        if (auto checked = sync::PgConnection::checkConninfo(conninfo); !checked)
            return fail(ServiceError{ServiceErrc::Central, checked.error().message});
    QMutexLocker lock(&m_mutex);
    m_central = conninfo;
    m_factoryEks = conninfo.isEmpty() ? nullptr : std::make_shared<sync::CentralEkRegistry>(conninfo);
    return {};
}

QString StationSession::central() const
{
    QMutexLocker lock(&m_mutex);
    return m_central;
}

bool StationSession::startRelay(int intervalMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_central.isEmpty() || m_relay)
        return false;
    m_relay = std::make_unique<sync::RelayLoop>(databasePath(), sync::RelayOptions{m_central}, intervalMs);
    return true;
}

bool StationSession::relayRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_relay != nullptr;
}

std::optional<sync::RelayLoop::Status> StationSession::relayStatus() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_relay)
        return std::nullopt;
    return m_relay->status();
}

std::optional<sync::RelayLoop::Status> StationSession::stopRelay(bool flush)
{
    std::unique_ptr<sync::RelayLoop> relay;
    {
        QMutexLocker lock(&m_mutex);
        relay = std::move(m_relay);
    }
    if (!relay)
        return std::nullopt;
    relay->finish(flush);
    return relay->status();
}

QString centralConnection(const timeline::ProductProfile& profile)
{
    return profile.section(QStringLiteral("central")).value(QStringLiteral("connection")).toString();
}

} // namespace tps::services
