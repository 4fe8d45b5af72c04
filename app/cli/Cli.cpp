#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <cstdio>

namespace tps::cli {

Cli::Cli() : m_out(stdout), m_err(stderr) {}

int Cli::failure(const QString& message)
{
    m_err << QCoreApplication::translate("Cli", "error: %1").arg(message) << Qt::endl;
    return Failed;
}

int Cli::usage(const QString& message)
{
    m_err << message << Qt::endl;
    return Usage;
}

void Cli::printJson(const QJsonDocument& doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& args, const QString& command)
{
    parser.addHelpOption();
    QStringList argv = args;
    argv.prepend(QStringLiteral("tpm-station-cli ") + command);
    if (!parser.parse(argv)) {
        m_err << parser.errorText() << Qt::endl << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return false;
    }
    return true;
}

} // namespace tps::cli
