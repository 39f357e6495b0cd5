// What a case still lacks for its committee, and the session's summary grouped by requester.
#include "models/validation/completeness.h"

#include "models/domain/boardtime.h"
#include "models/domain/casefields.h"

#include <QCoreApplication>
#include <QLocale>
#include <map>

namespace concerto::validation {

namespace {

constexpr int kGeriatricAge = 75;

// How a tumour is named in a sentence: its topography code, else its rank.
QString tumourName(const Tumour &t, std::size_t index) {
    return t.topography.trimmed().isEmpty()
               ? QCoreApplication::translate("Completeness", "tumour %1").arg(index + 1)
               : QCoreApplication::translate("Completeness", "tumour %1").arg(t.topography.trimmed());
}

bool blank(const QString &text) {
    return text.trimmed().isEmpty();
}

class Checker {
public:
    Checker(const Inscription &i, int age, bool tumourRequired)
        : m_i(i)
        , m_age(age)
        , m_tumourRequired(tumourRequired) {}

    void check(const QString &code) {
        if (code == QLatin1String("requester"))
            missingIf(m_i.requesterId.isNull(), code,
                      QCoreApplication::translate("Completeness", "Requesting physician missing."));
        else if (code == QLatin1String("presenter"))
            missingIf(m_i.presenterId.isNull(), code,
                      QCoreApplication::translate("Completeness", "Presenting physician missing."));
        else if (code == QLatin1String("motif"))
            missingIf(!m_i.motif.any(), code,
                      QCoreApplication::translate("Completeness", "Reason for presentation missing."));
        else if (code == QLatin1String("tumour"))
            checkTumours(code);
        else if (code == QLatin1String("diagnosis-date"))
            eachTumour(
                code,
                QCoreApplication::translate("Completeness",
                                            "Date of diagnosis missing: the case has no tumour yet."),
                [](const Tumour &t) { return !t.diagnosisDate.isValid(); },
                QCoreApplication::translate("Completeness", "Date of diagnosis missing for %1."));
        else if (code == QLatin1String("clinical-tnm"))
            checkClinicalTnm(code);
        else if (code == QLatin1String("who-status"))
            missingIf(m_i.clinical.whoStatus < 0 || m_i.clinical.whoStatus > 4, code,
                      QCoreApplication::translate("Completeness", "WHO performance status missing."));
        else if (code == QLatin1String("geriatric-screening"))
            checkGeriatric(code);
        else if (code == QLatin1String("history"))
            missingIf(blank(m_i.clinical.history) && blank(m_i.clinical.comorbidities), code,
                      QCoreApplication::translate("Completeness", "History and comorbidities missing."));
        else if (code == QLatin1String("test-results"))
            missingIf(m_i.clinical.tests.empty(), code,
                      QCoreApplication::translate("Completeness", "No test result given."));
        else if (code == QLatin1String("treatments"))
            missingIf(m_i.clinical.treatments.empty(), code,
                      QCoreApplication::translate("Completeness", "Past and current treatments missing."));
        else if (code == QLatin1String("pathology-report"))
            checkPathology(code);
        else if (code == QLatin1String("summary"))
            missingIf(blank(m_i.clinical.summary), code,
                      QCoreApplication::translate("Completeness", "Case summary missing."));
        else if (code == QLatin1String("question"))
            missingIf(blank(m_i.question), code,
                      QCoreApplication::translate("Completeness", "Question to the board missing."));
        else if (isKnownCaseField(code)) // a part this version names but does not hold (attachments)
            notCheckable(code, QCoreApplication::translate(
                                   "Completeness", "%1: cannot be checked in Concerto yet; check it by hand.")
                                   .arg(caseFieldLabel(code)));
        else
            notCheckable(code, QCoreApplication::translate(
                                   "Completeness",
                                   "\"%1\" is required by the committee but this version of Concerto does "
                                   "not know it; check it by hand.")
                                   .arg(code));
    }

    CaseCompleteness result;

private:
    void missingIf(bool missing, const QString &code, const QString &text) {
        if (missing)
            result.items.push_back({code, text, true});
    }
    void notCheckable(const QString &code, const QString &text) {
        result.items.push_back({code, text, false});
    }

    void checkTumours(const QString &code) {
        if (m_i.tumours.empty()) {
            result.items.push_back(
                {code, QCoreApplication::translate("Completeness", "No tumour described."), true});
            return;
        }
        for (std::size_t n = 0; n < m_i.tumours.size(); ++n) {
            const Tumour &t = m_i.tumours[n];
            missingIf(blank(t.topography), code,
                      QCoreApplication::translate("Completeness", "Topography (ICD-10) missing for %1.")
                          .arg(tumourName(t, n)));
            missingIf(blank(t.morphology), code,
                      QCoreApplication::translate("Completeness", "Morphology (ICD-O-3) missing for %1.")
                          .arg(tumourName(t, n)));
        }
    }

    // One item per tumour that `lacks`; when there is no tumour at all, one item, unless the committee
    // also requires a tumour (that item already says so).
    template <typename Lacks>
    void eachTumour(const QString &code, const QString &noTumour, Lacks lacks, const QString &perTumour) {
        if (m_i.tumours.empty()) {
            missingIf(!m_tumourRequired, code, noTumour);
            return;
        }
        for (std::size_t n = 0; n < m_i.tumours.size(); ++n)
            missingIf(lacks(m_i.tumours[n]), code, perTumour.arg(tumourName(m_i.tumours[n], n)));
    }

