// Fully filled records: every field holds a value other than its default, so that a field the JSON
// forms forget shows up in a round trip.
#include "tests/support/fullrecords.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>

namespace concerto::test {

namespace {
QUuid id(int n) {
    return QUuid(QStringLiteral("5a0c7d2e-8b4f-4e61-a3c9-%1").arg(n, 12, 10, QLatin1Char('0')));
}
QDateTime utc(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}
} // namespace

Organisation fullOrganisation() {
    Organisation o;
    o.kind = OrganisationKind::CoordinationCentre;
    o.name = QStringLiteral("3C Charente");
    o.finess = QStringLiteral("160000451");
    o.establishmentType = QStringLiteral("SA01");
    o.nationalId = QStringLiteral("750116");
    o.parentId = id(1);
    o.houseNumber = QStringLiteral("7");
    o.streetName = QStringLiteral("Rue de Montbron");
    o.postalCode = QStringLiteral("16959");
    o.city = QStringLiteral("Angoulême");
    return o;
}

Professional fullProfessional() {
    Professional p;
    p.rpps = QStringLiteral("10003456781");
    p.lastName = QStringLiteral("Roux");
    p.firstName = QStringLiteral("Claire");
    p.profession = QStringLiteral("G15_21"); // not the default (G15_10), for the round trip
    p.specialty = QStringLiteral("SM36");
    p.establishmentId = id(2);
    p.email = QStringLiteral("claire.roux@ch-angouleme.fr");
    p.phone = QStringLiteral("0545240000");
    return p;
}

Rcp fullRcp() {
    Rcp r;
    r.organisationId = id(3);
    r.hostEstablishmentId = id(41);
    r.name = QStringLiteral("RCP soins de support");
    r.nationalId = QStringLiteral("75011604");
    r.nature = QString::fromLatin1(kNatureTransversalRcp);
    r.appareil = QStringLiteral("DIG");
    r.organs = {QStringLiteral("COLON"), QStringLiteral("RECTUM")};
    r.theme = QStringLiteral("onco-geriatrie");
    r.recours = true;
    r.paediatric = true;
    r.schedule.weekday = 4;
    r.schedule.start = QTime(8, 30);
    r.schedule.durationMinutes = 60;
    r.schedule.everyWeeks = 2;
    r.schedule.place = QStringLiteral("Salle 2");
    r.schedule.videoLink = QStringLiteral("https://visio.example.fr/rcp");
    r.permanentMembers = {id(4), id(5)};
    r.quorum.requiredGroups = {{QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}}};
    r.quorum.minimumSpecialties = 2;
    r.guidelines = {{QStringLiteral("TNCD côlon"), QStringLiteral("2024"), QDate(2024, 3, 1)}};
    r.requiredCaseFields = {QStringLiteral("who-status"), QStringLiteral("geriatric-screening")};
    return r;
}

Session fullSession() {
    Session s;
    s.rcpId = id(6);
    s.startsAt = utc(2026, 11, 24, 16, 0);
    s.durationMinutes = 120;
    s.place = QStringLiteral("Salle 2");
    s.videoLink = QStringLiteral("https://visio.example.fr/rcp");
    s.registrationDeadline = utc(2026, 11, 22, 17, 0);
    s.status = SessionStatus::Closed;
    s.registrationsClosed = true;
    s.attendance = {{id(7), QStringLiteral("medical-oncology"), true, false}};
    return s;
}

Patient fullPatient() {
    Patient p;
    p.birthName = QStringLiteral("Lefèvre-Dupré");
    p.birthGivenNames = {QStringLiteral("Marie-Hélène"), QStringLiteral("Éloïse")};
    p.usedName = QStringLiteral("Martin");
    p.usedGivenName = QStringLiteral("Marie");
    p.sex = Sex::Female;
    p.birthDate = QDate(1955, 8, 14);
    p.birthPlaceCode = QStringLiteral("16802");
    p.ins = QStringLiteral("255081416802538");
    p.insOid = QString::fromLatin1(kOidInsNia);
    p.identityStatus = IdentityStatus::Qualified;
    p.ipp = QStringLiteral("IPP0001");
    p.address = {QStringLiteral("3 rue des Écoles"), QStringLiteral("16000"), QStringLiteral("Angoulême"),
                 QStringLiteral("FR")};
    p.generalPractitionerId = id(8);
    p.gpUnknown = true;
    p.phone = QStringLiteral("0612345678");
    return p;
}

