// The list of case parts a committee may require, their labels and the default set.
#include "models/domain/casefields.h"

#include <QCoreApplication>

namespace concerto {

const std::vector<CaseField> &caseFields() {
    static const std::vector<CaseField> fields = {
        {"requester", QT_TRANSLATE_NOOP("CaseField", "Requesting physician")},
        {"presenter", QT_TRANSLATE_NOOP("CaseField", "Presenting physician")},
        {"motif", QT_TRANSLATE_NOOP("CaseField", "Reason for presentation")},
        {"tumour", QT_TRANSLATE_NOOP("CaseField", "Tumour (topography and morphology)")},
        {"diagnosis-date", QT_TRANSLATE_NOOP("CaseField", "Date of diagnosis")},
        {"clinical-tnm", QT_TRANSLATE_NOOP("CaseField", "Clinical TNM of a solid tumour")},
        {"who-status", QT_TRANSLATE_NOOP("CaseField", "WHO performance status")},
        {"geriatric-screening", QT_TRANSLATE_NOOP("CaseField", "Geriatric screening from 75 years")},
        {"history", QT_TRANSLATE_NOOP("CaseField", "History and comorbidities")},
        {"test-results", QT_TRANSLATE_NOOP("CaseField", "Test results")},
        {"treatments", QT_TRANSLATE_NOOP("CaseField", "Past and current treatments")},
        {"pathology-report", QT_TRANSLATE_NOOP("CaseField", "Pathology report conclusion")},
        {"summary", QT_TRANSLATE_NOOP("CaseField", "Case summary")},
        {"question", QT_TRANSLATE_NOOP("CaseField", "Question to the board")},
        {"attachments", QT_TRANSLATE_NOOP("CaseField", "Attached documents")},
    };
    return fields;
}

bool isKnownCaseField(const QString &code) {
    for (const CaseField &f : caseFields())
        if (code == QLatin1String(f.code))
            return true;
    return false;
}

QString caseFieldLabel(const QString &code) {
    for (const CaseField &f : caseFields())
        if (code == QLatin1String(f.code))
            return QCoreApplication::translate("CaseField", f.label);
    return code;
}

QStringList defaultRequiredCaseFields() {
    return {QStringLiteral("requester"),    QStringLiteral("question"),   QStringLiteral("tumour"),
            QStringLiteral("clinical-tnm"), QStringLiteral("who-status"), QStringLiteral("summary")};
}

} // namespace concerto
