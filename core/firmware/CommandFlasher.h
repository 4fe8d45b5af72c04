// A real programmer (openocd, dfu-util, esptool, a vendor tool) driven by an argument template.
//
// The program is started directly with an argument list — never through a shell — so arguments
// with spaces, quotes or shell metacharacters reach the programmer intact. Placeholders inside
// arguments are replaced in one pass:
//   {image} {size} {sha256} {serial} {port} {settings} {workdir} {readback}
// The programmer runs in its own process group; on timeout or cancel the whole group is killed.
// Exit code 0 means success. An optional read-back command must output exactly the image (on
// stdout, or into the file {readback} when its arguments name it); its SHA-256 is compared.
#pragma once

#include "core/firmware/Flasher.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace tps::firmware {

struct CommandTemplate
{
    QString program;
    QStringList arguments;
};

struct CommandFlasherConfig
{
    CommandTemplate flash;
    std::optional<CommandTemplate> readBack;
};

class CommandFlasher final : public Flasher
{
public:
    explicit CommandFlasher(CommandFlasherConfig config) : m_config(std::move(config)) {}

    QString kind() const override { return QStringLiteral("command"); }
    bool needsOperator() const override { return true; }
    FlashResult<FlashReport> flash(const FlashJob& job) override;

    // Refuses an empty program and unknown placeholders.
    static FlashResult<void> validate(const CommandFlasherConfig& config);
    static QStringList knownPlaceholders();
    // One-pass substitution of {name} by values[name]; values never get expanded again.
    static QStringList expand(const QStringList& arguments, const QHash<QString, QString>& values);
    // A human-readable, shell-quoted rendering of a command line for the log (never executed).
    static QString displayCommand(const QString& program, const QStringList& arguments);

private:
    CommandFlasherConfig m_config;
};

} // namespace tps::firmware
