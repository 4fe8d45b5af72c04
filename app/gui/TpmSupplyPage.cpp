#include "app/gui/TpmSupplyPage.h"

#include "app/gui/DbJobRunner.h"
#include "app/gui/SecretInput.h"
#include "db/Lots.h"
#include "db/TrustStore.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tps::gui {

namespace {
QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void fill(QTableWidget* t, const QList<QStringList>& rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    t->resizeColumnsToContents();
}

struct Snapshot
{
    QString error;
    QList<QStringList> cas;
    QList<QStringList> lots;
};

// Authenticates the signer for an e-signature, on the worker.
db::DbResult<db::OperatorInfo> signer(db::Database& database, const QString& id,
                                      const crypto::SecureBytes& password)
{
    return db::Operators(database).authenticate(id, password, QStringLiteral("signature"));
}
} // namespace

TpmSupplyPage::TpmSupplyPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadWrite, this)),
      m_cas(
          table({tr("SHA-256"), tr("Role"), tr("Vendor"), tr("Name"), tr("Valid until"), tr("Imported by")})),
      m_lots(table({tr("Lot"), tr("Part"), tr("EKs"), tr("Used"), tr("Imported"), tr("From")})),
      m_signer(new QLineEdit), m_password(new QLineEdit), m_reason(new QLineEdit), m_lot(new QLineEdit),
      m_part(new QLineEdit), m_status(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSigning());
    layout->addWidget(buildTrustStore(), 2);
    layout->addWidget(buildLots(), 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    refresh();
}

QWidget* TpmSupplyPage::buildSigning()
{
    auto* box = new QGroupBox(tr("Electronic signature for the changes below"));
    auto* form = new QFormLayout(box);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Signer &ID:"), m_signer);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Rea&son:"), m_reason);
    return box;
}

QWidget* TpmSupplyPage::buildTrustStore()
{
    auto* box = new QGroupBox(tr("TPM manufacturer trust store (admins sign)"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_cas, 1);
    auto* buttons = new QHBoxLayout;
    auto* import = new QPushButton(tr("Import C&A files…"));
    auto* remove = new QPushButton(tr("Re&move selected CA"));
    buttons->addWidget(import);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(import, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("TPM vendor CA files"), {},
            tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)"));
        if (!files.isEmpty())
            importCaFiles(files);
    });
    connect(remove, &QPushButton::clicked, this, &TpmSupplyPage::removeSelectedCa);
    return box;
}

QWidget* TpmSupplyPage::buildLots()
{
    auto* box = new QGroupBox(tr("Incoming TPM lots (supervisors sign)"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_lots, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("L&ot:")));
    row->addWidget(m_lot);
    row->addWidget(new QLabel(tr("&Part number:")));
    row->addWidget(m_part);
    auto* import = new QPushButton(tr("Import &delivery list…"));
    row->addWidget(import);
    layout->addLayout(row);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("TPM vendor delivery list"), {},
                                         tr("Delivery lists (*.csv *.json *.txt *.pem);;All files (*)"));
        if (!file.isEmpty())
            importLot(file);
    });
    return box;
}

void TpmSupplyPage::refresh()
{
    m_jobs->run(
        [](WorkerConnection& c) {
            Snapshot s;
            auto database = c.get();
            if (!database)
                return Snapshot{database.error().message, {}, {}};
            auto cas = db::TrustStore(**database).list();
            auto lots = db::Lots(**database).list();
            if (!cas || !lots)
                return Snapshot{!cas ? cas.error().message : lots.error().message, {}, {}};
            for (const db::TrustCa& t : std::as_const(*cas))
                s.cas.append({t.sha256, t.role, t.vendor,
                              t.known ? t.name : tr("UNKNOWN — not in the manifest"), t.notAfter.left(10),
                              t.importedBy});
            for (const db::LotInfo& l : std::as_const(*lots))
                s.lots.append({l.lot, l.part, QString::number(l.entries), QString::number(l.consumed),
                               l.importedUtc.left(19), l.source});
            return s;
        },
        [this](Snapshot s) {
            fill(m_cas, s.cas);
            fill(m_lots, s.lots);
            if (!s.error.isEmpty())
                m_status->setText(s.error);
            emit finished();
        });
}

void TpmSupplyPage::importCaFiles(const QStringList& paths)
{
    QList<db::CaFile> files;
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return showResult(tr("Cannot read %1: %2").arg(path, f.errorString()));
        files.append(db::CaFile{QFileInfo(path).fileName(), f.readAll()});
    }
    const QString id = m_signer->text().trimmed(), reason = m_reason->text();
    const auto password = takeSharedSecret(m_password); // the field is emptied at once
    m_jobs->run(
        [=](WorkerConnection& c) -> QString {
            auto database = c.get();
            if (!database)
                return database.error().message;
            auto who = signer(**database, id, *password);
            if (!who)
                return who.error().message;
            auto r = db::TrustStore(**database).import(*who, files, reason);
            if (!r)
                return r.error().message;
            QStringList lines{tr("%n CA certificate(s) imported", nullptr, int(r->added.size())) +
                              QStringLiteral("; ") +
                              tr("%n already in the trust store.", nullptr, int(r->alreadyPresent.size()))};
            return (lines + r->warnings).join(QLatin1Char('\n'));
        },
        [this](const QString& message) { showResult(message); });
}

void TpmSupplyPage::removeSelectedCa()
{
    const int row = m_cas->currentRow();
    if (row < 0)
        return showResult(tr("Select the CA to remove."));
    const QString sha = m_cas->item(row, 0)->text();
    const QString id = m_signer->text().trimmed(), reason = m_reason->text();
    const auto password = takeSharedSecret(m_password); // the field is emptied at once
    m_jobs->run(
        [=](WorkerConnection& c) -> QString {
            auto database = c.get();
            if (!database)
                return database.error().message;
            auto who = signer(**database, id, *password);
            if (!who)
                return who.error().message;
            auto r = db::TrustStore(**database).remove(*who, sha, reason);
            return r ? tr("Removed from the trust store: %1 (%2)").arg(r->name, r->sha256)
                     : r.error().message;
        },
        [this](const QString& message) { showResult(message); });
}

void TpmSupplyPage::importLot(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return showResult(tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    const QString source = QFileInfo(path).fileName();
    const QString id = m_signer->text().trimmed(), reason = m_reason->text();
    const auto password = takeSharedSecret(m_password); // the field is emptied at once
    const QString lot = m_lot->text().trimmed(), part = m_part->text().trimmed();
    m_jobs->run(
        [=](WorkerConnection& c) -> QString {
            auto database = c.get();
            if (!database)
                return database.error().message;
            auto who = signer(**database, id, *password);
            if (!who)
                return who.error().message;
            auto r = db::Lots(**database).import(*who, lot, part, source, data, reason);
            return r ? tr("Lot %1 imported: %n EK(s).", nullptr, int(r->entries)).arg(r->lot)
                     : r.error().message;
        },
        [this](const QString& message) { showResult(message); });
}

void TpmSupplyPage::showResult(const QString& message)
{
    m_status->setText(message);
    emit finished(); // the change's answer is shown; the lists follow
    refresh();
}

QString TpmSupplyPage::status() const
{
    return m_status->text();
}

} // namespace tps::gui
