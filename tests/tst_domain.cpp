// Domain records: JSON forms keep every field, defaults survive, national codes map both ways,
// names fold for search.
#include "models/domain/searchkey.h"
#include "tests/support/fixtures.h"

#include <QtTest>

using namespace concerto;

class TestDomain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRecordRoundTrips() {
        const Patient p = test::samplePatient();
        QCOMPARE(Patient::fromJson(p.toJson()).toJson(), p.toJson());
        const Rcp r = test::sampleRcp();
        QCOMPARE(Rcp::fromJson(r.toJson()).toJson(), r.toJson());
        const Session s = test::sampleSession(QUuid::createUuid());
        QCOMPARE(Session::fromJson(s.toJson()).toJson(), s.toJson());
        const Inscription i = test::sampleInscription(QUuid::createUuid(), QUuid::createUuid());
        QCOMPARE(Inscription::fromJson(i.toJson()).toJson(), i.toJson());
        Fiche f = test::sampleFiche(i);
        f.framework.conform = false;
        f.framework.nonConformityReason = QStringLiteral("Âge");
        f.exams = {{QStringLiteral("TEP"), QDate(2026, 12, 1), QDate(2026, 12, 15)}};
        QCOMPARE(Fiche::fromJson(f.toJson()).toJson(), f.toJson());
        QCOMPARE(Fiche::fromJson(f.toJson()).framework.conform, false);
    }

    void defaultsSurviveAnEmptyBody() {
        const Fiche f = Fiche::fromJson({});
        QCOMPARE(f.versionNumber, 1);
        QVERIFY(f.framework.conform);
        QCOMPARE(f.quorum, QuorumStatus::Unknown);
        QCOMPARE(f.status, DocumentStatus::InProgress);
        const Inscription i = Inscription::fromJson({});
        QCOMPARE(i.clinical.whoStatus, -1);
        QCOMPARE(i.clinical.phase, QString::fromLatin1(kPhaseInitial));
        QCOMPARE(Rcp::fromJson({}).quorum.minimumSpecialties, 3);
        QCOMPARE(Session::fromJson({}).status, SessionStatus::Planned);
        const Attendance a = Attendance::fromJson({});
        QVERIFY(a.countsForQuorum);
    }

    void nationalCodes() {
        QCOMPARE(Fiche::statusCode(DocumentStatus::Approved), QStringLiteral("9571008"));
        QCOMPARE(Fiche::statusFromCode(QStringLiteral("29179001")), DocumentStatus::Closed);
        QCOMPARE(Patient::identityStatusCode(IdentityStatus::Recovered), QStringLiteral("RECUP"));
        bool known = true;
        QCOMPARE(Patient::identityStatusFromCode(QStringLiteral("XXX"), &known), IdentityStatus::Provisional);
        QVERIFY(!known);
        QCOMPARE(Inscription::agendaStateFromCode(QStringLiteral("postponed")), AgendaState::Postponed);
    }

    void identityRules() {
        Patient p = test::samplePatient();
        QVERIFY(p.mayShareIns());
        p.identityStatus = IdentityStatus::Validated;
        QVERIFY(!p.mayShareIns()); // only a qualified identity carries the INS out
        QCOMPARE(p.displayName(), QStringLiteral("MARTIN Marie"));
        p.usedName.clear();
        p.usedGivenName.clear();
        QCOMPARE(p.displayName(), QStringLiteral("LEFÈVRE-DUPRÉ Marie-Hélène"));
    }

    void tnmText() {
        TnmStaging t{
            QStringLiteral("yp"),    QStringLiteral("T0"), QStringLiteral("N0"), QString(), QString(),
            QStringLiteral("UICC 8")};
        QCOMPARE(t.text(), QStringLiteral("ypT0 N0 (UICC 8)"));
        QCOMPARE(TnmStaging().text(), QString());
    }

    void isoTextsMatchQt_data() {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("plain") << QDateTime(QDate(2026, 11, 24), QTime(16, 5, 9, 7), Qt::UTC);
        QTest::newRow("year 999") << QDateTime(QDate(999, 1, 2), QTime(0, 0), Qt::UTC);
        QTest::newRow("end of year") << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("local time") << QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::LocalTime);
        QTest::newRow("offset") << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::OffsetFromUTC, 7200);
    }
    void isoTextsMatchQt() {
        // The hand-written ISO texts must equal Qt's, since stored rows are compared as text.
        QFETCH(QDateTime, time);
        QCOMPARE(json::timeText(time), time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(json::dateText(time.date()), time.date().toString(Qt::ISODate));
        QDateTime back;
        QJsonObject o;
        json::put(o, "t", time);
        json::Reader(o).get("t", back);
        QCOMPARE(back, time);
        QCOMPARE(json::timeText(QDateTime()), QString());
        QCOMPARE(json::dateText(QDate()), QString());
    }

    void searchKeyFolds_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("accents and hyphen") << "Lefèvre-Dupré"
                                            << "LEFEVRE DUPRE";
        QTest::newRow("apostrophe") << "N'Diaye"
                                    << "N DIAYE";
        QTest::newRow("ligature") << "Cœur"
                                  << "COEUR";
        QTest::newRow("cedilla and spaces") << "  François   Ça "
                                            << "FRANCOIS CA";
        QTest::newRow("empty") << ""
                               << "";
    }
    void searchKeyFolds() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(searchKey(in), out);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
