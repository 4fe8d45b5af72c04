#include "exports/ZplLabel.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>
#include <QUrl>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ZplLabel)
};

class TcpLabelPrinter final : public LabelPrinter
{
public:
    TcpLabelPrinter(QString host, quint16 port, int timeoutMs)
        : m_host(std::move(host)), m_port(port), m_timeoutMs(timeoutMs)
    {}
    ExportResult<void> print(const QByteArray& zpl) override
    {
        QTcpSocket socket;
        socket.connectToHost(m_host, m_port);
        if (!socket.waitForConnected(m_timeoutMs))
            return fail(ExportError{ExportErrc::Io, Tr::tr("The label printer %1:%2 does not answer: %3")
                                                        .arg(m_host)
                                                        .arg(m_port)
                                                        .arg(socket.errorString())});
        socket.write(zpl);
        while (socket.bytesToWrite() > 0) {
            if (!socket.waitForBytesWritten(m_timeoutMs))
                return fail(ExportError{ExportErrc::Io, Tr::tr("Sending the label to %1:%2 failed: %3")
                                                            .arg(m_host)
                                                            .arg(m_port)
                                                            .arg(socket.errorString())});
        }
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(m_timeoutMs);
        return {};
    }

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
};

class FileLabelPrinter final : public LabelPrinter
{
public:
    explicit FileLabelPrinter(QString path) : m_path(std::move(path)) {}
    ExportResult<void> print(const QByteArray& zpl) override
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(zpl) != zpl.size() || !f.flush())
            return fail(
                ExportError{ExportErrc::Io, Tr::tr("Cannot write %1: %2").arg(m_path, f.errorString())});
        return {};
    }

private:
    QString m_path;
};

} // namespace

QByteArray zplFieldData(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 2);
    for (const char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x20 || b > 0x7e || ch == '^' || ch == '~' || ch == '_') {
            out += '_';
            out += QByteArray::number(b, 16).rightJustified(2, '0').toUpper();
        } else {
            out += ch;
        }
    }
    return out;
}

QByteArray zplLabel(const LabelData& label)
{
    QByteArray z = "^XA\n^CI28\n^PW600\n^LL400\n";
    z += "^FO30,30^A0N,34,34^FH^FD" + zplFieldData(label.serial) + "^FS\n";
    if (!label.product.isEmpty())
        z += "^FO30,72^A0N,22,22^FH^FD" + zplFieldData(label.product) + "^FS\n";
    z += "^FO30,105^BQN,2,4^FH^FDQA," + zplFieldData(label.registrationId) + "^FS\n";
    z += "^FO260,120^FB320,6,4,L^A0N,22,22^FH^FD" + zplFieldData(label.registrationId) + "^FS\n";
    z += "^XZ\n";
    return z;
}

ExportResult<LabelData> labelFor(Database& db, const QString& serial, const QString& product)
{
    auto stmt = db.prepare("SELECT serial, product, registration_id FROM devices WHERE serial = ?1 AND "
                           "(?2 = '' OR product = ?2) ORDER BY id");
    if (!stmt)
        return fail(ExportError{ExportErrc::Storage, stmt.error().message});
    stmt->bind(1, serial).bind(2, product);
    QList<LabelData> found;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(ExportError{ExportErrc::Storage, row.error().message});
        if (!*row)
            break;
        found.append(LabelData{stmt->text(0), stmt->text(2), stmt->text(1)});
    }
    if (found.isEmpty())
        return fail(ExportError{ExportErrc::NoDevices, Tr::tr("No device with serial %1.").arg(serial)});
    if (found.size() > 1)
        return fail(ExportError{
            ExportErrc::Invalid,
            Tr::tr("Serial %1 exists for several products: choose one with --product.").arg(serial)});
    if (found.first().registrationId.isEmpty())
        return fail(
            ExportError{ExportErrc::NoDevices,
                        Tr::tr("Device %1 has no registration ID yet (step 2 has not passed).").arg(serial)});
    return found.first();
}

ExportResult<std::unique_ptr<LabelPrinter>> openLabelPrinter(const QString& target, int timeoutMs)
{
    if (target.startsWith(QLatin1String("tcp://"))) {
        const QUrl url(target);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || !url.path().isEmpty())
            return fail(ExportError{
                ExportErrc::Invalid,
                Tr::tr("A printer address is tcp://HOST:PORT (e.g. tcp://10.0.0.5:9100), not '%1'.")
                    .arg(target)});
        return std::unique_ptr<LabelPrinter>(
            std::make_unique<TcpLabelPrinter>(url.host(), static_cast<quint16>(url.port()), timeoutMs));
    }
    if (target.isEmpty() || target.contains(QLatin1String("://")))
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("Unknown printer '%1': use tcp://HOST:PORT or a file.").arg(target)});
    return std::unique_ptr<LabelPrinter>(std::make_unique<FileLabelPrinter>(target));
}

} // namespace tps::db::exports
