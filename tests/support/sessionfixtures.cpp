// The three-case session of the session-document tests.
#include "tests/support/sessionfixtures.h"

#include "tests/support/fixtures.h"

#include <QtTest>

namespace concerto::test {

namespace {

QUuid saveCase(Database &db, const DocumentCase &first, const QString &name, const QString &given, Sex sex,
               const QString &ipp, int agendaOrder, bool registered, const QString &question) {
    Patient p = samplePatient();
    p.birthName = name;
    p.usedName.clear();
    p.usedGivenName.clear();
    p.birthGivenNames = {given};
    p.sex = sex;
    p.ins.clear();
    p.identityStatus = IdentityStatus::Validated;
    p.ipp = ipp;
    [&] { QVERIFY(PatientRepository(db).save(p).ok); }();
    Inscription i = sampleInscription(first.fiche.sessionId, p.meta.id);
    i.requesterId = first.requesterId;
    i.presenterId = first.requesterId;
    i.agendaOrder = agendaOrder;
    i.question = question;
    if (registered) {
        i.intent = QString::fromLatin1(kCaseRegistered);
        i.agendaState = AgendaState::Registered;
    }
    [&] { QVERIFY(InscriptionRepository(db).save(i).ok); }();
    Fiche f = sampleFiche(i);
    f.rcpId = first.fiche.rcpId;
    f.coordinatorId = first.coordinatorId;
    if (registered)
        f.caseStatus = QString::fromLatin1(kCaseRegistered);
    [&] { QVERIFY(FicheRepository(db).save(f).ok); }();
    return f.meta.id;
}

} // namespace

SessionCase saveSessionCase(Database &db) {
    SessionCase out;
    out.first = saveDocumentCase(db);
    out.sessionId = out.first.fiche.sessionId;
    out.secondFicheId =
        saveCase(db, out.first, QStringLiteral("Durand"), QStringLiteral("Paul"), Sex::Male,
                 QStringLiteral("IPP0002"), 2, false, QStringLiteral("<b>Radiothérapie</b> & suite ?"));
    out.registeredFicheId =
        saveCase(db, out.first, QStringLiteral("Bernard"), QStringLiteral("Lucie"), Sex::Female,
                 QStringLiteral("IPP0003"), -1, true, QStringLiteral("Hormonothérapie selon le référentiel"));
    return out;
}

} // namespace concerto::test
