#include "app/cli/Cli.h"
#include "app/common/AppSetup.h"

#include <QCoreApplication>
#include <QMap>

using namespace tps::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tps::app::setupApplication(app);
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
        {QStringLiteral("lot"), lotCommand},
    };
    // clang-format on
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString usage = QCoreApplication::translate(
        "Cli",
        "Usage: tpm-station-cli <command> [options]\n\n"
        "Commands:\n"
        "  run                      run the station's main job on the simulated fleet\n"
        "  line                     run the line over simulated devices into a station database\n"
        "  audit verify|list|checkpoint|export   check or export the tamper-evident audit trail\n"
        "  operator add|list|disable    manage operators\n"
        "  rework                   order rework of a device (supervisor signature)\n"
        "  sim create|start|stop|list   manage the simulated TPM fleet\n"
        "  tpm info                 identify a TPM\n"
        "  ek show|verify|regid|roots   the EK, its certificate verdict and DPS registration ID; the trust "
        "store\n"
        "  lot import|list|show     incoming TPM lots: the vendor's delivery lists of EKs\n"
        "  ownership take|clear     step 3: take ownership (escrowed secrets); rework clear\n"
        "  escrow open              the owner's recovery of escrowed TPM authorizations\n"
        "  firmware verify|settings verify a signed firmware release; read a TPM's provisioning settings\n"
        "  export dps|audit         signed DPS enrollment batch; signed audit export (CSV, JSON, PDF)\n"
        "  batch import-result      import a DPS bulk enrollment result\n"
        "  label                    device label (ZPL to a file or tcp:// printer, PNG preview)\n"
        "  slot list|provision|sas|destroy|hwid   Limpet (Windows IoT Core) TPM slots on a bench TPM\n\n"
        "Run 'tpm-station-cli <command> --help' for the options of a command.");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        cli.out() << usage << Qt::endl;
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        cli.out() << QStringLiteral("tpm-station-cli %1").arg(QCoreApplication::applicationVersion())
                  << Qt::endl;
        return Ok;
    }
    const auto it = commands.constFind(name);
    if (it == commands.cend())
        return cli.usage(QCoreApplication::translate("Cli", "Unknown command '%1'.\n\n%2").arg(name, usage));
    return (*it)(cli, args);
}
