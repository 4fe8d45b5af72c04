#include "core/sim/SimFleet.h"

#include "core/sim/ProcessControl.h"
#include "core/sim/TimingPresets.h"
#include "core/tpm/TimingModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

namespace tps::sim {

namespace {

constexpr int kFormat = 1;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimFleet)
};

SimError error(SimErrc code, const QString& message)
{
    return SimError{code, message};
}

QString findTool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

SimResult<void> writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(error(SimErrc::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString())));
    return {};
}

// The fleet's lock, held while the result lives (another process may be creating or starting it).
SimResult<std::unique_ptr<QLockFile>> lockFleet(const QString& root)
{
    auto lock = std::make_unique<QLockFile>(root + QStringLiteral("/.fleet.lock"));
    if (!lock->tryLock(120000))
        return fail(error(SimErrc::Busy, Tr::tr("Another process is using the fleet at %1").arg(root)));
    return lock;
}

SimError noFleet(const QString& root)
{
    return error(SimErrc::NotAFleet, Tr::tr("No simulated fleet at %1; create one first").arg(root));
}

// A device's own seed: the fleet's seed mixed with its serial (FNV-1a), the same in every process.
quint64 deviceSeed(quint64 fleetSeed, const QString& serial)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (const char c : serial.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return fleetSeed ^ h;
}

} // namespace

QString SimDevice::tcti() const
{
    if (state != DeviceState::Running || port == 0)
        return {};
    return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port);
}

QJsonObject SimDevice::toJson() const
{
    return QJsonObject{
        {QStringLiteral("serial"), serial},
        {QStringLiteral("tcti"), tcti()},
        {QStringLiteral("state"),
         state == DeviceState::Running ? QStringLiteral("running") : QStringLiteral("stopped")},
        {QStringLiteral("port"), port},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("flash"), flashPath},
        {QStringLiteral("simulated"), simulated},
        {QStringLiteral("timing"),
         timingModel.isEmpty()
             ? QJsonValue(QStringLiteral("none"))
             : QJsonValue(QJsonObject{
                   {QStringLiteral("model"), timingName},
                   {QStringLiteral("seed"), QString::number(timingSeed, 16)},
                   {QStringLiteral("definition"), QJsonDocument::fromJson(timingModel).object()}})},
    };
}

timeline::DeviceTiming SimDevice::timingFromJson(const QJsonObject& device)
{
    const QJsonObject t = device.value(QStringLiteral("timing")).toObject();
    if (t.isEmpty())
        return {};
    return {t.value(QStringLiteral("model")).toString(),
            QJsonDocument(t.value(QStringLiteral("definition")).toObject()).toJson(QJsonDocument::Compact),
            t.value(QStringLiteral("seed")).toString().toULongLong(nullptr, 16)};
}

SimFleet::SimFleet(QString root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

SimFleet::~SimFleet()
{
    if (!m_stopOnDestruction)
        return;
    for (qint64 pid : std::as_const(m_started))
        terminateProcess(pid);
}

QString SimFleet::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sim");
}

bool SimFleet::exists() const
{
    return QFile::exists(m_root + QStringLiteral("/fleet.json"));
}

QString SimFleet::rootCaCertificate() const
{
    return m_root + QStringLiteral("/ca/swtpm-localca-rootca-cert.pem");
}
QString SimFleet::issuerCertificate() const
{
    return m_root + QStringLiteral("/ca/issuercert.pem");
}

