// Stage groups by tumour site: the categories that exist for each site in the UICC TNM 8th edition
// (2017), the stage group they give, FIGO for the gynaecological sites, Ann Arbor / Lugano for the
// lymphomas and R-ISS for myeloma. The one place the editor, validation, the demo, the documents and
// `concerto-cli check-tnm` ask.
#pragma once

#include "models/domain/tumour.h"
#include "models/validation/check.h"
#include "models/validation/tnm.h"

#include <optional>

namespace concerto::staging {

// A site that has its own staging table, e.g. "colon-rectum", "lung", "oropharynx-p16-negative".
struct SiteInfo {
    QString id;          // stable identifier, English, lower case
    QString label;       // French, as a physician names it ("Côlon et rectum")
    QString system;      // "UICC TNM", "FIGO", "Ann Arbor / Lugano", "R-ISS"
    QString edition;     // the source edition, e.g. "UICC 8 (2017)", "FIGO 2018", "Lugano 2014", "R-ISS 2015"
    bool usesTnm = true; // false for lymphomas and myeloma: T, N and M are "not applicable"
};

// The site whose table stages a tumour with this ICD-10 topography and ICD-O-3 morphology. The
// morphology decides first: a lymphoma (959–972) or a myeloma (9732/3) is staged by its own system
// wherever it sits, a melanoma of the skin by the melanoma table. Empty when no table covers it.
std::optional<SiteInfo> siteFor(const QString &topography, const QString &morphology = {});
// Every site the tables know, in a stable order.
const std::vector<SiteInfo> &allSites();

// A TNM as people write it: "cT4a cN2b cM0", "cT4aN2bM0", "pT2 N1 M0", "ypT0N0", "t2n0m0",
// "T2 N1 M0 (UICC 8)", with or without spaces, in any case. The prefix (c, p, yc, yp, r, rc, rp) may
// stand once in front or before each category. Fills prefix (the first one written), t, n, m (bare,
// canonical case: "T1mi", "Tis", "TX") and edition when written in brackets. A category whose own prefix
// differs from the first one keeps it ("ypT0 ypN0 cM0" gives prefix yp, m "cM0"; "pT1 cN0" gives n
// "cN0"). Each of T, N and M at most once; anything else is an error saying what could not be read.
struct ParsedTnm {
    TnmStaging tnm;
    QString error; // empty when it parsed; otherwise what is wrong, in words
    bool ok() const { return error.isEmpty(); }
};
ParsedTnm parseTnm(const QString &text);

// What some sites need beside T, N and M to give a stage group.
struct StageFactors {
    std::optional<double> psa; // prostate: ng/mL
    int gradeGroup = 0;        // prostate: ISUP grade group 1–5, 0 when unknown
    QString grade;    // oesophagus, pathological groups: "G1", "G2", "G3" or "GX"; empty when unknown
    QString location; // oesophagus, squamous pathological groups: "upper", "middle", "lower" or "X"
};

enum class StageOutcome {
    Staged,  // `stage` holds the group
    Missing, // the categories exist but something is missing to give the group: see `missing`
    Refused, // a category that does not exist for the site, or an impossible combination: see `reasons`
    NoTable, // no table for this topography (or a non-TNM site asked for a TNM stage, or a TNM of
             // another edition than UICC 8): see `reasons`
    NoGroup, // the categories exist but the table gives no group to them together (T0 N0 M0, Tis N1,
             // ypT0 ypN0 after a complete response): see `reasons`
};

struct StageResult {
    StageOutcome outcome = StageOutcome::NoTable;
    std::optional<SiteInfo> site;
    QString stage;        // "IIIC", "IVA", "0", "IA1"… (no "Stage" word)
    QStringList reasons;  // one sentence each, translated ("Staging" context)
    QStringList missing;  // what to give for a stage group, e.g. "PSA", "ISUP grade group"; with Staged,
                          // what would make a broad group ("IV" for M1) precise
    QStringList possible; // the precise groups T, N and M still allow when more than one (Missing, or
                          // Staged with a broad group), e.g. {"IVA", "IVB", "IVC"}
};

// The stage group of a TNM for the tumour's site. A category that does not exist for the site is
// refused with the reason, naming the categories that exist ("N2b does not exist for the pancreas
// (UICC 8): N0, N1, N2, NX"). A TX/NX/MX-like unknown category gives Missing, never a guess.
StageResult stageOf(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                    const StageFactors &factors = {});

// The categories that exist for the site, in order, e.g. {"TX","T0","Tis","T1","T1a",…}, without
// prefix. Empty for an unknown site or a non-TNM site. With a pathological prefix (p, yp, rp), the
// pathological categories where they differ (prostate: no pT1, no pT2 subcategories).
QStringList categories(const QString &siteId, validation::TnmCategory category, const QString &prefix = {});

// A stage group typed by hand, checked against T, N and M: fails with the reason when they disagree
// ("Stage IIIB typed, but cT4a cN2b cM0 gives IIIC (Côlon et rectum, UICC 8 (2017))"); passes when
// they agree, when the typed group is one T, N and M still allow (IVB for an M1 colon) or its heading
// (III for IIIC), or when no group can be computed. A TNM stage on a lymphoma or a myeloma fails: it
// is not applicable there.
validation::Check checkTypedStage(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                                  const StageFactors &factors = {});

// Everything the tables say about a fiche's TNM: categories that do not exist for the site, a TNM on
// a lymphoma or myeloma ("not applicable"), and checkTypedStage. Missing information is not a failure.
// Needs the topography, so the fiche check calls it (checkTnmStaging checks the forms alone).
validation::Check checkTnmForSite(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                                  const StageFactors &factors = {});

// A TNM written back the way people read it, each category with its prefix: "cT4a cN2b cM0",
// "ypT0 ypN0 cM0" (M0 is never written pM0).
QString tnmText(const TnmStaging &tnm);

// The non-TNM stagings: FIGO (ovary, cervix, endometrium), Ann Arbor and Lugano 2014 (Hodgkin and
// non-Hodgkin lymphomas; A/B only for Hodgkin), R-ISS (myeloma). Checks the name, version and value
// against the tumour's site: a Lugano stage with A/B on a non-Hodgkin lymphoma, an Ann Arbor stage
// on a carcinoma, an R-ISS "IV" are refused with the reason.
validation::Check checkOtherStaging(const QString &topography, const QString &morphology,
                                    const OtherStaging &staging);
// The values that exist for a non-TNM system and site, in order (for the editor and the demo).
QStringList otherStagingValues(const QString &siteId);

// R-ISS (Palumbo 2015) from its inputs: ISS stage (1–3 from beta-2 microglobulin and albumin),
// high-risk cytogenetics (del(17p), t(4;14), t(14;16)) and a high LDH. Returns "I", "II" or "III".
QString rissStage(double beta2MicroglobulinMgPerL, double albuminGPerL, bool highRiskCytogenetics,
                  bool highLdh);

} // namespace concerto::staging

namespace concerto::staging {

// What a T, N or M category means, in French, by the UICC's general rules (the same words for every
// site: "Pas d'atteinte des ganglions lymphatiques régionaux" for N0): "T1b", "pN0", "cM0", "Tis",
// "TX"… Empty for something that is not a category. The documents print it beside the category and
// the CDA writes it as the code's displayName.
QString categoryMeaning(const QString &category);

} // namespace concerto::staging
