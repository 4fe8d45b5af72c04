#include "app/cli/EkVerifyCommand.h"

#include "core/crypto/CaDirectory.h"
#include "core/crypto/EkCertificate.h"
#include "core/timeline/ProductProfile.h"
#include "db/TrustStore.h"
#include "stations/EkExtractedStation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkVerifyCommand)
};

struct Options
{
    QString db; // the station database whose trust store verifies (when no roots directory is given)
    QStringList files;
    crypto::CertTrust trust;
    bool json = false;
};

// One file's certificate: the first CERTIFICATE of a PEM file, else DER or a raw NV dump (TCG header and
// trailing padding cut at the DER length). Empty when the file holds none.
struct Input
{
    QByteArray der;
    bool trimmed = false; // bytes before or after the DER were cut (NV header, padding)
};

Input certificateOf(const QByteArray& data)
{
    Input in;
    const qsizetype begin = data.indexOf("-----BEGIN CERTIFICATE-----");
    if (begin >= 0) {
        const qsizetype body = data.indexOf('\n', begin);
        const qsizetype end = data.indexOf("-----END CERTIFICATE-----", begin);
        if (body > 0 && end > body)
            in.der = QByteArray::fromBase64(data.mid(body + 1, end - body - 1).simplified().replace(' ', ""));
        return in;
    }
    const auto der = crypto::trimCertificateDer(data);
    if (der) {
        in.der = *der;
        in.trimmed = der->size() != data.size();
    } else if (!data.isEmpty()) {
        in.der = data; // judged malformed
    }
    return in;
}

// Roots from --roots, or the product profile's ek.rootsDir (empty: the station's trust store).
Result<QString, QString> rootsFromProfile(const QString& path)
{
    auto profile = timeline::ProductProfile::load(path);
    if (!profile)
        return fail(profile.error().message);
    auto ek = stations::EkStepConfig::parse(profile->section(QStringLiteral("ek")), profile->production);
    if (!ek)
        return fail(Tr::tr("The product profile %1 is refused: %2").arg(path, ek.error()));
    return ek->rootsDir;
}

QString dpsReason(const crypto::CertCheck& c)
{
    if (c.keyAlgorithm == QLatin1String("RSA-2048"))
        return {};
    return Tr::tr("The EK is %1: Azure DPS TPM attestation accepts RSA-2048 EKs only.").arg(c.keyAlgorithm);
}

QJsonObject toJson(const QString& file, const Input& in, const crypto::CertCheck& c)
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("certificate"), crypto::certVerdictKey(c.verdict)},
                  {QStringLiteral("certificateMessage"), crypto::certCheckMessage(c)},
                  {QStringLiteral("certificateDetail"), c.detail},
                  {QStringLiteral("certificateSubject"), c.subject},
                  {QStringLiteral("certificateIssuer"), c.issuer},
                  {QStringLiteral("trimmed"), in.trimmed},
                  {QStringLiteral("keyAlgorithm"), c.keyAlgorithm},
                  {QStringLiteral("rsaOaepKey"), c.rsaOaepKey},
                  {QStringLiteral("ekEku"), c.ekEku},
                  {QStringLiteral("signatures"), QJsonArray::fromStringList(c.signatures)}};
    if (c.notAfter.isValid())
        o.insert(QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate));
    if (c.tpm) {
        o.insert(QStringLiteral("tpmManufacturerId"), c.tpm->manufacturerId);
        o.insert(QStringLiteral("tpmManufacturer"), c.tpm->manufacturer);
        o.insert(QStringLiteral("tpmModel"), c.tpm->model);
        o.insert(QStringLiteral("tpmVersion"), c.tpm->version);
    }
    QJsonArray chain;
    for (const crypto::ChainCa& ca : c.chain)
        chain.append(QJsonObject{{QStringLiteral("subject"), ca.subject},
                                 {QStringLiteral("sha256"), ca.sha256},
                                 {QStringLiteral("known"), !ca.name.isEmpty()},
                                 {QStringLiteral("vendor"), ca.vendor},
                                 {QStringLiteral("name"), ca.name}});
    o.insert(QStringLiteral("chain"), chain);
    if (!c.keyAlgorithm.isEmpty()) {
        o.insert(QStringLiteral("dpsReady"), dpsReason(c).isEmpty());
        if (!dpsReason(c).isEmpty())
            o.insert(QStringLiteral("dpsNotReadyReason"), dpsReason(c));
    }
    return o;
}

