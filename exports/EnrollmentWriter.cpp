#include "exports/EnrollmentWriter.h"

#include "core/crypto/OpenSslPtr.h"
#include "exports/CsvWriter.h"

namespace tps::db::exports {

namespace {

constexpr char kHex[] = "0123456789abcdef";

bool validDeviceIdBytes(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    static constexpr QByteArrayView extra("-.%_*?!(),:=@$'");
    for (const char c : id) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

QByteArray jsonString(const QString& s)
{
    QByteArray out;
    appendJsonString(out, s.toUtf8());
    return out;
}

QByteArray shellQuoted(QByteArrayView s)
{
    QByteArray out;
    appendShellQuoted(out, s);
    return out;
}

QByteArray csvCellBytes(const QString& s)
{
    QByteArray out;
    appendCsvCell(out, s.toUtf8());
    return out;
}

} // namespace

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    out += '"';
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    const char* run = p; // start of the bytes copied as they are
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(esc, sizeof esc);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

void appendShellQuoted(QByteArray& out, QByteArrayView utf8)
{
    out += '\'';
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    const char* run = p;
    for (; p < end; ++p) {
        if (*p != '\'')
            continue;
        out.append(run, p - run);
        out += "'\\''";
        run = p + 1;
    }
    out.append(run, end - run);
    out += '\'';
}

struct EkIdentity::Impl
{
    crypto::MdPtr md{EVP_MD_fetch(nullptr, "SHA256", nullptr)};
    crypto::MdCtxPtr ctx{EVP_MD_CTX_new()};
};

EkIdentity::EkIdentity() : m_impl(std::make_unique<Impl>()) {}
EkIdentity::~EkIdentity() = default;

void EkIdentity::derive(QByteArrayView ek, EnrollmentFields& fields)
{
    fields.registrationId = registrationId(ek);
    fields.endorsementKey = QByteArray::fromRawData(ek.data(), ek.size()).toBase64();
}

QByteArray EkIdentity::registrationId(QByteArrayView ek)
{
    unsigned char digest[32];
    unsigned int n = 0;
    EVP_DigestInit_ex(m_impl->ctx.get(), m_impl->md.get(), nullptr);
    EVP_DigestUpdate(m_impl->ctx.get(), ek.data(), static_cast<size_t>(ek.size()));
    EVP_DigestFinal_ex(m_impl->ctx.get(), digest, &n);
    // base32 (RFC 4648), lowercase, without padding: 256 bits give 52 characters.
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QByteArray id(52, Qt::Uninitialized);
    char* out = id.data();
    quint32 buffer = 0;
    int bits = 0;
    for (const unsigned char byte : digest) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            *out++ = kAlphabet[(buffer >> (bits - 5)) & 0x1F];
            bits -= 5;
        }
    }
    *out = kAlphabet[(buffer << (5 - bits)) & 0x1F]; // bits == 1 after 32 bytes
    return id;
}

EnrollmentWriter::EnrollmentWriter(const DpsProfile& profile, const QString& batchName,
                                   const QString& product)
    : m_batchJson(jsonString(batchName)), m_productJson(jsonString(product)),
      m_batchCsv(csvCellBytes(batchName)), m_productCsv(csvCellBytes(product)),
      m_deviceIdPattern(profile.deviceIdPattern.toUtf8())
{
    if (!profile.allocationPolicy.isEmpty())
        m_allocationPolicy =
            "            \"allocationPolicy\": " + jsonString(profile.allocationPolicy) + ",\n";
    m_capabilities = QByteArray("            \"capabilities\": {\n                \"iotEdge\": ") +
                     (profile.iotEdge ? "true" : "false") + "\n            },\n";
    if (!profile.iotHubHostName.isEmpty())
        m_hubLines += "            \"iotHubHostName\": " + jsonString(profile.iotHubHostName) + ",\n";
    if (!profile.iotHubs.isEmpty()) {
        m_hubLines += "            \"iotHubs\": [\n";
        for (qsizetype i = 0; i < profile.iotHubs.size(); ++i)
            m_hubLines += "                " + jsonString(profile.iotHubs.at(i)) +
                          (i + 1 < profile.iotHubs.size() ? ",\n" : "\n");
        m_hubLines += "            ],\n";
    }
    m_provisioningStatus =
        "            \"provisioningStatus\": " + jsonString(profile.provisioningStatus) + ",\n";

    m_commandTail = " --provisioning-status " + profile.provisioningStatus.toUtf8();
    m_commandTail += profile.iotEdge ? " --edge-enabled true" : " --edge-enabled false";
    if (!profile.iotHubHostName.isEmpty())
        m_commandTail += " --iot-hub-host-name=" + shellQuoted(profile.iotHubHostName.toUtf8());
    if (!profile.iotHubs.isEmpty())
        m_commandTail += " --iot-hubs=" + shellQuoted(profile.iotHubs.join(QLatin1Char(' ')).toUtf8());
    if (!profile.allocationPolicy.isEmpty())
        m_commandTail += " --allocation-policy " + profile.allocationPolicy.toUtf8();
    m_commandTail += " --initial-twin-tags=";
}

