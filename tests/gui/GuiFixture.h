// Shared set-up for the GUI tests: a station database with one person per role, and a product profile
// under which a simulated device passes every step (escrow certificate and signed firmware release made
// with the openssl CLI, DPS ID scope).
#pragma once

#include "EscrowTestKeys.h"
#include "FirmwareFixture.h"
#include "db/Operators.h"
#include "db/StationStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tps::test {

inline const QString kPassword = QStringLiteral("s3cret-pin");

// Creates the database with admin "admin1", supervisor "sup1", operator "op1", quality "qa1".
inline QString makeStationDb(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("station.db"));
    auto store = db::StationStore::open(path);
    if (!store)
        return {};
    db::Operators ops((*store)->database());
    auto admin = ops.add(db::systemActor(), QStringLiteral("admin1"), QStringLiteral("Ada Admin"),
                         db::Role::Admin, crypto::secretFromText(kPassword), QStringLiteral("first run"));
    if (!admin)
        return {};
    const db::Actor by = admin->actor();
    if (!ops.add(by, QStringLiteral("sup1"), QStringLiteral("Sam Supervisor"), db::Role::Supervisor,
                 crypto::secretFromText(kPassword), QStringLiteral("line lead")) ||
        !ops.add(by, QStringLiteral("op1"), QStringLiteral("Olga Operator"), db::Role::Operator,
                 crypto::secretFromText(kPassword), QStringLiteral("line operator")) ||
        !ops.add(by, QStringLiteral("qa1"), QStringLiteral("Quinn Quality"), db::Role::Quality,
                 crypto::secretFromText(kPassword), QStringLiteral("auditor")))
        return {};
    return path;
}

// Records `count` devices SN-0000.. (no TPM): every 3rd one failed at step 3, the others completed.
inline bool recordDevices(const QString& dbPath, int count)
{
    auto store = db::StationStore::open(dbPath);
    if (!store)
        return false;
    auto conn = (*store)->connect();
    if (!conn)
        return false;
    const timeline::Actor actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")};
    for (int i = 0; i < count; ++i) {
        timeline::Device d;
        d.serial = QStringLiteral("SN-%1").arg(i, 4, 10, QLatin1Char('0'));
        d.product = QStringLiteral("widget");
        d.simulated = true;
        auto h = (*conn)->beginRun(d, actor, 1);
        if (!h)
            return false;
        const bool bad = i % 3 == 0;
        for (timeline::StepId step : timeline::kAllSteps) {
            timeline::StepResult r = timeline::StepResult::pass();
            if (bad && step == timeline::StepId::OwnershipTaken)
                r = timeline::StepResult::failure(timeline::StepErrc::Configuration,
                                                  QStringLiteral("No escrow certificate."));
            if (!(*conn)->recordStep(*h, d, actor, step, 1, timeline::ResultKind::Run, r))
                return false;
            if (!r.passed())
                break;
        }
        if (!(*conn)->endRun(*h, d, actor, bad ? timeline::RunState::Failed : timeline::RunState::Completed,
                             QStringLiteral("done")))
            return false;
    }
    return true;
}

// Writes a profile under which a simulated device passes all five steps; `complete` false leaves out
// the escrow certificate (step 3 then fails with its operator message). Empty on failure.
inline QString makeProfile(const QString& dir, bool complete = true)
{
    const OwnerKeys owner = makeOwnerKeys(dir, QStringLiteral("owner"));
    FirmwareFixture fx(QDir(dir).filePath(QStringLiteral("fw")));
    const KeyFiles key = fx.generateKey(QStringLiteral("fwsign"), QStringLiteral("ec"));
    if (owner.cert.isEmpty() || key.keyId.isEmpty())
        return {};
    if (fx.release(QStringLiteral("widget-1.0.0"), QStringLiteral("widget"), QStringLiteral("1.0.0"),
                   FirmwareFixture::randomImage(4096, 7), key)
            .isEmpty())
        return {};
    const QJsonObject dps{{QStringLiteral("idScope"), QStringLiteral("0ne00ABCDEF")}};
    QJsonObject ownership{{QStringLiteral("escrowCertificate"), owner.cert}};
    QJsonObject sections{{QStringLiteral("firmware"),
                          QJsonObject{{QStringLiteral("catalog"), fx.catalogDir()},
                                      {QStringLiteral("signingKeys"), QJsonArray{key.publicPem}},
                                      {QStringLiteral("flasher"),
                                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("simulated")}}},
                                      {QStringLiteral("dps"), dps}}},
                         {QStringLiteral("dps"), dps}};
    if (complete)
        sections.insert(QStringLiteral("ownership"), ownership);
    const QJsonObject profile{{QStringLiteral("id"), QStringLiteral("widget")},
                              {QStringLiteral("name"), QStringLiteral("Widget")},
                              {QStringLiteral("maxRetries"), 3},
                              {QStringLiteral("sections"), sections}};
    const QString path = QDir(dir).filePath(complete ? QStringLiteral("profile.json")
                                                     : QStringLiteral("profile-no-escrow.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(profile).toJson()) < 0)
        return {};
    return path;
}

} // namespace tps::test
