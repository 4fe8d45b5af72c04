// The DPS batch's fast path (EnrollmentWriter, EkIdentity, appendCsvCell) against the reference it
// replaced: QJsonDocument for the bulk files and the twin tags, csvRow() for the CSV, shellQuote() for the
// az script, and dps::registrationIdFromEk/endorsementKeyFromEk — byte for byte, over awkward serials
// (quotes, backslashes, control characters, non-ASCII, formula starts) and every profile option.
#include "ExportTestData.h"
#include "TestMain.h"

#include "exports/CsvWriter.h"
#include "exports/EnrollmentWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tps;
using namespace tps::db::exports;

namespace {

struct Device
{
    QString serial;
    QString firmware;
    bool simulated = false;
    QByteArray ek;
};

// The enrollment as the exporter built it before (QJsonObject per device).
QJsonObject referenceEnrollment(const DpsProfile& profile, const QString& batch, const QString& product,
                                const Device& d, QString* deviceIdOut, QJsonObject* tagsOut)
{
    const QString registrationId = dps::registrationIdFromEk(d.ek);
    QString deviceIdText;
    if (!profile.deviceIdPattern.isEmpty()) {
        deviceIdText = profile.deviceIdPattern;
        deviceIdText.replace(QLatin1String("{serial}"), d.serial)
            .replace(QLatin1String("{registrationId}"), registrationId);
        if (!validDeviceId(deviceIdText))
            deviceIdText.clear();
    }
    QJsonObject tags{{QStringLiteral("serial"), d.serial},
                     {QStringLiteral("batch"), batch},
                     {QStringLiteral("firmwareVersion"), d.firmware},
                     {QStringLiteral("product"), product}};
    if (d.simulated)
        tags.insert(QStringLiteral("simulated"), true);
    QJsonObject enrollment{
        {QStringLiteral("registrationId"), registrationId},
        {QStringLiteral("attestation"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("tpm")},
                     {QStringLiteral("tpm"),
                      QJsonObject{{QStringLiteral("endorsementKey"), dps::endorsementKeyFromEk(d.ek)}}}}},
        {QStringLiteral("initialTwin"),
         QJsonObject{
             {QStringLiteral("tags"), tags},
             {QStringLiteral("properties"), QJsonObject{{QStringLiteral("desired"), QJsonObject{}}}}}},
        {QStringLiteral("provisioningStatus"), profile.provisioningStatus},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("iotEdge"), profile.iotEdge}}}};
    if (!deviceIdText.isEmpty())
        enrollment.insert(QStringLiteral("deviceId"), deviceIdText);
    if (!profile.iotHubHostName.isEmpty())
        enrollment.insert(QStringLiteral("iotHubHostName"), profile.iotHubHostName);
    if (!profile.iotHubs.isEmpty())
        enrollment.insert(QStringLiteral("iotHubs"), QJsonArray::fromStringList(profile.iotHubs));
    if (!profile.allocationPolicy.isEmpty())
        enrollment.insert(QStringLiteral("allocationPolicy"), profile.allocationPolicy);
    *deviceIdOut = deviceIdText;
    *tagsOut = tags;
    return enrollment;
}

QByteArray referenceCommand(const DpsProfile& profile, const QString& registrationId, const QString& ek,
                            const QString& deviceId, const QJsonObject& tags)
{
    QByteArray command = "az iot dps enrollment create --dps-name \"$DPS_NAME\" --resource-group "
                         "\"$RESOURCE_GROUP\" --enrollment-id " +
                         shellQuote(registrationId).toUtf8() + " --attestation-type tpm --endorsement-key " +
                         shellQuote(ek).toUtf8();
    if (!deviceId.isEmpty())
        command += " --device-id=" + shellQuote(deviceId).toUtf8();
    command += " --provisioning-status " + profile.provisioningStatus.toUtf8();
    command += profile.iotEdge ? " --edge-enabled true" : " --edge-enabled false";
    if (!profile.iotHubHostName.isEmpty())
        command += " --iot-hub-host-name=" + shellQuote(profile.iotHubHostName).toUtf8();
    if (!profile.iotHubs.isEmpty())
        command += " --iot-hubs=" + shellQuote(profile.iotHubs.join(QLatin1Char(' '))).toUtf8();
    if (!profile.allocationPolicy.isEmpty())
        command += " --allocation-policy " + profile.allocationPolicy.toUtf8();
    command += " --initial-twin-tags=" +
               shellQuote(QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact))).toUtf8() +
               "\n";
    return command;
}

} // namespace

class TestEnrollmentWriter : public QObject
{
    Q_OBJECT
private slots:
    void jsonStrings()
    {
        QString all;
        for (char16_t c = 1; c < 0x80; ++c)
            all += QChar(c);
        all += QStringLiteral("é東\u2028\u00a0😀");
        QByteArray mine;
        appendJsonString(mine, all.toUtf8());
        const QByteArray qt = QJsonDocument(QJsonArray{all}).toJson(QJsonDocument::Compact);
        QCOMPARE(QByteArray('[' + mine + ']'), qt);
    }

