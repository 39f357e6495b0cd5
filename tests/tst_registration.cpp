// Registering a patient for a session: which sessions are offered, what the registration needs, and the
// new case saved in one go, pre-filled from the patient's history.
#include "editing/casedrafts.h"
#include "editing/registration.h"
#include "services/agendaservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestRegistration : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Fiche m_fiche;
    QDateTime m_now{QDate(2026, 11, 20), QTime(8, 0), Qt::UTC};

    Session saveSession(const QDateTime &start, const QDateTime &deadline,
                        SessionStatus status = SessionStatus::Planned) {
        Session s = test::sampleSession(READ(SessionRepository(*m_db).find(m_fiche.sessionId))->rcpId);
        s.startsAt = start;
        s.registrationDeadline = deadline;
        s.status = status;
        [&] { QVERIFY(SessionRepository(*m_db).save(s).ok); }();
        return s;
    }
    RegistrationForm form(const QUuid &sessionId) const {
        RegistrationForm f;
        f.patientId = m_fiche.patientId;
        f.sessionId = sessionId;
        f.requesterId = QUuid::createUuid();
        f.motif.treatmentProposal = true;
        f.question = QStringLiteral("Traitement de la récidive ?");
        return f;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("registration.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setClock([this] { return m_now; });
        m_fiche = test::saveSampleCase(*m_db); // its session: 24/11/2026 16:00, no deadline
    }
    void cleanup() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("registration.db")));
    }

    void onlyPlannedSessionsStillOpenAreOffered() {
        const Session later = saveSession(m_now.addDays(10), m_now.addDays(8));
        const Session late = saveSession(m_now.addDays(5), m_now.addSecs(-3600)); // deadline past
        Session closed = saveSession(m_now.addDays(7), {});
        QVERIFY(agenda::setRegistrationsClosed(*m_db, closed.meta.id, true).ok);
        saveSession(m_now.addDays(6), {}, SessionStatus::Cancelled); // cancelled
        saveSession(m_now.addDays(-2), {});                          // already held
        saveSession(m_now.addDays(200), {});                         // too far
        const std::vector<Session> offered = READ(sessionsOpenForRegistration(*m_db, m_now));
        QCOMPARE(offered.size(), std::size_t(3));
        QCOMPARE(offered[0].meta.id, m_fiche.sessionId); // soonest first
        QCOMPARE(offered[1].meta.id, late.meta.id);      // offered: its cases are marked late
        QCOMPARE(offered[2].meta.id, later.meta.id);
        // A case registered after the deadline is marked late; registrations closed refuse in words.
        RegistrationForm f = form(late.meta.id);
        const QUuid lateCase = READ(registerCase(*m_db, f));
        QVERIFY(READ(InscriptionRepository(*m_db).find(lateCase))->lateRegistration);
        const validation::Check refused = READ(checkRegistration(*m_db, form(closed.meta.id)));
        QCOMPARE(refused.messages.size(), 1);
        QVERIFY2(refused.message().contains(QStringLiteral("closed")), qPrintable(refused.message()));
    }

    void whatARegistrationNeedsIsSaidInWords() {
        RegistrationForm empty;
        empty.patientId = m_fiche.patientId;
        const validation::Check check = READ(checkRegistration(*m_db, empty));
        QCOMPARE(check.messages.size(), 4); // session, requester, motif, question
        // The patient already has a case on the sample session.
        const validation::Check twice = READ(checkRegistration(*m_db, form(m_fiche.sessionId)));
        QCOMPARE(twice.messages.size(), 1);
        QVERIFY(twice.message().contains(QStringLiteral("already")));
        const StoreRead<QUuid> refused = registerCase(*m_db, form(m_fiche.sessionId));
        QVERIFY(!refused.ok());
        QCOMPARE(READ(InscriptionRepository(*m_db).forPatient(m_fiche.patientId)).size(), std::size_t(1));
    }

    void aRegistrationSavesTheNewCasePrefilled() {
        const Session next = saveSession(m_now.addDays(14), m_now.addDays(12));
        RegistrationForm f = form(next.meta.id);
        f.motif.recours = true;
        f.intent = QString::fromLatin1(kCaseRegistered);
        const QUuid id = READ(registerCase(*m_db, f));
        const Inscription saved = *READ(InscriptionRepository(*m_db).find(id));
        QCOMPARE(saved.sessionId, next.meta.id);
        QCOMPARE(saved.requesterId, f.requesterId);
        QCOMPARE(saved.presenterId, f.requesterId); // the requester presents unless said otherwise
        QVERIFY(saved.motif.treatmentProposal && saved.motif.recours && !saved.motif.paediatrics);
        QCOMPARE(saved.intent, QString::fromLatin1(kCaseRegistered));
        QCOMPARE(saved.question, f.question);
        QCOMPARE(saved.registeredAt, m_now);
        QCOMPARE(saved.tumours.size(), std::size_t(1)); // from the patient's earlier case
        QCOMPARE(saved.tumours[0].topography, QStringLiteral("C18.7"));
        QVERIFY(READ(CaseDraftStore(*m_db).newCasesOf(m_fiche.patientId)).empty());
        // One insert in the outbox for the case: it will be sent.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM change_journal WHERE record_id = ?"));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
