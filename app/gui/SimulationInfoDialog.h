// Help ▸ Simulation kit: the product profile the simulation runs with — saved as a JSON file in the fleet
// root (<root>/sim-widget.profile.json, the file `tpm-station --profile` or a copy for a real product can
// start from) — its summary, and what is simulated and what is real.
#pragma once

#include "core/timeline/ProductProfile.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tps::gui {

class SimulationInfoDialog : public QDialog
{
    Q_OBJECT
public:
    // Writes `profile` to `fleetRoot` (when it exists) and shows it; `devices`: the fleet's size.
    SimulationInfoDialog(const timeline::ProductProfile& profile, const QString& fleetRoot, int devices,
                         QWidget* parent = nullptr);

    // The profile file written, or empty (and why in summary()) when it could not be written.
    QString profilePath() const { return m_path; }
    QString summary() const;

    static QString profileFileName(const QString& fleetRoot);

private:
    QString writeProfile(const timeline::ProductProfile& profile, const QString& fleetRoot);

    QString m_path;
    QLineEdit* m_pathField;
    QLabel* m_summary;
};

} // namespace tps::gui
