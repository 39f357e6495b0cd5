// For the CDA tests: the national validator (../shared/tools/validate-frcp) run on several files at
// once, XPath queries on an exported document (xmllint), and the signed demo fiches of each kind the
// export must handle (appareil and transversal committees, amended versions, several tumours,
// haematological tumours, non-conform guideline, trial proposed, registered case, quorum override).
#pragma once

#include "reports/fichecontext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>

namespace concerto::test {

// The validator script, and whether it can run here (Java and Saxon HE installed).
QString validatorPath();
bool validatorAvailable(QString *why);

struct Validation {
    int exitCode = -1; // 0: no error, 1: errors, 2: could not run
    QString output;    // every schema error and failed assertion, and the summary line
};
// Runs the validator on each file, two at a time; in the order of `files`.
std::vector<Validation> validateFiles(const QStringList &files);

// The string value of an XPath 1.0 expression on `xml`, through xmllint. The HL7 default namespace is
// taken off first, so that "//setId/@root" reads as written.
QString xpath(const QByteArray &xml, const QString &expression);

// A few signed fiches of a demo database that together cover every kind of fiche it holds, each with
// its kinds (short names: "appareil", "transversal", "amended", "haematological", "non-conform",
// "trial", "registered", "quorum-override", "gp-unknown", "no-ins"), chosen greedily: few files to
// validate.
struct KindedFiche {
    QStringList kinds;
    reports::FicheContext context;
};
std::vector<KindedFiche> demoFichesCoveringKinds(Database &db);

} // namespace concerto::test

namespace concerto::test {

// `base` with every optional part of the fiche filled, through every branch of the export: a second
// (haematological) and a third tumour with pathological TNM and other stagings, history, comorbidities,
// WHO status, geriatric screening, test results, a relapse with progression, past treatments done,
// ongoing and not done, the three kinds of report conclusions, exams, surveillance, recours, first
// intention and alternative lines, non-conform guideline with its reason, a trial, patient comments.
reports::FicheContext withEverySection(reports::FicheContext base);

} // namespace concerto::test