    void checkClinicalTnm(const QString &code) {
        if (m_i.tumours.empty()) {
            missingIf(!m_tumourRequired, code,
                      QCoreApplication::translate("Completeness",
                                                  "Clinical TNM missing: the case has no tumour yet."));
            return;
        }
        for (std::size_t n = 0; n < m_i.tumours.size(); ++n) {
            const Tumour &t = m_i.tumours[n];
            if (t.tnmNotApplicable()) // haematological: staged otherwise
                continue;
            if (t.clinicalTnm.isEmpty())
                result.items.push_back(
                    {code,
                     QCoreApplication::translate("Completeness", "Clinical TNM missing for %1.")
                         .arg(tumourName(t, n)),
                     true});
            else if (blank(t.clinicalTnm.edition))
                result.items.push_back(
                    {code,
                     QCoreApplication::translate("Completeness",
                                                 "Edition of the clinical TNM (e.g. UICC 8) missing for %1.")
                         .arg(tumourName(t, n)),
                     true});
        }
    }

    void checkGeriatric(const QString &code) {
        if (m_age < 0) {
            notCheckable(code, QCoreApplication::translate(
                                   "Completeness",
                                   "Geriatric screening: the patient's birth date is unknown, so whether it "
                                   "is needed (from 75) cannot be told."));
            return;
        }
        if (m_age < kGeriatricAge)
            return;
        missingIf(blank(m_i.clinical.geriatricTool) || blank(m_i.clinical.geriatricScore), code,
                  QCoreApplication::translate(
                      "Completeness",
                      "Geriatric screening (tool and score) missing: the patient is %1 at the meeting.")
                      .arg(m_age));
    }

    void checkPathology(const QString &code) {
        for (const ReportConclusion &r : m_i.clinical.reports)
            if (r.kind == QLatin1String("pathology") && !blank(r.text))
                return;
        result.items.push_back(
            {code, QCoreApplication::translate("Completeness", "Pathology report conclusion missing."),
             true});
    }

    const Inscription &m_i;
    int m_age;
    bool m_tumourRequired;
};

} // namespace

QStringList CaseCompleteness::sentences() const {
    QStringList list;
    for (const MissingItem &m : items)
        list << m.text;
    return list;
}

QString CaseCompleteness::text() const {
    return sentences().join(QLatin1Char('\n'));
}

int ageOn(const QDate &birthDate, const QDate &day) {
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

CaseCompleteness checkCompleteness(const Inscription &inscription, int ageAtMeeting, const Rcp &rcp) {
    const QStringList &required = rcp.requiredCaseFields;
    Checker checker(inscription, ageAtMeeting, required.contains(QLatin1String("tumour")));
    QStringList seen;
    for (const QString &code : required) {
        if (seen.contains(code))
            continue;
        seen << code;
        checker.check(code);
    }
    return checker.result;
}

int SessionCompleteness::incompleteCount() const {
    int n = 0;
    for (const CaseInSession &c : cases)
        n += c.completeness.complete() ? 0 : 1;
    return n;
}

QString SessionCompleteness::missingByRequester() const {
    const QLocale locale;
    const QDateTime start = toBoardTime(session.startsAt);
    QString out =
        QCoreApplication::translate("Completeness", "What is missing before the meeting of %1 on %2 at %3")
            .arg(committee, locale.toString(start.date(), QLocale::ShortFormat),
                 locale.toString(start.time(), QLocale::ShortFormat));
    out += QLatin1Char('\n');
    if (session.registrationDeadline.isValid())
        out += QCoreApplication::translate("Completeness", "Registration deadline: %1")
                   .arg(locale.toString(toBoardTime(session.registrationDeadline), QLocale::ShortFormat)) +
               QLatin1Char('\n');
    if (incompleteCount() == 0)
        return out + QLatin1Char('\n') +
               QCoreApplication::translate("Completeness", "Every case of this session is complete.") +
               QLatin1Char('\n');

    // Requesters in name order; cases without one last. Cases keep their agenda order.
    std::map<std::pair<bool, QString>, std::vector<const CaseInSession *>> groups;
    for (const CaseInSession &c : cases)
        if (!c.completeness.complete())
            groups[{c.requester.isEmpty(), c.requester}].push_back(&c);
    for (const auto &[key, list] : groups) {
        out += QLatin1Char('\n');
        const QString who = key.first
                                ? QCoreApplication::translate("Completeness", "No requesting physician named")
                                : key.second;
        out += QCoreApplication::translate("Completeness", "%1: %n case(s)", nullptr, int(list.size()))
                   .arg(who) +
               QLatin1Char('\n');
        for (const CaseInSession *c : list) {
            const QString patient =
                c->birthDate.isValid()
                    ? QCoreApplication::translate("Completeness", "%1, born %2")
                          .arg(c->patient, locale.toString(c->birthDate, QLocale::ShortFormat))
                    : c->patient;
            out += QStringLiteral("  * ") + patient + QLatin1Char('\n');
            for (const MissingItem &m : c->completeness.items)
                out += QStringLiteral("      - ") + m.text + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace concerto::validation
