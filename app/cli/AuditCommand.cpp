#include "app/cli/Cli.h"

#include "app/cli/CliAuth.h"
#include "app/cli/CliSecrets.h"
#include "db/AuditTrail.h"
#include "db/Operators.h"
#include "db/StationKeyProtection.h"
#include "db/StationStore.h"
#include "exports/AuditTrailExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};
// Signs the end of the trail and, with `out`, writes the witnessed checkpoint note an auditor keeps.
int checkpointAction(Cli& cli, const QString& path, const QString& out)
{
    auto store = db::StationStore::open(path);
    if (!store)
        return cli.failure(store.error().message);
    auto written = (*store)->checkpoint();
    if (!written)
        return cli.failure(written.error().message);
    if (*written)
        cli.out() << Tr::tr("Checkpoint signed at audit event %1.").arg((*written)->seq) << Qt::endl;
    else
        cli.out() << Tr::tr("The latest checkpoint already covers the whole trail.") << Qt::endl;
    if (out.isEmpty())
        return Ok;
    auto latest = db::latestCheckpoint((*store)->database());
    if (!latest)
        return cli.failure(latest.error().message);
    if (!*latest)
        return cli.failure(Tr::tr("The audit trail is empty: there is nothing to witness."));
    auto note = db::signCheckpointNote(**latest, (*store)->key());
    if (!note)
        return cli.failure(note.error().message);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*note) != note->size() || !file.commit())
        return cli.failure(Tr::tr("Cannot write %1: %2").arg(out, file.errorString()));
    cli.out() << Tr::tr("Witnessed checkpoint (audit event %1) written to %2; key fingerprint %3.")
                     .arg((*latest)->seq)
                     .arg(out, db::publicKeyFingerprint((*store)->key().publicKey()))
              << Qt::endl;
    return Ok;
}

// The station's public key (PEM) and its fingerprint, for the auditor to pin. Reads the key only.
int publicKeyAction(Cli& cli, const QString& path, const QString& out)
{
    auto key = db::StationKey::loadOrCreate(db::keyPathFor(path), db::KeyCreation::Refuse);
    if (!key)
        return cli.failure(key.error().message);
    const QByteArray pem = key->publicKeyPem();
    if (out.isEmpty()) {
        cli.out() << QString::fromLatin1(pem);
        cli.err() << Tr::tr("SHA-256 fingerprint: %1").arg(db::publicKeyFingerprint(key->publicKey()))
                  << Qt::endl;
        return Ok;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return cli.failure(Tr::tr("Cannot write %1: %2").arg(out, file.errorString()));
    cli.out() << Tr::tr("SHA-256 fingerprint: %1").arg(db::publicKeyFingerprint(key->publicKey()))
              << Qt::endl;
    return Ok;
}
// Encrypts the station key under the admin's new passphrase (from `fd`, or typed twice at the terminal)
// and audits it. From then on the station signs only after the passphrase unlocks the key.
int protectKeyAction(Cli& cli, const QString& path, const QString& fdText)
{
    auto store = db::StationStore::open(path);
    if (!store)
        return cli.failure(store.error().message);
    const QString keyPath = db::keyPathFor(path);
    std::optional<crypto::SecureBytes> passphrase;
    if (!fdText.isEmpty()) {
        bool ok = false;
        const int fd = fdText.toInt(&ok);
        if (!ok || fd < 0)
            return cli.usage(Tr::tr("--passphrase-fd takes a file descriptor."));
        passphrase = readSecretLine(fd);
    } else {
        passphrase = promptSecret(Tr::tr("New admin passphrase for the station key: "));
        auto again = promptSecret(Tr::tr("The same passphrase again: "));
        if (passphrase && (!again || !again->equals(*passphrase)))
            return cli.failure(Tr::tr("The two passphrases differ; the station key was not changed."));
    }
    if (!passphrase)
        return cli.failure(
            Tr::tr("No passphrase was given (--passphrase-fd N, or a terminal); the station key was "
                   "not changed."));
    if (auto r = db::protectStationKey(keyPath, *passphrase); !r)
        return cli.failure(r.error().message);
    db::AuditTrail audit((*store)->database());
    db::AuditEntry e;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("station-key");
    e.field = QStringLiteral("protection");
    e.oldValue = QStringLiteral("none");
    e.newValue = QStringLiteral("admin passphrase (scrypt, AES-256-CBC)");
    e.reason = QStringLiteral("checkpoint key encrypted under the admin's passphrase");
    if (auto r = audit.append(db::systemActor(), e); !r)
        return cli.failure(r.error().message);
    cli.out() << Tr::tr("The station key %1 is now protected by the admin's passphrase.").arg(keyPath)
              << Qt::endl;
    return Ok;
}
} // namespace

int auditCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli audit "
                                 "verify|list|checkpoint|export|public-key|protect-key --db PATH [--json]");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString action = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Verify, list or checkpoint the station's audit trail."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Only events of this device (list)."),
                                       QStringLiteral("SERIAL"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), Tr::tr("First sequence number (list)."),
                                     QStringLiteral("SEQ"), QStringLiteral("1"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), Tr::tr("Number of events (list)."),
                                      QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    const QCommandLineOption outOpt(
        QStringLiteral("out"),
        Tr::tr("Export file (export), witnessed checkpoint (checkpoint) or public key "
               "(public-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption publicKeyOpt(
        QStringLiteral("public-key"), Tr::tr("The station's public key, as the auditor keeps it (verify)."),
        QStringLiteral("PUB.pem"));
    const QCommandLineOption fingerprintOpt(
        QStringLiteral("fingerprint"), Tr::tr("The pinned SHA-256 fingerprint of the public key (verify)."),
        QStringLiteral("HEX"));
    const QCommandLineOption passphraseFdOpt(
        QStringLiteral("passphrase-fd"),
        Tr::tr("Read the admin's new passphrase from this file descriptor (protect-key)."),
        QStringLiteral("N"));
    const QCommandLineOption witnessOpt(QStringLiteral("witness"),
                                        Tr::tr("The auditor's last witnessed checkpoint (verify)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption asOpt(
        QStringLiteral("as"), Tr::tr("Operator doing the export (password from STATION_PASSWORD or stdin)."),
        QStringLiteral("ID"));
    parser.addOptions({dbOpt, serialOpt, fromOpt, limitOpt, jsonOpt, outOpt, asOpt, publicKeyOpt,
                       fingerprintOpt, witnessOpt, passphraseFdOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("audit ") + action))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString path = parser.value(dbOpt);
    if (path.isEmpty())
        return cli.usage(Tr::tr("--db PATH is required."));
    const bool json = parser.isSet(jsonOpt);

    if (action == QLatin1String("verify")) {
        auto database = db::Database::open(path, db::OpenOptions::readOnly());
        if (!database)
            return cli.failure(database.error().message);
        db::VerifyOptions options;
        options.publicKeyFile = parser.value(publicKeyOpt);
        options.fingerprint = parser.value(fingerprintOpt);
        options.witnessFile = parser.value(witnessOpt);
        auto report = db::AuditTrail::verify(**database, options);
        if (!report)
            return cli.failure(report.error().message);
        if (json) {
            cli.printJson(
                QJsonDocument(QJsonObject{{QStringLiteral("intact"), report->intact},
                                          {QStringLiteral("problem"), db::auditProblemKey(report->problem)},
                                          {QStringLiteral("seq"), report->seq},
                                          {QStringLiteral("message"), report->message},
                                          {QStringLiteral("events"), report->events},
                                          {QStringLiteral("checkpoints"), report->checkpoints},
                                          {QStringLiteral("lastCheckpointSeq"), report->lastCheckpointSeq},
                                          {QStringLiteral("witnessedSeq"), report->witnessedSeq},
                                          {QStringLiteral("keyFingerprint"), report->keyFingerprint},
                                          {QStringLiteral("seconds"), report->seconds}}));
        } else if (report->intact) {
            cli.out() << report->message << Qt::endl;
        } else {
            cli.err() << Tr::tr("TAMPERED: %1").arg(report->message) << Qt::endl;
        }
        return report->intact ? Ok : Failed;
    }
    if (action == QLatin1String("list")) {
        auto database = db::Database::open(path, db::OpenOptions::readOnly());
        if (!database)
            return cli.failure(database.error().message);
        db::AuditTrail trail(**database);
        auto events = trail.events(parser.value(fromOpt).toLongLong(), parser.value(limitOpt).toInt(),
                                   parser.value(serialOpt));
        if (!events)
            return cli.failure(events.error().message);
        QJsonArray arr;
        for (const db::AuditEvent& e : std::as_const(*events)) {
            if (json) {
                arr.append(
                    QJsonObject{{QStringLiteral("seq"), e.seq},
                                {QStringLiteral("uuid"), e.uuid},
                                {QStringLiteral("timeUtc"), e.timeUtc},
                                {QStringLiteral("stationId"), e.stationId},
                                {QStringLiteral("softwareVersion"), e.softwareVersion},
                                {QStringLiteral("actorId"), e.actorId},
                                {QStringLiteral("actorName"), e.actorName},
                                {QStringLiteral("deviceSerial"), e.entry.deviceSerial},
                                {QStringLiteral("action"), e.entry.action},
                                {QStringLiteral("object"), e.entry.object},
                                {QStringLiteral("field"), e.entry.field},
                                {QStringLiteral("oldValue"), e.entry.oldValue},
                                {QStringLiteral("newValue"), e.entry.newValue},
                                {QStringLiteral("reason"), e.entry.reason},
                                {QStringLiteral("prevHash"), QString::fromLatin1(e.prevHash.toHex())}});
            } else {
                cli.out() << QStringLiteral("%1  %2  %3 (%4)  %5  %6 %7 %8  %9")
                                 .arg(e.seq)
                                 .arg(e.timeUtc, e.actorId, e.actorName, e.entry.deviceSerial, e.entry.action,
                                      e.entry.object, e.entry.field)
                                 .arg(e.entry.newValue)
                          << Qt::endl;
            }
        }
        if (json)
            cli.printJson(QJsonDocument(arr));
        return Ok;
    }
    if (action == QLatin1String("export")) {
        if (parser.value(outOpt).isEmpty())
            return cli.usage(Tr::tr("--out FILE is required."));
        int rc = Ok;
        auto session = openSession(cli, path, parser.value(asOpt), &rc);
        if (!session)
            return rc;
        if (auto allowed = session->authorize(db::Action::ExportAudit); !allowed)
            return cli.failure(allowed.error().message);
        auto exported = db::exportAuditTrail(session->store(), session->actor(), parser.value(outOpt));
        if (!exported)
            return cli.failure(exported.error().message);
        cli.out() << Tr::tr("%n audit event(s) exported to %1, signed at event %2.", nullptr,
                            int(exported->events))
                         .arg(exported->path)
                         .arg(exported->checkpoint.seq)
                  << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("checkpoint"))
        return checkpointAction(cli, path, parser.value(outOpt));
    if (action == QLatin1String("protect-key"))
        return protectKeyAction(cli, path, parser.value(passphraseFdOpt));
    if (action == QLatin1String("public-key"))
        return publicKeyAction(cli, path, parser.value(outOpt));
    return cli.usage(usage);
}

} // namespace tps::cli
