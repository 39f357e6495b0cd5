// Partial dates (month or day precision), the date of diagnosis, the staging of a tumour against its
// site, what a tumour needs before signature, and the WHO performance status.
#include "models/validation/clinicalchecks.h"
#include "models/staging/staging.h"
#include "models/validation/icdcodes.h"
#include "models/validation/tnm.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::validation {

namespace {
const char *const kSurgeryCode = "387713003"; // surgery, in JDV_TypeTraitement_FRCP

DateParse parsed(int year, int month, int day, DatePrecision precision, const QString &text) {
    DateParse result;
    if (month < 1 || month > 12) {
        result.check =
            Check::fail(QCoreApplication::translate("Validation", "There is no month %1 in \"%2\".")
                            .arg(month)
                            .arg(text));
        return result;
    }
    const QDate date(year, month, precision == DatePrecision::Day ? day : 1);
    if (!date.isValid()) {
        result.check = Check::fail(
            QCoreApplication::translate("Validation", "\"%1\" is not a day of the calendar.").arg(text));
        return result;
    }
    result.value = {date, precision};
    return result;
}

// Year and month as one comparable number.
int monthIndex(const QDate &d) {
    return d.year() * 12 + d.month();
}
} // namespace

QString PartialDate::text() const {
    switch (precision) {
    case DatePrecision::Day:
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    case DatePrecision::Month:
        return date.toString(QStringLiteral("MM/yyyy"));
    case DatePrecision::None:
        break;
    }
    return {};
}

