// Help > About: the station's version, git revision, build date and the versions of Qt, tpm2-tss, OpenSSL
// and SQLite in use (app/common/VersionInfo, the same facts as --version), with a button that copies them
// for a support call.
#pragma once

#include <QDialog>

class QMainWindow;

class QMenu;

namespace tps::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    // The facts as plain text ("tpm-station <version>" and one line per fact): what Copy puts on the
    // clipboard.
    QString factsText() const { return m_text; }

private:
    QString m_text;
};

// Adds the Help menu (About TPM Provisioning Station, About Qt) to `window`'s menu bar and returns it.
QMenu* addHelpMenu(QMainWindow* window);

} // namespace tps::gui
