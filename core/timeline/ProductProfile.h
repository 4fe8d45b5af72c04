// A product profile: what the line does for one product. Each step reads its own section
// (profile.section("ek"), section("ownership"), section("firmware"), section("qa"), ...) and parses it
// into its own typed configuration, so steps stay independent of each other.
#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

namespace tps::timeline {

enum class ProfileErrc {
    Unreadable, // the file cannot be read
    NotJson,    // not a JSON object
    Invalid,    // no ID, an ID outside the product-ID rule, or maxRetries outside 1..100
    Refused,    // a rule spanning its sections refuses it (stations::checkProfile)
    Production, // a production profile where only simulated devices run
};

struct ProfileError
{
    ProfileErrc code = ProfileErrc::Invalid;
    QString message; // translated
};

struct ProductProfile
{
    QString id = QStringLiteral("default");
    QString name = QStringLiteral("Default product");
    bool production = false; // production profiles refuse simulated trust shortcuts
    int maxRetries = 3;      // failed attempts per step before a supervisor must order rework
    QJsonObject sections;    // step-specific configuration, keyed by section name

    QJsonObject section(const QString& name) const { return sections.value(name).toObject(); }
    void setSection(const QString& name, const QJsonObject& value) { sections.insert(name, value); }

    QJsonObject toJson() const;
    static ProductProfile fromJson(const QJsonObject& json);
    // Reads and parses the profile file at `path`: the one loader of the CLI and the GUI. It checks what
    // every profile must have (valid()); the services add the rules that span sections.
    static Result<ProductProfile, ProfileError> load(const QString& path);
    // The ID follows the product-ID rule and maxRetries is 1 to 100.
    Result<void, ProfileError> valid() const;
};

} // namespace tps::timeline