QByteArray EnrollmentWriter::deviceId(const EnrollmentFields& fields) const
{
    if (m_deviceIdPattern.isEmpty())
        return {};
    if (m_deviceIdPattern == "{serial}") // the default: no pattern to apply
        return validDeviceIdBytes(fields.serial) ? fields.serial : QByteArray();
    QByteArray id = m_deviceIdPattern;
    id.replace("{serial}", fields.serial).replace("{registrationId}", fields.registrationId);
    return validDeviceIdBytes(id) ? id : QByteArray();
}

QByteArrayView EnrollmentWriter::operationBegin()
{
    return "{\n    \"enrollments\": [\n";
}

QByteArrayView EnrollmentWriter::separator()
{
    return ",\n";
}

QByteArrayView EnrollmentWriter::operationEnd()
{
    return "\n    ],\n    \"mode\": \"create\"\n}\n";
}

void EnrollmentWriter::appendJson(QByteArray& out, const EnrollmentFields& f) const
{
    out += "        {\n";
    out += m_allocationPolicy;
    out += "            \"attestation\": {\n"
           "                \"tpm\": {\n"
           "                    \"endorsementKey\": ";
    appendJsonString(out, f.endorsementKey);
    out += "\n"
           "                },\n"
           "                \"type\": \"tpm\"\n"
           "            },\n";
    out += m_capabilities;
    if (!f.deviceId.isEmpty()) {
        out += "            \"deviceId\": ";
        appendJsonString(out, f.deviceId);
        out += ",\n";
    }
    out += "            \"initialTwin\": {\n"
           "                \"properties\": {\n"
           "                    \"desired\": {\n"
           "                    }\n"
           "                },\n"
           "                \"tags\": {\n"
           "                    \"batch\": ";
    out += m_batchJson;
    out += ",\n                    \"firmwareVersion\": ";
    appendJsonString(out, f.firmware);
    out += ",\n                    \"product\": ";
    out += m_productJson;
    out += ",\n                    \"serial\": ";
    appendJsonString(out, f.serial);
    out += f.simulated ? ",\n                    \"simulated\": true\n" : "\n";
    out += "                }\n"
           "            },\n";
    out += m_hubLines;
    out += m_provisioningStatus;
    out += "            \"registrationId\": ";
    appendJsonString(out, f.registrationId);
    out += "\n        }";
}

void EnrollmentWriter::appendTagsCompact(QByteArray& out, const EnrollmentFields& f) const
{
    out += "{\"batch\":";
    out += m_batchJson;
    out += ",\"firmwareVersion\":";
    appendJsonString(out, f.firmware);
    out += ",\"product\":";
    out += m_productJson;
    out += ",\"serial\":";
    appendJsonString(out, f.serial);
    out += f.simulated ? ",\"simulated\":true}" : "}";
}

void EnrollmentWriter::appendCsvRow(QByteArray& out, const EnrollmentFields& f) const
{
    appendCsvCell(out, f.registrationId);
    out += ',';
    appendCsvCell(out, f.deviceId);
    out += ',';
    appendCsvCell(out, f.endorsementKey);
    out += ',';
    appendCsvCell(out, f.serial);
    out += ',';
    out += m_productCsv;
    out += ',';
    appendCsvCell(out, f.firmware);
    out += ',';
    out += m_batchCsv;
    out += f.simulated ? ",true\r\n" : ",false\r\n";
}

void EnrollmentWriter::appendCommand(QByteArray& out, const EnrollmentFields& f) const
{
    out += "az iot dps enrollment create --dps-name \"$DPS_NAME\" --resource-group \"$RESOURCE_GROUP\" "
           "--enrollment-id ";
    appendShellQuoted(out, f.registrationId);
    out += " --attestation-type tpm --endorsement-key ";
    appendShellQuoted(out, f.endorsementKey);
    if (!f.deviceId.isEmpty()) {
        out += " --device-id=";
        appendShellQuoted(out, f.deviceId);
    }
    out += m_commandTail;
    // The tags are small: build them once, then quote them.
    QByteArray tags;
    tags.reserve(256);
    appendTagsCompact(tags, f);
    appendShellQuoted(out, tags);
    out += '\n';
}

} // namespace tps::db::exports
