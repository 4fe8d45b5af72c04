// The attestation machinery against the TPM and tpm2-tools as independent oracles: credentials made by
// the station are activated by tpm2_activatecredential and vice versa; the full DPS rehearsal (blob ->
// ActivateCredential -> Import -> Load -> persist -> TPM2_HMAC -> SAS check -> removal) on fleet devices;
// each failure cause is told apart.
#include "TestMain.h"
#include "SecretScan.h"
#include "TestSupport.h"

#include "core/crypto/CredentialMaker.h"
#include "core/dps/AuthenticationKeyBlob.h"
#include "core/dps/SasToken.h"
#include "core/dps/ServiceRehearsal.h"
#include "core/tpm/CredentialActivation.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace tps;
using test::readFile;
using test::writeFile;

namespace {

QByteArray sized(const QByteArray& data)
{
    char size[2];
    qToBigEndian(quint16(data.size()), size);
    return QByteArray(size, 2) + data;
}

// tpm2-tools' credential file: magic 0xBADCC0DE, version 1, TPM2B_ID_OBJECT, TPM2B_ENCRYPTED_SECRET.
QByteArray toolsCredentialFile(const crypto::MadeCredential& c)
{
    return QByteArray::fromHex("badcc0de00000001") + sized(c.idObject) + sized(c.encryptedSecret);
}

bool parseToolsCredentialFile(const QByteArray& file, crypto::MadeCredential& out)
{
    if (file.size() < 12 || file.left(8) != QByteArray::fromHex("badcc0de00000001"))
        return false;
    qsizetype pos = 8;
    QByteArray* parts[] = {&out.idObject, &out.encryptedSecret};
    for (QByteArray* part : parts) {
        if (file.size() - pos < 2)
            return false;
        const int n = qFromBigEndian<quint16>(file.constData() + pos);
        pos += 2;
        if (file.size() - pos < n)
            return false;
        *part = file.mid(pos, n);
        pos += n;
    }
    return pos == file.size();
}

struct DeviceKeys
{
    QString tcti;
    tpm::KeyPublic ek;
    tpm::KeyPublic srk;
    TPM2B_PUBLIC ekPublic{};
    TPM2B_PUBLIC srkPublic{};
};

// Creates the SRK from the standard template and persists it at 0x81000001 (owner auth empty).
QString persistSrk(tpm::TpmSession& session)
{
    auto srk = tpm::createPrimary(session, ESYS_TR_RH_OWNER, tpm::srkTemplate());
    if (!srk)
        return srk.error().technical();
    ESYS_TR persisted = ESYS_TR_NONE;
    auto r = session.run(
        QStringLiteral("TPM2_EvictControl"),
        [&](ESYS_CONTEXT* c) {
            return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, srk->object.get(), ESYS_TR_PASSWORD,
                                           ESYS_TR_NONE, ESYS_TR_NONE, tpm::kSrkHandle);
        },
        [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, &persisted); });
    if (!r)
        return r.error().technical();
    Esys_TR_Close(session.esys(), &persisted);
    return {};
}

} // namespace

