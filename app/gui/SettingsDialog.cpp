#include "app/gui/SettingsDialog.h"

#include "core/common/Identifiers.h"
#include "sync/PgConnection.h"

#include <QCheckBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tps::gui {

namespace {
// Fields kept in QSettings for this station, not in the product profile.
bool isStationField(const QString& prefix)
{
    return prefix == QLatin1String("printer") || prefix == QLatin1String("factory");
}

QJsonObject sectionOf(const QJsonObject& o, const QString& name)
{
    return o.value(name).toObject();
}
} // namespace

SettingsDialog::SettingsDialog(const QString& profilePath, int sockets, QWidget* parent)
    : QDialog(parent), m_path(profilePath),
      m_production(new QCheckBox(tr("Production profile (refuses "
                                    "simulated devices and shortcuts)"))),
      m_retries(new QSpinBox), m_signingKeys(new QPlainTextEdit), m_status(new QLabel),
      m_form(new QFormLayout)
{
    setWindowTitle(tr("Settings"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget;
    inner->setLayout(m_form);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    auto* profileHeader = new QLabel(tr("Product profile: %1")
                                         .arg(m_path.isEmpty() ? tr("(none — start the station "
                                                                    "with --profile FILE)")
                                                               : m_path));
    profileHeader->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_form->addRow(profileHeader);
    addField(QStringLiteral("id"), tr("Product &ID:"));
    addField(QStringLiteral("name"), tr("Product &name:"));
    m_form->addRow(QString(), m_production);
    m_retries->setRange(1, 20);
    m_form->addRow(tr("Failed attempts before re&work:"), m_retries);
    addField(QStringLiteral("ek.rootsDir"), tr("Trusted TPM manufacturer &roots:"),
             tr("Directory of the manufacturers' root certificates"));
    addField(QStringLiteral("ownership.escrowCertificate"), tr("&Escrow certificate:"),
             tr("The device owner's X.509 certificate (PEM)"));
    addField(QStringLiteral("firmware.catalog"), tr("&Firmware catalog:"),
             tr("Directory of signed releases"));
    m_signingKeys->setPlaceholderText(tr("Firmware signing public keys (PEM files), one per line"));
    m_signingKeys->setTabChangesFocus(true);
    m_signingKeys->setMaximumHeight(70);
    m_form->addRow(tr("Firmware si&gning keys:"), m_signingKeys);
    addField(QStringLiteral("dps.idScope"), tr("DPS ID s&cope:"), QStringLiteral("0ne00000000"));
    addField(QStringLiteral("dps.endpoint"), tr("DPS / IoT hub end&point:"),
             QStringLiteral("global.azure-devices-provisioning.net"));

    auto* stationHeader = new QLabel(tr("This station"));
    stationHeader->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_form->addRow(stationHeader);
    for (int s = 1; s <= sockets; ++s) {
        auto* tcti = new QLineEdit;
        tcti->setPlaceholderText(QStringLiteral("device:/dev/tpmrm0 | mssim:host=…,port=… | swtpm:…"));
        m_form->addRow(tr("Socket %1 TCTI:").arg(s), tcti);
        m_tctis.append(tcti);
    }
    addField(QStringLiteral("printer.name"), tr("&Label printer:"), tr("Printer name"));
    addField(QStringLiteral("printer.address"), tr("Label printer &address:"),
             QStringLiteral("tcp://host:9100"));
    addField(QStringLiteral("factory.central"), tr("Factory data&base:"),
             QStringLiteral("host=… dbname=… user=… sslmode=verify-full sslrootcert=…"))
        ->setToolTip(tr("libpq connection string of the factory database (no password: it comes from "
                        "~/.pgpass, PGPASSFILE or PGPASSWORD). Used from the next start."));

    auto* saveButton = new QPushButton(tr("&Save settings"));
    outer->addWidget(saveButton);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);
    connect(saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    load();
}

QLineEdit* SettingsDialog::addField(const QString& name, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    m_fields.insert(name, edit);
    return edit;
}

QLineEdit* SettingsDialog::field(const QString& name) const
{
    return m_fields.value(name);
}

void SettingsDialog::addStationRow(const QString& label, QWidget* field)
{
    m_form->addRow(label, field);
}

QString SettingsDialog::status() const
{
    return m_status->text();
}

void SettingsDialog::load()
{
    QJsonObject profile;
    QFile file(m_path);
    if (!m_path.isEmpty() && file.open(QIODevice::ReadOnly))
        profile = QJsonDocument::fromJson(file.readAll()).object();
    m_fields[QStringLiteral("id")]->setText(
        profile.value(QStringLiteral("id")).toString(QStringLiteral("default")));
    m_fields[QStringLiteral("name")]->setText(profile.value(QStringLiteral("name")).toString());
    m_production->setChecked(profile.value(QStringLiteral("production")).toBool());
    m_retries->setValue(profile.value(QStringLiteral("maxRetries")).toInt(3));
    const QJsonObject sections = profile.value(QStringLiteral("sections")).toObject();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('.'));
        if (parts.size() == 2 && !isStationField(parts.at(0)))
            it.value()->setText(sectionOf(sections, parts.at(0)).value(parts.at(1)).toString());
    }
    QStringList keys;
    for (const QJsonValue& v :
         sectionOf(sections, QStringLiteral("firmware")).value(QStringLiteral("signingKeys")).toArray())
        keys << v.toString();
    m_signingKeys->setPlainText(keys.join(QLatin1Char('\n')));
    QSettings settings;
    for (int i = 0; i < m_tctis.size(); ++i)
        m_tctis.at(i)->setText(settings.value(QStringLiteral("sockets/%1/tcti").arg(i + 1)).toString());
    m_fields[QStringLiteral("printer.name")]->setText(
        settings.value(QStringLiteral("labelPrinter/name")).toString());
    m_fields[QStringLiteral("printer.address")]->setText(
        settings.value(QStringLiteral("labelPrinter/address")).toString());
    m_fields[QStringLiteral("factory.central")]->setText(
        settings.value(QStringLiteral("factory/central")).toString());
}