SimResult<QJsonObject> SimFleet::loadManifest() const
{
    QFile f(m_root + QStringLiteral("/fleet.json"));
    if (!f.exists())
        return QJsonObject{};
    if (!f.open(QIODevice::ReadOnly))
        return fail(error(SimErrc::Io, Tr::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    const QJsonObject obj = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        obj.value(QStringLiteral("format")).toInt() != kFormat ||
        !obj.value(QStringLiteral("devices")).isArray())
        return fail(
            error(SimErrc::NotAFleet, Tr::tr("%1 is not a simulated fleet of this station").arg(m_root)));
    return obj;
}

SimResult<void> SimFleet::saveManifest(const QJsonObject& manifest) const
{
    return writeFile(m_root + QStringLiteral("/fleet.json"), QJsonDocument(manifest).toJson());
}

SimResult<void> SimFleet::writeCaConfig() const
{
    const QString ca = m_root + QStringLiteral("/ca");
    if (!QDir().mkpath(ca))
        return fail(error(SimErrc::Io, Tr::tr("Cannot create %1").arg(ca)));
    const QString localca = findTool(QStringLiteral("swtpm_localca"));
    if (localca.isEmpty())
        return fail(
            error(SimErrc::ToolMissing, Tr::tr("swtpm_localca is not installed (package swtpm-tools).")));
    // The CA lives inside the root: never the system's /var/lib/swtpm-localca.
    const QString caConf = QStringLiteral("statedir = %1\nsigningkey = %1/signkey.pem\n"
                                          "issuercert = %1/issuercert.pem\ncertserial = %1/certserial\n")
                               .arg(ca);
    const QString caOptions = QStringLiteral("--platform-manufacturer TPM-Provisioning-Station\n"
                                             "--platform-version 2.1\n--platform-model Simulated-Device\n");
    const QString setupConf =
        QStringLiteral("create_certs_tool = %1\ncreate_certs_tool_config = %2/swtpm-localca.conf\n"
                       "create_certs_tool_options = %2/swtpm-localca.options\n"
                       "active_pcr_banks = sha256\n")
            .arg(localca, ca);
    if (auto r = writeFile(ca + QStringLiteral("/swtpm-localca.conf"), caConf.toUtf8()); !r)
        return r;
    if (auto r = writeFile(ca + QStringLiteral("/swtpm-localca.options"), caOptions.toUtf8()); !r)
        return r;
    return writeFile(ca + QStringLiteral("/swtpm_setup.conf"), setupConf.toUtf8());
}

SimDevice SimFleet::describe(const QString& serial) const
{
    SimDevice d;
    d.serial = serial;
    d.directory = m_root + QStringLiteral("/devices/") + serial;
    d.stateDir = d.directory + QStringLiteral("/state");
    d.flashPath = d.directory + QStringLiteral("/flash.bin");
    QFile f(d.directory + QStringLiteral("/runtime.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject rt = QJsonDocument::fromJson(f.readAll()).object();
        const qint64 pid = rt.value(QStringLiteral("pid")).toInteger();
        if (pid > 0 && isSwtpmFor(pid, d.stateDir)) {
            d.pid = pid;
            d.port = static_cast<quint16>(rt.value(QStringLiteral("port")).toInt());
            d.state = DeviceState::Running;
        }
    }
    return d;
}

SimResult<QList<SimDevice>> SimFleet::devices() const
{
    auto manifest = loadManifest();
    if (!manifest)
        return fail(manifest.error());
    const QJsonObject timing = manifest->value(QStringLiteral("timing")).toObject();
    const QByteArray model = timing.isEmpty()
                                 ? QByteArray()
                                 : QJsonDocument(timing.value(QStringLiteral("definition")).toObject())
                                       .toJson(QJsonDocument::Compact);
    const quint64 seed = timing.value(QStringLiteral("seed")).toString().toULongLong(nullptr, 16);
    QList<SimDevice> out;
    for (const QJsonValue& v : manifest->value(QStringLiteral("devices")).toArray()) {
        SimDevice d = describe(v.toObject().value(QStringLiteral("serial")).toString());
        if (!model.isEmpty()) {
            d.timingName = timing.value(QStringLiteral("model")).toString();
            d.timingModel = model;
            d.timingSeed = deviceSeed(seed, d.serial);
        }
        out.append(d);
    }
    return out;
}

SimResult<SimDevice> SimFleet::device(const QString& serial) const
{
    auto all = devices();
    if (!all)
        return fail(all.error());
    for (const SimDevice& d : std::as_const(*all))
        if (d.serial == serial)
            return d;
    return fail(error(SimErrc::UnknownDevice,
                      Tr::tr("No simulated device with serial %1 in %2").arg(serial, m_root)));
}

SimResult<void> SimFleet::manufacture(const QStringList& serials) const
{
    const QString setup = findTool(QStringLiteral("swtpm_setup"));
    if (setup.isEmpty())
        return fail(
            error(SimErrc::ToolMissing, Tr::tr("swtpm_setup is not installed (package swtpm-tools).")));
    const int parallel = qMax(1, QThread::idealThreadCount());
    for (qsizetype first = 0; first < serials.size(); first += parallel) {
        std::vector<std::unique_ptr<QProcess>> batch;
        for (qsizetype i = first; i < qMin(serials.size(), first + parallel); ++i) {
            const SimDevice d = describe(serials.at(i));
            if (!QDir().mkpath(d.stateDir))
                return fail(error(SimErrc::Io, Tr::tr("Cannot create %1").arg(d.stateDir)));
            QFile flash(d.flashPath);
            if (!flash.open(QIODevice::WriteOnly) ||
                flash.write(QByteArray(kFlashSize, '\xFF')) != kFlashSize)
                return fail(error(SimErrc::Io, Tr::tr("Cannot create %1").arg(d.flashPath)));
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(setup, {QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"), d.stateDir,
                             QStringLiteral("--create-ek-cert"), QStringLiteral("--create-platform-cert"),
                             QStringLiteral("--config"), m_root + QStringLiteral("/ca/swtpm_setup.conf"),
                             QStringLiteral("--not-overwrite")});
            batch.push_back(std::move(p));
        }
        for (qsizetype i = 0; i < static_cast<qsizetype>(batch.size()); ++i) {
            QProcess& p = *batch[static_cast<size_t>(i)];
            const bool finished = p.waitForFinished(120000);
            if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
                return fail(
                    error(SimErrc::ManufactureFailed,
                          Tr::tr("swtpm_setup failed for %1: %2")
                              .arg(serials.at(first + i), output.isEmpty() ? p.errorString() : output)));
            }
        }
    }
    return {};
}

SimResult<QList<SimDevice>> SimFleet::create(int count)
{
    if (count < 1 || count > 1000)
        return fail(
            error(SimErrc::Io, Tr::tr("A fleet holds 1 to 1000 devices; %1 was asked for.").arg(count)));
    if (!QDir().mkpath(m_root))
        return fail(error(SimErrc::Io, Tr::tr("Cannot create %1").arg(m_root)));
    auto lock = lockFleet(m_root);
    if (!lock)
        return fail(lock.error());

    auto manifest = loadManifest();
    if (!manifest)
        return fail(manifest.error());
    QJsonObject m = *manifest;
    if (m.isEmpty()) {
        const QDir dir(m_root);
        const QStringList existing = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (!(existing.size() == 1 && existing.first() == QLatin1String(".fleet.lock")) &&
            !existing.isEmpty())
            return fail(
                error(SimErrc::NotAFleet,
                      Tr::tr("%1 is not empty and holds no fleet; choose an empty directory").arg(m_root)));
        m.insert(QStringLiteral("format"), kFormat);
        m.insert(QStringLiteral("fleetId"),
                 QStringLiteral("%1")
                     .arg(QRandomGenerator::system()->bounded(0x10000), 4, 16, QLatin1Char('0'))
                     .toUpper());
        m.insert(QStringLiteral("simulated"), true);
        m.insert(QStringLiteral("devices"), QJsonArray{});
    }
    if (auto r = writeCaConfig(); !r)
        return fail(r.error());

    QJsonArray list = m.value(QStringLiteral("devices")).toArray();
    const QString fleetId = m.value(QStringLiteral("fleetId")).toString();
    QStringList fresh;
    for (qsizetype i = list.size(); i < count; ++i)
        fresh << QStringLiteral("SIM-%1-%2").arg(fleetId).arg(i + 1, 4, 10, QLatin1Char('0'));
    if (auto r = manufacture(fresh); !r)
        return fail(r.error());
    for (const QString& s : std::as_const(fresh))
        list.append(QJsonObject{{QStringLiteral("serial"), s}});
    m.insert(QStringLiteral("devices"), list);
    if (auto r = saveManifest(m); !r)
        return fail(r.error());
    (*lock)->unlock();
    return devices();
}

SimResult<void> SimFleet::setTiming(const QString& preset, std::optional<quint64> seed)
{
    const QByteArray definition = timingPreset(preset);
    if (preset != QLatin1String("none") && definition.isEmpty())
        return fail(error(
            SimErrc::Io,
            Tr::tr("Unknown timing model %1: choose one of %2.")
                .arg(preset, (timingPresetNames() << QStringLiteral("none")).join(QStringLiteral(", ")))));
    if (!definition.isEmpty())
        if (auto parsed = tpm::TimingModel::fromJson(definition); !parsed)
            return fail(
                error(SimErrc::Io, Tr::tr("The timing model %1 is invalid: %2").arg(preset, parsed.error())));
    auto lock = lockFleet(m_root);
    if (!lock)
        return fail(lock.error());
    auto manifest = loadManifest();
    if (!manifest)
        return fail(manifest.error());
    if (manifest->isEmpty())
        return fail(noFleet(m_root));
    QJsonObject m = *manifest;
    if (definition.isEmpty()) {
        m.remove(QStringLiteral("timing"));
    } else {
        const quint64 fleetSeed = seed ? *seed : QRandomGenerator::system()->generate64();
        m.insert(QStringLiteral("timing"),
                 QJsonObject{{QStringLiteral("model"), preset},
                             {QStringLiteral("seed"), QString::number(fleetSeed, 16)},
                             {QStringLiteral("definition"), QJsonDocument::fromJson(definition).object()}});
    }
    return saveManifest(m);
}

SimResult<SimDevice> SimFleet::startDevice(SimDevice d)
{
    const QString swtpm = findTool(QStringLiteral("swtpm"));
    if (swtpm.isEmpty())
        return fail(error(SimErrc::ToolMissing, Tr::tr("swtpm is not installed (package swtpm).")));
    QString lastError;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const quint16 port = findFreePortPair();
        if (port == 0)
            return fail(error(SimErrc::StartFailed, Tr::tr("No free pair of loopback ports")));
        const QString pidFile = d.directory + QStringLiteral("/swtpm.pid");
        QFile::remove(pidFile);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(swtpm,
                {QStringLiteral("socket"), QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"),
                 QStringLiteral("dir=") + d.stateDir, QStringLiteral("--server"),
                 QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(port), QStringLiteral("--ctrl"),
                 QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(port + 1),
                 QStringLiteral("--flags"), QStringLiteral("not-need-init,startup-clear"),
                 QStringLiteral("--daemon"), QStringLiteral("--pid"), QStringLiteral("file=") + pidFile,
                 QStringLiteral("--log"), QStringLiteral("file=%1/swtpm.log,level=1").arg(d.directory)});
        if (!p.waitForFinished(10000) || p.exitCode() != 0) {
            lastError = QString::fromLocal8Bit(p.readAll()).trimmed();
            p.kill();
            continue; // most likely the port was taken in the meantime: try another pair
        }
        const qint64 pid = waitForPidFile(pidFile, std::chrono::milliseconds(5000));
        if (pid <= 0 || !waitForListening(port, std::chrono::milliseconds(5000))) {
            if (pid > 0)
                terminateProcess(pid);
            lastError = Tr::tr("swtpm did not answer on port %1").arg(port);
            continue;
        }
        d.pid = pid;
        d.port = port;
        d.state = DeviceState::Running;
        m_started.append(pid);
        const QJsonObject rt{{QStringLiteral("pid"), pid}, {QStringLiteral("port"), port}};
        if (auto r = writeFile(d.directory + QStringLiteral("/runtime.json"), QJsonDocument(rt).toJson()); !r)
            return fail(r.error());
        return d;
    }
    return fail(
        error(SimErrc::StartFailed, Tr::tr("swtpm for %1 would not start: %2").arg(d.serial, lastError)));
}

