// The quorum rule: every required specialty group covered by a different physician who counts,
// and enough distinct specialties; a physician counts for one specialty only.
#include "models/domain/quorum.h"

#include <QtTest>

using namespace concerto;

namespace {
QuorumRule digestiveRule() {
    QuorumRule rule;
    rule.requiredGroups = {
        {QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}},
        {QStringLiteral("Oncologue ou spécialiste d'organe"),
         {QStringLiteral("SM36"), QStringLiteral("SM24")}},
        {QStringLiteral("Radiothérapeute"), {QStringLiteral("SM45")}},
    };
    rule.minimumSpecialties = 3;
    return rule;
}

// "SM14,SM36!" : a comma-separated list; a trailing ! means "does not count".
std::vector<QuorumVoter> voters(const QString &spec) {
    std::vector<QuorumVoter> result;
    for (QString s : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool counts = !s.endsWith(QLatin1Char('!'));
        if (!counts)
            s.chop(1);
        result.push_back({QUuid::createUuid(), s, counts});
    }
    return result;
}
} // namespace

class TestQuorum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data() {
        QTest::addColumn<QString>("present");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<int>("counted");
        QTest::newRow("core three") << "SM14,SM36,SM45" << true << QStringList() << 3;
        QTest::newRow("organ specialist instead of oncologist")
            << "SM14,SM24,SM45,SM44" << true << QStringList() << 4;
        QTest::newRow("no radiation oncologist")
            << "SM14,SM36,SM44" << false << QStringList{QStringLiteral("Radiothérapeute")} << 3;
        QTest::newRow("two surgeons are one specialty")
            << "SM14,SM14,SM36" << false << QStringList{QStringLiteral("Radiothérapeute")} << 2;
        QTest::newRow("radiation oncologist does not count")
            << "SM14,SM36,SM45!" << false << QStringList{QStringLiteral("Radiothérapeute")} << 2;
        QTest::newRow("nobody") << "" << false
                                << QStringList{QStringLiteral("Chirurgien"),
                                               QStringLiteral("Oncologue ou spécialiste d'organe"),
                                               QStringLiteral("Radiothérapeute")}
                                << 0;
        QTest::newRow("pathologist adds a specialty")
            << "SM14,SM36,SM45,SM01,SM01" << true << QStringList() << 4;
    }
    void evaluate() {
        QFETCH(QString, present);
        QFETCH(bool, met);
        QFETCH(QStringList, missing);
        QFETCH(int, counted);
        const QuorumResult r = digestiveRule().evaluate(voters(present));
        QCOMPARE(r.met, met);
        QCOMPARE(r.missingGroups, missing);
        QCOMPARE(int(r.countedVoters.size()), counted);
        QCOMPARE(r.status(), met ? QuorumStatus::Met : QuorumStatus::NotMet);
    }

    // One physician cannot fill two groups even if both accept the specialty; the matching must
    // move the organ specialist to the group only they can fill.
    void onePhysicianFillsOneGroup() {
        QuorumRule rule;
        rule.minimumSpecialties = 2;
        rule.requiredGroups = {{QStringLiteral("A"), {QStringLiteral("SM24"), QStringLiteral("SM36")}},
                               {QStringLiteral("B"), {QStringLiteral("SM24")}}};
        QVERIFY(!rule.evaluate(voters(QStringLiteral("SM24"))).met);
        const QuorumResult r = rule.evaluate(voters(QStringLiteral("SM24,SM36")));
        QVERIFY(r.met);
        QVERIFY(r.missingGroups.isEmpty());
    }

    void samePhysicianListedTwiceCountsOnce() {
        std::vector<QuorumVoter> v = voters(QStringLiteral("SM14,SM36"));
        v.push_back({v.front().professionalId, QStringLiteral("SM45"), true});
        QVERIFY(!digestiveRule().evaluate(v).met);
    }

    void ruleRoundTripsThroughJson() {
        const QuorumRule rule = digestiveRule();
        const QuorumRule back = QuorumRule::fromJson(rule.toJson());
        QCOMPARE(back.toJson(), rule.toJson());
        QCOMPARE(back.requiredGroups.size(), std::size_t(3));
        QCOMPARE(quorumStatusCode(QuorumStatus::Met), QStringLiteral("ORG-126"));
        QCOMPARE(quorumStatusFromCode(QStringLiteral("ORG-133")), QuorumStatus::NotMet);
        QCOMPARE(quorumStatusFromCode(QStringLiteral("bogus")), QuorumStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestQuorum)
#include "tst_quorum.moc"
