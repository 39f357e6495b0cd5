// Sample records with every section of the fiche filled, so round trips test every field.
#include "tests/support/fixtures.h"

#include <QtTest>

namespace concerto::test {

Patient samplePatient() {
    Patient p;
    p.birthName = QStringLiteral("Lefèvre-Dupré");
    p.birthGivenNames = {QStringLiteral("Marie-Hélène"), QStringLiteral("Éloïse")};
    p.usedName = QStringLiteral("Martin");
    p.usedGivenName = QStringLiteral("Marie");
    p.sex = Sex::Female;
    p.birthDate = QDate(1955, 8, 14);
    p.birthPlaceCode = QStringLiteral("16802");
    p.ins = QStringLiteral("255081416802538");
    p.identityStatus = IdentityStatus::Qualified;
    p.ipp = QStringLiteral("IPP0001");
    p.address = {QStringLiteral("3 rue des Écoles"), QStringLiteral("16000"), QStringLiteral("Angoulême"),
                 QStringLiteral("FR")};
    p.gpUnknown = true;
    return p;
}

Rcp sampleRcp() {
    Rcp r;
    r.name = QStringLiteral("RCP digestive");
    r.appareil = QStringLiteral("DIG");
    r.organs = {QStringLiteral("COLON"), QStringLiteral("RECTUM")};
    r.schedule.place = QStringLiteral("Salle 2");
    r.quorum.requiredGroups = {{QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}},
                               {QStringLiteral("Oncologue"), {QStringLiteral("SM36")}},
                               {QStringLiteral("Radiothérapeute"), {QStringLiteral("SM45")}}};
    r.guidelines = {{QStringLiteral("TNCD côlon"), QStringLiteral("2024"), QDate(2024, 3, 1)}};
    return r;
}

Session sampleSession(const QUuid &rcpId) {
    Session s;
    s.rcpId = rcpId;
    s.startsAt = QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC);
    s.place = QStringLiteral("Salle 2");
    s.attendance = {{QUuid::createUuid(), QStringLiteral("surgery-digestive"), false, true},
                    {QUuid::createUuid(), QStringLiteral("medical-oncology"), true, true}};
    return s;
}

Inscription sampleInscription(const QUuid &sessionId, const QUuid &patientId) {
    Inscription i;
    i.sessionId = sessionId;
    i.patientId = patientId;
    i.requesterId = QUuid::createUuid();
    i.motif.treatmentProposal = true;
    i.question = QStringLiteral("Chimiothérapie adjuvante ?");
    i.registeredAt = QDateTime(QDate(2026, 11, 10), QTime(9, 30), Qt::UTC);
    Tumour t;
    t.diagnosisDate = QDate(2026, 10, 1);
    t.topography = QStringLiteral("C18.7");
    t.laterality = QStringLiteral("not-applicable");
    t.morphology = QStringLiteral("8140/3");
    t.clinicalTnm = {QStringLiteral("c"),  QStringLiteral("T3"),   QStringLiteral("N1"),
                     QStringLiteral("M0"), QStringLiteral("IIIB"), QStringLiteral("UICC 8"),
                     QDate(2026, 10, 1)};
    t.pathologicalTnm = {QStringLiteral("p"),  QStringLiteral("T3"),   QStringLiteral("N1b"),
                         QStringLiteral("M0"), QStringLiteral("IIIB"), QStringLiteral("UICC 8"),
                         QDate(2026, 10, 22)};
    t.otherStagings = {{QStringLiteral("MSI"), QString(), QStringLiteral("MSS")}};
    i.tumours = {t};
    i.clinical.whoStatus = 1;
    i.clinical.whoStatusDate = QDate(2026, 11, 2);
    i.clinical.history = QStringLiteral("HTA");
    i.clinical.tests = {{QDate(2026, 10, 20), QStringLiteral("ACE"), QStringLiteral("3,2 ng/ml")}};
    i.clinical.treatments = {{QStringLiteral("387713003"), QStringLiteral("Colectomie gauche"),
                              QDate(2026, 10, 15), QDate(2026, 10, 15), TreatmentState::Done}};
    i.clinical.reports = {{QStringLiteral("pathology"), QDate(2026, 10, 22), QStringLiteral("Dr Roux"),
                           QStringLiteral("Adénocarcinome lieberkühnien")}};
    i.clinical.summary = QStringLiteral("Patiente de 71 ans opérée d'un cancer du sigmoïde.");
    return i;
}

Fiche sampleFiche(const Inscription &inscription) {
    Fiche f;
    f.inscriptionId = inscription.meta.id;
    f.patientId = inscription.patientId;
    f.sessionId = inscription.sessionId;
    f.meetingDate = QDate(2026, 11, 24);
    f.quorum = QuorumStatus::Met;
    f.fileComplete = true;
    f.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX 6 mois"), QDate(2026, 12, 1), {}}};
    f.framework.guideline = {QStringLiteral("TNCD côlon"), QStringLiteral("2024"), QDate(2024, 3, 1)};
    // Signable as it is: the quorum is met by three specialties, and the coordinator is named.
    f.coordinatorId = QUuid::createUuid();
    f.attendees = {{f.coordinatorId, QStringLiteral("surgery-digestive"), false, true},
                   {QUuid::createUuid(), QStringLiteral("medical-oncology"), false, true},
                   {QUuid::createUuid(), QStringLiteral("radiation-oncology"), true, true}};
    return f;
}

Fiche saveSampleCase(Database &db) {
    PatientRepository patients(db);
    RcpRepository rcps(db);
    SessionRepository sessions(db);
    InscriptionRepository inscriptions(db);
    FicheRepository fiches(db);
    Patient p = samplePatient();
    Rcp r = sampleRcp();
    [&] { QVERIFY(patients.save(p).ok && rcps.save(r).ok); }();
    Session s = sampleSession(r.meta.id);
    [&] { QVERIFY(sessions.save(s).ok); }();
    Inscription i = sampleInscription(s.meta.id, p.meta.id);
    [&] { QVERIFY(inscriptions.save(i).ok); }();
    Fiche f = sampleFiche(i);
    f.rcpId = r.meta.id; // the committee whose quorum rule the signature checks
    [&] { QVERIFY(fiches.save(f).ok); }();
    return f;
}

WriterSeed saveWriterSeed(Database &db) {
    RcpRepository rcps(db);
    SessionRepository sessions(db);
    PatientRepository patients(db);
    Rcp rcp = sampleRcp();
    [&] { QVERIFY(rcps.save(rcp).ok); }();
    Session session = sampleSession(rcp.meta.id);
    [&] { QVERIFY(sessions.save(session).ok); }();
    Patient counter;
    counter.birthName = QStringLiteral("Counter");
    [&] { QVERIFY(patients.save(counter).ok); }();
    return {session.meta.id, counter.meta.id};
}

} // namespace concerto::test
