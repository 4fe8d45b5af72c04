#include "app/gui/AboutDialog.h"

#include "app/common/VersionInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_text(app::versionText(QStringLiteral("tpm-station")))
{
    setWindowTitle(tr("About TPM Provisioning Station"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>TPM Provisioning Station</b><br>Provisions TPM 2.0 devices on the "
                                "factory line and keeps a tamper-evident audit trail."));
    title->setWordWrap(true);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    for (const app::VersionFact& fact : app::versionFacts()) {
        auto* value = new QLabel(fact.value);
        value->setObjectName(QStringLiteral("about_") + fact.key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("%1:").arg(fact.label), value);
    }
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("about_copy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QMenu* addHelpMenu(QMainWindow* window)
{
    QMenu* help = window->menuBar()->addMenu(AboutDialog::tr("&Help"));
    QAction* about = help->addAction(AboutDialog::tr("&About TPM Provisioning Station…"));
    about->setObjectName(QStringLiteral("action_about"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        auto* dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addAction(AboutDialog::tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
    return help;
}

} // namespace tps::gui
