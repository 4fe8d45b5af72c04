// One device's DPS enrollment in the three forms of a batch (bulk JSON, CSV row, az command), built
// straight into byte buffers that the caller reuses — no QJsonDocument or QString per device. The bytes
// are exactly what QJsonDocument (Indented in the bulk files, Compact for the twin tags), csvRow() and
// shellQuote() write for the same values (TestEnrollmentWriter compares them).
#pragma once

#include "exports/DpsBatchExporter.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tps::db::exports {

// The per-device values, UTF-8.
struct EnrollmentFields
{
    QByteArray registrationId;
    QByteArray endorsementKey; // base64 of the TPM2B_PUBLIC
    QByteArray deviceId;       // empty: none (DPS then uses the registration ID)
    QByteArray serial;
    QByteArray firmware;
    bool simulated = false;
};

// A JSON string as QJsonDocument writes it (quotes included); `utf8` must be valid UTF-8.
void appendJsonString(QByteArray& out, QByteArrayView utf8);
// A POSIX-shell single-quoted word (bytes).
void appendShellQuoted(QByteArray& out, QByteArrayView utf8);

// The registration ID (DESIGN §3.1: SHA-256, base32, lowercase, no padding; 52 characters) and the
// endorsementKey (base64) of an EK, with one SHA-256 context reused across devices.
class EkIdentity
{
public:
    EkIdentity();
    ~EkIdentity();
    EkIdentity(const EkIdentity&) = delete;
    EkIdentity& operator=(const EkIdentity&) = delete;
    // Fills registrationId and endorsementKey of `fields`.
    void derive(QByteArrayView ekTpm2bPublic, EnrollmentFields& fields);
    QByteArray registrationId(QByteArrayView ekTpm2bPublic);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

class EnrollmentWriter
{
public:
    EnrollmentWriter(const DpsProfile& profile, const QString& batchName, const QString& product);

    // The device ID the profile's pattern gives, or empty when it is not a valid IoT Hub device ID.
    QByteArray deviceId(const EnrollmentFields& fields) const;

    // A bulk operation file: begin, the enrollments separated by separator(), end.
    static QByteArrayView operationBegin();
    static QByteArrayView separator();
    static QByteArrayView operationEnd();
    // One IndividualEnrollment object, indented as an element of the operation's "enrollments" array.
    void appendJson(QByteArray& out, const EnrollmentFields& f) const;
    // The initialTwin tags as compact JSON.
    void appendTagsCompact(QByteArray& out, const EnrollmentFields& f) const;
    // One enrollments.csv record (CRLF included).
    void appendCsvRow(QByteArray& out, const EnrollmentFields& f) const;
    // One enroll.sh line (LF included).
    void appendCommand(QByteArray& out, const EnrollmentFields& f) const;

private:
    QByteArray m_allocationPolicy; // JSON line, or empty
    QByteArray m_capabilities;
    QByteArray m_hubLines; // iotHubHostName and iotHubs JSON lines (ending in ",\n"), or empty
    QByteArray m_provisioningStatus;
    QByteArray m_batchJson; // escaped JSON strings
    QByteArray m_productJson;
    QByteArray m_batchCsv; // CSV cells
    QByteArray m_productCsv;
    QByteArray m_commandTail; // after the device ID, up to --initial-twin-tags=
    QByteArray m_deviceIdPattern;
};

} // namespace tps::db::exports
