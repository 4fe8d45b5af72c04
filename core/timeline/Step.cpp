#include "core/timeline/Step.h"

#include "core/timeline/Station.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace tps::timeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)
};
} // namespace

QString stepKey(StepId id)
{
    switch (id) {
    case StepId::TpmInstalled:
        return QStringLiteral("tpm-installed");
    case StepId::EkExtracted:
        return QStringLiteral("ek-extracted");
    case StepId::OwnershipTaken:
        return QStringLiteral("ownership-taken");
    case StepId::FirmwareFlashed:
        return QStringLiteral("firmware-flashed");
    case StepId::QaCheck:
        return QStringLiteral("qa-check");
    }
    return QStringLiteral("unknown");
}

QString stepTitle(StepId id)
{
    switch (id) {
    case StepId::TpmInstalled:
        return Tr::tr("TPM installed");
    case StepId::EkExtracted:
        return Tr::tr("EK_pub extracted");
    case StepId::OwnershipTaken:
        return Tr::tr("Ownership taken");
    case StepId::FirmwareFlashed:
        return Tr::tr("Firmware flashed");
    case StepId::QaCheck:
        return Tr::tr("QA check");
    }
    return {};
}

std::optional<StepId> stepFromKey(const QString& key)
{
    for (StepId id : kAllSteps)
        if (stepKey(id) == key)
            return id;
    return std::nullopt;
}

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::Aborted:
        return QStringLiteral("aborted");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("error");
}

Measurement Measurement::record(const QString& name, const QVariant& value, const QString& unit)
{
    Measurement m;
    m.name = name;
    m.value = value;
    m.unit = unit;
    return m;
}

Measurement Measurement::equals(const QString& name, const QVariant& value, const QVariant& expected)
{
    Measurement m = record(name, value);
    m.expected = expected;
    m.verdict = value == expected ? Verdict::Pass : Verdict::Fail;
    return m;
}

Measurement Measurement::within(const QString& name, double value, std::optional<double> lower,
                                std::optional<double> upper, const QString& unit)
{
    Measurement m = record(name, value, unit);
    m.lower = lower;
    m.upper = upper;
    const bool ok = (!lower || value >= *lower) && (!upper || value <= *upper);
    m.verdict = ok ? Verdict::Pass : Verdict::Fail;
    return m;
}

QJsonObject Measurement::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("value"), QJsonValue::fromVariant(value)}};
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (lower)
        o.insert(QStringLiteral("lower"), *lower);
    if (upper)
        o.insert(QStringLiteral("upper"), *upper);
    if (expected.isValid())
        o.insert(QStringLiteral("expected"), QJsonValue::fromVariant(expected));
    o.insert(QStringLiteral("verdict"), verdict == Verdict::Pass   ? QStringLiteral("pass")
                                        : verdict == Verdict::Fail ? QStringLiteral("fail")
                                                                   : QStringLiteral("none"));
    return o;
}

StepResult StepResult::failure(StepErrc code, const QString& operatorMessage, const QString& technical,
                               Outcome outcome)
{
    StepResult r;
    r.outcome = outcome;
    r.error = StepError{code, operatorMessage, technical};
    return r;
}

void StepResult::add(const Measurement& m)
{
    measurements.append(m);
    if (m.verdict == Verdict::Fail && outcome == Outcome::Pass)
        outcome = Outcome::Fail;
}

void StepResult::attach(const QString& name, const QString& mediaType, const QByteArray& data)
{
    artifacts.append(Artifact{name, mediaType, data});
}

const Artifact* StepResult::artifact(const QString& name) const
{
    for (const Artifact& a : artifacts)
        if (a.name == name)
            return &a;
    return nullptr;
}

const Measurement* StepResult::measurement(const QString& name) const
{
    for (const Measurement& m : measurements)
        if (m.name == name)
            return &m;
    return nullptr;
}

QList<StepId> Station::preconditions() const
{
    const int n = static_cast<int>(id());
    if (n <= 1)
        return {};
    return {static_cast<StepId>(n - 1)};
}

} // namespace tps::timeline
