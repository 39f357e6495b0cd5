// The rules a physician expects every demo fiche to follow, checked one fiche at a time with its case,
// session, patient and the version it replaces: stage groups from the staging tables, categories of
// the site, both stages kept, haematological staging, morphology that fits the site and the stage,
// proposals that fit site, histology, stage, age and WHO status, dates in order, the question of the
// phase, registrations before the deadline, amendments that change what their reason says, and the
// signing check; and the course an oncologist believes (demorulescourse.cpp). tst_demorules walks a whole
// demo database with it; tst_demorulescatch feeds it one bad fiche per rule. The committees have their own
// rule: each meets in an establishment of its 3C.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/organisation.h"
#include "models/domain/patient.h"
#include "models/domain/rcp.h"
#include "models/domain/session.h"
#include "models/store/database.h"

#include <map>

namespace concerto::test::demorules {

struct Rule {
    const char *id;          // short, stable: "stage-group"
    const char *description; // what it asks, in a line
};
// Every rule, in the order of the report.
const std::vector<Rule> &rules();

// One fiche and what it is about.
struct FicheInContext {
    const Fiche *fiche = nullptr;
    const Inscription *inscription = nullptr; // its case
    const Session *session = nullptr;
    const Patient *patient = nullptr;
    const Fiche *previous = nullptr; // the version this one replaces, for a version after the first
    QDate historyStart{};            // the first session of the database: no treatment before it; null: none
};

// Rule id -> why the fiche breaks it (one sentence a breach); empty when it follows every rule.
using Breaches = std::map<QString, QStringList>;
Breaches check(const FicheInContext &f);

// What the rules share: the tumours of the case, then those the fiche froze (they may differ on a
// version that a correction replaces); the age on a day.
std::vector<Tumour> tumoursOf(const FicheInContext &f);
int ageAt(const QDate &birth, const QDate &day);

// The clinical rules (demorulesclinical.cpp), added to `out`.
void checkStaging(const FicheInContext &f, Breaches &out);
void checkProposal(const FicheInContext &f, Breaches &out);
// The rules of a believable course (demorulescourse.cpp): history by age, tests in the order of care,
// doses and toxicities, fitness for the treatment, trials, conformity and override reasons, the meeting.
void checkCourse(const FicheInContext &f, Breaches &out);

// The committees' rule (demorulescommittees.cpp): a host establishment that is an establishment of
// `directory` coordinated by the committee's own 3C. Why the committee breaks it; empty when it does not.
QStringList checkCommittee(const Rcp &rcp, const std::vector<Organisation> &directory);
// Every committee of the database checked: committee name -> reasons, for those that break the rule;
// `committees` counts those checked. False, with `error`, when something cannot be read.
bool walkCommittees(Database &db, std::map<QString, QStringList> *broken, int *committees, QString *error);

struct Tally {
    int fiches = 0;
    std::map<QString, int> broken;           // rule id -> fiches that break it
    std::map<QString, QStringList> examples; // rule id -> the first few reasons, with the fiche id
};
// Reads every fiche, case, session and patient of the database and checks each fiche. False, with
// `error`, when something cannot be read.
bool walk(Database &db, Tally *tally, QString *error);
// The count of fiches breaking each rule, one line a rule, aligned.
QString table(const Tally &tally);

} // namespace concerto::test::demorules
