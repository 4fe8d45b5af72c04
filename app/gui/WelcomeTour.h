// A short guided tour of the simulation, offered at an operator's first sign-in on a simulation station
// (remembered per operator in QSettings "tour/seen/<id>") and again from Help: which serials to scan, where
// the PASS shows, where the exports go, and where the kit's profile and "what is simulated" are.
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

namespace tps::gui {

class WelcomeTour : public QDialog
{
    Q_OBJECT
public:
    // `serials`: the simulated fleet's devices (empty while the fleet is still starting).
    explicit WelcomeTour(const QStringList& serials, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* closeButton() const { return m_close; }

    // Whether `operatorId` saw the tour already; marks it seen.
    static bool seen(const QString& operatorId);
    static void markSeen(const QString& operatorId);

signals:
    void simulationInfoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStringList m_serials;
    QLabel* m_title;
    QLabel* m_body;
    QPushButton* m_info;
    QPushButton* m_close;
};

} // namespace tps::gui
