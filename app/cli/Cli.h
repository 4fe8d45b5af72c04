// The command-line front end: `tpm-station-cli <group> <command> [options]`.
#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace tps::cli {

enum ExitCode : int { Ok = 0, Failed = 1, Usage = 2 };

class Cli
{
public:
    Cli();
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Prints the error (translated) and returns Failed.
    int failure(const QString& message);
    int usage(const QString& message);
    void printJson(const QJsonDocument& doc);
    // Parses `args` (the words after the command) with `parser`; on error prints usage and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command);

private:
    QTextStream m_out;
    QTextStream m_err;
};

using Command = std::function<int(Cli&, const QStringList&)>;

int simCommand(Cli& cli, const QStringList& args);
int tpmCommand(Cli& cli, const QStringList& args);
int runCommand(Cli& cli, const QStringList& args);
int lineCommand(Cli& cli, const QStringList& args);
int auditCommand(Cli& cli, const QStringList& args);
int operatorCommand(Cli& cli, const QStringList& args);
int reworkCommand(Cli& cli, const QStringList& args);
int ekCommand(Cli& cli, const QStringList& args);
int firmwareCommand(Cli& cli, const QStringList& args);
int ownershipCommand(Cli& cli, const QStringList& args);
int escrowCommand(Cli& cli, const QStringList& args);
int exportCommand(Cli& cli, const QStringList& args);
int batchCommand(Cli& cli, const QStringList& args);
int labelCommand(Cli& cli, const QStringList& args);
int slotCommand(Cli& cli, const QStringList& args);
// The line side of slots (SlotLineCommand.cpp): slot group-key, slot destroy --db, export slot-keys.
int slotGroupKeyCommand(Cli& cli, const QStringList& args);
int slotDestroyRecorded(Cli& cli, const QStringList& args);
int exportSlotKeysCommand(Cli& cli, const QStringList& args);
int lotCommand(Cli& cli, const QStringList& args);
int profileCommand(Cli& cli, const QStringList& args);

} // namespace tps::cli