bool SettingsDialog::save()
{
    const QString id = m_fields[QStringLiteral("id")]->text().trimmed();
    if (!isValidProductId(id)) {
        m_status->setText(
            tr("The product ID may hold letters, digits, '.', '_' and '-' only, starting with a "
               "letter or digit (64 at most)."));
        return false;
    }
    const QString central = m_fields[QStringLiteral("factory.central")]->text().trimmed();
    if (auto checked = sync::PgConnection::checkConninfo(central); !central.isEmpty() && !checked) {
        m_status->setText(checked.error().message);
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("factory/central"), central);
    for (int i = 0; i < m_tctis.size(); ++i)
        settings.setValue(QStringLiteral("sockets/%1/tcti").arg(i + 1), m_tctis.at(i)->text().trimmed());
    settings.setValue(QStringLiteral("labelPrinter/name"),
                      m_fields[QStringLiteral("printer.name")]->text().trimmed());
    settings.setValue(QStringLiteral("labelPrinter/address"),
                      m_fields[QStringLiteral("printer.address")]->text().trimmed());
    if (m_path.isEmpty()) {
        m_status->setText(
            tr("Station settings saved. No product profile file is open: start the station with "
               "--profile FILE to edit it."));
        return true;
    }
    QJsonObject profile;
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            profile = QJsonDocument::fromJson(file.readAll()).object();
    }
    profile.insert(QStringLiteral("id"), id);
    profile.insert(QStringLiteral("name"), m_fields[QStringLiteral("name")]->text().trimmed());
    profile.insert(QStringLiteral("production"), m_production->isChecked());
    profile.insert(QStringLiteral("maxRetries"), m_retries->value());
    QJsonObject sections = profile.value(QStringLiteral("sections")).toObject();
    auto set = [&sections](const QString& section, const QString& key, const QJsonValue& value) {
        QJsonObject s = sections.value(section).toObject();
        if (value.isString() && value.toString().isEmpty())
            s.remove(key);
        else
            s.insert(key, value);
        sections.insert(section, s);
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('.'));
        if (parts.size() == 2 && !isStationField(parts.at(0)))
            set(parts.at(0), parts.at(1), it.value()->text().trimmed());
    }
    // The firmware step writes the same DPS settings into the device.
    QJsonObject fwDps{{QStringLiteral("idScope"), m_fields[QStringLiteral("dps.idScope")]->text().trimmed()}};
    if (const QString ep = m_fields[QStringLiteral("dps.endpoint")]->text().trimmed(); !ep.isEmpty())
        fwDps.insert(QStringLiteral("endpoint"), ep);
    set(QStringLiteral("firmware"), QStringLiteral("dps"), fwDps);
    QJsonArray keys;
    for (const QString& k : m_signingKeys->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        keys.append(k.trimmed());
    set(QStringLiteral("firmware"), QStringLiteral("signingKeys"), keys);
    profile.insert(QStringLiteral("sections"), sections);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(profile).toJson()) < 0 || !out.commit()) {
        m_status->setText(tr("Cannot write the product profile %1: %2").arg(m_path, out.errorString()));
        return false;
    }
    m_status->setText(tr("Settings saved."));
    emit saved();
    return true;
}

} // namespace tps::gui
