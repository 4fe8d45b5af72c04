#include "app/gui/SimulationInfoDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QVBoxLayout>

namespace tps::gui {

SimulationInfoDialog::SimulationInfoDialog(const timeline::ProductProfile& profile, const QString& fleetRoot,
                                           int devices, QWidget* parent)
    : QDialog(parent), m_pathField(new QLineEdit), m_summary(new QLabel)
{
    setObjectName(QStringLiteral("simulationInfo"));
    setWindowTitle(tr("Simulation kit"));
    setMinimumWidth(680);
    const QString error = writeProfile(profile, fleetRoot);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_pathField->setReadOnly(true);
    m_pathField->setObjectName(QStringLiteral("profilePath"));
    m_pathField->setText(m_path);
    form->addRow(tr("Product profile (JSON):"), m_pathField);
    layout->addLayout(form);

    const QJsonObject fw = profile.section(QStringLiteral("firmware"));
    const QStringList facts{
        error,
        tr("<b>Product:</b> %1 (%2), %3")
            .arg(profile.name.toHtmlEscaped(), profile.id.toHtmlEscaped(),
                 profile.production ? tr("production profile") : tr("not a production profile")),
        tr("<b>Simulated fleet:</b> %n device(s) in %1", nullptr, devices).arg(fleetRoot.toHtmlEscaped()),
        tr("<b>EK certificates</b> chain to the fleet's own CA: %1")
            .arg(
                profile.section(QStringLiteral("ek")).value(QStringLiteral("simulationRootsDir")).toString()),
        tr("<b>Escrow certificate</b> (the simulated customer): %1")
            .arg(profile.section(QStringLiteral("ownership"))
                     .value(QStringLiteral("escrowCertificate"))
                     .toString()),
        tr("<b>Firmware catalog:</b> %1").arg(fw.value(QStringLiteral("catalog")).toString()),
        tr("<b>DPS ID scope:</b> %1")
            .arg(profile.section(QStringLiteral("dps")).value(QStringLiteral("idScope")).toString()),
        tr("<b>Simulated:</b> the TPMs (swtpm processes, one per device), their EK certificates (issued by "
           "the "
           "fleet's CA, trusted for simulated devices only), the firmware programmer (writes flash.bin), the "
           "customer's escrow key pair and the firmware-signing key. Devices made here are marked SIMULATED "
           "and "
           "are never accepted by a production profile."),
        tr("<b>Real:</b> the station software, every TPM command it sends, the database and its audit trail, "
           "and the exports — exactly as on a production line."),
    };
    QStringList shown = facts;
    shown.removeAll(QString());
    m_summary->setText(shown.join(QStringLiteral("<br><br>")));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SimulationInfoDialog::profileFileName(const QString& fleetRoot)
{
    return QDir(fleetRoot).filePath(QStringLiteral("sim-widget.profile.json"));
}

QString SimulationInfoDialog::writeProfile(const timeline::ProductProfile& profile, const QString& fleetRoot)
{
    if (fleetRoot.isEmpty() || !QDir(fleetRoot).exists())
        return tr("The simulated fleet is not ready yet: its profile file is written once it is.");
    QSaveFile out(profileFileName(fleetRoot));
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return tr("Cannot write the profile file %1: %2").arg(out.fileName(), out.errorString());
    m_path = out.fileName();
    return {};
}

QString SimulationInfoDialog::summary() const
{
    return m_summary->text();
}

} // namespace tps::gui
