// The fiche context: what a printed or exported fiche reads from the store, the case as signed.
#include "models/domain/casesnapshot.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "reports/fichecontext.h"
#include "services/ficheservice.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestFicheContext : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> newDatabase() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)), &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        return db;
    }

private Q_SLOTS:
    void readsTheWholeContext() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        const reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        QCOMPARE(ctx.fiche.meta.id, c.fiche.meta.id);
        QCOMPARE(ctx.centre.meta.id, c.centreId);
        QVERIFY(ctx.network);
        QCOMPARE(ctx.network->nationalId, QStringLiteral("5201"));
        QCOMPARE(ctx.rcp.nationalId, QStringLiteral("52011401"));
        QCOMPARE(ctx.patient.birthName, QStringLiteral("Lefèvre-Dupré"));
        QVERIFY(ctx.professional(c.coordinatorId));
        QCOMPARE(ctx.professional(c.requesterId)->lastName, QStringLiteral("Garnier"));
        QVERIFY(ctx.professional(c.gpId)); // the GP is named by the patient, not the fiche
        QCOMPARE(ctx.professionals.size(), std::size_t(5));
        QVERIFY(ctx.establishment(c.hospitalId));
        QCOMPARE(ctx.establishments.size(), std::size_t(1)); // the GP has no establishment
        QVERIFY(!ctx.professional(QUuid::createUuid()));
    }

    // A signed fiche shows the case as it was signed, whatever the live records became since.
    void signedFicheShowsTheCaseAsSigned() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        PatientRepository patients(*db);
        Patient live = *READ(patients.find(c.fiche.patientId));
        live.birthName = QStringLiteral("Renamed");
        live.identityStatus = IdentityStatus::Provisional; // a qualified INS stays on what was signed
        QVERIFY(patients.save(live).ok);
        InscriptionRepository inscriptions(*db);
        Inscription liveCase = *READ(inscriptions.find(c.fiche.inscriptionId));
        liveCase.question = QStringLiteral("Changed later");
        liveCase.tumours.clear();
        QVERIFY(inscriptions.save(liveCase).ok);

        const reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        QCOMPARE(ctx.patient.birthName, QStringLiteral("Lefèvre-Dupré"));
        QVERIFY(ctx.patient.mayShareIns());
        QCOMPARE(ctx.inscription.question, QStringLiteral("Chimiothérapie adjuvante ?"));
        QCOMPARE(ctx.inscription.tumours.size(), std::size_t(1));
        QCOMPARE(ctx.inscription.tumours[0].topography, QStringLiteral("C18.7"));
    }

    // An INS frozen on an identity that was not qualified at signature is never shown later.
    void insNotFrozenIsNotShown() {
        auto db = newDatabase();
        PatientRepository patients(*db);
        const test::DocumentCase c = test::saveDocumentCase(*db, false);
        Patient p = *READ(patients.find(c.fiche.patientId));
        p.identityStatus = IdentityStatus::Validated;
        QVERIFY(patients.save(p).ok);
        Inscription i = *READ(InscriptionRepository(*db).find(c.fiche.inscriptionId));
        Fiche f = c.fiche;
        QVERIFY(FicheService(*db).sign(f, c.coordinatorId, caseSnapshot(p, i)).ok);
        p.identityStatus = IdentityStatus::Qualified; // qualified after the signature
        QVERIFY(patients.save(p).ok);
        const reports::FicheContext ctx = READ(reports::loadFicheContext(*db, f.meta.id));
        QVERIFY(ctx.patient.ins.isEmpty());
        QVERIFY(!ctx.patient.mayShareIns());
    }

    // An unsigned fiche shows the live case.
    void unsignedFicheShowsTheLiveCase() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db, false);
        InscriptionRepository inscriptions(*db);
        Inscription liveCase = *READ(inscriptions.find(c.fiche.inscriptionId));
        liveCase.question = QStringLiteral("Changed later");
        QVERIFY(inscriptions.save(liveCase).ok);
        const reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        QCOMPARE(ctx.inscription.question, QStringLiteral("Changed later"));
    }

    void missingRecordsAreErrorsThatSayWhich() {
        auto db = newDatabase();
        const StoreRead<reports::FicheContext> none = reports::loadFicheContext(*db, QUuid::createUuid());
        QVERIFY(!none.ok());
        QVERIFY2(none.error.contains(QStringLiteral("does not exist")), qPrintable(none.error));

        const test::DocumentCase c = test::saveDocumentCase(*db, false);
        Fiche orphan = c.fiche;
        orphan.sessionId = QUuid::createUuid();
        const StoreRead<reports::FicheContext> noSession = reports::loadFicheContext(*db, orphan);
        QVERIFY(!noSession.ok());
        QVERIFY2(noSession.error.contains(QStringLiteral("session")), qPrintable(noSession.error));
    }

    void failedReadIsAnError() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        QSqlQuery(db->connection()).exec(QStringLiteral("DROP TABLE professional"));
        const StoreRead<reports::FicheContext> broken = reports::loadFicheContext(*db, c.fiche.meta.id);
        QVERIFY(!broken.ok());
    }
};

QTEST_GUILESS_MAIN(TestFicheContext)
#include "tst_fichecontext.moc"
