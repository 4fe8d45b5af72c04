#include "core/timeline/ProductProfile.h"

namespace tps::timeline {

QJsonObject ProductProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("production"), production},
                       {QStringLiteral("maxRetries"), maxRetries},
                       {QStringLiteral("sections"), sections}};
}

ProductProfile ProductProfile::fromJson(const QJsonObject& json)
{
    ProductProfile p;
    p.id = json.value(QStringLiteral("id")).toString(p.id);
    p.name = json.value(QStringLiteral("name")).toString(p.name);
    p.production = json.value(QStringLiteral("production")).toBool(false);
    p.maxRetries = json.value(QStringLiteral("maxRetries")).toInt(p.maxRetries);
    p.sections = json.value(QStringLiteral("sections")).toObject();
    return p;
}

} // namespace tps::timeline
