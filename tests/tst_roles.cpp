// Who may do what, checked in the services below the screens: every role tries every write on a database
// holding a whole case; a write its role may not make is refused in words naming the role, and leaves
// nothing (no record, no journal row, no audit row); one it may make goes through. Then the signature:
// only the committee's coordinator or a deputy named in the directory signs, as themselves.
#include "editing/casedocument.h"
#include "models/domain/casesnapshot.h"
#include "models/domain/labels.h"
#include "models/store/repositories.h"
#include "models/validation/identifiers.h"
#include "services/agendaservice.h"
#include "services/decisionservice.h"
#include "services/directoryservice.h"
#include "services/ficheservice.h"
#include "services/identityform.h"
#include "services/meetingservice.h"
#include "services/nomenclatureservice.h"
#include "services/services.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace concerto;

namespace {

int rowsOf(Database &db, const char *table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Every row the file holds that a write leaves behind.
QList<int> footprint(Database &db) {
    return {rowsOf(db, "change_journal"),  rowsOf(db, "audit_log"),   rowsOf(db, "professional"),
            rowsOf(db, "patient"),         rowsOf(db, "inscription"), rowsOf(db, "fiche"),
            rowsOf(db, "nomenclature_set")};
}

StoreResult asResult(bool ok, const QString &error) {
    return ok ? StoreResult::success() : StoreResult::failure(error);
}

struct Write {
    const char *name;
    Action action;
    std::function<StoreResult(Services &, const test::DocumentCase &, Database &)> run;
};

const std::vector<Write> &writes() {
    static const std::vector<Write> all = {
        {"save-professional", Action::EditDirectory,
         [](Services &s, const test::DocumentCase &, Database &) {
             Professional p;
             p.rpps = QStringLiteral("1999999999") +
                      QString::number(validation::luhnCheckDigit(QStringLiteral("1999999999")));
             p.lastName = QStringLiteral("Nouveau");
             p.firstName = QStringLiteral("Paul");
             p.specialty = QStringLiteral("SM14");
             return s.directory().saveProfessional(p);
         }},
        {"import-value-set", Action::ImportNomenclatures,
         [](Services &s, const test::DocumentCase &, Database &) {
             const nomenclature::ImportResult r = s.nomenclature().importFile(
                 QDir(test::referenceDir()).filePath(QStringLiteral("JDV_StatutCasPresente.xml")));
             return asResult(r.ok, r.error);
         }},
        {"close-registrations", Action::PlanSessions,
         [](Services &s, const test::DocumentCase &c, Database &db) {
             const auto i = InscriptionRepository(db).find(c.fiche.inscriptionId);
             return s.agenda().setRegistrationsClosed(i.value->sessionId, true);
         }},
        {"new-identity", Action::EditIdentities,
         [](Services &s, const test::DocumentCase &, Database &) {
             identity::IdentityForm form(s);
             form.draft.birthName = QStringLiteral("LEGRAND");
             form.draft.birthGivenNames = {QStringLiteral("Jeanne")};
             form.draft.sex = Sex::Female;
             form.birthDateText = QStringLiteral("12/03/1956");
             const auto saved = form.save(QDate(2026, 12, 7), true);
             return asResult(saved.outcome == identity::IdentityForm::Outcome::Saved, saved.error);
         }},
        {"register-case", Action::RegisterCases,
         [](Services &s, const test::DocumentCase &c, Database &db) {
             const auto i = InscriptionRepository(db).find(c.fiche.inscriptionId);
             Inscription next = test::sampleInscription(i.value->sessionId, i.value->patientId);
             return s.agenda().registerCase(next, true);
         }},
        {"edit-case", Action::EditCases,
         [](Services &s, const test::DocumentCase &c, Database &) {
             QString error;
             const auto document = editing::CaseDocument::open(s, c.fiche.inscriptionId, &error);
             if (!document)
                 return StoreResult::failure(error);
             document->setText(QStringLiteral("question"),
                               QStringLiteral("Quelle chimiothérapie adjuvante ?"));
             const bool saved = document->save();
             const QString why = document->lastError();
             if (!saved)
                 document->discard();
             return asResult(saved, why);
         }},
        {"take-attendance", Action::TakeAttendance,
         [](Services &s, const test::DocumentCase &c, Database &) {
             Attendance guest;
             guest.guestName = QStringLiteral("Dr Invitée");
             guest.specialty = QStringLiteral("SM45");
             guest.guestOrganisation = QStringLiteral("CH de Sète");
             return s.meeting().checkIn(c.fiche.sessionId, guest);
         }},
        {"override-quorum", Action::SignFiches,
         [](Services &s, const test::DocumentCase &c, Database &) {
             Fiche f = c.fiche;
             return s.fiches().overrideQuorum(f, QStringLiteral("Avis écrit du chirurgien absent."));
         }},
        {"record-decision", Action::RecordDecisions,
         [](Services &s, const test::DocumentCase &c, Database &) {
             Fiche f = c.fiche;
             f.patientComments = QStringLiteral("Décision revue en séance.");
             return s.fiches().saveDecision(f);
         }},
        {"decide", Action::RecordDecisions,
         [](Services &s, const test::DocumentCase &c, Database &) { return s.decisions().decide(c.fiche.meta.id); }},
        {"sign", Action::SignFiches,
         [](Services &s, const test::DocumentCase &c, Database &db) {
             const auto patient = PatientRepository(db).find(c.fiche.patientId);
             const auto inscription = InscriptionRepository(db).find(c.fiche.inscriptionId);
             Fiche f = c.fiche;
             return s.fiches().sign(f, c.coordinatorId, caseSnapshot(*patient.value, *inscription.value));
         }},
        {"amend", Action::AmendFiches,
         [](Services &s, const test::DocumentCase &c, Database &db) {
             const auto stored = FicheRepository(db).find(c.fiche.meta.id);
             return s.fiches().amend(*stored.value, QStringLiteral("Correction du stade"));
         }},
    };
    return all;
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> freshCase(test::DocumentCase &c, bool signedFiche) {
        auto db = Database::create(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_n)));
        if (db)
            c = test::saveDocumentCase(*db, signedFiche);
        return db;
    }

