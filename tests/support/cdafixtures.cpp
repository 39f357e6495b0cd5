// A fiche context with every optional part of the fiche filled (and of its header: IPP, trusted person,
// registration comment), for the CDA tests.
#include "tests/support/cdasupport.h"

namespace concerto::test {

reports::FicheContext withEverySection(reports::FicheContext c) {
    Tumour lymphoma;
    lymphoma.diagnosisDate = QDate(2025, 11, 3);
    lymphoma.diagnosisDayKnown = true;
    lymphoma.topography = QStringLiteral("C83.3");
    lymphoma.laterality = QStringLiteral("not applicable");
    lymphoma.morphology = QStringLiteral("9680/3");
    lymphoma.otherStagings = {
        {QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), QStringLiteral("IIA")},
        {QStringLiteral("IPI"), QString(), QStringLiteral("2")}};
    Tumour breast;
    breast.diagnosisDate = QDate(2024, 3, 1);
    breast.topography = QStringLiteral("C50.4");
    breast.laterality = QStringLiteral("bilateral");
    breast.morphology = QStringLiteral("8500/3");
    breast.clinicalTnm = {QStringLiteral("c"),  QStringLiteral("T2"),  QStringLiteral("N1"),
                          QStringLiteral("M0"), QStringLiteral("IIB"), QStringLiteral("UICC 8"),
                          QDate(2024, 2, 20)};
    breast.pathologicalTnm = {QStringLiteral("p"),  QStringLiteral("T1c"),    QStringLiteral("N0"), QString(),
                              QStringLiteral("IA"), QStringLiteral("UICC 8"), QDate(2024, 4, 2)};
    c.inscription.tumours.push_back(lymphoma);
    c.inscription.tumours.push_back(breast);

    ClinicalContext &k = c.inscription.clinical;
    k.fromScreening = true;
    k.screeningDate = QDate(2024, 1, 15);
    k.history = QStringLiteral("Appendicectomie (1990)");
    k.comorbidities = QStringLiteral("Diabète de type 2");
    k.whoStatus = 1;
    k.whoStatusDate = QDate(2026, 1, 10);
    k.geriatricTool = QStringLiteral("G8");
    k.geriatricScore = QStringLiteral("13");
    k.tests = {{QDate(2026, 1, 5), QStringLiteral("TEP-TDM"), QStringLiteral("Hyperfixation ganglionnaire")},
               {QDate(2026, 1, 7), QStringLiteral("LDH"), QStringLiteral("320 UI/L")}};
    k.phase = QString::fromLatin1(kPhaseRelapse);
    k.relapseDate = QDate(2025, 12, 20);
    k.progressionLocal = true;
    k.progressionDistant = true;
    k.treatments = {
        {QStringLiteral("387713003"), QStringLiteral("Tumorectomie"), QDate(2024, 4, 1), QDate(2024, 4, 1),
         TreatmentState::Done},
        {QStringLiteral("C547"), QStringLiteral("Létrozole"), QDate(2024, 6, 1), QDate(),
         TreatmentState::Ongoing},
        {QStringLiteral("C15313"), QString(), QDate(2024, 5, 1), QDate(), TreatmentState::NotDone},
        {QStringLiteral("unknown-code"), QStringLiteral("Cure thermale"), QDate(), QDate(),
         TreatmentState::Done}};
    k.reports = {{QStringLiteral("operative"), QDate(2024, 4, 1), QStringLiteral("Dr Martin"),
                  QStringLiteral("Exérèse complète")},
                 {QStringLiteral("pathology"), QDate(2024, 4, 2), QStringLiteral("Dr Petit"),
                  QStringLiteral("Carcinome canalaire")},
                 {QStringLiteral("pathology"), QDate(2025, 11, 3), QStringLiteral("Dr Petit"),
                  QStringLiteral("Lymphome B diffus")},
                 {QStringLiteral("molecular"), QDate(2025, 11, 20), QStringLiteral("Dr Leroy"),
                  QStringLiteral("MYC non réarrangé")}};
    k.summary = QStringLiteral("Rechute ganglionnaire d'un lymphome.");

    Fiche &f = c.fiche;
    f.referToRecours = true;
    f.surveillanceOnly = true;
    f.exams = {{QStringLiteral("IRM cérébrale"), QDate(2026, 2, 1), QDate(2026, 2, 15)},
               {QStringLiteral("Biopsie"), QDate(), QDate()}};
    f.proposal = {
        {1, 1, QStringLiteral("C15632"), QStringLiteral("R-CHOP x 6"), QDate(2026, 2, 1), QDate(2026, 6, 1)},
        {1, 2, QStringLiteral("C15313"), QStringLiteral("30 Gy"), QDate(2026, 7, 1), QDate()},
        {2, 1, QStringLiteral("MED-126"), QStringLiteral("Autogreffe"), QDate(), QDate()}};
    f.framework.guideline = {QStringLiteral("Référentiel régional lymphomes"), QStringLiteral("2025"),
                             QDate(2025, 1, 1)};
    f.framework.conform = false;
    f.framework.nonConformityReason = QStringLiteral("Âge physiologique");
    f.framework.trialProposed = true;
    f.framework.trialName = QStringLiteral("LYSA-2025");
    f.patientComments = QStringLiteral("Souhaite un traitement en hôpital de jour.");
    // The header's optional parts: the IPP under the establishment's OID, the trusted person, the
    // registration comment.
    c.centre.patientIdOid = QStringLiteral("1.2.3.4.567.8.9.10");
    if (c.patient.ipp.isEmpty())
        c.patient.ipp = QStringLiteral("1234567890121");
    c.patient.trustedPerson = {QStringLiteral("NESSI"), QStringLiteral("Sophie"), QStringLiteral("SIS"),
                               QStringLiteral("06 47 15 01 00")};
    c.inscription.registrationComment = QStringLiteral("Dossier complété par le compte rendu du 12/01.");
    return c;
}

} // namespace concerto::test
