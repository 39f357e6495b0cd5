// The quorum of one case, live (validation/casequorum.h), table-driven: who is present at the instant the
// case is discussed (a member who left stops counting, a late arrival does not count yet), a physician
// listed with two specialties counting once, a remote attendee, a guest without RPPS, a missing required
// group, an absent specialist's written opinion (only where the rule admits it), the requesting physician
// present or represented by the presenter; and what the fiche keeps of it, which the signing check accepts.
#include "models/validation/casequorum.h"
#include "models/validation/fichecheck.h"

#include <QtTest>

using namespace concerto;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 7), QTime(13, 0), Qt::UTC);

QUuid idOf(const QString &letter) {
    return QUuid::createUuidV5(QUuid(), letter);
}

QuorumRule digestiveRule(bool opinions) {
    QuorumRule rule;
    rule.requiredGroups = {{QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}},
                           {QStringLiteral("Oncologue"), {QStringLiteral("SM36"), QStringLiteral("SM24")}},
                           {QStringLiteral("Radiothérapeute"), {QStringLiteral("SM45")}}};
    rule.minimumSpecialties = 3;
    rule.writtenOpinionsCount = opinions;
    return rule;
}

// "A:SM14,B:SM36~,g1:SM45,C:SM24<20,D:SM45>30,E:SM14!": letters are professionals of the directory (the
// same letter twice is the same person), a lowercase g starts a guest without RPPS; ~ remote, ! does not
// count, <N left at minute N, >N arrived at minute N (else there from the start).
std::vector<Attendance> attendance(const QString &spec) {
    std::vector<Attendance> list;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString who = entry.section(QLatin1Char(':'), 0, 0);
        QString rest = entry.section(QLatin1Char(':'), 1);
        Attendance a;
        a.arrivedAt = kStart;
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(SM\\d+)(~?)(!?)(?:<(\\d+))?(?:>(\\d+))?$")).match(rest);
        Q_ASSERT(m.hasMatch());
        a.specialty = m.captured(1);
        a.remote = !m.captured(2).isEmpty();
        a.countsForQuorum = m.captured(3).isEmpty();
        if (!m.captured(4).isEmpty())
            a.leftAt = kStart.addSecs(60 * m.captured(4).toInt());
        if (!m.captured(5).isEmpty())
            a.arrivedAt = kStart.addSecs(60 * m.captured(5).toInt());
        if (who.startsWith(QLatin1Char('g'))) {
            a.guest = true;
            a.guestName = QStringLiteral("Invité ") + who;
            a.guestOrganisation = QStringLiteral("CH de Sète");
        } else {
            a.professionalId = idOf(who);
        }
        list.push_back(a);
    }
    return list;
}

// "R:SM45": written opinions by author letter and specialty.
std::vector<WrittenOpinion> opinions(const QString &spec) {
    std::vector<WrittenOpinion> list;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.push_back({idOf(entry.section(QLatin1Char(':'), 0, 0)), entry.section(QLatin1Char(':'), 1),
                        QStringLiteral("Avis favorable à la radiothérapie."), kStart.addDays(-1)});
    return list;
}

} // namespace

class TestCaseQuorum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void caseQuorum_data() {
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("written");
        QTest::addColumn<bool>("opinionsCount");
        QTest::addColumn<QString>("requester");
        QTest::addColumn<QString>("presenter");
        QTest::addColumn<int>("minute");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("missingGroups");
        QTest::addColumn<int>("countedAttendees");
        QTest::addColumn<int>("countedOpinions");
        QTest::addColumn<bool>("requesterThere");

