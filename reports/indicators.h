// The activity indicators of the tumour boards (what 3C and DSRC report every year), computed from the
// store for an IndicatorFilter. Which records count:
// - a fiche counts when its case (inscription) belongs to a session of the period and of a committee the
//   filter keeps; only the latest version of each document (set id) counts, so an amended fiche counts
//   once; the clinical figures read the case as the fiche froze it at signature (caseSnapshot), else as
//   the case (inscription) holds it (the tumour when the frozen case has tumours, the WHO status when it
//   has its clinical part); sex and age come from the patient's identity; distributions count fiches;
// - a patient is new when none of their fiches, in any committee, belongs to a session before the period;
// - sessions count when they were held (closed, or in progress): not when planned, even in the past, nor
//   when cancelled; postponed cases are the inscriptions of the period's
//   sessions (cancelled ones included) whose agenda state is Postponed;
// - a fiche is recours when its committee is a recours RCP (Rcp::recours) or its case was registered with
//   the recours motif (Motif::recours);
// - delays are in calendar days of the boards' clock: registration (Inscription::registeredAt) to meeting,
//   and meeting to the document's first signature (an amendment does not move it);
// - HAS quality indicator: level 1, a dated fiche (meeting date) with a proposal (treatment lines, exams,
//   surveillance or referral to a recours RCP); level 2, level 1 and at least 3 distinct specialties among
//   the attendees.
// The whole read is SQL over indexed columns (session start, case session, fiche case) and json_extract
// of the few body fields needed; no record is loaded. A failed read is an error, never a zero.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "reports/indicatorfilter.h"

#include <optional>
#include <vector>

namespace concerto {

// `count` out of `of`.
struct IndicatorShare {
    int count = 0;
    int of = 0;
    // Percentage, or nothing when `of` is 0.
    std::optional<double> percent() const {
        if (of <= 0)
            return std::nullopt;
        return 100.0 * count / of;
    }
};

// One class of a distribution: a stable key (a code), the words a user reads, how many fiches.
struct IndicatorSlice {
    QString key;
    QString label;
    int count = 0;
};

struct IndicatorMedian {
    std::optional<double> days; // nothing when there was no value
    int values = 0;             // how many delays it is the median of
};

struct Indicators {
    IndicatorFilter filter;
    int sessions = 0;             // held: closed or in progress
    int inscriptions = 0;         // cases of the period's sessions, postponed ones included
    int fiches = 0;               // latest versions only
    int patients = 0;             // distinct patients with a fiche
    int newPatients = 0;          // of whom no earlier fiche exists
    int registered = 0;           // ORG-128
    int discussed = 0;            // ORG-134
    IndicatorShare quorumMet;     // of discussed
    IndicatorShare fileComplete;  // of fiches
    IndicatorShare conform;       // of fiches
    IndicatorShare trialProposed; // of fiches
    IndicatorShare recours;       // of fiches
    IndicatorShare postponed;     // of inscriptions
    IndicatorShare signedFiches;  // of fiches
    IndicatorShare hasLevel1;     // of fiches
    IndicatorShare hasLevel2;     // of fiches
    std::vector<IndicatorSlice> byOrgan;
    std::vector<IndicatorSlice> byTopography; // ICD-10, 3 characters
    std::vector<IndicatorSlice> byStage;      // stage group 0, I, II, III, IV
    std::vector<IndicatorSlice> byWhoStatus;
    std::vector<IndicatorSlice> bySex;
    std::vector<IndicatorSlice> byAge; // age at the meeting
    IndicatorMedian registrationToMeeting;
    IndicatorMedian meetingToSignature;
};

// The indicators of `filter` read from `db`. Fails with a sentence when the period is wrong, when the
// committee or the 3C is not in the directory (or the organisation is not a 3C), or when a read fails.
StoreRead<Indicators> computeIndicators(Database &db, const IndicatorFilter &filter);
// The same through a connection of its own to the database at `path`, opened and closed here: what a
// worker thread calls (a connection belongs to the thread that opened it).
StoreRead<Indicators> computeIndicators(const QString &path, const IndicatorFilter &filter);

// A connection of its own to the database at `path`, opened at the first computation in the thread that
// computes and kept for the next ones, so that they find the file's pages already mapped and cached
// (a year on 100,000 patients costs several times more on a fresh connection). Every computation
// reads what is committed when it starts. Use and destroy it in one thread (a connection belongs to
// the thread that opened it).
class IndicatorReader final {
public:
    explicit IndicatorReader(QString path);
    ~IndicatorReader();
    Q_DISABLE_COPY_MOVE(IndicatorReader)

    StoreRead<Indicators> compute(const IndicatorFilter &filter);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

namespace indicators {
// The median of `values` (the mean of the two middle ones for an even count); nothing when empty.
std::optional<double> median(std::vector<int> values);
// The stage group of a stage ("IIIB" -> "III", "0is" -> "0", "IVA" -> "IV"); empty when it has none.
QString stageGroup(const QString &stage);
// The age band of an age in years: "<40", "40-49", … "70-79", "80+".
QString ageBand(int years);
// The words of an appareil code (JDV_RCP_Appareil), the code itself when unknown.
QString appareilLabel(const QString &code);
} // namespace indicators

} // namespace concerto
