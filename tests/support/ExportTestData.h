// Test data for the exports: a real station database filled through the db/ API with devices whose EKs
// are marshaled TPM2B_PUBLIC areas (L-1 RSA-2048 template) of RSA keys made with OpenSSL.
#pragma once

#include "core/crypto/OpenSslPtr.h"
#include "core/dps/RegistrationId.h"
#include "core/timeline/Step.h"
#include "db/SqliteRunStore.h"
#include "db/StationStore.h"

#include <QByteArray>
#include <QtEndian>
#include <openssl/bn.h>
#include <openssl/core_names.h>

namespace tps::test {

// The L-1 EK template's TPM2B_PUBLIC with `modulus` (256 bytes) as unique.
inline QByteArray ekFromModulus(const QByteArray& modulus)
{
    static const QByteArray policy =
        QByteArray::fromHex("837197674484B3F81A90CC8D46A5D724FD52D76E06520B64F2A1DA1B331469AA");
    QByteArray t;
    auto u16 = [&t](quint16 v) {
        t.append(char(v >> 8));
        t.append(char(v & 0xff));
    };
    u16(0x0001);                               // TPM_ALG_RSA
    u16(0x000b);                               // SHA-256
    t.append(QByteArray::fromHex("000300b2")); // objectAttributes
    u16(32);
    t.append(policy);
    u16(0x0006); // AES
    u16(128);
    u16(0x0043); // CFB
    u16(0x0010); // scheme NULL
    u16(2048);
    t.append(QByteArray(4, '\0')); // exponent 0
    u16(256);
    t.append(modulus);
    QByteArray sized;
    sized.append(char(t.size() >> 8));
    sized.append(char(t.size() & 0xff));
    return sized + t;
}

// A real RSA-2048 key made with OpenSSL, as an EK TPM2B_PUBLIC. Empty on failure.
inline QByteArray makeRsaEk(crypto::PkeyPtr* keyOut = nullptr)
{
    crypto::PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
    if (!key)
        return {};
    BIGNUM* n = nullptr;
    if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_RSA_N, &n) != 1)
        return {};
    QByteArray modulus(256, '\0');
    const int ok = BN_bn2binpad(n, reinterpret_cast<unsigned char*>(modulus.data()), 256);
    BN_free(n);
    if (ok != 256)
        return {};
    if (keyOut)
        *keyOut = std::move(key);
    return ekFromModulus(modulus);
}

struct DeviceSpec
{
    QString serial;
    QByteArray ek;
    bool simulated = false;
    int passedSteps = 5;
    QString firmwareVersion = QStringLiteral("1.4.2");
    QString product = QStringLiteral("gateway");
};

// Records steps 1..passedSteps as passing runs, the way the engine does.
inline QString addDevice(timeline::RunStore& store, const DeviceSpec& spec)
{
    using namespace timeline;
    Device device;
    device.serial = spec.serial;
    device.product = spec.product;
    device.simulated = spec.simulated;
    const Actor actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")};
    auto history = store.beginRun(device, actor, 1);
    if (!history)
        return history.error().message;
    device.uuid = history->deviceUuid;
    for (StepId step : kAllSteps) {
        if (static_cast<int>(step) > spec.passedSteps)
            break;
        StepResult r;
        r.durationMs = 5;
        if (step == StepId::EkExtracted) {
            r.add(Measurement::record(QStringLiteral("dps.registration_id"),
                                      dps::registrationIdFromEk(spec.ek)));
            r.add(Measurement::record(QStringLiteral("dps.endorsement_key"),
                                      dps::endorsementKeyFromEk(spec.ek)));
            r.artifacts.append(
                Artifact{QStringLiteral("ek.pub"), QStringLiteral("application/octet-stream"), spec.ek});
        }
        if (step == StepId::FirmwareFlashed)
            r.add(Measurement::record(QStringLiteral("firmware.version"), spec.firmwareVersion));
        auto stored = store.recordStep(*history, device, actor, step, 1, ResultKind::Run, r);
        if (!stored)
            return stored.error().message;
        if (!stored->passed())
            return QStringLiteral("step %1 stored as not passed").arg(int(step));
    }
    auto ended = store.endRun(*history, device, actor,
                              spec.passedSteps == 5 ? RunState::Completed : RunState::Incomplete, QString());
    if (!ended)
        return ended.error().message;
    return {};
}

// A device recorded before the one serial rule (core/common/Identifiers) existed, when a serial could be any
// 128 printable characters: added under a stand-in serial the rule accepts, then renamed in the devices
// table as such an old database holds it. The exporters must still write it safely (CSV injection, ZPL
// control characters). Returns an error text, empty on success.
inline QString addLegacyDevice(db::Database& database, timeline::RunStore& store, DeviceSpec spec)
{
    const QString legacy = spec.serial;
    spec.serial = QStringLiteral("LEGACY-%1").arg(QString::fromLatin1(legacy.toUtf8().toHex().left(32)));
    if (QString error = addDevice(store, spec); !error.isEmpty())
        return error;
    auto rename = database.prepare("UPDATE devices SET serial = ?1 WHERE serial = ?2");
    if (!rename)
        return rename.error().message;
    rename->bind(1, legacy).bind(2, spec.serial);
    if (auto done = rename->exec(); !done)
        return done.error().message;
    return {};
}

} // namespace tps::test
