// The DPS bulk-operation result (exports/UploadResultImporter): a JSON file brought back from the
// service. Imported into a real station database holding one batch whose operation 1 has three devices;
// a result either changes all three device statuses in one transaction or nothing at all.
#include "FuzzSupport.h"

#include "db/Database.h"
#include "exports/UploadResultImporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <array>

namespace {

constexpr int kMembers = 3;

struct Fixture
{
    QTemporaryDir dir{tps::fuzz::scratchTemplate("upload")};
    std::unique_ptr<tps::db::Database> db;

    Fixture()
    {
        auto opened = tps::db::Database::open(dir.filePath(QStringLiteral("station.db")));
        tps::fuzz::require(opened.ok(), "the fuzz database opens");
        db = std::move(*opened);
        const char* rows =
            "INSERT INTO devices (id, uuid, serial, product, simulated, registration_id, station_id, "
            "created_utc) "
            "VALUES (1, 'u1', 'SN-1', 'gateway', 1, 'reg-1', 'fuzz', '2024-01-01T00:00:00Z'),"
            "       (2, 'u2', 'SN-2', 'gateway', 1, 'reg-2', 'fuzz', '2024-01-01T00:00:00Z'),"
            "       (3, 'u3', 'SN-3', 'gateway', 1, 'reg-3', 'fuzz', '2024-01-01T00:00:00Z');"
            "INSERT INTO batches (id, uuid, name, creator_id, creator_name, created_utc, product, simulated, "
            "devices, operations, manifest_sha256) VALUES (1, 'b-uuid', 'batch-1', 'fuzz', 'Fuzz', "
            "'2024-01-01T00:00:00Z', 'gateway', 1, 3, 1, '');"
            "INSERT INTO batch_devices (batch_id, device_id, registration_id, operation, updated_utc) VALUES "
            "(1, 1, 'reg-1', 1, 'x'), (1, 2, 'reg-2', 1, 'x'), (1, 3, 'reg-3', 1, 'x');";
        tps::fuzz::require(db->exec(rows).ok(), "the fuzz batch is recorded");
    }

    // (exported, uploaded, failed) counts of operation 1.
    std::array<int, 3> statuses()
    {
        std::array<int, 3> n{0, 0, 0};
        auto st = db->prepare("SELECT status FROM batch_devices WHERE batch_id = 1 AND operation = 1");
        tps::fuzz::require(st.ok(), "status query");
        for (;;) {
            auto row = st->step();
            tps::fuzz::require(row.ok(), "status row");
            if (!*row)
                break;
            const QString s = st->text(0);
            ++n[s == QLatin1String("exported") ? 0 : s == QLatin1String("uploaded") ? 1 : 2];
        }
        return n;
    }

    void reset()
    {
        tps::fuzz::require(db->exec("UPDATE batch_devices SET status = 'exported'").ok(), "reset");
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture fixture;
    tps::db::exports::UploadImportOptions options;
    options.batch = QStringLiteral("batch-1");
    options.operation = 1;
    options.actor = {QStringLiteral("fuzz"), QStringLiteral("Fuzz")};
    const auto imported =
        tps::db::exports::importUploadResult(*fixture.db, tps::fuzz::bytes(data, size), options);
    const std::array<int, 3> after = fixture.statuses();
    if (!imported) {
        tps::fuzz::require(after[0] == kMembers, "a refused result changes nothing");
        return 0;
    }
    tps::fuzz::require(imported->uploaded + imported->failed == kMembers, "every member is decided");
    tps::fuzz::require(after[1] == imported->uploaded && after[2] == imported->failed, "as reported");
    fixture.reset();
    return 0;
}