SimResult<QList<SimDevice>> SimFleet::start()
{
    auto lock = lockFleet(m_root);
    if (!lock)
        return fail(lock.error());
    auto all = devices();
    if (!all)
        return fail(all.error());
    if (all->isEmpty())
        return fail(noFleet(m_root));
    QList<SimDevice> out;
    for (const SimDevice& d : std::as_const(*all)) {
        if (d.state == DeviceState::Running) {
            out.append(d);
            continue;
        }
        auto started = startDevice(d);
        if (!started)
            return fail(started.error());
        out.append(*started);
    }
    return out;
}

SimResult<void> SimFleet::stop()
{
    auto lock = lockFleet(m_root);
    if (!lock)
        return fail(lock.error());
    auto all = devices();
    if (!all)
        return fail(all.error());
    for (const SimDevice& d : std::as_const(*all)) {
        if (d.state == DeviceState::Running)
            terminateProcess(d.pid); // describe() only reports PIDs whose command line is this device's swtpm
        QFile::remove(d.directory + QStringLiteral("/runtime.json"));
        m_started.removeAll(d.pid);
    }
    return {};
}

SimResult<void> SimFleet::kill(const QString& serial)
{
    auto d = device(serial);
    if (!d)
        return fail(d.error());
    if (d->state == DeviceState::Running)
        killProcess(d->pid);
    return {};
}

} // namespace tps::sim
