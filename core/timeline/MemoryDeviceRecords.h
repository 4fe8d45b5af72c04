// DeviceRecords kept in memory: for unit tests of steps and for runs without a database.
#pragma once

#include "core/timeline/DeviceRecords.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

namespace tps::timeline {

class MemoryDeviceRecords final : public DeviceRecords
{
public:
    void rememberRegistrationId(const QString& serial, const QString& registrationId)
    {
        QMutexLocker lock(&m_mutex);
        m_regIds.insert(registrationId, serial);
    }
    QStringList events() const
    {
        QMutexLocker lock(&m_mutex);
        return m_events;
    }

    Result<std::optional<QString>, RecordsError>
    serialWithRegistrationId(const QString& registrationId, const QString& exceptSerial) override
    {
        QMutexLocker lock(&m_mutex);
        const QString s = m_regIds.value(registrationId);
        if (s.isEmpty() || s == exceptSerial)
            return std::optional<QString>{};
        return std::optional<QString>{s};
    }
    Result<void, RecordsError> auditDeviceEvent(const QString& serial, const QString& kind,
                                                const QString& detail) override
    {
        QMutexLocker lock(&m_mutex);
        m_events << serial + QLatin1Char(' ') + kind + QLatin1Char(' ') + detail;
        return {};
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_regIds;
    QStringList m_events;
};

} // namespace tps::timeline
