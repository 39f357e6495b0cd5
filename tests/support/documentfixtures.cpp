// The signed fiche the document tests print and export, with its whole directory; and the database
// the GUI tests that show it start from.
#include "tests/support/documentfixtures.h"
#include "services/ficheservice.h"

#include "models/domain/casesnapshot.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "tests/support/fixtures.h"
#include "translations/language.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

namespace concerto::test {

namespace {

Organisation organisation(OrganisationKind kind, const QString &name, const QUuid &parent) {
    Organisation o;
    o.kind = kind;
    o.name = name;
    o.parentId = parent;
    o.houseNumber = QStringLiteral("4");
    o.streetName = QStringLiteral("Rue Larrey");
    o.postalCode = QStringLiteral("86000");
    o.city = QStringLiteral("Poitiers");
    return o;
}

Professional physician(const QString &rpps, const QString &last, const QString &first,
                       const QString &specialty, const QUuid &establishment) {
    Professional p;
    p.rpps = rpps;
    p.lastName = last;
    p.firstName = first;
    p.specialty = specialty;
    p.establishmentId = establishment;
    return p;
}

} // namespace

DocumentCase saveDocumentCase(Database &db, bool signFiche) {
    DocumentCase out;
    OrganisationRepository organisations(db);
    ProfessionalRepository professionals(db);
    Organisation network =
        organisation(OrganisationKind::Network, QStringLiteral("Onco Nouvelle-Aquitaine"), {});
    network.nationalId = QStringLiteral("5201");
    [&] { QVERIFY(organisations.save(network).ok); }();
    Organisation centre = organisation(OrganisationKind::CoordinationCentre,
                                       QStringLiteral("3C du CHU de Poitiers"), network.meta.id);
    centre.nationalId = QStringLiteral("520114");
    centre.finess = QStringLiteral("860014208");
    [&] { QVERIFY(organisations.save(centre).ok); }();
    Organisation hospital =
        organisation(OrganisationKind::Establishment, QStringLiteral("CHU de Poitiers"), centre.meta.id);
    hospital.finess = QStringLiteral("860014208");
    hospital.establishmentType = QStringLiteral("SA01");
    [&] { QVERIFY(organisations.save(hospital).ok); }();
    out.networkId = network.meta.id;
    out.centreId = centre.meta.id;
    out.hospitalId = hospital.meta.id;

    const QUuid h = hospital.meta.id;
    std::vector<Professional> team = {
        physician(QStringLiteral("10000123405"), QStringLiteral("Moreau"), QStringLiteral("Claire"),
                  QStringLiteral("SM14"), h),
        physician(QStringLiteral("10000123413"), QStringLiteral("Garnier"), QStringLiteral("Paul"),
                  QStringLiteral("SM36"), h),
        physician(QStringLiteral("10000123421"), QStringLiteral("Roux"), QStringLiteral("Anne"),
                  QStringLiteral("SM45"), h),
        physician(QStringLiteral("10000123439"), QStringLiteral("Fabre"), QStringLiteral("Louis"),
                  QStringLiteral("SM44"), h),
        physician(QStringLiteral("10000123447"), QStringLiteral("Blanc"), QStringLiteral("Jeanne"),
                  QStringLiteral("SM54"), {}),
    };
    for (Professional &p : team)
        [&] { QVERIFY(professionals.save(p).ok); }();
    out.coordinatorId = team[0].meta.id;
    out.requesterId = team[1].meta.id;
    out.gpId = team[4].meta.id;

    Patient patient = samplePatient();
    patient.gpUnknown = false;
    patient.generalPractitionerId = out.gpId;
    [&] { QVERIFY(PatientRepository(db).save(patient).ok); }();
    Rcp rcp = sampleRcp();
    rcp.organisationId = centre.meta.id;
    rcp.nationalId = QStringLiteral("52011401");
    rcp.permanentMembers = {team[0].meta.id, team[1].meta.id, team[2].meta.id};
    rcp.coordinatorId = out.coordinatorId; // who signs its fiches
    [&] { QVERIFY(RcpRepository(db).save(rcp).ok); }();
    Session session = sampleSession(rcp.meta.id);
    session.attendance = {{team[0].meta.id, QStringLiteral("SM14"), false, true},
                          {team[1].meta.id, QStringLiteral("SM36"), false, true},
                          {team[2].meta.id, QStringLiteral("SM45"), true, true},
                          {team[3].meta.id, QStringLiteral("SM44"), false, false}};
    [&] { QVERIFY(SessionRepository(db).save(session).ok); }();
    Inscription inscription = sampleInscription(session.meta.id, patient.meta.id);
    inscription.requesterId = team[1].meta.id;
    inscription.presenterId = team[1].meta.id;
    inscription.correspondents = {team[3].meta.id};
    [&] { QVERIFY(InscriptionRepository(db).save(inscription).ok); }();

    Fiche fiche = sampleFiche(inscription);
    fiche.rcpId = rcp.meta.id;
    fiche.authorId = team[1].meta.id;
    fiche.coordinatorId = out.coordinatorId;
    fiche.attendees = {{team[0].meta.id, QStringLiteral("SM14"), false, true},
                       {team[1].meta.id, QStringLiteral("SM36"), false, true},
                       {team[2].meta.id, QStringLiteral("SM45"), true, true},
                       {team[3].meta.id, QStringLiteral("SM44"), false, false}};
    fiche.correspondents = {team[3].meta.id};
    FicheRepository fiches(db);
    [&] { QVERIFY(fiches.save(fiche).ok); }();
    if (signFiche) {
        const StoreResult signedOk =
            FicheService(db).sign(fiche, out.coordinatorId, caseSnapshot(patient, inscription));
        [&] { QVERIFY2(signedOk.ok, qPrintable(signedOk.error)); }();
    }
    const StoreRead<std::optional<Fiche>> back = fiches.find(fiche.meta.id);
    [&] { QVERIFY(back.ok() && back.value); }();
    out.fiche = back.value.value_or(fiche);
    return out;
}

std::unique_ptr<Database> openDocumentTestDatabase(const QTemporaryDir &dir, const QString &fileName,
                                                   DocumentCase &saved) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    installTranslations(QStringLiteral("en"));
    QString error;
    std::unique_ptr<Database> db = Database::create(dir.filePath(fileName), &error);
    [&] { QVERIFY2(db, qPrintable(error)); }();
    if (db)
        saved = saveDocumentCase(*db);
    return db;
}

} // namespace concerto::test
