#include "core/ownership/FileEscrowStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace tps::ownership {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileEscrowStore)
};

const QString kFormat = QStringLiteral("tpm-station-escrow-v1");

QJsonObject toJson(const EscrowRecord& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("deviceUuid"), r.deviceUuid},
        {QStringLiteral("state"), escrowStateKey(r.state)},
        {QStringLiteral("hierarchies"), QJsonArray::fromStringList(hierarchyKeys(r.hierarchies))},
        {QStringLiteral("applied"), QJsonArray::fromStringList(hierarchyKeys(r.applied))},
        {QStringLiteral("recipientFingerprint"), r.recipientFingerprint},
        {QStringLiteral("createdUtc"), r.createdUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedUtc"), r.updatedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("cms"), QString::fromLatin1(r.cms.toBase64())},
    };
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}

bool fsyncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

FileEscrowStore::FileEscrowStore(QString directory) : m_dir(std::move(directory)) {}

QString FileEscrowStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/escrow");
}

QString FileEscrowStore::fileFor(const QString& serial) const
{
    // Percent-encoding keeps any serial a single, harmless file name ("." and ".." cannot occur
    // because of the prefix).
    return m_dir + QStringLiteral("/escrow-") + QString::fromLatin1(QUrl::toPercentEncoding(serial)) +
           QStringLiteral(".json");
}

QStringList FileEscrowStore::serials() const
{
    QStringList out;
    const QStringList names =
        QDir(m_dir).entryList({QStringLiteral("escrow-*.json")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        const QString encoded = name.mid(7, name.size() - 7 - 5); // "escrow-" ... ".json"
        const QString serial = QUrl::fromPercentEncoding(encoded.toLatin1());
        if (!serial.isEmpty() && fileFor(serial) == QDir(m_dir).filePath(name))
            out << serial;
    }
    std::sort(out.begin(), out.end());
    return out;
}

EscrowResult<QList<EscrowRecord>> FileEscrowStore::load(const QString& serial) const
{
    QList<EscrowRecord> out;
    QFile f(fileFor(serial));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return fail(EscrowStoreError{
            Tr::tr("Cannot read the escrow file %1: %2").arg(f.fileName(), f.errorString())});
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    const QJsonObject root = doc.object();
    if (perr.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("serial")).toString() != serial)
        return fail(EscrowStoreError{
            Tr::tr("The escrow file %1 is damaged or not an escrow file.").arg(f.fileName())});
    for (const QJsonValue& v : root.value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = v.toObject();
        EscrowRecord r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.serial = serial;
        r.deviceUuid = o.value(QStringLiteral("deviceUuid")).toString();
        const auto state = escrowStateFromKey(o.value(QStringLiteral("state")).toString());
        r.hierarchies = hierarchiesFromKeys(strings(o.value(QStringLiteral("hierarchies"))));
        r.applied = hierarchiesFromKeys(strings(o.value(QStringLiteral("applied"))));
        r.recipientFingerprint = o.value(QStringLiteral("recipientFingerprint")).toString();
        r.createdUtc =
            QDateTime::fromString(o.value(QStringLiteral("createdUtc")).toString(), Qt::ISODateWithMs);
        r.updatedUtc =
            QDateTime::fromString(o.value(QStringLiteral("updatedUtc")).toString(), Qt::ISODateWithMs);
        r.cms = QByteArray::fromBase64(o.value(QStringLiteral("cms")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
        if (r.id.isEmpty() || !state || r.hierarchies.isEmpty() || r.cms.isEmpty())
            return fail(
                EscrowStoreError{Tr::tr("The escrow file %1 holds a damaged record.").arg(f.fileName())});
        r.state = *state;
        out << r;
    }
    return out;
}

EscrowResult<void> FileEscrowStore::write(const QString& serial, const QList<EscrowRecord>& records) const
{
    if (!QDir().mkpath(m_dir))
        return fail(EscrowStoreError{Tr::tr("Cannot create the escrow directory %1.").arg(m_dir)});
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonArray list;
    for (const EscrowRecord& r : records)
        list.append(toJson(r));
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("serial"), serial},
                           {QStringLiteral("records"), list}};
    QSaveFile f(fileFor(serial));
    const auto failed = [&] {
        return fail(EscrowStoreError{
            Tr::tr("Cannot write the escrow file %1: %2").arg(f.fileName(), f.errorString())});
    };
    if (!f.open(QIODevice::WriteOnly))
        return failed();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.flush())
        return failed();
    if (::fsync(f.handle()) != 0)
        return failed();
    if (!f.commit())
        return failed();
    if (!fsyncDirectory(m_dir))
        return fail(EscrowStoreError{Tr::tr("Cannot sync the escrow directory %1.").arg(m_dir)});
    return {};
}

EscrowResult<QString> FileEscrowStore::saveEscrow(const EscrowRecord& record)
{
    if (record.serial.isEmpty() || record.cms.isEmpty() || record.hierarchies.isEmpty())
        return fail(EscrowStoreError{Tr::tr("An escrow record needs a serial, hierarchies and CMS data.")});
    QMutexLocker lock(&m_mutex);
    auto records = load(record.serial);
    if (!records)
        return fail(records.error());
    EscrowRecord r = record;
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r.createdUtc.isValid())
        r.createdUtc = now;
    r.updatedUtc = now;
    for (const EscrowRecord& existing : std::as_const(*records))
        if (existing.id == r.id)
            return fail(EscrowStoreError{Tr::tr("Escrow record %1 exists already.").arg(r.id)});
    records->append(r);
    if (auto done = write(r.serial, *records); !done)
        return fail(done.error());
    return r.id;
}

EscrowResult<QList<EscrowRecord>> FileEscrowStore::escrowHistory(const QString& serial)
{
    QMutexLocker lock(&m_mutex);
    return load(serial);
}

EscrowResult<void> FileEscrowStore::updateState(const QString& serial, const QString& id, EscrowState state,
                                                const QList<Hierarchy>& applied)
{
    QMutexLocker lock(&m_mutex);
    auto records = load(serial);
    if (!records)
        return fail(records.error());
    for (EscrowRecord& r : *records) {
        if (r.id != id)
            continue;
        r.state = state;
        r.applied = applied;
        r.updatedUtc = QDateTime::currentDateTimeUtc();
        return write(serial, *records);
    }
    return fail(EscrowStoreError{Tr::tr("No escrow record %1 for serial %2.").arg(id, serial)});
}

} // namespace tps::ownership
