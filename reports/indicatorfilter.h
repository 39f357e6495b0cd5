// What a set of activity indicators covers: a period of meeting days (the boards' calendar days, both
// ends included) and, optionally, one 3C, one committee (RCP) and one organ. The organ is a code of the
// committee's scope: its appareil (JDV_RCP_Appareil) or one of its organs (JDV_RCP_Organe); a committee
// is in the figures when the code is either.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

namespace concerto {

struct IndicatorFilter {
    QDate from;
    QDate to;
    QUuid centreId; // an organisation of kind CoordinationCentre; null: every 3C
    QUuid rcpId;    // null: every committee
    QString organ;  // empty: every organ

    // What is wrong with the period, in a sentence a user reads; empty when it can be computed.
    QString problem() const {
        if (!from.isValid() || !to.isValid())
            return QCoreApplication::translate("Indicators", "The period needs a first and a last day.");
        if (to < from)
            return QCoreApplication::translate("Indicators", "The period ends before it starts.");
        if (from.daysTo(to) > 3660)
            return QCoreApplication::translate("Indicators", "The period may last at most ten years.");
        return {};
    }
    // The same period of the current calendar year: 1 January to 31 December of `today`'s year.
    static IndicatorFilter calendarYear(const QDate &today) {
        IndicatorFilter f;
        f.from = QDate(today.year(), 1, 1);
        f.to = QDate(today.year(), 12, 31);
        return f;
    }
};

} // namespace concerto
