#include "app/cli/Cli.h"
#include "app/cli/EkRootsCommand.h"
#include "app/cli/EkVerifyCommand.h"

#include "core/crypto/TpmPublicKey.h"
#include "core/dps/RegistrationId.h"
#include "core/tpm/EkExtraction.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkCommand)
};

bool writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

int showCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create the TPM's Endorsement Key from the TCG template, read and verify its certificate, and "
               "print the DPS registration ID and endorsementKey."));
    const QCommandLineOption tctiOpt(QStringLiteral("tcti"), Tr::tr("TCTI (default: TPM2TOOLS_TCTI)."),
                                     QStringLiteral("T"));
    const QCommandLineOption algOpt(
        QStringLiteral("alg"),
        Tr::tr("EK template: rsa2048 (L-1, default), ecc256 (L-2), h1-rsa2048, h3-ecc384."),
        QStringLiteral("ALG"), QStringLiteral("rsa2048"));
    const QCommandLineOption pubOpt(QStringLiteral("out-pub"),
                                    Tr::tr("Write the EK as TPM2B_PUBLIC to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption pemOpt(
        QStringLiteral("out-pem"), Tr::tr("Write the EK public key as PEM to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption certOpt(QStringLiteral("out-cert"),
                                     Tr::tr("Write the EK certificate (DER) to FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption rootsOpt(
        QStringLiteral("roots"), Tr::tr("Directory of trusted TPM manufacturer roots and intermediates."),
        QStringLiteral("DIR"));
    const QCommandLineOption createOpt(
        QStringLiteral("create"), Tr::tr("Always create the EK from the template, even when the persisted EK "
                                         "is the certificate's key."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({tctiOpt, algOpt, pubOpt, pemOpt, certOpt, rootsOpt, createOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("ek show")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;

    const auto templateId = tpm::ekTemplateFromKey(parser.value(algOpt));
    if (!templateId)
        return cli.usage(Tr::tr("Unknown EK algorithm '%1' (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).")
                             .arg(parser.value(algOpt)));
    tpm::EkExtractionOptions options;
    options.templateId = *templateId;
    options.reusePersisted = !parser.isSet(createOpt);
    options.trust.rootsDir = parser.value(rootsOpt);
    if (!options.trust.rootsDir.isEmpty() && crypto::countCertificates(options.trust.rootsDir) == 0)
        return cli.failure(Tr::tr("No certificates found in '%1'.").arg(options.trust.rootsDir));

    tpm::EkExtraction x;
    {
        auto session = tpm::TpmSession::open({parser.value(tctiOpt)});
        if (!session)
            return cli.failure(session.error().operatorMessage() + QStringLiteral(" [") +
                               session.error().technical() + QLatin1Char(']'));
        auto extracted = tpm::extractEk(**session, options);
        if (!extracted)
            return cli.failure(extracted.error().operatorMessage() + QStringLiteral(" [") +
                               extracted.error().technical() + QLatin1Char(']'));
        x = *extracted;
    }
    const QByteArray& pub = x.ek.key.publicArea;
    if (parser.isSet(pubOpt) && !writeFile(parser.value(pubOpt), pub))
        return cli.failure(Tr::tr("Cannot write '%1'.").arg(parser.value(pubOpt)));
    if (parser.isSet(pemOpt)) {
        auto spki = crypto::spkiFromTpmPublic(pub);
        auto pem =
            spki ? crypto::pemFromSpki(*spki) : Result<QByteArray, crypto::KeyError>(fail(spki.error()));
        if (!pem)
            return cli.failure(Tr::tr("Cannot convert the EK to PEM: %1").arg(pem.error().detail));
        if (!writeFile(parser.value(pemOpt), *pem))
            return cli.failure(Tr::tr("Cannot write '%1'.").arg(parser.value(pemOpt)));
    }
    if (parser.isSet(certOpt)) {
        if (x.certDer.isEmpty())
            return cli.failure(Tr::tr("The TPM holds no readable EK certificate to write."));
        if (!writeFile(parser.value(certOpt), x.certDer))
            return cli.failure(Tr::tr("Cannot write '%1'.").arg(parser.value(certOpt)));
    }

    const QString verdict = crypto::certVerdictKey(x.cert.verdict);
    if (parser.isSet(jsonOpt)) {
        QJsonObject o;
        o.insert(QStringLiteral("algorithm"), x.profile.algorithm);
        o.insert(QStringLiteral("template"), x.profile.templateName);
        o.insert(QStringLiteral("fromNvTemplate"), x.ek.fromNvTemplate);
        o.insert(QStringLiteral("source"),
                 x.reusedPersisted ? QStringLiteral("persisted") : QStringLiteral("created"));
        o.insert(QStringLiteral("registrationId"), x.registrationId);
        o.insert(QStringLiteral("endorsementKey"), x.endorsementKey);
        o.insert(QStringLiteral("certificate"), verdict);
        o.insert(QStringLiteral("certificateMessage"), crypto::certCheckMessage(x.cert));
        o.insert(QStringLiteral("certificateDetail"), x.cert.detail);
        o.insert(QStringLiteral("certificateSubject"), x.cert.subject);
        o.insert(QStringLiteral("certificateIssuer"), x.cert.issuer);
        o.insert(QStringLiteral("dpsReady"), x.dps.ready);
        if (!x.dps.ready)
            o.insert(QStringLiteral("dpsNotReadyReason"), x.dps.reason);
        o.insert(QStringLiteral("persistedHandle"),
                 QStringLiteral("0x%1").arg(x.profile.persistentHandle, 8, 16, QLatin1Char('0')));
        if (x.persistedMatches)
            o.insert(QStringLiteral("persistedMatches"), *x.persistedMatches);
        cli.printJson(QJsonDocument(o));
        return Ok;
    }
    const auto row = [&](const QString& label, const QString& value) {
        cli.out() << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value) << Qt::endl;
    };
    row(Tr::tr("EK"), QStringLiteral("%1 (%2)").arg(x.profile.algorithm, x.profile.templateName));
    row(Tr::tr("Registration ID"), x.registrationId);
    row(Tr::tr("Certificate"), verdict + QStringLiteral(" — ") + crypto::certCheckMessage(x.cert));
    if (!x.cert.detail.isEmpty())
        row(Tr::tr("Detail"), x.cert.detail);
    row(Tr::tr("Persisted EK"), !x.persistedMatches   ? Tr::tr("none")
                                : *x.persistedMatches ? Tr::tr("matches")
                                                      : Tr::tr("DIFFERS from the certificate-matching EK"));
    row(Tr::tr("DPS ready"), x.dps.ready ? Tr::tr("yes") : Tr::tr("no: %1").arg(x.dps.reason));
    row(Tr::tr("endorsementKey"), x.endorsementKey);
    return Ok;
}

int regidCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the DPS registration ID of an EK given as a binary TPM2B_PUBLIC or its base64 text."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("EK file ('-' for standard input)."));
    if (!cli.parse(parser, args, QStringLiteral("ek regid")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.positionalArguments().size() != 1)
        return cli.usage(Tr::tr("Usage: tpm-station-cli ek regid FILE"));
    const QString path = parser.positionalArguments().first();
    QFile f;
    const bool opened = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened)
        return cli.failure(Tr::tr("Cannot read '%1': %2").arg(path, f.errorString()));
    auto ek = dps::ekFromBinaryOrBase64(f.readAll());
    if (!ek)
        return cli.failure(Tr::tr("'%1': %2").arg(path, ek.error().message));
    cli.out() << dps::registrationIdFromEk(*ek) << Qt::endl;
    return Ok;
}
} // namespace

int ekCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub FILE] "
               "[--out-pem FILE] [--out-cert FILE] [--roots DIR] [--create] [--json]\n"
               "       tpm-station-cli ek verify FILE… [--roots DIR | --profile FILE] [--db PATH] "
               "[--tpm-manufacturer ID] [--at TIME] [--json]\n"
               "       tpm-station-cli ek regid FILE\n"
               "       tpm-station-cli ek roots list|import|remove --db PATH …");
    if (args.isEmpty())
        return cli.usage(usage);
    if (args.first() == QLatin1String("show"))
        return showCommand(cli, args.mid(1));
    if (args.first() == QLatin1String("verify"))
        return ekVerifyCommand(cli, args.mid(1));
    if (args.first() == QLatin1String("regid"))
        return regidCommand(cli, args.mid(1));
    if (args.first() == QLatin1String("roots"))
        return ekRootsCommand(cli, args.mid(1));
    return cli.usage(usage);
}

} // namespace tps::cli
