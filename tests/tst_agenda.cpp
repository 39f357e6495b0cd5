// The agenda of a session: cases to discuss first and registered ones apart, moves up, down and to a
// position renumbering the whole agenda in one journaled write, a case moved to another session (never
// to a cancelled or held one, nor to a closed one unless forced), registrations closed, late marks, and
// a failed write that leaves the order as it was.
#include "models/store/repositories.h"
#include "services/agendaservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {
QDateTime utc(int y, int m, int d, int h) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}
} // namespace

class TestAgenda : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Rcp m_rcp;
    Session m_session;
    Session m_next;
    QDateTime m_now = utc(2026, 11, 20, 9);
    QList<QUuid> m_cases; // A, B, C to discuss; R registered, in that registration order

    int journalRows(const QString &entity) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = ?"));
        q.addBindValue(entity);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    bool exec(const QString &sql) {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }
    // The session's cases as "question:order", in agenda order.
    QStringList agendaOf(const QUuid &sessionId) {
        QStringList shown;
        for (const Inscription &i : READ(agenda::read(*m_db, sessionId)))
            shown << QStringLiteral("%1:%2").arg(i.question).arg(i.agendaOrder);
        return shown;
    }
    QUuid add(const QString &name, bool registered, const Session &session) {
        Patient p = test::samplePatient();
        [&] { QVERIFY(PatientRepository(*m_db).save(p).ok); }();
        Inscription i = test::sampleInscription(session.meta.id, p.meta.id);
        i.question = name;
        i.registeredAt = QDateTime();
        if (registered)
            i.intent = QString::fromLatin1(kCaseRegistered);
        const StoreResult r = agenda::registerCase(*m_db, i);
        [&] { QVERIFY2(r.ok, qPrintable(r.error)); }();
        return i.meta.id;
    }
    Inscription stored(const QUuid &id) { return *READ(InscriptionRepository(*m_db).find(id)); }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::create(m_dir->filePath(QStringLiteral("agenda.db")));
        QVERIFY(m_db);
        m_db->setClock([this] { return m_now; });
        m_rcp = test::sampleRcp();
        QVERIFY(RcpRepository(*m_db).save(m_rcp).ok);
        m_session = test::sampleSession(m_rcp.meta.id);
        m_session.registrationDeadline = utc(2026, 11, 22, 16);
        m_next = test::sampleSession(m_rcp.meta.id);
        m_next.startsAt = utc(2026, 12, 1, 16);
        m_next.registrationDeadline = utc(2026, 11, 29, 16);
        QVERIFY(SessionRepository(*m_db).save(m_session).ok && SessionRepository(*m_db).save(m_next).ok);
        // Registered between complex cases: listed apart, after them.
        m_cases = {add(QStringLiteral("A"), false, m_session), add(QStringLiteral("R"), true, m_session),
                   add(QStringLiteral("B"), false, m_session), add(QStringLiteral("C"), false, m_session)};
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void registeredCasesAreListedApartAfterTheComplexOnes() {
        QCOMPARE(agendaOf(m_session.meta.id), QStringList({QStringLiteral("A:1"), QStringLiteral("B:2"),
                                                           QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QVERIFY(!stored(m_cases[0]).lateRegistration);
        QCOMPARE(stored(m_cases[0]).registeredAt, m_now); // the database's clock
    }

    void orderingPutsUnorderedCasesLastInTheirGroup() {
        Inscription a, b, c, r;
        a.question = QStringLiteral("a");
        a.agendaOrder = 2;
        b.question = QStringLiteral("b"); // never ordered
        c.question = QStringLiteral("c");
        c.agendaOrder = 5;
        r.question = QStringLiteral("r");
        r.agendaOrder = 1;
        r.intent = QString::fromLatin1(kCaseRegistered);
        QStringList got;
        for (const Inscription &i : agenda::ordered({r, b, c, a}))
            got << i.question;
        QCOMPARE(got, QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"),
                                   QStringLiteral("r")}));
    }

    void movesRenumberTheAgendaInOneJournaledWrite() {
        const int before = journalRows(QStringLiteral("inscription"));
        QVERIFY(agenda::moveDown(*m_db, m_cases[0]).ok); // A below B
        QCOMPARE(agendaOf(m_session.meta.id), QStringList({QStringLiteral("B:1"), QStringLiteral("A:2"),
                                                           QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QCOMPARE(journalRows(QStringLiteral("inscription")),
                 before + 2);                               // the two cases whose number changed
        QVERIFY(agenda::moveCase(*m_db, m_cases[3], 0).ok); // C to the top
        QCOMPARE(agendaOf(m_session.meta.id), QStringList({QStringLiteral("C:1"), QStringLiteral("B:2"),
                                                           QStringLiteral("A:3"), QStringLiteral("R:4")}));
        QVERIFY(agenda::moveUp(*m_db, m_cases[2]).ok); // B above C
        QCOMPARE(agendaOf(m_session.meta.id).first(), QStringLiteral("B:1"));
    }

    void aCaseStaysInsideItsGroup() {
        const int before = journalRows(QStringLiteral("inscription"));
        QVERIFY(agenda::moveUp(*m_db, m_cases[1]).ok);      // R cannot go among the cases to discuss
        QVERIFY(agenda::moveCase(*m_db, m_cases[3], 9).ok); // C to the end: last of its group
        QVERIFY(agenda::moveUp(*m_db, m_cases[0]).ok);      // A is already first
        QCOMPARE(agendaOf(m_session.meta.id), QStringList({QStringLiteral("A:1"), QStringLiteral("B:2"),
                                                           QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QCOMPARE(journalRows(QStringLiteral("inscription")), before); // nothing moved, nothing written
    }

    void aFailedWriteLeavesTheOrderUnchanged() {
        // Moving C to the top writes C, A, then B: the store refuses B, after C and A were written, and
        // the whole move is rolled back.
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON inscription WHEN NEW.id = '%1' "
                                    "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                         .arg(json::idText(m_cases[2]))));
        const int before = journalRows(QStringLiteral("inscription"));
        const StoreResult r = agenda::moveCase(*m_db, m_cases[3], 0);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(agendaOf(m_session.meta.id), QStringList({QStringLiteral("A:1"), QStringLiteral("B:2"),
                                                           QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QCOMPARE(journalRows(QStringLiteral("inscription")), before);
    }

    void movedToAnotherSessionGoesLastThere() {
        const QUuid other = add(QStringLiteral("X"), false, m_next);
        const int before = journalRows(QStringLiteral("inscription"));
        QVERIFY(agenda::moveToSession(*m_db, m_cases[0], m_next.meta.id).ok);
        QCOMPARE(agendaOf(m_session.meta.id),
                 QStringList({QStringLiteral("B:1"), QStringLiteral("C:2"), QStringLiteral("R:3")}));
        QCOMPARE(agendaOf(m_next.meta.id), QStringList({QStringLiteral("X:1"), QStringLiteral("A:2")}));
        QCOMPARE(journalRows(QStringLiteral("inscription")), before + 4); // A, and B C R renumbered
        QVERIFY(!stored(m_cases[0]).lateRegistration);
        QVERIFY(!stored(other).lateRegistration);
        QVERIFY(!agenda::moveToSession(*m_db, m_cases[0], m_next.meta.id).ok); // already there
    }

    void movedAfterTheDeadlineIsMarkedLate() {
        m_now = utc(2026, 11, 30, 8); // after the next session's deadline
        QVERIFY(agenda::moveToSession(*m_db, m_cases[2], m_next.meta.id).ok);
        QVERIFY(stored(m_cases[2]).lateRegistration);
        const QUuid late = add(QStringLiteral("L"), false, m_next);
        QVERIFY(stored(late).lateRegistration);
        QCOMPARE(stored(late).registeredAt, m_now);
    }

    void markLateFollowsTheDeadline() {
        Inscription i;
        Session s;
        QVERIFY(!agenda::markLateIfAfterDeadline(i, s, m_now)); // no deadline: never late
        s.registrationDeadline = m_now;
        QVERIFY(!agenda::markLateIfAfterDeadline(i, s, m_now)); // at the deadline: on time
        QVERIFY(agenda::markLateIfAfterDeadline(i, s, m_now.addSecs(1)));
        QVERIFY(i.lateRegistration);
        QVERIFY(!agenda::markLateIfAfterDeadline(i, s, m_now.addSecs(-60)));
        QVERIFY(!i.lateRegistration); // moved to a session still open: no longer late
    }

    void noMoveToACancelledHeldOrClosedSession() {
        const int before = journalRows(QStringLiteral("inscription"));
        Session cancelled = m_next;
        cancelled.status = SessionStatus::Cancelled;
        QVERIFY(SessionRepository(*m_db).save(cancelled).ok);
        StoreResult r = agenda::moveToSession(*m_db, m_cases[0], m_next.meta.id, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error)); // even forced

        cancelled.status = SessionStatus::Closed;
        QVERIFY(SessionRepository(*m_db).save(cancelled).ok);
        QVERIFY(!agenda::moveToSession(*m_db, m_cases[0], m_next.meta.id, true).ok);

        cancelled.status = SessionStatus::Planned;
        QVERIFY(SessionRepository(*m_db).save(cancelled).ok);
        QVERIFY(agenda::setRegistrationsClosed(*m_db, m_next.meta.id, true).ok);
        r = agenda::moveToSession(*m_db, m_cases[0], m_next.meta.id);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("closed")), qPrintable(r.error));
        QCOMPARE(journalRows(QStringLiteral("inscription")), before);
        QCOMPARE(stored(m_cases[0]).sessionId, m_session.meta.id);
        // With the coordinator's agreement (forced), it goes.
        QVERIFY(agenda::moveToSession(*m_db, m_cases[0], m_next.meta.id, true).ok);
        QCOMPARE(stored(m_cases[0]).sessionId, m_next.meta.id);
    }

    void aDiscussedCaseStaysWhereItWasDiscussed() {
        Inscription a = stored(m_cases[0]);
        a.agendaState = AgendaState::Discussed;
        QVERIFY(InscriptionRepository(*m_db).save(a).ok);
        QVERIFY(!agenda::moveToSession(*m_db, a.meta.id, m_next.meta.id).ok);
        a.agendaState = AgendaState::Postponed; // postponed: to be discussed at the next one
        QVERIFY(InscriptionRepository(*m_db).save(a).ok);
        QVERIFY(agenda::moveToSession(*m_db, a.meta.id, m_next.meta.id).ok);
        QCOMPARE(stored(a.meta.id).agendaState, AgendaState::ToDiscuss);
    }

    void closedRegistrationsRefuseNewCasesUnlessForced() {
        const int sessionRows = journalRows(QStringLiteral("session"));
        QVERIFY(agenda::setRegistrationsClosed(*m_db, m_session.meta.id, true).ok);
        QVERIFY(READ(SessionRepository(*m_db).find(m_session.meta.id))->registrationsClosed);
        QCOMPARE(journalRows(QStringLiteral("session")), sessionRows + 1);
        QVERIFY(agenda::setRegistrationsClosed(*m_db, m_session.meta.id, true).ok); // already: no write
        QCOMPARE(journalRows(QStringLiteral("session")), sessionRows + 1);

        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        Inscription refused = test::sampleInscription(m_session.meta.id, p.meta.id);
        const StoreResult r = agenda::registerCase(*m_db, refused);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("Registrations for this session are closed. Choose another session, or "
                                "add the case anyway if the coordinator agrees."));
        QCOMPARE(READ(InscriptionRepository(*m_db).countForSession(m_session.meta.id)), 4);
        QVERIFY(agenda::registerCase(*m_db, refused, true).ok);
        QCOMPARE(READ(InscriptionRepository(*m_db).countForSession(m_session.meta.id)), 5);
        QCOMPARE(stored(refused.meta.id).agendaOrder, 4); // last of the cases to discuss, before R
        QCOMPARE(stored(m_cases[1]).agendaOrder, 5);

        QVERIFY(agenda::setRegistrationsClosed(*m_db, m_session.meta.id, false).ok);
        QVERIFY(!READ(SessionRepository(*m_db).find(m_session.meta.id))->registrationsClosed);
    }

    void registrationsOfACancelledSessionCannotBeReopened() {
        Session s = m_next;
        s.status = SessionStatus::Cancelled;
        QVERIFY(SessionRepository(*m_db).save(s).ok);
        QVERIFY(!agenda::setRegistrationsClosed(*m_db, s.meta.id, true).ok);
        QVERIFY(!agenda::mayRegister(s, true).ok());
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
