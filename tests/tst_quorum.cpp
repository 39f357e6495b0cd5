// The quorum rule: every required specialty group covered by a different physician who counts,
// and enough distinct specialties; a physician counts for one specialty only.
#include "models/domain/quorum.h"

#include <QtTest>

using namespace concerto;

namespace {
QuorumRule digestiveRule() {
    QuorumRule rule;
    rule.requiredGroups = {
        {QStringLiteral("Chirurgien"), {QStringLiteral("surgery-digestive")}},
        {QStringLiteral("Oncologue ou spécialiste d'organe"),
         {QStringLiteral("medical-oncology"), QStringLiteral("gastroenterology")}},
        {QStringLiteral("Radiothérapeute"), {QStringLiteral("radiation-oncology")}},
    };
    rule.minimumSpecialties = 3;
    return rule;
}

// "surgery-digestive,medical-oncology!" : a comma-separated list; a trailing ! means "does not count".
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
        QTest::newRow("core three") << "surgery-digestive,medical-oncology,radiation-oncology" << true
                                    << QStringList() << 3;
        QTest::newRow("organ specialist instead of oncologist")
            << "surgery-digestive,gastroenterology,radiation-oncology,radiology" << true << QStringList()
            << 4;
        QTest::newRow("no radiation oncologist") << "surgery-digestive,medical-oncology,radiology" << false
                                                 << QStringList{QStringLiteral("Radiothérapeute")} << 3;
        QTest::newRow("two surgeons are one specialty")
            << "surgery-digestive,surgery-digestive,medical-oncology" << false
            << QStringList{QStringLiteral("Radiothérapeute")} << 2;
        QTest::newRow("radiation oncologist does not count")
            << "surgery-digestive,medical-oncology,radiation-oncology!" << false
            << QStringList{QStringLiteral("Radiothérapeute")} << 2;
        QTest::newRow("nobody") << "" << false
                                << QStringList{QStringLiteral("Chirurgien"),
                                               QStringLiteral("Oncologue ou spécialiste d'organe"),
                                               QStringLiteral("Radiothérapeute")}
                                << 0;
        QTest::newRow("pathologist adds a specialty")
            << "surgery-digestive,medical-oncology,radiation-oncology,pathology,pathology" << true
            << QStringList() << 4;
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
        rule.requiredGroups = {
            {QStringLiteral("A"), {QStringLiteral("gastroenterology"), QStringLiteral("medical-oncology")}},
            {QStringLiteral("B"), {QStringLiteral("gastroenterology")}}};
        QVERIFY(!rule.evaluate(voters(QStringLiteral("gastroenterology"))).met);
        const QuorumResult r = rule.evaluate(voters(QStringLiteral("gastroenterology,medical-oncology")));
        QVERIFY(r.met);
        QVERIFY(r.missingGroups.isEmpty());
    }

    void samePhysicianListedTwiceCountsOnce() {
        std::vector<QuorumVoter> v = voters(QStringLiteral("surgery-digestive,medical-oncology"));
        v.push_back({v.front().professionalId, QStringLiteral("radiation-oncology"), true});
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
