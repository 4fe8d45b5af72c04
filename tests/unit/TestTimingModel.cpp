// The discrete-TPM timing model: command classes read from the command bytes as the TPM 2.0 spec
// (Part 3) lays them out, reproducible draws, the published figures in the shipped presets, and the
// distribution the model promises (median, 99th percentile, cap).
#include "TestMain.h"
#include "core/sim/TimingPresets.h"
#include "core/tpm/TimingModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace tps;
using tps::tpm::CommandClass;

namespace {

void u16(std::vector<std::uint8_t>& b, std::uint32_t v)
{
    b.push_back(static_cast<std::uint8_t>(v >> 8));
    b.push_back(static_cast<std::uint8_t>(v));
}
void u32(std::vector<std::uint8_t>& b, std::uint32_t v)
{
    u16(b, v >> 16);
    u16(b, v & 0xFFFF);
}
// Header with the size patched in at the end, like the TPM expects it.
std::vector<std::uint8_t> command(std::uint32_t tag, std::uint32_t code,
                                  const std::vector<std::uint32_t>& handles, bool sessions,
                                  const std::vector<std::uint8_t>& params)
{
    std::vector<std::uint8_t> b;
    u16(b, tag);
    u32(b, 0);
    u32(b, code);
    for (std::uint32_t h : handles)
        u32(b, h);
    if (sessions) {
        u32(b, 9);          // authorizationSize
        u32(b, TPM2_RH_PW); // password session
        u16(b, 0);          // nonce
        b.push_back(0);     // attributes
        u16(b, 0);          // hmac
    }
    b.insert(b.end(), params.begin(), params.end());
    const std::uint32_t size = static_cast<std::uint32_t>(b.size());
    b[2] = static_cast<std::uint8_t>(size >> 24);
    b[3] = static_cast<std::uint8_t>(size >> 16);
    b[4] = static_cast<std::uint8_t>(size >> 8);
    b[5] = static_cast<std::uint8_t>(size);
    return b;
}
// TPM2B_SENSITIVE_CREATE (empty auth and data) then a TPM2B_PUBLIC starting with `type`, nameAlg SHA-256.
std::vector<std::uint8_t> keyParams(std::uint32_t type)
{
    std::vector<std::uint8_t> p;
    u16(p, 4);
    u16(p, 0);
    u16(p, 0);
    u16(p, 10);
    u16(p, type);
    u16(p, TPM2_ALG_SHA256);
    u32(p, 0x00030072); // objectAttributes
    u16(p, 0);          // authPolicy
    return p;
}

QByteArray withClass(QByteArray json, const QString& cls, const QJsonObject& timing)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject classes = root.value(QStringLiteral("classes")).toObject();
    classes.insert(cls, timing);
    root.insert(QStringLiteral("classes"), classes);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestTimingModel : public QObject
{
    Q_OBJECT
private slots:
    void classifiesKeyGenerationsByTemplateType()
    {
        using tpm::classifyCommand;
        auto rsa =
            command(TPM2_ST_SESSIONS, TPM2_CC_CreatePrimary, {TPM2_RH_OWNER}, true, keyParams(TPM2_ALG_RSA));
        auto ecc = command(TPM2_ST_SESSIONS, TPM2_CC_Create, {0x80000000}, true, keyParams(TPM2_ALG_ECC));
        auto hmac = command(TPM2_ST_SESSIONS, TPM2_CC_CreateLoaded, {0x81000001}, true,
                            keyParams(TPM2_ALG_KEYEDHASH));
        QCOMPARE(classifyCommand(rsa).cls, CommandClass::RsaKeyGen);
        QCOMPARE(classifyCommand(rsa).code, TPM2_CC_CreatePrimary);
        QCOMPARE(classifyCommand(ecc).cls, CommandClass::EccKeyGen);
        QCOMPARE(classifyCommand(hmac).cls, CommandClass::OtherKeyGen);
        QVERIFY(tpm::isKeyGeneration(CommandClass::RsaKeyGen));
        QVERIFY(!tpm::isKeyGeneration(CommandClass::Sign));
        // Truncated inside the template: never a guess, never a read past the end.
        rsa.resize(rsa.size() - 10);
        QCOMPARE(classifyCommand(rsa).cls, CommandClass::Other);
        QCOMPARE(classifyCommand({}).cls, CommandClass::Other);
    }

    void classifiesNvSessionsAndTheRest()
    {
        using tpm::classifyCommand;
        std::vector<std::uint8_t> data;
        u16(data, 100);
        data.resize(2 + 100, 0xAB);
        u16(data, 0); // offset
        const auto write = classifyCommand(
            command(TPM2_ST_SESSIONS, TPM2_CC_NV_Write, {0x01500100, 0x01500100}, true, data));
        QCOMPARE(write.cls, CommandClass::NvWrite);
        QCOMPARE(write.bytes, 100u);
        std::vector<std::uint8_t> readParams;
        u16(readParams, 512);
        u16(readParams, 0);
        const auto read = classifyCommand(
            command(TPM2_ST_SESSIONS, TPM2_CC_NV_Read, {0x01500100, 0x01500100}, true, readParams));
        QCOMPARE(read.cls, CommandClass::NvRead);
        QCOMPARE(read.bytes, 512u);
        QCOMPARE(classifyCommand(command(TPM2_ST_NO_SESSIONS, TPM2_CC_StartAuthSession,
                                         {0x81010001, TPM2_RH_NULL}, false, {}))
                     .cls,
                 CommandClass::SaltedSession);
        QCOMPARE(classifyCommand(command(TPM2_ST_NO_SESSIONS, TPM2_CC_StartAuthSession,
                                         {TPM2_RH_NULL, TPM2_RH_NULL}, false, {}))
                     .cls,
                 CommandClass::Session);
        QCOMPARE(
            classifyCommand(command(TPM2_ST_SESSIONS, TPM2_CC_HierarchyChangeAuth, {TPM2_RH_OWNER}, true, {}))
                .cls,
            CommandClass::NvWrite);
        QCOMPARE(classifyCommand(command(TPM2_ST_SESSIONS, TPM2_CC_ActivateCredential, {1, 2}, true, {})).cls,
                 CommandClass::RsaDecrypt);
        QCOMPARE(
            classifyCommand(command(TPM2_ST_NO_SESSIONS, TPM2_CC_ReadPublic, {0x81000001}, false, {})).cls,
            CommandClass::Other);
        QCOMPARE(tpm::commandName(TPM2_CC_CreatePrimary), QStringLiteral("CreatePrimary"));
        QCOMPARE(tpm::commandName(0x12345), QStringLiteral("0x00012345"));
    }

    void presetsCarryThePublishedFigures()
    {
        QCOMPARE(sim::timingPresetNames(), (QStringList{QStringLiteral("dtpm"), QStringLiteral("fast")}));
        QVERIFY(sim::timingPreset(QStringLiteral("none")).isEmpty());
        auto dtpm = tpm::TimingModel::fromJson(sim::timingPreset(QStringLiteral("dtpm")));
        QVERIFY2(dtpm.ok(), qPrintable(dtpm ? QString() : dtpm.error()));
        QCOMPARE(dtpm->name(), QStringLiteral("dtpm"));
        // wolfTPM's RSA-2048 / ECC-256 key generation averages of the five parts, in milliseconds; the
        // model's medians are their medians.
        std::vector<double> rsa{2196, 7455, 4479, 3409, 5276};
        std::vector<double> ecc{231, 220, 148, 84, 153};
        std::sort(rsa.begin(), rsa.end());
        std::sort(ecc.begin(), ecc.end());
        QCOMPARE(dtpm->timing(CommandClass::RsaKeyGen).medianMs, rsa[2]);
        QCOMPARE(dtpm->timing(CommandClass::EccKeyGen).medianMs, ecc[2]);
        QVERIFY(dtpm->deadline(CommandClass::RsaKeyGen) >= std::chrono::seconds(60)); // a minute is normal
        auto fast = tpm::TimingModel::fromJson(sim::timingPreset(QStringLiteral("fast")));
        QVERIFY2(fast.ok(), qPrintable(fast ? QString() : fast.error()));
        QCOMPARE(fast->timing(CommandClass::RsaKeyGen).medianMs, rsa.front());
        QCOMPARE(fast->timing(CommandClass::EccKeyGen).medianMs, ecc.front());
    }

    void sameSeedSameSequenceSameDelays()
    {
        auto model = tpm::TimingModel::fromJson(sim::timingPreset(QStringLiteral("dtpm")));
        QVERIFY(model.ok());
        const std::vector<tpm::CommandInfo> sequence{
            {TPM2_CC_GetCapability, CommandClass::Other, 0},
            {TPM2_CC_CreatePrimary, CommandClass::RsaKeyGen, 0},
            {TPM2_CC_NV_Write, CommandClass::NvWrite, 1024},
            {TPM2_CC_ActivateCredential, CommandClass::RsaDecrypt, 0}};
        const auto run = [&](std::uint64_t seed) {
            tpm::TimingRandom random(seed);
            std::vector<std::int64_t> out;
            for (int round = 0; round < 5; ++round)
                for (const auto& c : sequence)
                    out.push_back(model->draw(c, random).count());
            return out;
        };
        QCOMPARE(run(42), run(42));
        QVERIFY(run(42) != run(43));
        // NV writes pay per byte on top of the class's draw.
        tpm::TimingRandom a(7);
        tpm::TimingRandom b(7);
        const auto small = model->draw({TPM2_CC_NV_Write, CommandClass::NvWrite, 0}, a);
        const auto big = model->draw({TPM2_CC_NV_Write, CommandClass::NvWrite, 1000}, b);
        QCOMPARE((big - small).count(), 50000); // 1000 bytes x 0.05 ms
    }

    void drawsFollowTheModelsDistribution()
    {
        auto model = tpm::TimingModel::fromJson(sim::timingPreset(QStringLiteral("dtpm")));
        QVERIFY(model.ok());
        tpm::TimingRandom random(20261205);
        std::vector<double> ms;
        for (int i = 0; i < 20000; ++i)
            ms.push_back(model->draw({TPM2_CC_CreatePrimary, CommandClass::RsaKeyGen, 0}, random).count() /
                         1000.0);
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        const double p99 = ms[ms.size() * 99 / 100];
        QVERIFY2(std::abs(median - 4479) < 0.05 * 4479, qPrintable(QString::number(median)));
        QVERIFY2(std::abs(p99 - 20000) < 0.10 * 20000, qPrintable(QString::number(p99)));
        QVERIFY(ms.back() <= 60000);
        QVERIFY(ms.front() > 0);
    }

    void scaleShortensDelaysNotDeadlines()
    {
        QJsonObject root = QJsonDocument::fromJson(sim::timingPreset(QStringLiteral("dtpm"))).object();
        root.insert(QStringLiteral("scale"), 0.1);
        auto scaled = tpm::TimingModel::fromJson(QJsonDocument(root).toJson());
        auto full = tpm::TimingModel::fromJson(sim::timingPreset(QStringLiteral("dtpm")));
        QVERIFY(scaled.ok() && full.ok());
        tpm::TimingRandom a(1);
        tpm::TimingRandom b(1);
        const tpm::CommandInfo keygen{TPM2_CC_CreatePrimary, CommandClass::RsaKeyGen, 0};
        const auto d1 = full->draw(keygen, a).count();
        const auto d2 = scaled->draw(keygen, b).count();
        QVERIFY2(std::abs(d1 / 10 - d2) <= 1, qPrintable(QStringLiteral("%1 %2").arg(d1).arg(d2)));
        QCOMPARE(scaled->deadline(CommandClass::RsaKeyGen), full->deadline(CommandClass::RsaKeyGen));
    }

    void refusesBrokenModels()
    {
        const QByteArray dtpm = sim::timingPreset(QStringLiteral("dtpm"));
        QVERIFY(!tpm::TimingModel::fromJson("{").ok());
        QVERIFY(!tpm::TimingModel::fromJson(R"({"format": 2, "name": "x"})").ok());
        QJsonObject root = QJsonDocument::fromJson(dtpm).object();
        QJsonObject classes = root.value(QStringLiteral("classes")).toObject();
        classes.remove(QStringLiteral("hmac"));
        root.insert(QStringLiteral("classes"), classes);
        auto missing = tpm::TimingModel::fromJson(QJsonDocument(root).toJson());
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("hmac")));
        // A deadline the TPM may legitimately need is refused: it would call a slow TPM dead.
        auto tight =
            tpm::TimingModel::fromJson(withClass(dtpm, QStringLiteral("rsa-keygen"),
                                                 QJsonObject{{QStringLiteral("median_ms"), 4000},
                                                             {QStringLiteral("p99_ms"), 20000},
                                                             {QStringLiteral("max_ms"), 60000},
                                                             {QStringLiteral("deadline_ms"), 30000}}));
        QVERIFY(!tight.ok());
        QVERIFY(tight.error().contains(QStringLiteral("deadline_ms")));
        auto inverted =
            tpm::TimingModel::fromJson(withClass(dtpm, QStringLiteral("sign"),
                                                 QJsonObject{{QStringLiteral("median_ms"), 100},
                                                             {QStringLiteral("p99_ms"), 50},
                                                             {QStringLiteral("deadline_ms"), 5000}}));
        QVERIFY(!inverted.ok());
        root = QJsonDocument::fromJson(dtpm).object();
        root.insert(QStringLiteral("scale"), 0);
        QVERIFY(!tpm::TimingModel::fromJson(QJsonDocument(root).toJson()).ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestTimingModel)
#include "TestTimingModel.moc"
