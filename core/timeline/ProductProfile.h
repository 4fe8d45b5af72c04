// A product profile: what the line does for one product. Each step reads its own section
// (profile.section("ek"), section("ownership"), section("firmware"), section("qa"), ...) and parses it
// into its own typed configuration, so steps stay independent of each other.
#pragma once

#include <QJsonObject>
#include <QString>

namespace tps::timeline {

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
};

} // namespace tps::timeline
