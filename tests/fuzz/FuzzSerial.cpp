// Serial numbers as a scanner delivers them (db/SqliteRunStore::beginRun, the serial rule of
// core/common/Identifiers.h every run starts with): 1-64 characters, a letter or digit first, then letters,
// digits, '.', '_', ':' and '-'. Whatever the
// scanner sends, a serial that is accepted follows the rule, and a refused one writes nothing.
#include "FuzzSupport.h"

#include "db/Checkpoints.h"
#include "db/SqliteRunStore.h"

#include <QDir>
#include <QTemporaryDir>

namespace {

bool followsRule(const QString& s)
{
    // Written out here, not taken from core/common/Identifiers: the harness checks the rule independently.
    const auto alnum = [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    if (s.isEmpty() || s.size() > 64 || !alnum(s.front()))
        return false;
    for (const QChar c : s)
        if (!alnum(c) && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char(':') &&
            c != QLatin1Char('-'))
            return false;
    return true;
}

struct Fixture
{
    QTemporaryDir dir{tps::fuzz::scratchTemplate("serial")};
    std::unique_ptr<tps::db::SqliteRunStore> store;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("station.db"));
        auto db = tps::db::Database::open(path);
        auto key = tps::db::StationKey::loadOrCreate(dir.filePath(QStringLiteral("station.key")));
        tps::fuzz::require(db.ok() && key.ok(), "the fuzz store opens");
        store = std::make_unique<tps::db::SqliteRunStore>(std::move(*db), std::move(*key));
    }

    qint64 devices()
    {
        auto st = store->database().prepare("SELECT count(*) FROM devices");
        tps::fuzz::require(st.ok(), "count query");
        auto row = st->step();
        tps::fuzz::require(row.ok() && *row, "count row");
        return st->int64(0);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    tps::timeline::Device device;
    device.serial = QString::fromUtf8(tps::fuzz::bytes(data, size));
    device.product = QStringLiteral("gateway");
    device.simulated = true;
    const qint64 before = fixture.devices();
    const auto begun = fixture.store->beginRun(device, {QStringLiteral("fuzz"), QStringLiteral("Fuzz")}, 1);
    if (!begun) {
        tps::fuzz::require(fixture.devices() == before, "a refused serial writes nothing");
        return 0;
    }
    tps::fuzz::require(followsRule(device.serial), "an accepted serial follows the rule");
    return 0;
}
