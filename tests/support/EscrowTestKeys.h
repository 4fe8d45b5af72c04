// Escrow recipients for tests: fresh owner keys and self-signed certificates made with the openssl CLI
// in a temporary directory (never committed).
#pragma once

#include "TestSupport.h"

#include <QDir>
#include <QString>

namespace tps::test {

struct OwnerKeys
{
    QString key;  // PEM private key
    QString cert; // PEM self-signed certificate
};

enum class OwnerKeyType { Rsa2048, Rsa1024, EcP256, Ed25519 };

// Creates `name`.key / `name`.pem in `dir`; empty paths when openssl failed.
inline OwnerKeys makeOwnerKeys(const QString& dir, const QString& name,
                               OwnerKeyType type = OwnerKeyType::Rsa2048)
{
    OwnerKeys k{QDir(dir).filePath(name + QStringLiteral(".key")),
                QDir(dir).filePath(name + QStringLiteral(".pem"))};
    QStringList args{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
                     QStringLiteral("-newkey")};
    switch (type) {
    case OwnerKeyType::Rsa2048:
        args << QStringLiteral("rsa:2048");
        break;
    case OwnerKeyType::Rsa1024:
        args << QStringLiteral("rsa:1024");
        break;
    case OwnerKeyType::EcP256:
        args << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
             << QStringLiteral("ec_paramgen_curve:P-256");
        break;
    case OwnerKeyType::Ed25519:
        args << QStringLiteral("ed25519");
        break;
    }
    args << QStringLiteral("-keyout") << k.key << QStringLiteral("-out") << k.cert << QStringLiteral("-subj")
         << QStringLiteral("/CN=Device owner %1").arg(name) << QStringLiteral("-days") << QStringLiteral("2");
    if (!runTool(QStringLiteral("openssl"), args).ok())
        return {};
    return k;
}

} // namespace tps::test
