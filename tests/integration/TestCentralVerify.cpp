// Central verification of the stations' signed checkpoints (central schema 5, `central pin`, `central
// verify`) against a real PostgreSQL 15: a good station verifies; a checkpoint re-signed with another key,
// one whose root hash is not in the central chain, one altered after signing and every checkpoint of an
// unpinned station are each flagged with their station and sequence number, recorded in
// tps.checkpoint_verdicts. Oracles: psql for the verdicts, `openssl pkeyutl -verify` over the checkpoint
// bytes python3 rebuilds from the central record (docs/AUDIT.md) for the signatures themselves.
#include "CentralStations.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "db/Checkpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
using test::sqlOut;
// The station's latest checkpoint as its outbox queued it (not yet sent).
db::Checkpoint queuedCheckpoint(const QString& db, const QString& station)
{
    const QJsonObject p =
        QJsonDocument::fromJson(sqlOut(db, QStringLiteral("SELECT payload FROM outbox WHERE table_name = "
                                                          "'checkpoints' ORDER BY seq DESC LIMIT 1")))
            .object();
    db::Checkpoint c;
    c.stationId = station;
    c.seq = p.value(QStringLiteral("seq")).toInteger();
    c.hash = QByteArray::fromHex(p.value(QStringLiteral("hash")).toString().toLatin1());
    c.createdUtc = p.value(QStringLiteral("created_utc")).toString();
    c.publicKey = QByteArray::fromHex(p.value(QStringLiteral("public_key")).toString().toLatin1());
    c.signature = QByteArray::fromHex(p.value(QStringLiteral("signature")).toString().toLatin1());
    return c;
}

// Rewrites the latest queued checkpoint (what a forger with the station account could do before it is sent).
bool rewriteQueued(const QString& db, const db::Checkpoint& c)
{
    return test::runTool(
               QStringLiteral("sqlite3"),
               {db,
                QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.hash', '%1', "
                               "'$.created_utc', '%2', '$.public_key', '%3', '$.signature', '%4') "
                               "WHERE seq = (SELECT max(seq) FROM outbox WHERE table_name = "
                               "'checkpoints')")
                    .arg(QString::fromLatin1(c.hash.toHex()), c.createdUtc,
                         QString::fromLatin1(c.publicKey.toHex()), QString::fromLatin1(c.signature.toHex()))})
        .ok();
}

// openssl's verdict on a central checkpoint record's signature under `pem`; the signed bytes rebuilt by
// python3 from the record's fields.
bool opensslVerifies(const test::PostgresFixture& pg, const QString& dir, const QString& checkpoint,
                     const QString& pem)
{
    const test::ToolRun row = pg.psql(
        QStringLiteral(
            "SELECT station_id || ' ' || (payload->>'seq') || ' ' || (payload->>'hash') || ' ' || "
            "(payload->>'signature') || ' ' || (payload->>'created_utc') FROM tps.records WHERE uuid = '%1'")
            .arg(checkpoint));
    const QStringList f = QString::fromUtf8(row.out.trimmed()).split(QLatin1Char(' '));
    if (f.size() < 5)
        return false;
    const QString payload = dir + QStringLiteral("/payload.bin");
    const QString sig = dir + QStringLiteral("/sig.bin");
    const test::ToolRun built = test::runTool(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import struct,sys\n"
             "st,seq,h,sig,created=sys.argv[1:6]\n"
             "f=lambda b: struct.pack('>I',len(b))+b\n"
             "open(sys.argv[6],'wb').write(b'TPS-CHECKPOINT-V1'+f(st.encode())+struct.pack('>Q',int(seq))"
             "+f(bytes.fromhex(h))+f(created.encode()))\n"
             "open(sys.argv[7],'wb').write(bytes.fromhex(sig))"),
         f[0], f[1], f[2], f[3], f.mid(4).join(QLatin1Char(' ')), payload, sig});
    if (!built.ok())
        return false;
    return test::runTool(QStringLiteral("openssl"),
                         {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                          QStringLiteral("-inkey"), pem, QStringLiteral("-rawin"), QStringLiteral("-in"),
                          payload, QStringLiteral("-sigfile"), sig})
        .ok();
}
} // namespace