void printText(Cli& cli, const QString& file, const Input& in, const crypto::CertCheck& c)
{
    const auto row = [&](const QString& label, const QString& value) {
        cli.out() << QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -14).arg(value) << Qt::endl;
    };
    cli.out() << file << QStringLiteral(": ") << crypto::certVerdictKey(c.verdict) << QStringLiteral(" — ")
              << crypto::certCheckMessage(c) << Qt::endl;
    if (c.verdict == crypto::CertVerdict::NoCertificate || c.verdict == crypto::CertVerdict::Malformed) {
        row(Tr::tr("Detail"), c.detail);
        return;
    }
    row(Tr::tr("Subject"), c.subject.isEmpty() ? Tr::tr("(empty)") : c.subject);
    row(Tr::tr("Issuer"), c.issuer);
    if (c.tpm)
        row(Tr::tr("TPM"),
            Tr::tr("%1 (%2), model %3, version %4")
                .arg(c.tpm->manufacturer, c.tpm->manufacturerId, c.tpm->model, c.tpm->version));
    row(Tr::tr("Key"),
        c.rsaOaepKey ? Tr::tr("%1 (RSAES-OAEP identifier)").arg(c.keyAlgorithm) : c.keyAlgorithm);
    row(Tr::tr("Signatures"), c.signatures.join(QStringLiteral(", ")));
    for (const crypto::ChainCa& ca : c.chain)
        row(Tr::tr("Chain"), ca.name.isEmpty()
                                 ? Tr::tr("%1 — NOT in the manifest of known TPM vendor CAs").arg(ca.subject)
                                 : QStringLiteral("%1 (%2)").arg(ca.name, ca.vendor));
    if (in.trimmed)
        row(Tr::tr("Input"), Tr::tr("NV header or padding cut at the DER length"));
    row(Tr::tr("DPS ready"), dpsReason(c).isEmpty() ? Tr::tr("yes") : Tr::tr("no: %1").arg(dpsReason(c)));
    row(Tr::tr("Detail"), c.detail);
}

// The station's trust store (--db), loaded once.
Result<std::shared_ptr<const crypto::CaDirectory>, QString> storeRoots(const QString& dbPath,
                                                                       const QDateTime& at)
{
    auto database = db::Database::open(dbPath, db::OpenOptions::readOnly());
    if (!database)
        return fail(database.error().message);
    auto store = db::TrustStore(**database).load(at);
    if (!store)
        return fail(store.error().message);
    if ((*store)->certificates.empty())
        return fail(
            Tr::tr("The station's trust store in %1 holds no CA certificate: an admin imports the TPM "
                   "vendors' CA files with 'tpm-station-cli ek roots import'.")
                .arg(dbPath));
    return *store;
}

// The roots loaded once and reviewed before anything is verified: not-a-CA refuses, the rest warns. A
// roots directory (--roots, or the profile's rootsDir) overrides the trust store (--db).
Result<QStringList, QString> reviewRoots(crypto::CertTrust& trust, const QString& dbPath)
{
    const QDateTime at = trust.at ? *trust.at : QDateTime::currentDateTimeUtc();
    if (trust.rootsDir.isEmpty() && dbPath.isEmpty())
        return QStringList{Tr::tr("No roots given (--roots DIR, --db PATH or --profile FILE): no certificate "
                                  "can be trusted.")};
    if (trust.rootsDir.isEmpty()) {
        auto store = storeRoots(dbPath, at);
        if (!store)
            return fail(store.error());
        trust.roots = *store;
    } else {
        auto dir = std::make_shared<crypto::CaDirectory>(crypto::loadCaDirectory(trust.rootsDir, at));
        if (dir->certificates.empty())
            return fail(Tr::tr("No certificates found in '%1'.").arg(trust.rootsDir));
        trust.roots = dir;
    }
    QStringList warnings;
    QStringList refusals;
    for (const crypto::CaProblem& p : trust.roots->problems)
        (p.issue == crypto::CaIssue::NotCa ? refusals : warnings).append(p.message);
    if (!refusals.isEmpty())
        return fail(refusals.join(QLatin1Char('\n')));
    return warnings;
}

