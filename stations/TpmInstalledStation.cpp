#include "stations/TpmInstalledStation.h"

#include "core/tpm/TpmIdentity.h"
#include "core/tpm/TpmSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace tps::stations {

using namespace timeline;

StepResult TpmInstalledStation::run(StepContext& context)
{
    QElapsedTimer timer;
    timer.start();
    auto id = tpm::identify(context.tpm);
    if (!id)
        return StepResult::failure(StepErrc::Tpm, id.error().operatorMessage(), id.error().technical(),
                                   id.error().code == tpm::TpmErrc::NotTpm20 ? Outcome::Fail
                                                                             : Outcome::Error);
    StepResult result;
    result.add(Measurement::equals(QStringLiteral("tpm.family"), id->family, QStringLiteral("2.0")));
    result.add(Measurement::record(QStringLiteral("tpm.manufacturer"), id->manufacturer));
    result.add(Measurement::record(QStringLiteral("tpm.vendor"), id->vendorString));
    result.add(Measurement::record(QStringLiteral("tpm.firmware"), id->firmwareVersion()));
    result.add(Measurement::record(QStringLiteral("tpm.spec_revision"), id->specRevisionText()));
    result.add(Measurement::within(QStringLiteral("tpm.nv_buffer_max"), id->nvBufferMax, 512, std::nullopt,
                                   QStringLiteral("B")));
    result.add(Measurement::record(QStringLiteral("tpm.identify_time"), double(timer.nsecsElapsed()) / 1e6,
                                   QStringLiteral("ms")));
    result.attach(QStringLiteral("tpm-identity.json"), QStringLiteral("application/json"),
                  QJsonDocument(id->toJson()).toJson(QJsonDocument::Compact));
    result.summary = QStringLiteral("TPM %1, %2 (%3), firmware %4, spec %5")
                         .arg(id->family, id->manufacturerName, id->vendorString, id->firmwareVersion(),
                              id->specRevisionText());
    return result;
}

} // namespace tps::stations
