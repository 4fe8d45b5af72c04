// Operator prompts (seat the device, connect the programmer, confirm): the GUI implements them with
// dialogs, the CLI answers them non-interactively.
#pragma once

#include <QString>

namespace tps::timeline {

enum class PromptKind { Instruction, Confirm };
enum class PromptAnswer { Confirmed, Declined, Cancelled };

struct Prompt
{
    PromptKind kind = PromptKind::Instruction;
    QString message; // translated
};

class OperatorPrompts
{
public:
    virtual ~OperatorPrompts() = default;
    // Called on the socket's worker thread; may block until the operator answers.
    virtual PromptAnswer ask(const Prompt& prompt) = 0;
};

// Confirms everything (CLI, unattended runs); records nothing.
class AutoConfirmPrompts final : public OperatorPrompts
{
public:
    PromptAnswer ask(const Prompt&) override { return PromptAnswer::Confirmed; }
};

} // namespace tps::timeline