Inscription fullInscription() {
    Inscription i;
    i.sessionId = id(9);
    i.patientId = id(10);
    i.requesterId = id(11);
    i.presenterId = id(12);
    i.motif = {true, true, true, true};
    i.intent = QString::fromLatin1(kCaseRegistered);
    i.question = QStringLiteral("Chimiothérapie adjuvante ?");
    i.agendaState = AgendaState::Postponed;
    i.agendaOrder = 3;
    i.registeredAt = utc(2026, 11, 10, 9, 30);
    i.lateRegistration = true;
    Tumour t;
    t.diagnosisDate = QDate(2026, 10, 1);
    t.diagnosisDayKnown = true;
    t.topography = QStringLiteral("C18.7");
    t.laterality = QStringLiteral("left");
    t.morphology = QStringLiteral("8140/3");
    t.clinicalTnm = {QStringLiteral("c"),  QStringLiteral("T3"),   QStringLiteral("N1"),
                     QStringLiteral("M0"), QStringLiteral("IIIB"), QStringLiteral("UICC 8"),
                     QDate(2026, 10, 2)};
    t.pathologicalTnm = {QStringLiteral("yp"), QStringLiteral("T3"),   QStringLiteral("N1b"),
                         QStringLiteral("M0"), QStringLiteral("IIIB"), QStringLiteral("UICC 8"),
                         QDate(2026, 10, 22)};
    t.otherStagings = {{QStringLiteral("MSI"), QStringLiteral("2019"), QStringLiteral("MSS")}};
    i.tumours = {t};
    ClinicalContext &c = i.clinical;
    c.fromScreening = true;
    c.screeningDate = QDate(2026, 9, 1);
    c.history = QStringLiteral("HTA");
    c.comorbidities = QStringLiteral("Diabète");
    c.whoStatus = 2;
    c.whoStatusDate = QDate(2026, 11, 2);
    c.geriatricTool = QStringLiteral("G8");
    c.geriatricScore = QStringLiteral("13");
    c.tests = {{QDate(2026, 10, 20), QStringLiteral("ACE"), QStringLiteral("3,2 ng/ml")}};
    c.phase = QString::fromLatin1(kPhaseRelapse);
    c.relapseDate = QDate(2026, 10, 12);
    c.progressionLocal = true;
    c.progressionRegional = true;
    c.progressionDistant = true;
    c.treatments = {{QStringLiteral("387713003"), QStringLiteral("Colectomie gauche"), QDate(2026, 10, 15),
                     QDate(2026, 10, 16), TreatmentState::Ongoing}};
    c.reports = {{QStringLiteral("pathology"), QDate(2026, 10, 22), QStringLiteral("Dr Roux"),
                  QStringLiteral("Adénocarcinome lieberkühnien")}};
    c.summary = QStringLiteral("Patiente de 71 ans opérée d'un cancer du sigmoïde.");
    i.correspondents = {id(13)};
    return i;
}

Fiche fullFiche() {
    Fiche f;
    f.setId = id(14);
    f.versionNumber = 2;
    f.amendmentReason = QStringLiteral("Erreur de latéralité");
    f.inscriptionId = id(15);
    f.patientId = id(16);
    f.sessionId = id(17);
    f.rcpId = id(18);
    f.meetingDate = QDate(2026, 11, 24);
    f.caseStatus = QString::fromLatin1(kCaseRegistered);
    f.quorum = QuorumStatus::Met;
    f.quorumOverride = {id(20), QStringLiteral("Avis du chirurgien recueilli par écrit"),
                        utc(2026, 11, 24, 17, 50)};
    f.fileComplete = true;
    f.referToRecours = true;
    f.surveillanceOnly = true;
    f.exams = {{QStringLiteral("TEP"), QDate(2026, 12, 1), QDate(2026, 12, 15)}};
    f.proposal = {{2, 3, QStringLiteral("C15632"), QStringLiteral("FOLFOX 6 mois"), QDate(2026, 12, 1),
                   QDate(2027, 6, 1)}};
    f.framework.guideline = {QStringLiteral("TNCD côlon"), QStringLiteral("2024"), QDate(2024, 3, 1)};
    f.framework.conform = false;
    f.framework.nonConformityReason = QStringLiteral("Âge");
    f.framework.trialProposed = true;
    f.framework.trialName = QStringLiteral("PRODIGE 50");
    f.patientComments = QStringLiteral("Souhaite réfléchir.");
    f.status = DocumentStatus::Approved;
    f.authorId = id(19);
    f.coordinatorId = id(20);
    f.attendees = {{id(21), QStringLiteral("medical-oncology"), true, true}};
    f.correspondents = {id(22)};
    f.signerId = id(20);
    f.signedAt = utc(2026, 11, 24, 18, 5);
    f.caseSnapshot = {{QStringLiteral("question"), QStringLiteral("Chimiothérapie adjuvante ?")}};
    return f;
}

QJsonObject newerVersion(const QString &name) {
    QFile file(dataFile(QStringLiteral("newer-version/%1.json").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace concerto::test
