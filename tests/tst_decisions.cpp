// The meeting's decisions through the service, on a real database: a case is taken up only once the
// meeting has started, with one fiche pre-filled from the case and the patient's last fiche (taken up
// twice, still one); one current case per agenda; a decision with faults is refused with them and writes
// nothing; a decided case records the quorum of that moment and is discussed, or registered; a postponed
// case stays postponed with its reason and comes again, to discuss, in the later session (not marked
// late), its unsigned fiche withdrawn; triage: only the committee's coordinator pre-validates a case to
// register, under one of the committee's guidelines, and the agenda lists it apart, after the cases to
// discuss.
#include "models/planning/agenda.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "services/agendaservice.h"
#include "services/decisionservice.h"
#include "services/ficheservice.h"
#include "services/meetingservice.h"
#include "services/services.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/fixtures.h"
#include "tests/support/meetingfixtures.h"
#include "translations/language.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

using test::actorAs;
using test::meetingFootprint;

class TestDecisions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    test::DocumentCase m_case; // its fiche signed, at the session of 24/11
    QUuid m_today;             // a session of the same committee, today
    QUuid m_later;             // and one a week later
    QUuid m_newCase;           // the same patient's new case, at today's session
    QUuid m_second;            // another one, after it

    Inscription stored(const QUuid &id) { return *InscriptionRepository(*m_db).find(id).value; }

    QUuid addSession(const QDateTime &startsAt) {
        Session s = test::sampleSession(m_case.fiche.rcpId);
        s.startsAt = startsAt;
        s.attendance.clear();
        [&] { QVERIFY(SessionRepository(*m_db).save(s).ok); }();
        return s.meta.id;
    }

    QUuid addCase(const QUuid &sessionId, const char *intent) {
        Inscription c = *InscriptionRepository(*m_db).find(m_case.fiche.inscriptionId).value;
        c.meta = RecordMeta{};
        c.sessionId = sessionId;
        c.intent = QString::fromLatin1(intent);
        c.agendaState = AgendaState::ToDiscuss;
        c.registeredAt = QDateTime();
        [&] {
            const StoreResult registered = m_services->agenda().registerCase(c, true);
            QVERIFY2(registered.ok, qPrintable(registered.error));
        }();
        return c.meta.id;
    }

    // Takes the case up and writes a proposal on its fiche, as the decision panel does.
    Fiche takeUpWithProposal(const QUuid &caseId) {
        StoreRead<Fiche> f = m_services->decisions().takeUp(caseId);
        [&] { QVERIFY2(f.ok(), qPrintable(f.error)); }();
        if (!f.ok())
            return {};
        f->proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX 6 mois"), {}, {}, {}}};
        [&] { QVERIFY(m_services->fiches().saveDecision(*f).ok); }();
        return *f;
    }

    void checkInTheBoard() {
        const Rcp rcp = *RcpRepository(*m_db).find(m_case.fiche.rcpId).value;
        for (const QUuid &member : rcp.permanentMembers) {
            Attendance a;
            a.professionalId = member;
            [&] { QVERIFY(m_services->meeting().checkIn(m_today, a).ok); }();
        }
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_n)));
        QVERIFY(m_db);
        m_case = test::saveDocumentCase(*m_db, true);
        m_services = std::make_unique<Services>(*m_db);
        const QDateTime now = m_db->now();
        m_today = addSession(now.addSecs(-600));
        m_later = addSession(now.addDays(7));
        m_newCase = addCase(m_today, kCaseDiscussed);
        m_second = addCase(m_today, kCaseDiscussed);
    }
    void cleanup() {
        m_services.reset();
        m_db.reset();
    }

    void aCaseIsTakenUpOnceTheMeetingHasStarted() {
        const QByteArray before = meetingFootprint(*m_db);
        const StoreRead<Fiche> early = m_services->decisions().takeUp(m_newCase);
        QVERIFY(!early.ok());
        QVERIFY2(early.error.contains(QStringLiteral("start it")), qPrintable(early.error));
        QCOMPARE(meetingFootprint(*m_db), before);

        QVERIFY(m_services->meeting().open(m_today).ok);
        const StoreRead<Fiche> f = m_services->decisions().takeUp(m_newCase);
        QVERIFY2(f.ok(), qPrintable(f.error));
        // Pre-filled from the case and from the patient's last fiche of the committee.
        QCOMPARE(f->inscriptionId, m_newCase);
        QCOMPARE(f->sessionId, m_today);
        QCOMPARE(f->rcpId, m_case.fiche.rcpId);
        QCOMPARE(f->caseStatus, QString::fromLatin1(kCaseDiscussed));
        QCOMPARE(f->framework.guideline.name, m_case.fiche.framework.guideline.name);
        QCOMPARE(f->coordinatorId, m_case.coordinatorId);
        QVERIFY(!f->correspondents.empty());
        QCOMPARE(f->correspondents.front(), m_case.requesterId);
        QVERIFY(f->proposal.empty()); // the decision is the board's: nothing proposed in its place
        QVERIFY(!f->isSigned());
        QCOMPARE(stored(m_newCase).agendaState, AgendaState::InProgress);

        // Taken up again: the same fiche, no second one.
        const StoreRead<Fiche> again = m_services->decisions().takeUp(m_newCase);
        QVERIFY(again.ok());
        QCOMPARE(again->meta.id, f->meta.id);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fiche WHERE inscription_id = '%1'")
                           .arg(m_newCase.toString(QUuid::WithoutBraces))) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // One current case: the next one taken up, the first waits again.
        QVERIFY(m_services->decisions().takeUp(m_second).ok());
        QCOMPARE(stored(m_second).agendaState, AgendaState::InProgress);
        QCOMPARE(stored(m_newCase).agendaState, AgendaState::ToDiscuss);
    }

    void aDecisionWithFaultsIsRefusedWithThem() {
        QVERIFY(m_services->meeting().open(m_today).ok);
        const StoreRead<Fiche> f = m_services->decisions().takeUp(m_newCase);
        QVERIFY(f.ok());
        Fiche nonConform = *f;
        nonConform.framework.conform = false; // and no reason
        QVERIFY(m_services->fiches().saveDecision(nonConform).ok);
        const QByteArray before = meetingFootprint(*m_db);
        const StoreResult refused = m_services->decisions().decide(f->meta.id);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("proposal")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("guideline: give the reason")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QLatin1Char('\n')), "one fault a line");
        QCOMPARE(meetingFootprint(*m_db), before);
        QCOMPARE(stored(m_newCase).agendaState, AgendaState::InProgress);
    }

    void aDecidedCaseRecordsTheQuorumOfThatMoment() {
        QVERIFY(m_services->meeting().open(m_today).ok);
        checkInTheBoard();
        const Fiche f = takeUpWithProposal(m_newCase);
        const StoreResult done = m_services->decisions().decide(f.meta.id);
        QVERIFY2(done.ok, qPrintable(done.error));
        const Fiche decided = *FicheRepository(*m_db).find(f.meta.id).value;
        QCOMPARE(decided.status, DocumentStatus::Completed);
        QCOMPARE(decided.attendees.size(), std::size_t(3));
        const auto counted = std::count_if(decided.attendees.begin(), decided.attendees.end(),
                                           [](const FicheAttendee &a) { return a.countedForQuorum; });
        QVERIFY(counted >= 1);
        QVERIFY(decided.quorum != QuorumStatus::Unknown);
        QCOMPARE(stored(m_newCase).agendaState, AgendaState::Discussed);
        // Decided: it can no longer be postponed; once signed, no longer taken up.
        QVERIFY(!m_services->decisions().postpone(m_newCase, m_later, QStringLiteral("Bilan")).ok);
        Fiche toSign = decided;
        if (toSign.quorum != QuorumStatus::Met)
            QVERIFY(m_services->fiches().overrideQuorum(toSign, QStringLiteral("Avis écrit")).ok);
        const StoreResult signedOk = m_services->fiches().sign(toSign, m_case.coordinatorId);
        QVERIFY2(signedOk.ok, qPrintable(signedOk.error));
        const StoreRead<Fiche> refused = m_services->decisions().takeUp(m_newCase);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("signed")), qPrintable(refused.error));
    }

    void aPostponedCaseComesAgainInTheLaterSession() {
        QVERIFY(m_services->meeting().open(m_today).ok);
        const StoreRead<Fiche> f = m_services->decisions().takeUp(m_newCase);
        QVERIFY(f.ok());
        const QByteArray before = meetingFootprint(*m_db);
        QVERIFY(!m_services->decisions().postpone(m_newCase, m_later, QStringLiteral("  ")).ok);
        const StoreResult earlier =
            m_services->decisions().postpone(m_newCase, m_case.fiche.sessionId, QStringLiteral("Bilan"));
        QVERIFY(!earlier.ok);
        QVERIFY2(earlier.error.contains(QStringLiteral("later")), qPrintable(earlier.error));
        QCOMPARE(meetingFootprint(*m_db), before);

        const StoreResult done = m_services->decisions().postpone(
            m_newCase, m_later, QStringLiteral("Attente de l'IRM hépatique"));
        QVERIFY2(done.ok, qPrintable(done.error));
        const Inscription postponed = stored(m_newCase);
        QCOMPARE(postponed.agendaState, AgendaState::Postponed);
        QCOMPARE(postponed.postponement.reason, QStringLiteral("Attente de l'IRM hépatique"));
        QCOMPARE(postponed.postponement.toSessionId, m_later);
        QVERIFY(postponed.postponement.at.isValid());
        QVERIFY(FicheRepository(*m_db).find(f->meta.id).value->meta.deleted);
        // Read back as stored: the postponement survives the JSON.
        QCOMPARE(Inscription::fromJson(postponed.toJson()).postponement.reason,
                 postponed.postponement.reason);

        const StoreRead<std::vector<Inscription>> there = agenda::read(*m_db, m_later);
        QVERIFY(there.ok());
        QCOMPARE(there->size(), std::size_t(1));
        QCOMPARE(there->front().patientId, postponed.patientId);
        QCOMPARE(there->front().question, postponed.question);
        QCOMPARE(there->front().agendaState, AgendaState::ToDiscuss);
        QVERIFY(!there->front().lateRegistration);
        QVERIFY(there->front().postponement.isEmpty());
        // Postponed once: not taken up, not postponed again.
        QVERIFY(!m_services->decisions().takeUp(m_newCase).ok());
        QVERIFY(!m_services->decisions().postpone(m_newCase, m_later, QStringLiteral("Encore")).ok);
    }

    void onlyTheCoordinatorPreValidatesACaseToRegister() {
        const QUuid toRegister = addCase(m_today, kCaseRegistered);
        const Guideline known = RcpRepository(*m_db).find(m_case.fiche.rcpId).value->guidelines.front();
        const QByteArray before = meetingFootprint(*m_db);
        // A case to discuss is not pre-validated.
        StoreResult r = m_services->decisions().preValidate(m_newCase, known);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("to be discussed")), qPrintable(r.error));
        // A guideline the committee does not follow.
        r = m_services->decisions().preValidate(toRegister, {QStringLiteral("Inconnu"), {}, {}, {}});
        QVERIFY(!r.ok);
        // A physician, a coordinator of another committee.
        m_services->setActor(actorAs(Role::Physician, m_case.requesterId));
        QVERIFY(!m_services->decisions().preValidate(toRegister, known).ok);
        m_services->setActor(actorAs(Role::Coordinator, m_case.requesterId));
        r = m_services->decisions().preValidate(toRegister, known);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("coordinator")), qPrintable(r.error));
        QCOMPARE(meetingFootprint(*m_db), before);

        m_services->setActor(actorAs(Role::Coordinator, m_case.coordinatorId));
        r = m_services->decisions().preValidate(toRegister, known);
        QVERIFY2(r.ok, qPrintable(r.error));
        const StoreRead<std::optional<Fiche>> fiche = m_services->decisions().openFiche(toRegister);
        QVERIFY(fiche.ok() && fiche.value);
        QCOMPARE(fiche.value->caseStatus, QString::fromLatin1(kCaseRegistered));
        QCOMPARE(fiche.value->framework.guideline.name, known.name);
        QCOMPARE(stored(toRegister).agendaState, AgendaState::Registered);
        // The agenda lists it apart, after the cases to discuss.
        const StoreRead<std::vector<Inscription>> order = agenda::read(*m_db, m_today);
        QVERIFY(order.ok());
        QCOMPARE(order->back().meta.id, toRegister);
        QCOMPARE(order->front().meta.id, m_newCase);
        // Decided at the meeting with its proposal: registered, no discussion needed.
        QVERIFY(m_services->meeting().open(m_today).ok);
        const Fiche f = takeUpWithProposal(toRegister);
        QCOMPARE(f.meta.id, fiche.value->meta.id);
        const StoreResult done = m_services->decisions().decide(f.meta.id);
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(stored(toRegister).agendaState, AgendaState::Registered);
        QCOMPARE(FicheRepository(*m_db).find(f.meta.id).value->status, DocumentStatus::Completed);
    }

    void aPreValidatedCaseCanStillBePostponed() {
        const QUuid toRegister = addCase(m_today, kCaseRegistered);
        const Guideline known = RcpRepository(*m_db).find(m_case.fiche.rcpId).value->guidelines.front();
        QVERIFY(m_services->decisions().preValidate(toRegister, known).ok);
        const StoreResult r =
            m_services->decisions().postpone(toRegister, m_later, QStringLiteral("Bilan incomplet"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(stored(toRegister).agendaState, AgendaState::Postponed);
        // It comes again as a case to register, to be pre-validated again.
        const StoreRead<std::vector<Inscription>> there = agenda::read(*m_db, m_later);
        QVERIFY(there.ok() && there->size() == 1);
        QCOMPARE(there->front().intent, QString::fromLatin1(kCaseRegistered));
        QCOMPARE(there->front().agendaState, AgendaState::ToDiscuss);
    }

    void aSecretaryDecidesNothing() {
        QVERIFY(m_services->meeting().open(m_today).ok);
        m_services->setActor(actorAs(Role::Secretary, {}));
        const QByteArray before = meetingFootprint(*m_db);
        QVERIFY(!m_services->decisions().takeUp(m_newCase).ok());
        QVERIFY(!m_services->decisions().postpone(m_newCase, m_later, QStringLiteral("Bilan")).ok);
        QCOMPARE(meetingFootprint(*m_db), before);
    }

    // Two desktops on the same file (the room's computer and the secretary's) take up the same cases at
    // the same moment, in opposite orders: every case still has one fiche, the agenda one current case.
    void twoProcessesTakingUpTheSameCasesMakeOneFicheEach() {
        std::vector<QUuid> cases{m_newCase, m_second};
        for (int n = 0; n < 8; ++n)
            cases.push_back(addCase(m_today, kCaseDiscussed));
        QVERIFY(m_services->meeting().open(m_today).ok);
        QStringList forward, backward;
        for (const QUuid &c : cases)
            forward << c.toString(QUuid::WithoutBraces);
        for (auto it = forward.crbegin(); it != forward.crend(); ++it)
            backward << *it;
        const QString path = m_db->path();
        m_services.reset();
        m_db.reset();
        const QString failures =
            test::runClerksTogether(path, {QStringList{QStringLiteral("takeup")} + forward,
                                           QStringList{QStringLiteral("takeup")} + backward});
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        m_db = Database::open(path);
        QVERIFY(m_db);
        m_services = std::make_unique<Services>(*m_db);
        QSqlQuery q(m_db->connection());
        for (const QString &c : forward) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fiche WHERE inscription_id = '%1'").arg(c)) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        int current = 0;
        for (const QUuid &c : cases)
            current += stored(c).agendaState == AgendaState::InProgress ? 1 : 0;
        QCOMPARE(current, 1);
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