class TestCredentialActivation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    QList<DeviceKeys> m_devices;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<tpm::TpmSession> open(int device)
    {
        auto s = tpm::TpmSession::open({m_devices.at(device).tcti});
        return s ? std::move(*s) : nullptr;
    }
    bool persistentHandlesContain(int device, const QByteArray& handle)
    {
        const test::ToolRun r = test::runTool(
            QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, m_devices.at(device).tcti);
        return r.ok() && r.out.toLower().contains(handle.toLower());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        for (const auto& device : m_fleet->devices()) {
            DeviceKeys keys;
            keys.tcti = device.tcti();
            auto session = tpm::TpmSession::open({keys.tcti});
            QVERIFY(session.ok());
            const QString error = persistSrk(**session);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto ek = tpm::readPersistent(**session, tpm::kEkRsaHandle);
            auto srk = tpm::readPersistent(**session, tpm::kSrkHandle);
            QVERIFY(ek.ok() && srk.ok());
            keys.ek = *ek;
            keys.srk = *srk;
            keys.ekPublic = *tpm::unmarshalPublic(ek->publicArea);
            keys.srkPublic = *tpm::unmarshalPublic(srk->publicArea);
            m_devices.append(keys);
        }
        QVERIFY(m_devices.at(0).ek.publicArea != m_devices.at(1).ek.publicArea);
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void softwareNameEqualsTpmName()
    {
        for (const DeviceKeys& d : std::as_const(m_devices)) {
            auto ekName = crypto::nameOf(d.ekPublic);
            auto srkName = crypto::nameOf(d.srkPublic);
            QVERIFY(ekName.ok() && srkName.ok());
            QCOMPARE(*ekName, d.ek.name);
            QCOMPARE(*srkName, d.srk.name);
        }
    }

    // Station MakeCredential -> tpm2_activatecredential. Since the TPM derives the same KDFa keys from
    // the seed, this also checks KDFa ("STORAGE", "INTEGRITY") against the TPM's own derivation.
    void stationCredentialActivatedByTpm2Tools()
    {
        const DeviceKeys& d = m_devices.at(0);
        const QByteArray secret = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        auto made = crypto::makeCredential(d.ekPublic, secret, d.srk.name);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().detail));
        QVERIFY(writeFile(path(QStringLiteral("station.cred")), toolsCredentialFile(*made)));
        const QString session = path(QStringLiteral("session.ctx"));
        test::ToolRun r =
            test::runTool(QStringLiteral("tpm2_startauthsession"),
                          {QStringLiteral("--policy-session"), QStringLiteral("-S"), session}, d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        r = test::runTool(QStringLiteral("tpm2_policysecret"),
                          {QStringLiteral("-S"), session, QStringLiteral("-c"), QStringLiteral("e")}, d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        const QString out = path(QStringLiteral("station.activated"));
        r = test::runTool(QStringLiteral("tpm2_activatecredential"),
                          {QStringLiteral("-c"), QStringLiteral("0x81000001"), QStringLiteral("-C"),
                           QStringLiteral("0x81010001"), QStringLiteral("-i"),
                           path(QStringLiteral("station.cred")), QStringLiteral("-o"), out,
                           QStringLiteral("-P"), QStringLiteral("session:") + session},
                          d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        (void)test::runTool(QStringLiteral("tpm2_flushcontext"), {session}, d.tcti);
        QVERIFY(test::flushTransients(d.tcti));
        QCOMPARE(readFile(out), secret);
    }

    // tpm2_makecredential -T none (software) -> the station's device side.
    void tpm2MakecredentialActivatedByStation()
    {
        const DeviceKeys& d = m_devices.at(0);
        const QByteArray secret = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        QVERIFY(writeFile(path(QStringLiteral("ek.pub")), d.ek.publicArea));
        QVERIFY(writeFile(path(QStringLiteral("secret.bin")), secret));
        const QString cred = path(QStringLiteral("tools.cred"));
        const test::ToolRun r = test::runTool(
            QStringLiteral("tpm2_makecredential"),
            {QStringLiteral("-T"), QStringLiteral("none"), QStringLiteral("-u"),
             path(QStringLiteral("ek.pub")), QStringLiteral("-s"), path(QStringLiteral("secret.bin")),
             QStringLiteral("-n"), QString::fromLatin1(d.srk.name.toHex()), QStringLiteral("-o"), cred});
        QVERIFY2(r.ok(), r.err.constData());
        crypto::MadeCredential made;
        QVERIFY(parseToolsCredentialFile(readFile(cred), made));
        auto session = open(0);
        QVERIFY(session);
        auto activated = tpm::activateCredential(*session, made.idObject, made.encryptedSecret);
        QVERIFY2(activated.ok(), activated ? "" : qPrintable(activated.error().technical()));
        QCOMPARE(*activated, secret);
    }

    void credentialForAnotherEkIsNamed()
    {
        // Made to device 1's EK (for device 0's SRK name), activated on device 0.
        auto made =
            crypto::makeCredential(m_devices.at(1).ekPublic, QByteArray(16, 'k'), m_devices.at(0).srk.name);
        QVERIFY(made.ok());
        auto session = open(0);
        QVERIFY(session);
        auto activated = tpm::activateCredential(*session, made->idObject, made->encryptedSecret);
        QVERIFY(!activated.ok());
        QVERIFY2(activated.error().code == tpm::AttestationErrc::WrongEk,
                 qPrintable(activated.error().technical()));
        QVERIFY(activated.error().operatorMessage().contains(QStringLiteral("another EK")));
    }

    void credentialForAnotherSrkNameIsRefused()
    {
        auto made =
            crypto::makeCredential(m_devices.at(0).ekPublic, QByteArray(16, 'k'), m_devices.at(1).srk.name);
        QVERIFY(made.ok());
        auto session = open(0);
        QVERIFY(session);
        auto activated = tpm::activateCredential(*session, made->idObject, made->encryptedSecret);
        QVERIFY(!activated.ok());
        QVERIFY2(activated.error().code == tpm::AttestationErrc::WrongEk,
                 qPrintable(activated.error().technical()));
    }

    void fullRehearsalPersistsSignsAndRemoves()
    {
        const DeviceKeys& d = m_devices.at(0);
        auto issued = dps::issueAuthenticationKey(d.ekPublic, d.srkPublic, QByteArrayLiteral("qa payload"));
        QVERIFY2(issued.ok(), issued ? "" : qPrintable(issued.error().detail));
        auto blob = dps::parseAuthenticationKey(issued->blob.pack());
        QVERIFY(blob.ok());
        const QByteArray toSign =
            dps::sasStringToSign(QStringLiteral("0ne00000001"), QStringLiteral("device-1"), 1700000000);
        QByteArray signature;
        {
            auto session = open(0);
            QVERIFY(session);
            auto imported = tpm::importAuthenticationKey(*session, *blob, {});
            QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().technical()));
            QVERIFY(!*imported); // persisted: no transient object handed back
            auto mac = tpm::hmacWithPersistedKey(*session, toSign);
            QVERIFY2(mac.ok(), mac ? "" : qPrintable(mac.error().technical()));
            signature = *mac;
        }
        QVERIFY(persistentHandlesContain(0, "0x81000100"));
        QVERIFY(dps::verifySasSignature(issued->hmacKey, toSign, signature));
        QVERIFY(!dps::verifySasSignature(issued->hmacKey, toSign + "x", signature));
        // An independent check of the HMAC: openssl dgst with the key the station created.
        const test::ToolRun o = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
             QStringLiteral("HMAC"), QStringLiteral("-macopt"),
             QStringLiteral("hexkey:") + QString::fromLatin1(issued->hmacKey.toHex()), QStringLiteral("-r")},
            {}, toSign);
        QVERIFY2(o.ok(), o.err.constData());
        QVERIFY(o.out.startsWith(signature.toHex()));
        {
            auto session = open(0);
            QVERIFY(session);
            auto removed = tpm::removePersistedKey(*session, {});
            QVERIFY(removed.ok() && *removed);
            auto again = tpm::removePersistedKey(*session, {});
            QVERIFY(again.ok() && !*again);
        }
        QVERIFY(!persistentHandlesContain(0, "0x81000100"));
        QVERIFY(persistentHandlesContain(0, "0x81000001")); // the SRK stays
    }

    void transientRehearsalLeavesNothing()
    {
        const DeviceKeys& d = m_devices.at(1);
        auto issued = dps::issueAuthenticationKey(d.ekPublic, d.srkPublic);
        QVERIFY(issued.ok());
        const QByteArray toSign("scope%2fregistrations%2fx\n1");
        {
            auto session = open(1);
            QVERIFY(session);
            tpm::DeviceSideOptions options;
            options.persist = false;
            auto key = tpm::importAuthenticationKey(*session, issued->blob, options);
            QVERIFY2(key.ok(), key ? "" : qPrintable(key.error().technical()));
            QVERIFY(bool(*key));
            auto mac = tpm::hmacWithKey(*session, key->get(), toSign);
            QVERIFY(mac.ok());
            QVERIFY(dps::verifySasSignature(issued->hmacKey, toSign, *mac));
        }
        QVERIFY(!persistentHandlesContain(1, "0x81000100"));
        const test::ToolRun r =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-transient")}, d.tcti);
        QVERIFY(r.ok());
        QVERIFY2(!r.out.contains("0x80"), r.out.constData());
    }

    void keyDuplicatedToAnotherSrkIsRefused()
    {
        const QByteArray wrapKey(16, 'w');
        auto made = crypto::makeCredential(m_devices.at(0).ekPublic, wrapKey, m_devices.at(0).srk.name);
        auto dup = crypto::duplicateHmacKey(m_devices.at(1).srkPublic, QByteArray(32, 'h'), wrapKey);
        QVERIFY(made.ok() && dup.ok());
        dps::AuthenticationKeyBlob blob{made->idObject,
                                        made->encryptedSecret,
                                        dup->duplicate,
                                        dup->inSymSeed,
                                        tpm::marshalPublic(dup->publicArea).mid(2),
                                        {}};
        auto session = open(0);
        QVERIFY(session);
        auto imported = tpm::importAuthenticationKey(*session, blob, {});
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().code == tpm::AttestationErrc::ImportRefused,
                 qPrintable(imported.error().technical()));
    }

    void ownerAuthIsUsedForPersisting()
    {
        const DeviceKeys& d = m_devices.at(0);
        test::ToolRun r = test::runTool(
            QStringLiteral("tpm2_changeauth"),
            {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("hex:a1b2c3d4")}, d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        auto issued = dps::issueAuthenticationKey(d.ekPublic, d.srkPublic);
        QVERIFY(issued.ok());
        {
            auto session = open(0);
            QVERIFY(session);
            auto refused = tpm::importAuthenticationKey(*session, issued->blob, {});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().code == tpm::AttestationErrc::OwnerAuthRefused,
                     qPrintable(refused.error().technical()));
            tpm::DeviceSideOptions options;
            options.ownerAuth = test::secretOf(QByteArray::fromHex("a1b2c3d4"));
            auto imported = tpm::importAuthenticationKey(*session, issued->blob, options);
            QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().technical()));
            auto removed = tpm::removePersistedKey(*session, options.ownerAuth);
            QVERIFY(removed.ok() && *removed);
        }
        r = test::runTool(
            QStringLiteral("tpm2_changeauth"),
            {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"), QStringLiteral("hex:a1b2c3d4")},
            d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY(!persistentHandlesContain(0, "0x81000100"));
    }

    void endorsementAuthSetIsNamed()
    {
        const DeviceKeys& d = m_devices.at(1);
        test::ToolRun r =
            test::runTool(QStringLiteral("tpm2_changeauth"),
                          {QStringLiteral("-c"), QStringLiteral("e"), QStringLiteral("endorse")}, d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        {
            auto made = crypto::makeCredential(d.ekPublic, QByteArray(16, 'e'), d.srk.name);
            QVERIFY(made.ok());
            auto session = open(1);
            QVERIFY(session);
            auto activated = tpm::activateCredential(*session, made->idObject, made->encryptedSecret);
            QVERIFY(!activated.ok());
            QVERIFY2(activated.error().code == tpm::AttestationErrc::EndorsementAuthSet,
                     qPrintable(activated.error().technical()));
            QVERIFY(activated.error().operatorMessage().contains(QStringLiteral("DPS would fail")));
        }
        r = test::runTool(
            QStringLiteral("tpm2_changeauth"),
            {QStringLiteral("-c"), QStringLiteral("e"), QStringLiteral("-p"), QStringLiteral("endorse")},
            d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
    }

    void missingSrkIsNamed() // last: removes device 1's SRK
    {
        const DeviceKeys& d = m_devices.at(1);
        const test::ToolRun r = test::runTool(
            QStringLiteral("tpm2_evictcontrol"),
            {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), QStringLiteral("0x81000001")},
            d.tcti);
        QVERIFY2(r.ok(), r.err.constData());
        auto issued = dps::issueAuthenticationKey(d.ekPublic, d.srkPublic);
        QVERIFY(issued.ok());
        auto session = open(1);
        QVERIFY(session);
        auto imported = tpm::importAuthenticationKey(*session, issued->blob, {});
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().code == tpm::AttestationErrc::SrkMissing,
                 qPrintable(imported.error().technical()));
        QVERIFY(imported.error().operatorMessage().contains(QStringLiteral("SRK")));
    }
};

STATION_TEST_GUILESS_MAIN(TestCredentialActivation)
#include "TestCredentialActivation.moc"
