// The PNG preview of a device label (QtGui + libqrencode; outside core/ and db/): the registration ID as a
// QR code at the label's module size, and — when a QGuiApplication is running (the GUI) — the serial and
// registration ID as text. 600 x 400 pixels, as the ZPL label at 203 dpi.
#pragma once

#include "exports/ZplLabel.h"

#include <QImage>

namespace tps::report {

// The QR code modules of `text` (byte mode, error correction M): true = dark. Empty on failure.
QList<QList<bool>> qrModules(const QByteArray& text);

QImage renderLabelPreview(const db::exports::LabelData& label, int moduleSize = 4);
// Writes the preview as PNG; the error is translated, empty on success.
QString saveLabelPng(const db::exports::LabelData& label, const QString& path);

} // namespace tps::report