        QTest::newRow("three groups") << "A:SM14,B:SM36,C:SM45"
                                      << "" << false << "A"
                                      << "" << 10 << true << "" << 3 << 0 << true;
        QTest::newRow("one physician listed with two specialties counts once")
            << "A:SM14,A:SM36,C:SM45"
            << "" << false << "A"
            << "" << 10 << false << "Oncologue" << 2 << 0 << true;
        QTest::newRow("remote attendee counts") << "A:SM14,B:SM36~,C:SM45"
                                                << "" << false << "A"
                                                << "" << 10 << true << "" << 3 << 0 << true;
        QTest::newRow("guest without RPPS counts") << "A:SM14,B:SM36,g1:SM45"
                                                   << "" << false << "A"
                                                   << "" << 10 << true << "" << 3 << 0 << true;
        QTest::newRow("a member who left stops counting")
            << "A:SM14,B:SM36,C:SM45<20"
            << "" << false << "A"
            << "" << 25 << false << "Radiothérapeute" << 2 << 0 << true;
        QTest::newRow("a member who left still counted for the cases before")
            << "A:SM14,B:SM36,C:SM45<20"
            << "" << false << "A"
            << "" << 15 << true << "" << 3 << 0 << true;
        QTest::newRow("a late arrival counts only once there")
            << "A:SM14,B:SM36,C:SM45>30"
            << "" << false << "A"
            << "" << 15 << false << "Radiothérapeute" << 2 << 0 << true;
        QTest::newRow("missing required group") << "A:SM14,B:SM36,C:SM24"
                                                << "" << false << "A"
                                                << "" << 10 << false << "Radiothérapeute" << 3 << 0 << true;
        QTest::newRow("one who does not count") << "A:SM14,B:SM36,C:SM45!"
                                                << "" << false << "A"
                                                << "" << 10 << false << "Radiothérapeute" << 2 << 0 << true;
        QTest::newRow("written opinion counts where the rule admits it")
            << "A:SM14,B:SM36"
            << "R:SM45" << true << "A"
            << "" << 10 << true << "" << 2 << 1 << true;
        QTest::newRow("written opinion ignored where the rule does not")
            << "A:SM14,B:SM36"
            << "R:SM45" << false << "A"
            << "" << 10 << false << "Radiothérapeute" << 2 << 0 << true;
        QTest::newRow("the author present counts once, in person")
            << "A:SM14,B:SM36,R:SM45"
            << "R:SM45" << true << "A"
            << "" << 10 << true << "" << 3 << 0 << true;
        QTest::newRow("requesting physician absent") << "A:SM14,B:SM36,C:SM45"
                                                     << "" << false << "Q"
                                                     << "" << 10 << false << "" << 3 << 0 << false;
        QTest::newRow("requesting physician represented by the presenter")
            << "A:SM14,B:SM36,C:SM45"
            << "" << false << "Q"
            << "B" << 10 << true << "" << 3 << 0 << true;
        QTest::newRow("no requesting physician recorded") << "A:SM14,B:SM36,C:SM45"
                                                          << "" << false << ""
                                                          << "" << 10 << false << "" << 3 << 0 << false;
        QTest::newRow("the presenter gone too") << "A:SM14,B:SM36<5,C:SM45,D:SM24"
                                                << "" << false << "Q"
                                                << "B" << 10 << false << "" << 3 << 0 << false;
    }

    void caseQuorum() {
        QFETCH(QString, present);
        QFETCH(QString, written);
        QFETCH(bool, opinionsCount);
        QFETCH(QString, requester);
        QFETCH(QString, presenter);
        QFETCH(int, minute);
        Session session;
        session.startsAt = kStart;
        session.attendance = attendance(present);
        Inscription c;
        if (!requester.isEmpty())
            c.requesterId = idOf(requester);
        if (!presenter.isEmpty())
            c.presenterId = idOf(presenter);
        c.writtenOpinions = opinions(written);
        const QuorumRule rule = digestiveRule(opinionsCount);
        const validation::CaseQuorum q =
            validation::evaluateCaseQuorum(rule, session, c, kStart.addSecs(60 * minute));

        QTEST(q.met(), "met");
        QTEST(q.rule.missingGroups.join(QLatin1Char('|')), "missingGroups");
        QTEST(int(std::count_if(q.attendees.begin(), q.attendees.end(),
                                [](const FicheAttendee &a) { return a.countedForQuorum; })),
              "countedAttendees");
        QTEST(int(q.opinions.size()), "countedOpinions");
        QTEST(q.requesterPresent, "requesterThere");
        // The attendees listed are those present at that minute.
        int there = 0;
        for (const Attendance &a : session.attendance)
            there += a.presentAt(kStart.addSecs(60 * minute)) ? 1 : 0;
        QCOMPARE(int(q.attendees.size()), there);

        // What the fiche keeps, the signing check reads the same way.
        Fiche f;
        validation::recordOnFiche(q, f);
        QCOMPARE(f.quorum, q.status());
        QCOMPARE(validation::checkFicheForSigning(f, rule)
                     .messages.filter(QStringLiteral("quorum"), Qt::CaseInsensitive)
                     .isEmpty(),
                 q.met());
    }

    void aGuestIsNamedOnTheFiche() {
        Session session;
        session.attendance = attendance(QStringLiteral("A:SM14,g1:SM45~"));
        const validation::CaseQuorum q =
            validation::evaluateCaseQuorum(digestiveRule(false), session, Inscription(), kStart);
        QCOMPARE(q.attendees.size(), std::size_t(2));
        QVERIFY(q.attendees[1].professionalId.isNull());
        QCOMPARE(q.attendees[1].guestName, QStringLiteral("Invité g1"));
        QCOMPARE(q.attendees[1].guestOrganisation, QStringLiteral("CH de Sète"));
        QVERIFY(q.attendees[1].remote);
        QVERIFY(q.attendees[1].countedForQuorum);
        // and survives the fiche's JSON
        Fiche f;
        validation::recordOnFiche(q, f);
        const Fiche back = Fiche::fromJson(f.toJson());
        QCOMPARE(back.attendees[1].guestName, QStringLiteral("Invité g1"));
    }

    // Two guests without RPPS: the second, of a new specialty, counts; the first, of a specialty already
    // there, does not. The fiche marks the right one, and the signing check agrees with it.
    void theGuestWhoCountsIsTheOneMarked() {
        Session session;
        session.attendance = attendance(QStringLiteral("A:SM14,B:SM36,C:SM45,g1:SM45,g2:SM24"));
        Inscription c;
        c.requesterId = idOf(QStringLiteral("A"));
        QuorumRule rule = digestiveRule(false);
        rule.minimumSpecialties = 4;
        const validation::CaseQuorum q = validation::evaluateCaseQuorum(rule, session, c, kStart);
        QVERIFY(q.met());
        QCOMPARE(q.attendees[3].guestName, QStringLiteral("Invité g1"));
        QVERIFY(!q.attendees[3].countedForQuorum);
        QCOMPARE(q.attendees[4].guestName, QStringLiteral("Invité g2"));
        QVERIFY(q.attendees[4].countedForQuorum);
        Fiche f;
        validation::recordOnFiche(q, f);
        QVERIFY2(
            validation::checkFicheForSigning(f, rule).messages.filter(QStringLiteral("quorum")).isEmpty(),
            qPrintable(validation::checkFicheForSigning(f, rule).text()));
    }

    void theOpinionIsKeptWithItsAuthor() {
        Session session;
        session.attendance = attendance(QStringLiteral("A:SM14,B:SM36"));
        Inscription c;
        c.writtenOpinions = opinions(QStringLiteral("R:SM45"));
        const validation::CaseQuorum q =
            validation::evaluateCaseQuorum(digestiveRule(true), session, c, kStart);
        Fiche f;
        validation::recordOnFiche(q, f);
        const Fiche back = Fiche::fromJson(f.toJson());
        QCOMPARE(back.writtenOpinions.size(), std::size_t(1));
        QCOMPARE(back.writtenOpinions[0].authorId, idOf(QStringLiteral("R")));
        QCOMPARE(back.writtenOpinions[0].specialty, QStringLiteral("SM45"));
        QVERIFY(!back.writtenOpinions[0].text.isEmpty());
    }

    void attendanceTimesSurviveJson() {
        Attendance a = attendance(QStringLiteral("A:SM14~<40>5")).front();
        const Attendance back = Attendance::fromJson(a.toJson());
        QCOMPARE(back.arrivedAt, kStart.addSecs(300));
        QCOMPARE(back.leftAt, kStart.addSecs(2400));
        QVERIFY(back.remote);
        QVERIFY(!back.presentAt(kStart));
        QVERIFY(back.presentAt(kStart.addSecs(300)));
        QVERIFY(!back.presentAt(kStart.addSecs(2400)));
    }
};

QTEST_GUILESS_MAIN(TestCaseQuorum)
#include "tst_casequorum.moc"
