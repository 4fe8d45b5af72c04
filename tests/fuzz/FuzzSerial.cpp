// Serial numbers as a scanner delivers them (db/SqliteRunStore::beginRun, the rule every run starts
// with): 1-128 printable characters, no control or format characters, no surrounding blanks. Whatever the
// scanner sends, a serial that is accepted follows the rule, and a refused one writes nothing.
#include "FuzzSupport.h"

#include "db/Checkpoints.h"
#include "db/SqliteRunStore.h"

#include <QDir>
#include <QTemporaryDir>

namespace {

bool followsRule(const QString& s)
{
    if (s.isEmpty() || s.size() > 128 || s.trimmed() != s)
        return false;
    for (const QChar c : s) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return false;
    }
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