    void csvCells()
    {
        for (const QString& v :
             {QString(), QStringLiteral("plain"), QStringLiteral("=1+2"), QStringLiteral("\r=x"),
              QStringLiteral("a,\"b\""), QStringLiteral("-\"q\",\n"), QStringLiteral("Grüße, \"東京\"")}) {
            QByteArray mine;
            appendCsvCell(mine, v.toUtf8());
            QCOMPARE(mine, csvCell(v));
        }
    }

    void enrollmentsMatchTheReference_data()
    {
        QTest::addColumn<int>("profileKind");
        QTest::newRow("default profile") << 0;
        QTest::newRow("every option") << 1;
        QTest::newRow("no device ID") << 2;
    }

    void enrollmentsMatchTheReference()
    {
        QFETCH(int, profileKind);
        DpsProfile profile;
        if (profileKind == 1) {
            profile.deviceIdPattern = QStringLiteral("dev-{serial}-{registrationId}");
            profile.iotHubHostName = QStringLiteral("factory-hub.azure-devices.net");
            profile.iotHubs = {QStringLiteral("hub-a.azure-devices.net"), QStringLiteral("hub 'b'")};
            profile.allocationPolicy = QStringLiteral("static");
            profile.provisioningStatus = QStringLiteral("disabled");
            profile.iotEdge = true;
        } else if (profileKind == 2) {
            profile.deviceIdPattern.clear();
        }
        const QString batch = QStringLiteral("lot \"42\", it's");
        const QString product = QStringLiteral("gateway-µ");
        QList<Device> devices;
        const QStringList serials = {QStringLiteral("SN-0001"),
                                     QStringLiteral("=cmd|' /C calc'!A0"),
                                     QStringLiteral("quo\"te\\back\\slash"),
                                     QStringLiteral("tab\there\nnewline\rcr\x01\x1f\x7f"),
                                     QStringLiteral("Grüße-µ-東京\u2028"),
                                     QStringLiteral("it's"),
                                     QStringLiteral("ok.serial_(1)")};
        for (qsizetype i = 0; i < serials.size(); ++i)
            devices.append(Device{serials.at(i), i % 3 ? QStringLiteral("1.4.2") : QStringLiteral("\"v2\" é"),
                                  i % 2 == 1, test::makeRsaEk()});

        const EnrollmentWriter writer(profile, batch, product);
        EkIdentity identities;
        QJsonArray referenceArray;
        QByteArray operation = EnrollmentWriter::operationBegin().toByteArray();
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const Device& d = devices.at(i);
            QString deviceId;
            QJsonObject tags;
            referenceArray.append(referenceEnrollment(profile, batch, product, d, &deviceId, &tags));

            EnrollmentFields f;
            f.serial = d.serial.toUtf8();
            f.firmware = d.firmware.toUtf8();
            f.simulated = d.simulated;
            identities.derive(d.ek, f);
            QCOMPARE(QString::fromLatin1(f.registrationId), dps::registrationIdFromEk(d.ek));
            QCOMPARE(QString::fromLatin1(f.endorsementKey), dps::endorsementKeyFromEk(d.ek));
            f.deviceId = writer.deviceId(f);
            QCOMPARE(QString::fromUtf8(f.deviceId), deviceId);

            if (i)
                operation += EnrollmentWriter::separator();
            writer.appendJson(operation, f);

            QByteArray tagsBytes;
            writer.appendTagsCompact(tagsBytes, f);
            QCOMPARE(tagsBytes, QJsonDocument(tags).toJson(QJsonDocument::Compact));

            QByteArray csv;
            writer.appendCsvRow(csv, f);
            QCOMPARE(csv, csvRow({dps::registrationIdFromEk(d.ek), deviceId, dps::endorsementKeyFromEk(d.ek),
                                  d.serial, product, d.firmware, batch,
                                  d.simulated ? QStringLiteral("true") : QStringLiteral("false")}));

            QByteArray command;
            writer.appendCommand(command, f);
            QCOMPARE(command, referenceCommand(profile, dps::registrationIdFromEk(d.ek),
                                               dps::endorsementKeyFromEk(d.ek), deviceId, tags));
        }
        operation += EnrollmentWriter::operationEnd();
        const QByteArray reference =
            QJsonDocument(QJsonObject{{QStringLiteral("mode"), QStringLiteral("create")},
                                      {QStringLiteral("enrollments"), referenceArray}})
                .toJson(QJsonDocument::Indented);
        QCOMPARE(operation, reference);
    }
};

STATION_TEST_GUILESS_MAIN(TestEnrollmentWriter)
#include "TestEnrollmentWriter.moc"