Result<Options, QString> parseOptions(Cli& cli, const QStringList& args, bool& help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Verify EK certificates given as files (DER, PEM or raw NV dumps) offline, as step 2 judges them."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("EK certificate files (one or more)."),
                                 QStringLiteral("FILE…"));
    const QCommandLineOption rootsOpt(
        QStringLiteral("roots"), Tr::tr("Directory of TPM manufacturer CA files (subdirectories included)."),
        QStringLiteral("DIR"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        Tr::tr("Take the roots from this product profile's ek.rootsDir (none: the trust store of --db)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"), Tr::tr("Station database: verify against its TPM manufacturer trust store."),
        QStringLiteral("PATH"));
    const QCommandLineOption mfrOpt(
        QStringLiteral("tpm-manufacturer"),
        Tr::tr("Compare the certificates' TPM manufacturer with ID (e.g. NTC, IFX)."), QStringLiteral("ID"));
    const QCommandLineOption atOpt(QStringLiteral("at"),
                                   Tr::tr("Verification time (ISO 8601, UTC; default: now)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({rootsOpt, profileOpt, dbOpt, mfrOpt, atOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("ek verify"))) {
        help = parser.isSet(QStringLiteral("help"));
        return fail(QString());
    }
    Options o;
    o.files = parser.positionalArguments();
    o.json = parser.isSet(jsonOpt);
    if (o.files.isEmpty())
        return fail(Tr::tr("Give at least one certificate file."));
    if (parser.isSet(rootsOpt) && parser.isSet(profileOpt))
        return fail(Tr::tr("Give --roots or --profile, not both."));
    o.trust.rootsDir = parser.value(rootsOpt);
    o.db = parser.value(dbOpt);
    if (parser.isSet(profileOpt)) {
        auto roots = rootsFromProfile(parser.value(profileOpt));
        if (!roots)
            return fail(roots.error());
        o.trust.rootsDir = *roots;
    }
    o.trust.tpmManufacturer = parser.value(mfrOpt).trimmed();
    if (parser.isSet(atOpt)) {
        QDateTime at = QDateTime::fromString(parser.value(atOpt), Qt::ISODate);
        if (!at.isValid())
            return fail(
                Tr::tr("'%1' is not an ISO 8601 time (e.g. 2026-01-31T12:00:00Z).").arg(parser.value(atOpt)));
        at.setTimeSpec(at.timeSpec() == Qt::LocalTime ? Qt::UTC : at.timeSpec());
        o.trust.at = at;
    }
    return o;
}
} // namespace

int ekVerifyCommand(Cli& cli, const QStringList& args)
{
    bool help = false;
    auto options = parseOptions(cli, args, help);
    if (!options) {
        if (help)
            return Ok;
        return options.error().isEmpty() ? Usage : cli.usage(options.error());
    }
    auto warnings = reviewRoots(options->trust, options->db);
    if (!warnings)
        return cli.failure(warnings.error());
    for (const QString& w : std::as_const(*warnings))
        cli.err() << Tr::tr("warning: %1").arg(w) << Qt::endl;

    QJsonArray results;
    bool allTrusted = true;
    for (const QString& file : std::as_const(options->files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return cli.failure(Tr::tr("Cannot read '%1': %2").arg(file, f.errorString()));
        const Input in = certificateOf(f.readAll());
        const crypto::CertCheck check = crypto::verifyEkCertificateFile(in.der, options->trust);
        allTrusted = allTrusted && check.verdict == crypto::CertVerdict::Trusted;
        if (options->json)
            results.append(toJson(file, in, check));
        else
            printText(cli, file, in, check);
    }
    if (options->json)
        cli.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                      {QStringLiteral("warnings"), QJsonArray::fromStringList(*warnings)}}));
    return allTrusted ? Ok : Failed;
}

} // namespace tps::cli
