#include "app/report/LabelPreview.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace tps::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelPreview)
};
struct QrFree
{
    void operator()(QRcode* q) const { QRcode_free(q); }
};
constexpr int kQuietZone = 4;
} // namespace

QList<QList<bool>> qrModules(const QByteArray& text)
{
    std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeData(static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M));
    QList<QList<bool>> modules;
    if (!code)
        return modules;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < code->width; ++x)
            row.append((code->data[y * code->width + x] & 1) != 0);
        modules.append(row);
    }
    return modules;
}

QImage renderLabelPreview(const db::exports::LabelData& label, int moduleSize)
{
    QImage image(600, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QList<QList<bool>> modules = qrModules(label.registrationId.toUtf8());
    QPainter p(&image);
    const int left = 30;
    const int top = 105;
    for (qsizetype y = 0; y < modules.size(); ++y) {
        for (qsizetype x = 0; x < modules.at(y).size(); ++x) {
            if (modules.at(y).at(x))
                p.fillRect(QRect(left + int(x + kQuietZone) * moduleSize,
                                 top + int(y + kQuietZone) * moduleSize, moduleSize, moduleSize),
                           Qt::black);
        }
    }
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        QFont big = p.font();
        big.setPixelSize(30);
        p.setFont(big);
        p.setPen(Qt::black);
        p.drawText(QRect(30, 25, 560, 40), Qt::AlignLeft | Qt::AlignVCenter, label.serial);
        QFont small = big;
        small.setPixelSize(18);
        p.setFont(small);
        if (!label.product.isEmpty())
            p.drawText(QRect(30, 68, 560, 28), Qt::AlignLeft | Qt::AlignVCenter, label.product);
        p.drawText(QRect(260, 120, 320, 200), Qt::AlignLeft | Qt::TextWrapAnywhere, label.registrationId);
    }
    p.end();
    return image;
}

QString saveLabelPng(const db::exports::LabelData& label, const QString& path)
{
    if (qrModules(label.registrationId.toUtf8()).isEmpty())
        return Tr::tr("The registration ID cannot be encoded as a QR code.");
    if (!renderLabelPreview(label).save(path, "PNG"))
        return Tr::tr("Cannot write the label preview %1.").arg(path);
    return {};
}

} // namespace tps::report
