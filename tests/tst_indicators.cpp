// The activity indicators on a small activity with known answers (tests/support/indicatordata.h):
// every figure of the network, the filters (3C, committee, organ), the period's bounds on the boards'
// days, the amended fiche counted once, the medians, and a failed read reported as an error.
#include "models/domain/boardtime.h"
#include "models/store/repositories.h"
#include "reports/indicators.h"
#include "tests/support/indicatordata.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

IndicatorFilter firstHalf2026() {
    IndicatorFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 6, 30);
    return f;
}

// "key=count" of each class, in the order given.
QStringList classes(const std::vector<IndicatorSlice> &slices) {
    QStringList out;
    for (const IndicatorSlice &s : slices)
        out << QStringLiteral("%1=%2").arg(s.key).arg(s.count);
    return out;
}

} // namespace

class TestIndicators : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::IndicatorData m_data;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("indicators.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_data = test::saveIndicatorData(*m_db);
    }

    void activityOfTheNetwork() {
        const Indicators in = READ(computeIndicators(*m_db, firstHalf2026()));
        QCOMPARE(in.sessions, 4);     // the cancelled one and those outside the period left out
        QCOMPARE(in.inscriptions, 8); // the cancelled session's case included
        QCOMPARE(in.postponed.count, 1);
        QCOMPARE(in.postponed.of, 8);
        QCOMPARE(in.fiches, 6); // the amended fiche once
        QCOMPARE(in.patients, 5);
        QCOMPARE(in.newPatients, 4); // the first patient had a fiche on 31 December
        QCOMPARE(in.registered, 1);
        QCOMPARE(in.discussed, 5);
        QCOMPARE(in.signedFiches.count, 3);
    }

    void qualityOfTheNetwork() {
        const Indicators in = READ(computeIndicators(*m_db, firstHalf2026()));
        QCOMPARE(in.quorumMet.count, 3);
        QCOMPARE(in.quorumMet.of, 5); // of discussed cases only
        QCOMPARE(*in.quorumMet.percent(), 60.0);
        QCOMPARE(in.fileComplete.count, 3);
        QCOMPARE(in.fileComplete.of, 6);
        QCOMPARE(in.conform.count, 5); // the amendment (latest version) is not conform
        QCOMPARE(in.trialProposed.count, 1);
        QCOMPARE(in.recours.count, 2);   // one by its committee, one by its motif
        QCOMPARE(in.hasLevel1.count, 5); // the fiche without any proposal fails
        QCOMPARE(in.hasLevel2.count, 3); // two fiches have only two distinct specialties
        QCOMPARE(in.hasLevel2.of, 6);
    }

    void distributions() {
        const Indicators in = READ(computeIndicators(*m_db, firstHalf2026()));
        QCOMPARE(classes(in.byOrgan), (QStringList{"86762007=3", "76752008=2", "312419003=1"}));
        QCOMPARE(in.byOrgan.front().label, QStringLiteral("Système digestif"));
        // The frozen case wins over the inscription: C34, not C78.
        QCOMPARE(classes(in.byTopography), (QStringList{"C18=2", "C20=1", "C34=1", "C50=2"}));
        QCOMPARE(classes(in.byStage), (QStringList{"I=1", "II=1", "III=1", "IV=1", "na=1", "=1"}));
        QCOMPARE(classes(in.byWhoStatus), (QStringList{"0=2", "1=2", "2=1", "=1"}));
        QCOMPARE(classes(in.bySex), (QStringList{"F=2", "M=3", "U=1"}));
        // 80 on the meeting day counts 80; 59 the day before the 60th birthday.
        QCOMPARE(classes(in.byAge), (QStringList{"<40=2", "40-49=1", "50-59=1", "70-79=1", "80+=1"}));
    }

    void medianDelays() {
        const Indicators in = READ(computeIndicators(*m_db, firstHalf2026()));
        // Registration to meeting: 5, 5, 7, 9, 12, 15 days: the mean of the middle two.
        QCOMPARE(in.registrationToMeeting.values, 6);
        QCOMPARE(*in.registrationToMeeting.days, 8.0);
        // Meeting to first signature: 2 (the amended fiche's first version), 3, 4.
        QCOMPARE(in.meetingToSignature.values, 3);
        QCOMPARE(*in.meetingToSignature.days, 3.0);
    }

    void median_data() {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("odd") << QList<int>{9, 1, 5} << 5.0;
        QTest::newRow("even") << QList<int>{4, 1, 10, 3} << 3.5;
        QTest::newRow("one") << QList<int>{7} << 7.0;
        QTest::newRow("negative") << QList<int>{-2, 0} << -1.0;
    }
    void median() {
        QFETCH(QList<int>, values);
        QFETCH(double, expected);
        const std::optional<double> m = indicators::median(std::vector<int>(values.begin(), values.end()));
        QVERIFY(m.has_value());
        QCOMPARE(*m, expected);
        QVERIFY(!indicators::median({}).has_value());
    }

    void stageGroupsAndAgeBands() {
        QCOMPARE(indicators::stageGroup(QStringLiteral("IIIB")), QStringLiteral("III"));
        QCOMPARE(indicators::stageGroup(QStringLiteral("IVA")), QStringLiteral("IV"));
        QCOMPARE(indicators::stageGroup(QStringLiteral("0is")), QStringLiteral("0"));
        QCOMPARE(indicators::stageGroup(QStringLiteral("IA3")), QStringLiteral("I"));
        QCOMPARE(indicators::stageGroup(QString()), QString());
        QCOMPARE(indicators::ageBand(39), QStringLiteral("<40"));
        QCOMPARE(indicators::ageBand(40), QStringLiteral("40-49"));
        QCOMPARE(indicators::ageBand(79), QStringLiteral("70-79"));
        QCOMPARE(indicators::ageBand(80), QStringLiteral("80+"));
    }

    void filterByCentre() {
        IndicatorFilter f = firstHalf2026();
        f.centreId = m_data.centreA;
        Indicators in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.sessions, 3);
        QCOMPARE(in.fiches, 4);
        QCOMPARE(in.patients, 4);
        QCOMPARE(in.postponed.count, 0);
        f.centreId = m_data.centreB;
        in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.sessions, 1);
        QCOMPARE(in.inscriptions, 4);
        QCOMPARE(in.postponed.count, 1);
        QCOMPARE(in.fiches, 2);
        QCOMPARE(in.patients, 2);
        QCOMPARE(classes(in.byOrgan), QStringList{"76752008=2"});
    }

    void filterByCommitteeAndOrgan() {
        IndicatorFilter f = firstHalf2026();
        f.rcpId = m_data.thoracic;
        Indicators in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.sessions, 1);
        QCOMPARE(in.fiches, 1);
        QCOMPARE(in.recours.count, 1);
        f = firstHalf2026();
        f.organ = QStringLiteral("76752008"); // an appareil
        in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.fiches, 2);
        f.organ = QStringLiteral("69695003"); // an organ of the digestive committee
        in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.fiches, 3);
        QCOMPARE(in.sessions, 2);
        f.organ = QStringLiteral("53065001"); // no committee: nothing, and no error
        in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.fiches, 0);
        QCOMPARE(in.sessions, 0);
        QVERIFY(!in.registrationToMeeting.days.has_value());
        // Filters add up: the digestive committee is not in the second 3C.
        f = firstHalf2026();
        f.rcpId = m_data.digestive;
        f.centreId = m_data.centreB;
        in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.fiches, 0);
    }

    void periodBoundsAreBoardDaysIncluded() {
        IndicatorFilter f;
        f.from = f.to = QDate(2026, 1, 1); // the 08:00 session
        QCOMPARE(READ(computeIndicators(*m_db, f)).fiches, 1);
        f.from = f.to = QDate(2026, 6, 30); // 23:30 in Paris, and not the 00:30 of 1 July (30 June in UTC)
        Indicators in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.fiches, 1);
        QCOMPARE(in.sessions, 1);
        f.from = f.to = QDate(2025, 12, 31); // 23:30 in Paris, the next day in UTC
        QCOMPARE(READ(computeIndicators(*m_db, f)).fiches, 1);
        f.from = f.to = QDate(2026, 7, 1);
        in = READ(computeIndicators(*m_db, f));
        QCOMPARE(in.fiches, 1);
        QCOMPARE(in.newPatients, 0); // p5 had a fiche in May
    }

    void wrongFilters() {
        IndicatorFilter f = firstHalf2026();
        f.rcpId = QUuid::createUuid();
        StoreRead<Indicators> in = computeIndicators(*m_db, f);
        QVERIFY(!in.ok());
        QVERIFY2(in.error.contains(QStringLiteral("committee")), qPrintable(in.error));
        f = firstHalf2026();
        f.centreId = m_data.establishment;
        in = computeIndicators(*m_db, f);
        QVERIFY(!in.ok());
        QVERIFY2(in.error.contains(QStringLiteral("not a 3C")), qPrintable(in.error));
        f = firstHalf2026();
        f.to = QDate(2025, 1, 1);
        in = computeIndicators(*m_db, f);
        QVERIFY(!in.ok());
        QVERIFY(!in.error.isEmpty());
    }

    void ownConnectionGivesTheSameFigures() {
        const Indicators in = READ(computeIndicators(m_db->path(), firstHalf2026()));
        QCOMPARE(in.fiches, 6);
        QCOMPARE(in.newPatients, 4);
        const StoreRead<Indicators> missing =
            computeIndicators(m_dir.filePath(QStringLiteral("none.db")), firstHalf2026());
        QVERIFY(!missing.ok());
    }

    // Held means held: a session still planned (to come, or never held) does not count; one taking
    // place does. Uses its own database: the figures above stay those of the test activity.
    void onlySessionsHeldCount() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("held.db")), &error);
        QVERIFY2(db, qPrintable(error));
        const test::IndicatorData data = test::saveIndicatorData(*db);
        QCOMPARE(READ(computeIndicators(*db, firstHalf2026())).sessions, 4);
        const auto save = [&](const QDate &day, SessionStatus status) {
            Session s;
            s.rcpId = data.digestive;
            s.startsAt = fromBoardTime(day, QTime(17, 0));
            s.status = status;
            QVERIFY(SessionRepository(*db).save(s).ok);
        };
        save(QDate(2026, 6, 23), SessionStatus::Planned); // still to come
        save(QDate(2026, 2, 10), SessionStatus::Planned); // past, but never held
        QCOMPARE(READ(computeIndicators(*db, firstHalf2026())).sessions, 4);
        save(QDate(2026, 6, 16), SessionStatus::InProgress); // being held
        QCOMPARE(READ(computeIndicators(*db, firstHalf2026())).sessions, 5);
    }

    // Last: breaks the database. A read that fails is an error, never zeros.
    void failedReadIsAnError() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE inscription RENAME TO inscription_gone")));
        const StoreRead<Indicators> in = computeIndicators(*m_db, firstHalf2026());
        QVERIFY(!in.ok());
        QVERIFY(!in.error.isEmpty());
        QCOMPARE(in.value.fiches, 0);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
