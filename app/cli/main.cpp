#include "app/cli/Cli.h"
#include "app/cli/CliSecrets.h"
#include "app/cli/GlobalOptions.h"
#include "app/cli/SyncCommand.h"
#include "app/common/AppSetup.h"
#include "app/common/VersionInfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

using namespace tps::cli;

namespace {

// The top-level help: the commands, then the options that come before a command.
QString usageText()
{
    QString usage = QCoreApplication::translate(
        "Cli",
        "Usage: tpm-station-cli [--lang L] [--key-passphrase-fd N] <command> [options]\n\n"
        "Commands:\n"
        "  run                      run the station's main job on the simulated fleet\n"
        "  line                     run the line over simulated devices into a station database\n"
        "  audit verify|list|checkpoint|export|public-key|protect-key   check, witness or export the audit "
        "trail\n"
        "  operator add|list|disable    manage operators\n"
        "  rework                   order rework of a device (supervisor signature)\n"
        "  sim create|start|stop|list   manage the simulated TPM fleet\n"
        "  tpm info                 identify a TPM\n"
        "  ek show|verify|regid|roots   the EK, its certificate verdict and DPS registration ID; the trust "
        "store\n"
        "  lot import|list|show     incoming TPM lots: the vendor's delivery lists of EKs\n"
        "  ownership take|clear|verify  step 3: take ownership (escrowed secrets); rework clear; fit to the "
        "device client\n"
        "  escrow open              the owner's recovery of escrowed TPM authorizations\n"
        "  profile pin-escrow       pin the profile's escrow certificate (an admin's signed change)\n"
        "  firmware verify|settings verify a signed firmware release; read a TPM's provisioning settings\n"
        "  export dps|audit|slot-keys  signed DPS enrollment batch; signed audit export (CSV, JSON, PDF);\n"
        "                           slot keys for the cloud engineer (CMS-encrypted)\n"
        "  batch import-result      import a DPS bulk enrollment result\n"
        "  label                    device label (ZPL to a file or tcp:// printer, PNG preview)\n"
        "  slot list|provision|sas|destroy|hwid   Limpet (Windows IoT Core) TPM slots on a bench TPM\n"
        "  sync [status]            send the queued records to the factory database; show the queue\n"
        "  central init             create or migrate the factory database's schema\n\n"
        "Run 'tpm-station-cli <command> --help' for the options of a command.");
    usage +=
        QLatin1String("\n\n") +
        QCoreApplication::translate(
            "Cli", "Options before the command:\n"
                   "  --lang L                 the language of the messages (de, zh_CN, ...; default: "
                   "STATION_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG)\n"
                   "  --key-passphrase-fd N    unlock a station key protected by the admin's passphrase "
                   "from descriptor N (else asked at the terminal)\n"
                   "  --version                the version, git revision, build date and the versions of "
                   "Qt, tpm2-tss, OpenSSL and SQLite in use\n"
                   "  --help                   this text");
    usage +=
        QLatin1Char('\n') +
        QCoreApplication::translate("Cli", "  --password-fd N          the password of the command's --as ID "
                                           "from descriptor N (one line), instead of STATION_PASSWORD or "
                                           "stdin");
    return usage;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const GlobalOptions global = takeGlobalOptions(args);
    const QString language = tps::app::setupApplication(app, global.language);
    Cli cli;

    // clang-format off
    const QMap<QString, Command> commands = {
        {QStringLiteral("run"), runCommand},
        {QStringLiteral("line"), lineCommand},
        {QStringLiteral("audit"), auditCommand},
        {QStringLiteral("operator"), operatorCommand},
        {QStringLiteral("rework"), reworkCommand},
        {QStringLiteral("sim"), simCommand},
        {QStringLiteral("ek"), ekCommand},
        {QStringLiteral("tpm"), tpmCommand},
        {QStringLiteral("firmware"), firmwareCommand},
        {QStringLiteral("ownership"), ownershipCommand},
        {QStringLiteral("escrow"), escrowCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("batch"), batchCommand},
        {QStringLiteral("label"), labelCommand},
        {QStringLiteral("slot"), slotCommand},
        {QStringLiteral("sync"), syncCommand},
        {QStringLiteral("central"), centralCommand},
        {QStringLiteral("lot"), lotCommand},
        {QStringLiteral("profile"), profileCommand},
    };
    // clang-format on
    const QString usage = usageText();
    if (global.missingValue)
        return cli.usage(
            QCoreApplication::translate("Cli", "--lang needs a language, for example --lang de.") +
            QLatin1String("\n\n") + usage);
    if (!global.language.isEmpty() && QLocale(global.language).language() != QLocale(language).language())
        cli.err() << QCoreApplication::translate("Cli",
                                                 "The language '%1' is not available; the messages are in "
                                                 "English.")
                         .arg(global.language)
                  << Qt::endl;
    if (global.badKeyPassphraseFd)
        return cli.usage(QCoreApplication::translate("Cli", "--key-passphrase-fd takes a file descriptor."));
    // A protected station key (docs/AUDIT.md) is unlocked with the admin's passphrase from this descriptor,
    // else at the terminal's prompt.
    installKeyPassphraseSource(global.keyPassphraseFd);
    if (global.badPasswordFd)
        return cli.usage(QCoreApplication::translate("Cli", "--password-fd takes a file descriptor."));
    // The password of the command's --as ID (docs/CLI.md): from this descriptor, not STATION_PASSWORD.
    installPasswordSource(global.passwordFd);
    if (args.isEmpty())
        return cli.usage(usage);
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        cli.out() << usage << Qt::endl;
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        cli.out() << tps::app::versionText(QStringLiteral("tpm-station-cli")) << Qt::flush;
        return Ok;
    }
    const auto it = commands.constFind(name);
    if (it == commands.cend())
        return cli.usage(QCoreApplication::translate("Cli", "Unknown command '%1'.\n\n%2").arg(name, usage));
    return (*it)(cli, args);
}
