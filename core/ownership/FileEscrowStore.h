// EscrowStore on plain files: one JSON file per serial in a directory (mode 0700, files 0600), each
// write a QSaveFile (temporary file, fsync, atomic rename) followed by an fsync of the directory, so a
// record is on disk when saveEscrow()/updateState() return. Format: docs/ESCROW.md.
#pragma once

#include "core/ownership/EscrowStore.h"

#include <QMutex>

namespace tps::ownership {

class FileEscrowStore final : public EscrowStore
{
public:
    explicit FileEscrowStore(QString directory);
    // The station's default: QStandardPaths::AppDataLocation + "/escrow".
    static QString defaultDirectory();
    const QString& directory() const { return m_dir; }
    QString fileFor(const QString& serial) const;
    // The serials that have a file in the directory (decoded from the file names), sorted.
    QStringList serials() const;

    EscrowResult<QString> saveEscrow(const EscrowRecord& record) override;
    EscrowResult<QList<EscrowRecord>> escrowHistory(const QString& serial) override;
    EscrowResult<void> updateState(const QString& serial, const QString& id, EscrowState state,
                                   const QList<Hierarchy>& applied) override;

private:
    EscrowResult<QList<EscrowRecord>> load(const QString& serial) const;
    EscrowResult<void> write(const QString& serial, const QList<EscrowRecord>& records) const;

    QString m_dir;
    QMutex m_mutex;
};

} // namespace tps::ownership
