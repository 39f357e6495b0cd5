// Dates, staging and scores of a case: a date that may be known to the month only (the date of
// diagnosis needs month and year at least), its parser, the tumour block with its two TNM stagings
// checked against the staging tables of its site, what a tumour needs before a fiche is signed, and
// the WHO/ECOG performance status.
#pragma once

#include "models/domain/clinical.h"
#include "models/domain/tumour.h"
#include "models/validation/check.h"

#include <QDate>

namespace concerto::validation {

enum class DatePrecision { None, Month, Day };

struct PartialDate {
    QDate date; // the first of the month when only the month is known
    DatePrecision precision = DatePrecision::None;

    bool isValid() const { return precision != DatePrecision::None && date.isValid(); }
    QString text() const; // "08/2023" or "14/08/2023"
};

struct DateParse {
    PartialDate value;
    Check check;
};

// Reads "MM/YYYY", "DD/MM/YYYY", "YYYY-MM" or "YYYY-MM-DD" (day and month may have one digit in the
// slash forms) and says which precision it got; the check says why a text is not read.
DateParse parsePartialDate(const QString &text);

// A date of diagnosis: at least month and year, not after `today`, not before the birth date (compared
// to the month when only the month is known). An invalid birth date is not compared.
Check checkDiagnosisDate(const PartialDate &diagnosis, const QDate &birthDate, const QDate &today);
Check checkDiagnosisDate(const Tumour &tumour, const QDate &birthDate, const QDate &today);

// One tumour block of a case: its date of diagnosis, a topography (required, C00–D48), the morphology's
// form when given, and its staging (checkTumourStaging). Every problem, one message each.
Check checkTumour(const Tumour &tumour, const QDate &birthDate, const QDate &today);

// The staging of one tumour, against the tables of its site (models/staging):
// - each TNM's form (checkTnmStaging), and its prefix in its place: the clinical TNM is c, yc, r or rc
//   (or none), the pathological one p, yp or rp;
// - categories that do not exist for the site, a stage group typed by hand that disagrees with T, N
//   and M, a TNM on a lymphoma or a myeloma (staging::checkTnmForSite);
// - a pathological TNM dated before the diagnosis (compared to the month when only the month of
//   diagnosis is known) or before the first surgery among `treatments`;
// - each other staging (FIGO, Ann Arbor / Lugano, R-ISS) against the site (staging::checkOtherStaging).
// Missing information (no stage group, a factor the table lacks) is not a failure.
Check checkTumourStaging(const Tumour &tumour, const std::vector<PastTreatment> &treatments = {});

// What a tumour needs before a fiche on its case is signed: the clinical TNM (T, N and M) of a solid
// tumour, unless T, N and M do not apply (Tumour::tnmNotApplicable: a haematological morphology), and
// a staging that checkTumourStaging accepts.
Check checkTumourForSigning(const Tumour &tumour, const std::vector<PastTreatment> &treatments);

// WHO/ECOG performance status, 0 to 4; -1 means not given, which is valid unless `required`.
Check checkPerformanceStatus(int status, bool required = false);
// The same, typed as text ("2").
Check checkPerformanceStatus(const QString &text, bool required = false);

} // namespace concerto::validation
