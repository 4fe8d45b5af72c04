#include "app/cli/EscrowStoreChoice.h"

#include "core/ownership/FileEscrowStore.h"
#include "db/SqliteEscrowStore.h"

#include <QCoreApplication>

namespace tps::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscrowStoreChoice)
};
} // namespace

EscrowStoreChoice::EscrowStoreChoice()
    : database(QStringLiteral("db"), Tr::tr("Station database holding the escrow records."),
               QStringLiteral("PATH")),
      directory(
          QStringLiteral("store"),
          Tr::tr("Escrow store directory (default: %1).").arg(ownership::FileEscrowStore::defaultDirectory()),
          QStringLiteral("DIR"), ownership::FileEscrowStore::defaultDirectory())
{}

Result<std::shared_ptr<ownership::EscrowStore>, QString>
EscrowStoreChoice::open(const QCommandLineParser& parser, bool readOnly) const
{
    if (parser.isSet(database) && parser.isSet(directory))
        return fail(Tr::tr("Give either --db PATH or --store DIR, not both."));
    if (!parser.isSet(database))
        return std::shared_ptr<ownership::EscrowStore>(
            std::make_shared<ownership::FileEscrowStore>(parser.value(directory)));
    auto opened = db::SqliteEscrowStore::open(parser.value(database),
                                              readOnly ? db::OpenOptions::readOnly() : db::OpenOptions{});
    if (!opened)
        return fail(opened.error().message);
    return std::shared_ptr<ownership::EscrowStore>(std::move(*opened));
}

} // namespace tps::cli
