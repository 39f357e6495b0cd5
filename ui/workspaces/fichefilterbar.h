// The filters of the Fiches workspace in one row: status, committee, meeting-date period (presets or
// dates typed the French way, 18/09/2025) and patient (name or IPP; Escape clears it). They combine
// into a FicheFilter, announced when one of them changes (the patient field after a pause in the
// typing), and are remembered for the next start (status, committee, period: the user's settings) and
// for the rest of the run (the patient typed).
#pragma once

#include "models/itemmodels/fichelistmodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace concerto {

class FicheFilterBar final : public QWidget {
    Q_OBJECT
public:
    enum Period { AnyDate, Last30Days, Last3Months, Last12Months, ThisYear, LastYear, ChosenDates };

    explicit FicheFilterBar(Services &services, QWidget *parent = nullptr);
    ~FicheFilterBar() override;

    FicheFilter filter() const;
    // Shows `filter` in the fields (the period as chosen dates unless it is a preset) and announces it.
    void setFilter(const FicheFilter &filter);
    // Every filter back to showing every fiche.
    void clear();
    // Fills the committees from the directory's lists (one may have been added or renamed), keeping the
    // one chosen; done again each time the lists change.
    void reloadCommittees();
    void setPeriod(Period period);

    // A date typed the French way: 18/09/2025, 18/9/2025, 18.09.2025, 18-09-2025, 18092025, 18/09/25.
    // Invalid for anything else.
    static QDate parseDate(const QString &text);
    // The dates of a preset period, as of `today`.
    static std::pair<QDate, QDate> periodDates(Period period, const QDate &today);

    QComboBox *statusBox() const { return m_status; }
    QComboBox *committeeBox() const { return m_committee; }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QLineEdit *patientField() const { return m_patient; }

Q_SIGNALS:
    void filterChanged(const FicheFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void periodChosen(int index);
    void dateTyped();
    void markDates();
    void announce();
    void remember() const;
    void chooseCommittee(const QUuid &id);

    Services &m_services;
    QComboBox *m_status = nullptr;
    QComboBox *m_committee = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_patient = nullptr;
    QTimer *m_patientDelay = nullptr;
    bool m_filling = false;
    FicheFilter m_announced;
};

} // namespace concerto
