// What a new case takes from the patient's history: the tumours and the lasting clinical context
// (discovery, history and comorbidities, test results, phase, past treatments, report conclusions) of
// the last signed fiche's frozen case (Fiche::caseSnapshot) or of the patient's last case, whichever is
// more recent. The performance status, geriatric screening, progression, summary and question are the
// new case's own and are never taken. Says which fields came from where, so the editor can show it.
#pragma once

#include "models/domain/inscription.h"
#include "models/store/database.h"

#include <QJsonObject>

namespace concerto::editing {

struct Prefill {
    enum class Source { None, Fiche, Case };
    Source source = Source::None;
    QUuid sourceId;    // the fiche or the case
    QDate date;        // the fiche's meeting date, or the day the earlier case was registered
    QStringList paths; // field paths of the case that were filled ("tumours", "clinical/history"…)

    bool isEmpty() const { return source == Source::None || paths.isEmpty(); }
    // Whether `path` (a field or a list item inside one) was filled from the history.
    bool covers(const QString &path) const;
    // "Taken from the fiche of 12/03/2025", in the user's language.
    QString description() const;
    QJsonObject toJson() const;
    static Prefill fromJson(const QJsonObject &o);
};

// The paths a prefill may fill, in the order of the fiche.
const QStringList &prefillPaths();

// Fills the new case `target` (its patient set) from its patient's last fiche or last case, `target`
// itself left out. A failed read is an error; a patient never seen gives an empty Prefill.
StoreRead<Prefill> prefillFromHistory(Database &db, Inscription &target);

} // namespace concerto::editing