DateParse parsePartialDate(const QString &input) {
    const QString text = input.trimmed();
    static const QRegularExpression slashMonth(QStringLiteral(R"(^(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression slashDay(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    static const QRegularExpression isoMonth(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    static const QRegularExpression isoDay(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression yearOnly(QStringLiteral(R"(^\d{4}$)"));
    QRegularExpressionMatch m;
    if ((m = slashDay.match(text)).hasMatch())
        return parsed(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(), DatePrecision::Day,
                      text);
    if ((m = slashMonth.match(text)).hasMatch())
        return parsed(m.captured(2).toInt(), m.captured(1).toInt(), 1, DatePrecision::Month, text);
    if ((m = isoDay.match(text)).hasMatch())
        return parsed(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), DatePrecision::Day,
                      text);
    if ((m = isoMonth.match(text)).hasMatch())
        return parsed(m.captured(1).toInt(), m.captured(2).toInt(), 1, DatePrecision::Month, text);
    DateParse result;
    if (text.isEmpty())
        result.check = Check::fail(QCoreApplication::translate("Validation", "No date was given."));
    else if (yearOnly.match(text).hasMatch())
        result.check = Check::fail(
            QCoreApplication::translate("Validation", "Give the month as well as the year: \"MM/%1\".")
                .arg(text));
    else
        result.check = Check::fail(
            QCoreApplication::translate("Validation", "\"%1\" is not a date: write MM/YYYY or DD/MM/YYYY.")
                .arg(text));
    return result;
}

Check checkDiagnosisDate(const PartialDate &diagnosis, const QDate &birthDate, const QDate &today) {
    if (!diagnosis.isValid())
        return Check::fail(QCoreApplication::translate(
            "Validation", "The date of diagnosis is missing: give at least the month and the year."));
    const bool byDay = diagnosis.precision == DatePrecision::Day;
    const bool future = byDay ? diagnosis.date > today : monthIndex(diagnosis.date) > monthIndex(today);
    if (future)
        return Check::fail(
            QCoreApplication::translate("Validation", "The date of diagnosis (%1) is in the future.")
                .arg(diagnosis.text()));
    if (birthDate.isValid()) {
        const bool beforeBirth =
            byDay ? diagnosis.date < birthDate : monthIndex(diagnosis.date) < monthIndex(birthDate);
        if (beforeBirth)
            return Check::fail(QCoreApplication::translate(
                                   "Validation", "The date of diagnosis (%1) is before the birth date (%2).")
                                   .arg(diagnosis.text(), birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    return Check::pass();
}

Check checkDiagnosisDate(const Tumour &tumour, const QDate &birthDate, const QDate &today) {
    PartialDate d;
    if (tumour.diagnosisDate.isValid())
        d = {tumour.diagnosisDate, tumour.diagnosisDayKnown ? DatePrecision::Day : DatePrecision::Month};
    return checkDiagnosisDate(d, birthDate, today);
}

Check checkTumour(const Tumour &tumour, const QDate &birthDate, const QDate &today) {
    Check result = checkDiagnosisDate(tumour, birthDate, today);
    if (tumour.topography.trimmed().isEmpty())
        result.add(QCoreApplication::translate("Validation",
                                               "The topography (ICD-10 code) of the tumour is missing."));
    result.add(checkTopography(tumour.topography));
    result.add(checkMorphology(tumour.morphology));
    result.add(checkTumourStaging(tumour));
    return result;
}

Check checkTumourStaging(const Tumour &tumour, const std::vector<PastTreatment> &treatments) {
    Check result;
    if (!tumour.clinicalTnm.isEmpty() && tumour.clinicalTnm.isPathological())
        result.add(QCoreApplication::translate(
                       "Validation", "The clinical TNM has the pathological prefix \"%1\": record it as the "
                                     "pathological TNM.")
                       .arg(tumour.clinicalTnm.prefix));
    if (!tumour.pathologicalTnm.isEmpty() && !tumour.pathologicalTnm.isPathological())
        result.add(QCoreApplication::translate(
                       "Validation", "The pathological TNM needs the prefix p, yp or rp, not \"%1\".")
                       .arg(tumour.pathologicalTnm.prefix));
    for (const TnmStaging *tnm : {&tumour.clinicalTnm, &tumour.pathologicalTnm}) {
        const Check form = checkTnmStaging(*tnm);
        result.add(form);
        if (form.ok() && !tnm->isEmpty())
            result.add(staging::checkTnmForSite(tumour.topography, tumour.morphology, *tnm));
    }
    const TnmStaging &p = tumour.pathologicalTnm;
    if (!p.isEmpty() && p.date.isValid()) {
        const QDate &diagnosis = tumour.diagnosisDate;
        const bool beforeDiagnosis =
            diagnosis.isValid() &&
            (tumour.diagnosisDayKnown ? p.date < diagnosis : monthIndex(p.date) < monthIndex(diagnosis));
        if (beforeDiagnosis)
            result.add(QCoreApplication::translate(
                           "Validation", "The pathological TNM is dated %1, before the diagnosis (%2).")
                           .arg(p.date.toString(QStringLiteral("dd/MM/yyyy")),
                                diagnosis.toString(tumour.diagnosisDayKnown ? QStringLiteral("dd/MM/yyyy")
                                                                            : QStringLiteral("MM/yyyy"))));
        QDate surgery;
        for (const PastTreatment &t : treatments)
            if (t.type == QLatin1String(kSurgeryCode) && t.start.isValid() &&
                (!surgery.isValid() || t.start < surgery))
                surgery = t.start;
        if (surgery.isValid() && p.date < surgery)
            result.add(QCoreApplication::translate(
                           "Validation", "The pathological TNM is dated %1, before the surgery (%2).")
                           .arg(p.date.toString(QStringLiteral("dd/MM/yyyy")),
                                surgery.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    for (const OtherStaging &o : tumour.otherStagings)
        result.add(staging::checkOtherStaging(tumour.topography, tumour.morphology, o));
    return result;
}

Check checkTumourForSigning(const Tumour &tumour, const std::vector<PastTreatment> &treatments) {
    Check result;
    const TnmStaging &c = tumour.clinicalTnm;
    if (!tumour.tnmNotApplicable() &&
        (c.t.trimmed().isEmpty() || c.n.trimmed().isEmpty() || c.m.trimmed().isEmpty()))
        result.add(QCoreApplication::translate(
                       "Validation", "The clinical TNM (T, N and M) of the tumour %1 is missing: the fiche "
                                     "RCP needs it for a solid tumour.")
                       .arg(tumour.topography));
    result.add(checkTumourStaging(tumour, treatments));
    return result;
}

Check checkPerformanceStatus(int status, bool required) {
    if (status == -1)
        return required ? Check::fail(QCoreApplication::translate(
                              "Validation", "The WHO performance status is missing (0 to 4)."))
                        : Check::pass();
    if (status < 0 || status > 4)
        return Check::fail(
            QCoreApplication::translate("Validation", "The WHO performance status runs from 0 to 4, not %1.")
                .arg(status));
    return Check::pass();
}

Check checkPerformanceStatus(const QString &text, bool required) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return checkPerformanceStatus(-1, required);
    bool number = false;
    const int status = t.toInt(&number);
    if (!number)
        return Check::fail(
            QCoreApplication::translate("Validation",
                                        "The WHO performance status is a number from 0 to 4, not \"%1\".")
                .arg(t));
    return checkPerformanceStatus(status, required);
}

} // namespace concerto::validation
