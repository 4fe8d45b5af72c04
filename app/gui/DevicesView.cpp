#include "app/gui/DevicesView.h"

#include "app/gui/DeviceDetailDialog.h"
#include "app/gui/DevicesModel.h"
#include "app/gui/LabelPreviewDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace tps::gui {

namespace {
const QDate kAnyDate(2000, 1, 1);
}

DevicesView::DevicesView(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_path(databasePath), m_model(new DevicesModel(databasePath, this)),
      m_table(new QTableView), m_serial(new QLineEdit), m_state(new QComboBox), m_batch(new QLineEdit),
      m_from(new QDateEdit), m_to(new QDateEdit), m_status(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_serial->setPlaceholderText(tr("Serial contains…"));
    m_state->addItem(tr("Any state"), QString());
    for (const char* s : {"completed", "failed", "needs-rework", "incomplete", "cancelled", "blocked",
                          "error", "running", "new"})
        m_state->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_batch->setPlaceholderText(tr("Product / batch"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any date"));
        d->setDate(kAnyDate);
    }
    auto* serialLabel = new QLabel(tr("&Serial:"));
    serialLabel->setBuddy(m_serial);
    filters->addWidget(serialLabel);
    filters->addWidget(m_serial, 2);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_batch, 1);
    auto* fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    auto* toLabel = new QLabel(tr("T&o:"));
    toLabel->setBuddy(m_to);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    auto* apply = new QPushButton(tr("&Apply"));
    filters->addWidget(apply);
    layout->addLayout(filters);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(DevicesModel::Serial, 260);
    m_table->setColumnWidth(DevicesModel::State, 140);
    m_table->setColumnWidth(DevicesModel::Batch, 180);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(apply, &QPushButton::clicked, this, &DevicesView::applyFilter);
    connect(m_serial, &QLineEdit::returnPressed, this, &DevicesView::applyFilter);
    connect(m_batch, &QLineEdit::returnPressed, this, &DevicesView::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& i) { openDetail(i.row()); });
    // Right-click (or Ctrl+P) on a device: its label.
    auto* label = new QAction(tr("&Label…"), m_table);
    label->setObjectName(QStringLiteral("labelAction"));
    label->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    label->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(label);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(label, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            openLabel(m_table->currentIndex().row());
    });
    connect(m_model, &DevicesModel::pageLoaded, this, [this] {
        m_status->setText(m_model->error().isEmpty()
                              ? tr("%n device(s) loaded%1", nullptr, m_model->rowCount())
                                    .arg(m_model->canFetchMore({}) ? tr(" — scroll for more") : QString())
                              : tr("Cannot read the devices: %1").arg(m_model->error()));
    });
}

void DevicesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
    }
}

void DevicesView::applyFilter()
{
    m_loaded = true;
    DeviceFilter f;
    f.serial = m_serial->text().trimmed();
    f.state = m_state->currentData().toString();
    f.batch = m_batch->text().trimmed();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    m_model->setFilter(f);
}

void DevicesView::openDetail(int row)
{
    const DeviceRow r = m_model->row(row);
    if (r.id == 0)
        return;
    DeviceDetailDialog dialog(m_path, r.id, this);
    dialog.exec();
}

void DevicesView::openLabel(int row)
{
    const DeviceRow r = m_model->row(row);
    if (r.id == 0)
        return;
    LabelPreviewDialog dialog(m_path, r.serial, r.product, this);
    dialog.exec();
}

} // namespace tps::gui
