// The factory-wide duplicate-EK question step 2 asks (issue 17): has another device — on this station or
// another one — this EK? Answered by the factory database (sync/CentralEkRegistry) with a short timeout;
// when it cannot answer, step 2 records that the EK was not cross-checked and the central side checks the
// device when its records arrive (tps.duplicate_eks).
#pragma once

#include <QString>

namespace tps::timeline {

struct FactoryEkAnswer
{
    enum class State { Unique, Duplicate, NotChecked };
    State state = State::NotChecked;
    QString otherSerial;  // Duplicate: the device that has the EK
    QString otherStation; // Duplicate: the station (its ID) that recorded it
    QString reason;       // NotChecked: why (translated)
};

class FactoryEkRegistry
{
public:
    virtual ~FactoryEkRegistry() = default;
    // `ekDigest`: lower-case hex SHA-256 of the EK's marshaled TPM2B_PUBLIC (the "ek.pub" artifact), as the
    // station's devices.ek_digest. A device of the same serial is not "another" device. Thread-safe.
    virtual FactoryEkAnswer lookup(const QString& ekDigest, const QString& serial) = 0;
};

} // namespace tps::timeline
