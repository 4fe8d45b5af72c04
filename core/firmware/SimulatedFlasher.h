// The programmer of the simulated fleet: writes the image into the device's flash file
// (devices/<serial>/flash.bin), erases the rest to 0xFF, reads it back and compares. Fault knobs
// let tests provoke what real programmers do: fail, hang, or leave something else on the device.
#pragma once

#include "core/firmware/Flasher.h"

#include <optional>

namespace tps::firmware {

enum class SimFault {
    None,
    Fail,            // the programmer fails before writing
    Hang,            // the programmer never finishes (until the timeout or cancel)
    CorruptReadBack, // the write goes wrong: the device ends up holding a different byte
};
std::optional<SimFault> simFaultFromKey(const QString& key); // "none", "fail", "hang", "corrupt-readback"

class SimulatedFlasher final : public Flasher
{
public:
    explicit SimulatedFlasher(QString flashPath, SimFault fault = SimFault::None)
        : m_flashPath(std::move(flashPath)), m_fault(fault)
    {}

    QString kind() const override { return QStringLiteral("simulated"); }
    bool needsOperator() const override { return false; }
    FlashResult<FlashReport> flash(const FlashJob& job) override;

private:
    QString m_flashPath;
    SimFault m_fault;
};

} // namespace tps::firmware
