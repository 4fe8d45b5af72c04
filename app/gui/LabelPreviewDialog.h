// "Label…" for one device: the label preview (app/report/LabelPreview: the registration ID as a QR code, the
// serial and registration ID as text), read from the database and rendered off the GUI thread; Print sends
// the ZPL label to the configured label printer (Settings: tcp://HOST:PORT or a file), Save PNG writes the
// preview.
#pragma once

#include "exports/ZplLabel.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QPushButton;

namespace tps::gui {

class DbJobRunner;

struct LabelLoad
{
    bool ok = false;
    db::exports::LabelData label;
    QImage image;
    QString error; // translated
};

class LabelPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `printerTarget` empty: the label printer address from the settings (labelPrinter/address).
    LabelPreviewDialog(const QString& databasePath, const QString& serial, const QString& product = {},
                       QWidget* parent = nullptr, const QString& printerTarget = {});
    ~LabelPreviewDialog() override;

    bool loading() const;
    bool printing() const { return m_print.isRunning(); }
    bool loaded() const { return m_loaded.ok; }
    const QImage& image() const { return m_loaded.image; }
    const db::exports::LabelData& label() const { return m_loaded.label; }
    QString printerTarget() const { return m_printer; }
    QLabel* status() const { return m_status; }
    QPushButton* printButton() const { return m_printButton; }
    QPushButton* saveButton() const { return m_saveButton; }

public slots:
    // Sends the label to the printer (off the GUI thread); the outcome lands in status().
    void print();
    // Writes the preview PNG; the error (translated) or empty on success; also shown in status().
    QString savePng(const QString& path);

signals:
    void loadFinished(bool ok);
    void printFinished(bool ok);

private:
    void showStatus(const QString& text, bool error);

    DbJobRunner* m_jobs; // reads the label on its worker
    QString m_printer;
    QLabel* m_title;
    QLabel* m_preview;
    QLabel* m_status;
    QPushButton* m_printButton;
    QPushButton* m_saveButton;
    LabelLoad m_loaded;
    QFutureWatcher<QString> m_print;
};

} // namespace tps::gui
