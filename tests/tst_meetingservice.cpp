// The meeting's attendance and quorum through the service, on a real database: a member checked in takes
// their directory specialty and the time, a guest without RPPS needs a name, a specialty and an
// organisation, someone who leaves stops counting for the cases after, a closed session no longer changes,
// a written opinion counts where the rule admits it and the fiche keeps it, the coordinator's override
// is filled in by the service (who and when) and lets the case be signed; two processes checking people in
// at the same moment both land; a refused change leaves the file as it was.
#include "models/domain/casesnapshot.h"
#include "models/domain/clock.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "services/ficheservice.h"
#include "services/meetingservice.h"
#include "services/services.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/meetingfixtures.h"
#include "translations/language.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

using test::actorAs;
using test::meetingFootprint;

namespace {

QDateTime g_now = QDateTime(QDate(2026, 12, 7), QTime(13, 0), Qt::UTC);

} // namespace

class TestMeetingService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    test::DocumentCase m_case;
    QUuid m_session;

    Session stored() { return *SessionRepository(*m_db).find(m_session).value; }
    QUuid memberWithSpecialty(const char *code) {
        const Rcp rcp = *RcpRepository(*m_db).find(m_case.fiche.rcpId).value;
        for (const QUuid &id : rcp.permanentMembers)
            if (ProfessionalRepository(*m_db).find(id).value->specialty == QLatin1String(code))
                return id;
        return {};
    }
    Attendance member(const char *code) {
        Attendance a;
        a.professionalId = memberWithSpecialty(code);
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        installTranslations(QStringLiteral("en"));
        clock::set([] { return g_now; });
    }
    void cleanupTestCase() { clock::set({}); }

    void init() {
        g_now = QDateTime(QDate(2026, 12, 7), QTime(13, 0), Qt::UTC);
        m_db = Database::create(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_n)));
        QVERIFY(m_db);
        m_case = test::saveDocumentCase(*m_db, false);
        m_session = m_case.fiche.sessionId;
        // The session as it is before the meeting: nobody checked in yet.
        Session s = stored();
        s.attendance.clear();
        QVERIFY(SessionRepository(*m_db).save(s).ok);
        m_services = std::make_unique<Services>(*m_db);
    }
    void cleanup() {
        m_services.reset();
        m_db.reset();
    }

    void aMemberIsCheckedInWithTheirSpecialtyAndTheTime() {
        MeetingService &meeting = m_services->meeting();
        QVERIFY(meeting.open(m_session).ok);
        QCOMPARE(stored().status, SessionStatus::InProgress);
        StoreResult r = meeting.checkIn(m_session, member("SM45"));
        QVERIFY2(r.ok, qPrintable(r.error));
        Session s = stored();
        QCOMPARE(s.attendance.size(), std::size_t(1));
        QCOMPARE(s.attendance[0].specialty, QStringLiteral("SM45"));
        QCOMPARE(s.attendance[0].arrivedAt, g_now);
        QVERIFY(!s.attendance[0].guest);
        // A professional of the directory who is not a member comes as a guest.
        Attendance gp;
        gp.professionalId = m_case.gpId;
        gp.remote = true;
        QVERIFY(meeting.checkIn(m_session, gp).ok);
        s = stored();
        QCOMPARE(s.attendance.size(), std::size_t(2));
        QVERIFY(s.attendance[1].guest);
        QVERIFY(s.attendance[1].remote);
        // Checked in twice: still one line.
        QVERIFY(meeting.checkIn(m_session, member("SM45")).ok);
        QCOMPARE(stored().attendance.size(), std::size_t(2));
    }

    void aGuestWithoutRppsNeedsNameSpecialtyAndOrganisation() {
        Attendance guest;
        guest.guestName = QStringLiteral("Dr Inconnu");
        guest.specialty = QStringLiteral("SM45");
        const QByteArray before = meetingFootprint(*m_db);
        const StoreResult refused = m_services->meeting().checkIn(m_session, guest);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("organisation")), qPrintable(refused.error));
        QCOMPARE(meetingFootprint(*m_db), before);
        guest.guestOrganisation = QStringLiteral("Clinique du Parc");
        QVERIFY(m_services->meeting().checkIn(m_session, guest).ok);
        QCOMPARE(stored().attendance[0].guestOrganisation, QStringLiteral("Clinique du Parc"));
        QVERIFY(stored().attendance[0].guest);
    }

    void someoneWhoLeavesStopsCountingForTheCasesAfter() {
        MeetingService &meeting = m_services->meeting();
        for (const char *code : {"SM14", "SM36", "SM45"})
            QVERIFY(meeting.checkIn(m_session, member(code)).ok);
        const QUuid c = m_case.fiche.inscriptionId;
        g_now = g_now.addSecs(600);
        auto q = meeting.caseQuorum(c, g_now);
        QVERIFY2(q.ok(), qPrintable(q.error));
        QVERIFY(q->met());
        QVERIFY(meeting.leave(m_session, member("SM45")).ok);
        QCOMPARE(stored().attendance[2].leftAt, g_now);
        g_now = g_now.addSecs(240);
        q = meeting.caseQuorum(c, g_now);
        QVERIFY(!q->met());
        QCOMPARE(q->attendees.size(), std::size_t(2));
        // Still counted for a case discussed before they left.
        QVERIFY(meeting.caseQuorum(c, g_now.addSecs(-600))->met());
        // Back in the room: counts again, but not for a case discussed while away.
        QVERIFY(meeting.checkIn(m_session, member("SM45")).ok);
        QVERIFY(meeting.caseQuorum(c, g_now)->met());
        QVERIFY(!meeting.caseQuorum(c, g_now.addSecs(-120))->met());
        // Remote only for someone present.
        QVERIFY(meeting.setRemote(m_session, member("SM45"), true).ok);
        QVERIFY(stored().attendance[2].remote);
        QVERIFY(meeting.leave(m_session, member("SM45")).ok);
        g_now = g_now.addSecs(60);
        QVERIFY(!meeting.setRemote(m_session, member("SM45"), false).ok);
    }

    void aClosedSessionNoLongerChanges() {
        MeetingService &meeting = m_services->meeting();
        QVERIFY(meeting.checkIn(m_session, member("SM14")).ok);
        g_now = g_now.addSecs(3600);
        QVERIFY(meeting.close(m_session).ok);
        QCOMPARE(stored().status, SessionStatus::Closed);
        QCOMPARE(stored().attendance[0].leftAt, g_now); // whoever was still there left at the close
        const QByteArray before = meetingFootprint(*m_db);
        const StoreResult refused = meeting.checkIn(m_session, member("SM36"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("closed")), qPrintable(refused.error));
        QCOMPARE(meetingFootprint(*m_db), before);
    }

    void aWrittenOpinionCountsAndTheFicheKeepsIt() {
        Rcp rcp = *RcpRepository(*m_db).find(m_case.fiche.rcpId).value;
        rcp.quorum.requiredGroups = {{QStringLiteral("Radiothérapeute"), {QStringLiteral("SM45")}}};
        rcp.quorum.minimumSpecialties = 3;
        rcp.quorum.writtenOpinionsCount = true;
        QVERIFY(RcpRepository(*m_db).save(rcp).ok);
        MeetingService &meeting = m_services->meeting();
        for (const char *code : {"SM14", "SM36"})
            QVERIFY(meeting.checkIn(m_session, member(code)).ok);
        const QUuid c = m_case.fiche.inscriptionId;
        QVERIFY(!meeting.caseQuorum(c, g_now)->met());
        WrittenOpinion opinion;
        opinion.authorId = memberWithSpecialty("SM45");
        opinion.text = QStringLiteral("Radiothérapie adjuvante indiquée.");
        QVERIFY(meeting.addWrittenOpinion(c, opinion).ok);
        const auto q = meeting.caseQuorum(c, g_now);
        QVERIFY(q->met());
        QCOMPARE(q->opinions.size(), std::size_t(1));
        QCOMPARE(q->opinions[0].specialty, QStringLiteral("SM45")); // the author's, from the directory
        // Recorded on the fiche and signed with it.
        Fiche f = *FicheRepository(*m_db).find(m_case.fiche.meta.id).value;
        validation::recordOnFiche(*q, f);
        QVERIFY(m_services->fiches().saveDecision(f).ok);
        const auto patient = PatientRepository(*m_db).find(f.patientId);
        const auto inscription = InscriptionRepository(*m_db).find(c);
        const StoreResult signedOk = m_services->fiches().sign(
            f, m_case.coordinatorId, caseSnapshot(*patient.value, *inscription.value));
        QVERIFY2(signedOk.ok, qPrintable(signedOk.error));
        const Fiche back = *FicheRepository(*m_db).find(f.meta.id).value;
        QCOMPARE(back.writtenOpinions.size(), std::size_t(1));
        QCOMPARE(back.writtenOpinions[0].authorId, opinion.authorId);
        // A written opinion without text is refused.
        const StoreResult refused =
            meeting.addWrittenOpinion(c, WrittenOpinion{opinion.authorId, {}, {}, {}, {}});
        QVERIFY(!refused.ok);
    }

    void theOverrideNamesTheCoordinatorAndTheTime() {
        MeetingService &meeting = m_services->meeting();
        QVERIFY(meeting.checkIn(m_session, member("SM36")).ok);
        const auto q = meeting.caseQuorum(m_case.fiche.inscriptionId, g_now);
        QVERIFY(!q->met());
        Fiche f = *FicheRepository(*m_db).find(m_case.fiche.meta.id).value;
        validation::recordOnFiche(*q, f);
        QVERIFY(m_services->fiches().saveDecision(f).ok);
        const auto patient = PatientRepository(*m_db).find(f.patientId);
        const auto inscription = InscriptionRepository(*m_db).find(f.inscriptionId);
        const QJsonObject snapshot = caseSnapshot(*patient.value, *inscription.value);
        m_services->setActor(actorAs(Role::Coordinator, m_case.coordinatorId));
        QVERIFY(!m_services->fiches().sign(f, m_case.coordinatorId, snapshot).ok); // no quorum
        // Without a reason: refused, nothing written.
        const QByteArray before = meetingFootprint(*m_db);
        QVERIFY(!m_services->fiches().overrideQuorum(f, QStringLiteral("  ")).ok);
        QCOMPARE(meetingFootprint(*m_db), before);
        // By a physician: refused.
        m_services->setActor(actorAs(Role::Physician, m_case.requesterId));
        QVERIFY(!m_services->fiches().overrideQuorum(f, QStringLiteral("Urgence thérapeutique.")).ok);
        QCOMPARE(meetingFootprint(*m_db), before);
        // By the coordinator: who and when filled in, then signed.
        g_now = g_now.addSecs(120);
        m_services->setActor(actorAs(Role::Coordinator, m_case.coordinatorId));
        const StoreResult overridden =
            m_services->fiches().overrideQuorum(f, QStringLiteral("Urgence thérapeutique."));
        QVERIFY2(overridden.ok, qPrintable(overridden.error));
        QCOMPARE(f.quorumOverride.coordinatorId, m_case.coordinatorId);
        QCOMPARE(f.quorumOverride.at, g_now);
        const StoreResult signedOk = m_services->fiches().sign(f, m_case.coordinatorId, snapshot);
        QVERIFY2(signedOk.ok, qPrintable(signedOk.error));
        QCOMPARE(FicheRepository(*m_db).find(f.meta.id).value->quorumOverride.reason,
                 QStringLiteral("Urgence thérapeutique."));
    }

    // Only the coordinator overrides: a physician's decision that brings an override keeps the stored one.
    void aDecisionCannotCarryItsOwnOverride() {
        m_services->setActor(actorAs(Role::Physician, m_case.requesterId));
        Fiche f = *FicheRepository(*m_db).find(m_case.fiche.meta.id).value;
        f.quorum = QuorumStatus::NotMet;
        f.quorumOverride.coordinatorId = m_case.coordinatorId;
        f.quorumOverride.reason = QStringLiteral("Validé par moi-même.");
        f.quorumOverride.at = g_now;
        QVERIFY(m_services->fiches().saveDecision(f).ok);
        QVERIFY(FicheRepository(*m_db).find(f.meta.id).value->quorumOverride.isEmpty());
        QVERIFY(f.quorumOverride.isEmpty());
    }

    void aWrittenOpinionIsRefusedOnceTheSessionIsOver() {
        QVERIFY(m_services->meeting().close(m_session).ok);
        WrittenOpinion opinion;
        opinion.authorId = memberWithSpecialty("SM45");
        opinion.text = QStringLiteral("Trop tard.");
        const QByteArray before = meetingFootprint(*m_db);
        const StoreResult refused =
            m_services->meeting().addWrittenOpinion(m_case.fiche.inscriptionId, opinion);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("before the meeting")), qPrintable(refused.error));
        QCOMPARE(meetingFootprint(*m_db), before);
    }

    void twoGuestsOfTheSameNameFromTwoPlacesAreTwoLines() {
        Attendance a;
        a.guestName = QStringLiteral("Dr Martin");
        a.specialty = QStringLiteral("SM45");
        a.guestOrganisation = QStringLiteral("CH de Sète");
        Attendance b = a;
        b.guestOrganisation = QStringLiteral("CHU de Nîmes");
        QVERIFY(m_services->meeting().checkIn(m_session, a).ok);
        QVERIFY(m_services->meeting().checkIn(m_session, b).ok);
        QVERIFY(m_services->meeting().checkIn(m_session, a).ok); // already there: still two lines
        QCOMPARE(stored().attendance.size(), std::size_t(2));
    }

    void aReadOnlyUserTakesNoAttendance() {
        m_services->setActor(actorAs(Role::ReadOnly, {}));
        const QByteArray before = meetingFootprint(*m_db);
        const StoreResult refused = m_services->meeting().checkIn(m_session, member("SM14"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("Read only")), qPrintable(refused.error));
        QVERIFY(!m_services->meeting().open(m_session).ok);
        QCOMPARE(meetingFootprint(*m_db), before);
        m_services->setActor(actorAs(Role::Secretary, {}));
        QVERIFY(m_services->meeting().checkIn(m_session, member("SM14")).ok);
    }

    // Two real processes check twelve guests in each at the same moment: every one of the 24 is on the list.
    void twoClerksAtOnceBothLand() {
        const QString path = m_db->path();
        cleanup(); // the file is the processes' now
        clock::set({});
        const QString session = m_session.toString(QUuid::WithoutBraces);
        const QString failures = test::runClerksTogether(
            path, {{QStringLiteral("checkin"), session, QStringLiteral("Alpha"), QStringLiteral("12")},
                   {QStringLiteral("checkin"), session, QStringLiteral("Beta"), QStringLiteral("12")}});
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        clock::set([] { return g_now; });
        m_db = Database::open(path);
        QVERIFY(m_db);
        const Session s = stored();
        QCOMPARE(s.attendance.size(), std::size_t(24));
        QSet<QString> names;
        for (const Attendance &at : s.attendance)
            names.insert(at.guestName);
        QCOMPARE(names.size(), 24);
        QVERIFY(names.contains(QStringLiteral("Alpha12")) && names.contains(QStringLiteral("Beta1")));
    }
};

QTEST_GUILESS_MAIN(TestMeetingService)
#include "tst_meetingservice.moc"
