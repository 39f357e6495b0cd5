// The top bar's search as you type: a few patients, their cases and the committees' sessions that
// match what is typed, each with what opens it. Patients by name, birth date, INS or IPP (the Patients
// search); sessions by committee name or by a date typed the French way ("12/01", "12/01/2027").
#pragma once

#include "models/store/storeresult.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <vector>

namespace concerto {

class Services;

struct Suggestion {
    enum class Kind { Patient, Case, Session };
    Kind kind = Kind::Patient;
    QUuid id;       // the patient, the case (inscription) or the session
    QString text;   // what the list shows: "DUPONT Marie, née le 12/03/1954"
    QString detail; // a second line: IPP, the case's committee and session date, the session's place
    QDateTime when; // the case's or the session's date (UTC), null for a patient
};

namespace topsearch {

inline constexpr int kPatients = 5;
inline constexpr int kCasesPerPatient = 2;
inline constexpr int kSessions = 5;

// The suggestions for `text`, patients first (each followed by their latest or next cases), then
// sessions. Fewer than two characters: none.
StoreRead<std::vector<Suggestion>> suggest(Services &services, const QString &text);

} // namespace topsearch
} // namespace concerto
