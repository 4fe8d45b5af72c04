// The vocabulary of the manufacturing timeline: steps, outcomes, measurements, artifacts, typed errors.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace tps::timeline {

// The five steps, in timeline order. The numeric values are stored in the database: never renumber.
enum class StepId : int {
    TpmInstalled = 1,
    EkExtracted = 2,
    OwnershipTaken = 3,
    FirmwareFlashed = 4,
    QaCheck = 5
};
inline constexpr StepId kAllSteps[] = {StepId::TpmInstalled, StepId::EkExtracted, StepId::OwnershipTaken,
                                       StepId::FirmwareFlashed, StepId::QaCheck};

QString stepKey(StepId id);   // stable machine name: "tpm-installed", "ek-extracted", ...
QString stepTitle(StepId id); // translated title: "TPM installed", ...
std::optional<StepId> stepFromKey(const QString& key);

enum class Outcome { Pass, Fail, Error, Aborted, Skipped };
QString outcomeKey(Outcome o); // "pass", "fail", "error", "aborted", "skipped"

enum class Verdict { Pass, Fail, NotEvaluated };

// One named measurement (OpenHTF's model): a value, its unit, optional limits or an expected value,
// and the verdict against them.
struct Measurement
{
    QString name;
    QVariant value;
    QString unit;
    std::optional<double> lower;
    std::optional<double> upper;
    QVariant expected;
    Verdict verdict = Verdict::NotEvaluated;

    // Informational record, no limit.
    static Measurement record(const QString& name, const QVariant& value, const QString& unit = {});
    // Pass when value == expected.
    static Measurement equals(const QString& name, const QVariant& value, const QVariant& expected);
    // Pass when lower <= value <= upper (either bound optional).
    static Measurement within(const QString& name, double value, std::optional<double> lower,
                              std::optional<double> upper, const QString& unit = {});
    QJsonObject toJson() const;
};

// A file-like result of a step: EK_pub, certificate, programmer log, ...
struct Artifact
{
    QString name;      // "ek.pub", "ek-cert.der", "flash.log"
    QString mediaType; // "application/octet-stream", "application/pkix-cert", "text/plain"
    QByteArray data;
};

enum class StepErrc {
    Tpm,           // the TPM failed or vanished (see technical text)
    Precondition,  // an earlier step has not passed, or its artifacts are missing
    Configuration, // the product profile is incomplete or wrong for this step
    Validation,    // input (serial, settings, firmware manifest, ...) refused
    Certificate,   // EK certificate missing, untrusted, malformed, mismatched
    Duplicate,     // the same TPM/EK seen on another serial
    Lot,           // the EK is not on the delivery list of the lot named, or its entry was used
    AlreadyOwned,  // the TPM is owned with an authorization the station does not know
    Firmware,      // image/manifest/signature refused
    Programmer,    // the flasher failed, timed out, or the read-back differs
    Attestation,   // the DPS attestation rehearsal failed
    Storage,       // the record could not be committed
    Cancelled,
    Internal,
};

struct StepError
{
    StepErrc code = StepErrc::Internal;
    QString operatorMessage; // translated: what happened and what to do
    QString technical;       // English detail for logs and the audit trail
};

struct StepResult
{
    Outcome outcome = Outcome::Pass;
    QList<Measurement> measurements;
    QList<Artifact> artifacts;
    std::optional<StepError> error;
    qint64 durationMs = 0;
    QString summary; // one line for the operator's log: what the step found (never a secret)

    static StepResult pass() { return {}; }
    static StepResult failure(StepErrc code, const QString& operatorMessage, const QString& technical = {},
                              Outcome outcome = Outcome::Fail);
    bool passed() const { return outcome == Outcome::Pass; }
    // Adds a measurement; a failing one turns a passing result into Fail.
    void add(const Measurement& m);
    void attach(const QString& name, const QString& mediaType, const QByteArray& data);
    const Artifact* artifact(const QString& name) const;
    const Measurement* measurement(const QString& name) const;
};

} // namespace tps::timeline