    static Actor person(Role role, const QUuid &professionalId) {
        Actor a;
        a.name = QStringLiteral("Dr Test");
        a.role = role;
        a.professionalId = professionalId;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void theMatrixSaysWhatTheDomainSays() {
        QVERIFY(!mayDo(Role::Secretary, Action::SignFiches));
        QVERIFY(mayDo(Role::Secretary, Action::EditDirectory));
        QVERIFY(!mayDo(Role::Physician, Action::EditDirectory));
        QVERIFY(mayDo(Role::Physician, Action::RecordDecisions));
        QVERIFY(mayDo(Role::Coordinator, Action::SignFiches));
        QVERIFY(mayDo(Role::Coordinator, Action::AmendFiches));
        for (Action action : kAllActions) {
            QVERIFY(!mayDo(Role::ReadOnly, action));
            // Only a coordinator signs or corrects a signed fiche.
            if (action == Action::SignFiches || action == Action::AmendFiches)
                for (Role role : kAllRoles)
                    QCOMPARE(mayDo(role, action), role == Role::Coordinator);
        }
        for (Role role : kAllRoles)
            QCOMPARE(roleFromCode(roleCode(role)), std::optional<Role>(role));
        QCOMPARE(roleCode(Role::CentreAdmin), QStringLiteral("3c-admin"));
        QVERIFY(!roleFromCode(QStringLiteral("superuser")));
    }

    void everyRoleTriesEveryWrite_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("write");
        for (Role role : kAllRoles)
            for (int w = 0; w < int(writes().size()); ++w)
                QTest::newRow(qPrintable(roleCode(role) + QLatin1Char('/') + QLatin1String(writes()[w].name)))
                    << int(role) << w;
    }

    void everyRoleTriesEveryWrite() {
        QFETCH(int, role);
        QFETCH(int, write);
        const Write &w = writes()[std::size_t(write)];
        test::DocumentCase c;
        auto db = freshCase(c, w.action == Action::AmendFiches);
        QVERIFY(db);
        Services services(*db);
        services.setActor(person(Role(role), c.coordinatorId));
        const QList<int> before = footprint(*db);
        const StoreResult result = w.run(services, c, *db);
        if (mayDo(Role(role), w.action)) {
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(footprint(*db) != before);
        } else {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(labels::role(Role(role))), qPrintable(result.error));
            QCOMPARE(footprint(*db), before);
        }
    }

    void theAuditNamesThePersonWithTheirRpps() {
        test::DocumentCase c;
        auto db = freshCase(c, false);
        QVERIFY(db);
        Services services(*db);
        Actor coordinator = person(Role::Coordinator, c.coordinatorId);
        coordinator.rpps = QStringLiteral("10003456789");
        services.setActor(coordinator);
        Fiche f = c.fiche;
        f.patientComments = QStringLiteral("Vu en séance.");
        QVERIFY(services.fiches().saveDecision(f).ok);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY rowid DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Dr Test (RPPS 10003456789)"));
    }

    void onlyTheNamedCoordinatorOrADeputySigns() {
        test::DocumentCase c;
        auto db = freshCase(c, false);
        QVERIFY(db);
        const auto patient = PatientRepository(*db).find(c.fiche.patientId);
        const auto inscription = InscriptionRepository(*db).find(c.fiche.inscriptionId);
        const QJsonObject snapshot = caseSnapshot(*patient.value, *inscription.value);
        Services services(*db);
        // A coordinator of another committee: refused, nothing written.
        services.setActor(person(Role::Coordinator, c.requesterId));
        Fiche f = c.fiche;
        const QList<int> before = footprint(*db);
        StoreResult refused = services.fiches().sign(f, c.requesterId, snapshot);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("coordinator")), qPrintable(refused.error));
        QCOMPARE(footprint(*db), before);
        // Signing as someone else: refused.
        refused = services.fiches().sign(f, c.coordinatorId, snapshot);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("as themselves")), qPrintable(refused.error));
        // Named a deputy in the directory: signs.
        Rcp rcp = *RcpRepository(*db).find(c.fiche.rcpId).value;
        rcp.deputyCoordinatorIds = {c.requesterId};
        QVERIFY(RcpRepository(*db).save(rcp).ok);
        const StoreResult signedOk = services.fiches().sign(f, c.requesterId, snapshot);
        QVERIFY2(signedOk.ok, qPrintable(signedOk.error));
        QCOMPARE(FicheRepository(*db).find(f.meta.id).value->signerId, c.requesterId);
    }

    void aCommitteeWithoutCoordinatorIsSignedByNoProfile() {
        test::DocumentCase c;
        auto db = freshCase(c, false);
        QVERIFY(db);
        Rcp rcp = *RcpRepository(*db).find(c.fiche.rcpId).value;
        rcp.coordinatorId = QUuid();
        QVERIFY(RcpRepository(*db).save(rcp).ok);
        const auto patient = PatientRepository(*db).find(c.fiche.patientId);
        const auto inscription = InscriptionRepository(*db).find(c.fiche.inscriptionId);
        Services services(*db);
        services.setActor(person(Role::Coordinator, c.coordinatorId));
        Fiche f = c.fiche;
        const StoreResult refused =
            services.fiches().sign(f, c.coordinatorId, caseSnapshot(*patient.value, *inscription.value));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(rcp.name), qPrintable(refused.error));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