class TestCentralVerify : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString publicKey(const QString& db)
    {
        const QString pem = db + QStringLiteral(".pub.pem");
        const test::ToolRun run =
            test::runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("public-key"),
                                            QStringLiteral("--db"), db, QStringLiteral("--out"), pem});
        return run.ok() ? pem : QString();
    }

    static test::ToolRun central(const test::PostgresFixture& pg, const QStringList& args)
    {
        return test::cliAt(pg, QStringList{QStringLiteral("central")} + args);
    }

    static QByteArray verdicts(const test::PostgresFixture& pg, const QString& station)
    {
        return pg
            .psql(QStringLiteral("SELECT string_agg(seq || ':' || verdict, ',' ORDER BY seq, id) FROM "
                                 "tps.checkpoint_verdicts WHERE station_id = '%1'")
                      .arg(station))
            .out.trimmed();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkpointsVerifyAgainstPinnedKeys()
    {
        test::PostgresFixture pg;
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                                   {QStringLiteral("verifier"), QStringLiteral("tps_verifier")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        const QString verifier = pg.url(QStringLiteral("verifier"));
        const auto sync = [&](const QString& db) {
            return test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("--db"), db,
                                    QStringLiteral("--central"), pg.url(QStringLiteral("relay"))})
                .ok();
        };
        const auto pin = [&](const QString& station, const QString& pem, const QString& url) {
            return central(pg, {QStringLiteral("pin"), QStringLiteral("--central"), url,
                                QStringLiteral("--station"), station, QStringLiteral("--public-key"), pem,
                                QStringLiteral("--json")});
        };
        const auto verify = [&]() {
            return central(pg, {QStringLiteral("verify"), QStringLiteral("--central"), verifier,
                                QStringLiteral("--json")});
        };
        // Five stations with their keys; each signs a first checkpoint, all sent.
        QStringList dbs, ids, pems;
        for (const char* name : {"good", "other-key", "rehashed", "altered", "unpinned"}) {
            dbs << m_dir.filePath(QLatin1String(name) + QStringLiteral(".db"));
            ids << test::stationWithEvents(dbs.last(), 5);
            QVERIFY(!ids.last().isEmpty());
            pems << publicKey(dbs.last());
            QVERIFY(!pems.last().isEmpty());
        }
        for (int i = 0; i < 4; ++i) {
            QVERIFY(sync(dbs[i]));
            QVERIFY2(pin(ids[i], pems[i], pg.url()).ok(), qPrintable(ids[i]));
        }

        // A good fleet verifies: every checkpoint, nothing flagged.
        const test::ToolRun first = verify();
        QVERIFY2(first.ok(), first.out + first.err);
        QJsonObject report = QJsonDocument::fromJson(first.out).object();
        QVERIFY(report.value(QStringLiteral("checked")).toInt() >= 4);
        QCOMPARE(report.value(QStringLiteral("verified")).toInt(),
                 report.value(QStringLiteral("checked")).toInt());
        QCOMPARE(report.value(QStringLiteral("flagged")).toArray().size(), 0);
        QVERIFY(sync(dbs[4])); // the station nobody pinned
        for (int i = 0; i < 4; ++i)
            QVERIFY2(!verdicts(pg, ids[i]).isEmpty() && !verdicts(pg, ids[i]).contains("unpinned") &&
                         verdicts(pg, ids[i]).count("verified") == verdicts(pg, ids[i]).count(':'),
                     verdicts(pg, ids[i]).constData());

        // More events and a checkpoint on every station; three of them forged before they are sent.
        for (const QString& db : std::as_const(dbs))
            QVERIFY(!test::stationWithEvents(db, 3).isEmpty());
        auto otherKey = db::StationKey::loadOrCreate(m_dir.filePath(QStringLiteral("forger.key")));
        QVERIFY(otherKey);
        db::Checkpoint c = queuedCheckpoint(dbs[1], ids[1]);
        const qint64 reSignedSeq = c.seq;
        c.publicKey = otherKey->publicKey();
        c.signature = *otherKey->sign(c.payload());
        QVERIFY(rewriteQueued(dbs[1], c));
        auto ownKey = db::StationKey::loadOrCreate(db::keyPathFor(dbs[2]), db::KeyCreation::Refuse);
        QVERIFY(ownKey);
        c = queuedCheckpoint(dbs[2], ids[2]);
        const qint64 rehashedSeq = c.seq;
        c.hash = QByteArray(32, '\x42');
        c.signature = *ownKey->sign(c.payload());
        QVERIFY(rewriteQueued(dbs[2], c));
        c = queuedCheckpoint(dbs[3], ids[3]);
        const qint64 alteredSeq = c.seq;
        c.createdUtc = QStringLiteral("2001-01-01T00:00:00.000Z");
        QVERIFY(rewriteQueued(dbs[3], c));
        for (const QString& db : std::as_const(dbs))
            QVERIFY(sync(db));

        const test::ToolRun second = verify();
        QCOMPARE(second.exitCode, 1);
        report = QJsonDocument::fromJson(second.out).object();
        QStringList flagged;
        for (const QJsonValue& v : report.value(QStringLiteral("flagged")).toArray())
            flagged << QStringLiteral("%1:%2:%3")
                           .arg(v[QStringLiteral("station")].toString())
                           .arg(v[QStringLiteral("seq")].toInteger())
                           .arg(v[QStringLiteral("verdict")].toString());
        const QString unpinnedSeqs = QString::fromUtf8(
            pg.psql(
                  QStringLiteral("SELECT string_agg(payload->>'seq', ',' ORDER BY (payload->>'seq')::bigint) "
                                 "FROM tps.records WHERE table_name = 'checkpoints' AND station_id = '%1'")
                      .arg(ids[4]))
                .out.trimmed());
        QStringList expected = {QStringLiteral("%1:%2:wrong-key").arg(ids[1]).arg(reSignedSeq),
                                QStringLiteral("%1:%2:hash-mismatch").arg(ids[2]).arg(rehashedSeq),
                                QStringLiteral("%1:%2:bad-signature").arg(ids[3]).arg(alteredSeq)};
        for (const QString& seq : unpinnedSeqs.split(QLatin1Char(',')))
            expected << QStringLiteral("%1:%2:unpinned").arg(ids[4], seq);
        std::sort(expected.begin(), expected.end());
        std::sort(flagged.begin(), flagged.end());
        QCOMPARE(flagged, expected);
        QVERIFY(report.value(QStringLiteral("flagged"))[0][QStringLiteral("message")].toString().contains(
            QStringLiteral("audit event")));
        // The good station's checkpoints all verified; psql holds the same verdicts.
        QCOMPARE(verdicts(pg, ids[0]).count("verified"), verdicts(pg, ids[0]).count(':'));
        QVERIFY(verdicts(pg, ids[1]).endsWith(QByteArray::number(reSignedSeq) + ":wrong-key"));

        // openssl agrees: the good station's latest checkpoint verifies under its pinned key; the re-signed
        // one does not (it does under the forger's key), the rehashed one does (its key signed a false hash).
        const auto latest = [&](const QString& station) {
            return QString::fromUtf8(
                pg.psql(QStringLiteral("SELECT uuid FROM tps.records WHERE table_name = 'checkpoints' AND "
                                       "station_id = '%1' ORDER BY (payload->>'seq')::bigint DESC LIMIT 1")
                            .arg(station))
                    .out.trimmed());
        };
        QVERIFY(opensslVerifies(pg, m_dir.path(), latest(ids[0]), pems[0]));
        QVERIFY(!opensslVerifies(pg, m_dir.path(), latest(ids[1]), pems[1]));
        QVERIFY(opensslVerifies(pg, m_dir.path(), latest(ids[2]), pems[2]));
        QVERIFY(!opensslVerifies(pg, m_dir.path(), latest(ids[3]), pems[3]));

        // Pinning the last station verifies its checkpoints on the next run; the flagged three stay.
        QVERIFY(pin(ids[4], pems[4], pg.url()).ok());
        const test::ToolRun third = verify();
        QCOMPARE(third.exitCode, 1);
        QCOMPARE(
            QJsonDocument::fromJson(third.out).object().value(QStringLiteral("flagged")).toArray().size(), 3);
        QVERIFY(!verdicts(pg, ids[4]).isEmpty());
        QCOMPARE(
            pg.psql(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT ON (checkpoint) verdict FROM "
                                   "tps.checkpoint_verdicts WHERE station_id = '%1' ORDER BY checkpoint, id "
                                   "DESC) v WHERE verdict <> 'verified'")
                        .arg(ids[4]))
                .out.trimmed(),
            QByteArray("0"));

        // Bad input and roles: another key for a pinned station is refused; the verifier and the relay cannot
        // pin; nobody changes a verdict or a pinned key.
        const test::ToolRun repin = pin(ids[0], pems[1], pg.url());
        QCOMPARE(repin.exitCode, 1);
        QVERIFY2(repin.err.contains("already has the pinned key"), repin.err.constData());
        for (const QString& role : {QStringLiteral("verifier"), QStringLiteral("relay")}) {
            const test::ToolRun refused =
                pin(QStringLiteral("0b7e1c2a-0000-4000-8000-0000000000ff"), pems[0], pg.url(role));
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.out.contains("permission denied"), refused.out.constData());
        }
        QVERIFY(pg.psql(QStringLiteral("INSERT INTO tps.station_keys(station_id, public_key, fingerprint) "
                                       "VALUES (gen_random_uuid(), '\\x00', 'x')"),
                        {}, QStringLiteral("verifier"))
                    .err.contains("permission denied"));
        QVERIFY(pg.psql(QStringLiteral("DELETE FROM tps.checkpoint_verdicts"), {}, QStringLiteral("verifier"))
                    .err.contains("permission denied"));
        QVERIFY(pg.psql(QStringLiteral("UPDATE tps.checkpoint_verdicts SET verdict = 'verified'"))
                    .err.contains("append-only"));
        const test::ToolRun notKey = pin(ids[0], dbs[0], pg.url());
        QCOMPARE(notKey.exitCode, 1);
    }
};

STATION_TEST_GUILESS_MAIN(TestCentralVerify)
#include "TestCentralVerify.moc"
