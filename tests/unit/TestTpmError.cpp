#include "TestMain.h"
#include "core/tpmwire/TpmError.h"

#include <QTest>
#include <tss2/tss2_common.h>
#include <tss2/tss2_tpm2_types.h>

using namespace tps::tpm;

class TestTpmError : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<quint32>("rc");
        QTest::addColumn<int>("expected");
        QTest::newRow("tcti io error") << quint32(TSS2_TCTI_RC_IO_ERROR) << int(TpmErrc::Lost);
        QTest::newRow("tcti no connection") << quint32(TSS2_TCTI_RC_NO_CONNECTION) << int(TpmErrc::Lost);
        QTest::newRow("tcti try again") << quint32(TSS2_TCTI_RC_TRY_AGAIN) << int(TpmErrc::NotAnswering);
        QTest::newRow("esys malformed") << quint32(TSS2_ESYS_RC_MALFORMED_RESPONSE) << int(TpmErrc::Lost);
        QTest::newRow("failure mode") << quint32(TPM2_RC_FAILURE) << int(TpmErrc::FailureMode);
        QTest::newRow("auth fail on session 1")
            << quint32(TPM2_RC_AUTH_FAIL | TPM2_RC_S | TPM2_RC_1) << int(TpmErrc::AuthFailed);
        QTest::newRow("bad auth") << quint32(TPM2_RC_BAD_AUTH | TPM2_RC_S | TPM2_RC_1)
                                  << int(TpmErrc::AuthFailed);
        QTest::newRow("lockout") << quint32(TPM2_RC_LOCKOUT) << int(TpmErrc::Lockout);
        QTest::newRow("object memory") << quint32(TPM2_RC_OBJECT_MEMORY) << int(TpmErrc::OutOfObjectMemory);
        QTest::newRow("handle 1") << quint32(TPM2_RC_HANDLE | TPM2_RC_1) << int(TpmErrc::NotFound);
        QTest::newRow("tpm 1.2 badtag") << quint32(0x1E) << int(TpmErrc::NotTpm20);
        QTest::newRow("unexpected") << quint32(TPM2_RC_NV_LOCKED) << int(TpmErrc::Unexpected);
    }
    void classify()
    {
        QFETCH(quint32, rc);
        QFETCH(int, expected);
        QCOMPARE(int(classifyRc(rc)), expected);
    }
    void decodeCopiesText()
    {
        const QString a = decodeRc(TPM2_RC_FAILURE);
        const QString b = decodeRc(TSS2_TCTI_RC_IO_ERROR);
        QVERIFY(a.contains(QStringLiteral("failure"), Qt::CaseInsensitive));
        QVERIFY(a != b); // the first text survived the second call (thread-local buffer copied)
    }
    void operatorMessagesAreDistinctAndActionable()
    {
        QSet<QString> seen;
        for (TpmErrc c : {TpmErrc::InvalidTcti, TpmErrc::TctiUnreachable, TpmErrc::NotAnswering,
                          TpmErrc::NotTpm20, TpmErrc::FailureMode, TpmErrc::Lost, TpmErrc::AuthFailed,
                          TpmErrc::Lockout, TpmErrc::OutOfObjectMemory}) {
            const QString m = TpmError{c, 0, {}, {}}.operatorMessage();
            QVERIFY2(m.size() > 20, qPrintable(m));
            QVERIFY2(!seen.contains(m), qPrintable(m));
            seen.insert(m);
        }
        const TpmError unexpected = makeError(TPM2_RC_NV_LOCKED, QStringLiteral("TPM2_NV_Write"));
        QVERIFY(unexpected.operatorMessage().contains(unexpected.detail));
        QVERIFY(unexpected.technical().startsWith(QStringLiteral("TPM2_NV_Write: unexpected (0x00000148)")));
    }
};

STATION_TEST_GUILESS_MAIN(TestTpmError)
#include "TestTpmError.moc"
