// Completeness of a case before its meeting: what its committee requires (Rcp::requiredCaseFields,
// casefields.h) and the case does not hold yet, one sentence a secretary reads per missing part; and for
// a whole session, which cases are complete and what is missing, grouped by requesting physician, as
// plain text to copy into an e-mail or print. Pure: services/sessioncompleteness.h reads the store.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/rcp.h"
#include "models/domain/session.h"

namespace concerto::validation {

struct MissingItem {
    QString field;         // the required code (casefields.h), or a code this version does not know
    QString text;          // the sentence a secretary reads
    bool checkable = true; // false: the code cannot be checked by this version (never passed silently)
};

struct CaseCompleteness {
    std::vector<MissingItem> items; // in the order of the committee's list

    bool complete() const { return items.empty(); }
    QStringList sentences() const;
    QString text() const; // one sentence a line
};

// The patient's age in whole years on `day`; -1 when the birth date is not known.
int ageOn(const QDate &birthDate, const QDate &day);

// What `rcp` requires of a case and `inscription` does not hold. `ageAtMeeting` is -1 when unknown:
// geriatric screening (from 75) is then reported as not checkable. The clinical TNM applies to solid
// tumours only (Tumour::tnmNotApplicable).
CaseCompleteness checkCompleteness(const Inscription &inscription, int ageAtMeeting, const Rcp &rcp);

// One case of a session, as the completeness summary shows it.
struct CaseInSession {
    Inscription inscription;
    QString patient;   // display name
    QDate birthDate;   // may be invalid
    QString requester; // display name; empty when the case names none
    CaseCompleteness completeness;
};

struct SessionCompleteness {
    Session session;
    QString committee;
    std::vector<CaseInSession> cases; // in agenda order

    int incompleteCount() const;
    // What is missing, grouped by requesting physician, as plain text; says so when nothing is.
    QString missingByRequester() const;
};

} // namespace concerto::validation
