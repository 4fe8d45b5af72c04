#include "core/timeline/ProductProfile.h"

#include "core/common/Identifiers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace tps::timeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProductProfile)
};
} // namespace

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

Result<ProductProfile, ProfileError> ProductProfile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ProfileError{ProfileErrc::Unreadable,
                         Tr::tr("Cannot read the product profile %1: %2").arg(path, file.errorString())});
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ProfileError{ProfileErrc::NotJson, Tr::tr("The product profile %1 is not valid JSON: %2")
                                                           .arg(path, error.error != QJsonParseError::NoError
                                                                          ? error.errorString()
                                                                          : Tr::tr("not an object"))});
    return fromJson(doc.object());
}

Result<void, ProfileError> ProductProfile::valid() const
{
    if (!isValidProductId(id) || maxRetries < 1 || maxRetries > 100)
        return fail(
            ProfileError{ProfileErrc::Invalid,
                         Tr::tr("The product profile needs an ID (1 to 64 letters, digits, '.', '_' or "
                                "'-', starting with a letter or digit) and maxRetries from 1 to 100.")});
    return {};
}

} // namespace tps::timeline
