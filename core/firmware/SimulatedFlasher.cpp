#include "core/firmware/SimulatedFlasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <thread>
#include <unistd.h>

namespace tps::firmware {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedFlasher)
};
} // namespace

std::optional<SimFault> simFaultFromKey(const QString& key)
{
    if (key.isEmpty() || key == QLatin1String("none"))
        return SimFault::None;
    if (key == QLatin1String("fail"))
        return SimFault::Fail;
    if (key == QLatin1String("hang"))
        return SimFault::Hang;
    if (key == QLatin1String("corrupt-readback"))
        return SimFault::CorruptReadBack;
    return std::nullopt;
}

FlashResult<FlashReport> SimulatedFlasher::flash(const FlashJob& job)
{
    QElapsedTimer timer;
    timer.start();
    FlashReport report;
    report.programmer = QStringLiteral("simulated");
    const auto failWith = [&](FlashErrc code, const QString& message, const QString& technical) {
        report.durationMs = timer.elapsed();
        report.log += "[error: " + technical.toUtf8() + "]\n";
        return fail(FlashError{code, message, technical, report});
    };
    report.log += "simulated programmer: target " + m_flashPath.toUtf8() + "\n";

    QFile image(job.imagePath);
    if (!image.open(QIODevice::ReadOnly))
        return failWith(FlashErrc::Io, Tr::tr("The firmware image could not be read for flashing."),
                        QStringLiteral("image %1: %2").arg(job.imagePath, image.errorString()));
    const QByteArray bytes = image.readAll();

    QFile flash(m_flashPath);
    if (m_flashPath.isEmpty() || !flash.exists())
        return failWith(FlashErrc::Io,
                        Tr::tr("The simulated device has no flash memory. Recreate the simulated fleet."),
                        QStringLiteral("flash file %1 missing").arg(m_flashPath));
    const qint64 flashSize = flash.size();
    if (bytes.size() > flashSize)
        return failWith(FlashErrc::Io,
                        Tr::tr("The firmware image (%1 bytes) is larger than the device's flash (%2 bytes).")
                            .arg(bytes.size())
                            .arg(flashSize),
                        QStringLiteral("image %1 bytes > flash %2 bytes").arg(bytes.size()).arg(flashSize));

    if (m_fault == SimFault::Fail)
        return failWith(FlashErrc::Failed,
                        Tr::tr("The programmer reported an error. The firmware is NOT flashed: see the "
                               "programmer log."),
                        QStringLiteral("simulated programmer failure (fault knob)"));
    if (m_fault == SimFault::Hang) {
        while (timer.elapsed() < job.timeout.count()) {
            if (job.cancel && job.cancel->load())
                return failWith(FlashErrc::Cancelled,
                                Tr::tr("Flashing was cancelled. The firmware is NOT flashed."),
                                QStringLiteral("cancelled while the simulated programmer hung"));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return failWith(FlashErrc::Timeout,
                        Tr::tr("The programmer did not finish within %1 s and was stopped. The firmware is "
                               "NOT flashed: check the programmer connection and try again.")
                            .arg(job.timeout.count() / 1000.0, 0, 'f', 1),
                        QStringLiteral("simulated programmer hung for %1 ms (timeout)").arg(timer.elapsed()));
    }

    // Erase + program: the image at offset 0, the rest of the flash erased to 0xFF.
    QByteArray content = bytes;
    content.append(QByteArray(flashSize - bytes.size(), '\xFF'));
    if (m_fault == SimFault::CorruptReadBack)
        content[bytes.size() / 2] = char(content.at(bytes.size() / 2) ^ 0x5A);
    if (!flash.open(QIODevice::ReadWrite) || flash.write(content) != content.size() || !flash.flush() ||
        ::fsync(flash.handle()) != 0)
        return failWith(FlashErrc::Io, Tr::tr("The simulated flash could not be written."),
                        QStringLiteral("flash file %1: %2").arg(m_flashPath, flash.errorString()));
    report.log += "erased " + QByteArray::number(flashSize) + " bytes, programmed " +
                  QByteArray::number(bytes.size()) + " bytes\n";

    // Read back through a fresh handle.
    flash.close();
    if (!flash.open(QIODevice::ReadOnly))
        return failWith(FlashErrc::ReadBackFailed, Tr::tr("The simulated flash could not be read back."),
                        QStringLiteral("flash file %1: %2").arg(m_flashPath, flash.errorString()));
    const QByteArray readBack = flash.read(job.imageSize > 0 ? job.imageSize : bytes.size());
    report.readBackChecked = true;
    report.readBackSha256 = QCryptographicHash::hash(readBack, QCryptographicHash::Sha256);
    report.log += "read back " + QByteArray::number(readBack.size()) + " bytes, SHA-256 " +
                  report.readBackSha256.toHex() + "\n";
    report.durationMs = timer.elapsed();
    if (report.readBackSha256 != job.imageSha256)
        return failWith(FlashErrc::ReadBackMismatch,
                        Tr::tr("The device does not hold the image that was flashed (read-back differs). "
                               "The firmware is NOT flashed: try again, then set the device aside."),
                        QStringLiteral("read-back SHA-256 %1, image %2")
                            .arg(QString::fromLatin1(report.readBackSha256.toHex()),
                                 QString::fromLatin1(job.imageSha256.toHex())));
    return report;
}

} // namespace tps::firmware
