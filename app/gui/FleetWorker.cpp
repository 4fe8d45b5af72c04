#include "app/gui/FleetWorker.h"

#include "core/sim/SimFleet.h"
#include "core/tpm/TpmIdentity.h"
#include "core/tpm/TpmSession.h"

namespace tps::gui {

FleetWorker::FleetWorker(QString root, int count) : m_root(std::move(root)), m_count(count) {}
FleetWorker::~FleetWorker() = default; // the fleet stops the swtpm processes it started

void FleetWorker::bringUp()
{
    m_fleet = std::make_unique<sim::SimFleet>(m_root);
    m_fleet->setStopOnDestruction(true);
    emit status(tr("Preparing the simulated fleet in %1…").arg(m_root));
    auto created = m_fleet->create(m_count);
    if (!created) {
        emit failed(created.error().message);
        emit finished();
        return;
    }
    auto devices = m_fleet->start();
    if (!devices) {
        emit failed(devices.error().message);
        emit finished();
        return;
    }
    QList<QJsonObject> list;
    for (const sim::SimDevice& d : std::as_const(*devices))
        list.append(d.toJson());
    emit fleetInfo(QJsonObject{{QStringLiteral("root"), m_fleet->root()},
                               {QStringLiteral("rootCaCertificate"), m_fleet->rootCaCertificate()},
                               {QStringLiteral("issuerCertificate"), m_fleet->issuerCertificate()}});
    emit devicesReady(list);
    for (const sim::SimDevice& d : std::as_const(*devices)) {
        auto session = tpm::TpmSession::open({d.tcti()});
        if (!session) {
            emit identifyFailed(d.serial, session.error().operatorMessage());
            continue;
        }
        auto id = tpm::identify(**session);
        if (id)
            emit identified(d.serial, id->toJson());
        else
            emit identifyFailed(d.serial, id.error().operatorMessage());
    }
    emit status(tr("%n simulated device(s) ready.", nullptr, int(devices->size())));
    emit finished();
}

} // namespace tps::gui
