// The patient search as a secretary uses it: the words of a query (names, a French date, an INS typed
// in groups), the people it must find (a married woman by her birth name and given name, a birth date,
// part of an INS or IPP), the order (surnames before given names), the true total, nobody found, and
// a search that follows the store's writes.
#include "models/itemmodels/patientlistmodel.h"
#include "models/store/migrations.h"
#include "models/store/patientsearch.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

Patient person(const QString &birthName, const QString &usedName, const QStringList &given, Sex sex,
               const QDate &born, const QString &ins = {}, const QString &ipp = {}) {
    Patient p;
    p.birthName = birthName;
    p.usedName = usedName;
    p.birthGivenNames = given;
    p.sex = sex;
    p.birthDate = born;
    p.ins = ins;
    p.ipp = ipp;
    return p;
}

} // namespace

class TestPatientSearch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // The birth names the search finds for `text`, in its order (all pages).
    QStringList found(const QString &text) {
        PatientRepository patients(*m_db);
        const PatientSearch search(patients, text);
        QStringList names;
        PageKey after;
        for (;;) {
            const PageOf<Patient> page = READ(search.pageAfter(after, 3));
            for (const Patient &p : page.items)
                names << p.birthName + (p.birthGivenNames.isEmpty()
                                            ? QString()
                                            : QLatin1Char(' ') + p.birthGivenNames.first());
            if (page.items.size() < 3)
                break;
            after = page.lastKey;
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("search.db")));
        QVERIFY(m_db);
        PatientRepository patients(*m_db);
        WriteTransaction tx(*m_db);
        std::vector<Patient> all{
            // Born Boissière, uses her husband's name.
            person(QStringLiteral("Boissière"), QStringLiteral("Durand"), {QStringLiteral("Bénédicte")},
                   Sex::Female, QDate(1942, 9, 18), QStringLiteral("242093306312345"),
                   QStringLiteral("000042137")),
            person(QStringLiteral("Bernard"), {}, {QStringLiteral("Zoé")}, Sex::Female, QDate(1950, 1, 2)),
            person(QStringLiteral("Bernard"), {}, {QStringLiteral("Alain")}, Sex::Male, QDate(1951, 3, 4)),
            person(QStringLiteral("Adam"), {}, {QStringLiteral("André"), QStringLiteral("Bernard")},
                   Sex::Male, QDate(1960, 5, 6)),
            person(QStringLiteral("Cordier"), QStringLiteral("Bernard"), {QStringLiteral("Anne")},
                   Sex::Female, QDate(1970, 7, 8)),
            person(QStringLiteral("Abadie-Bernardin"), {}, {QStringLiteral("Luc")}, Sex::Male,
                   QDate(1971, 8, 9)),
            person(QStringLiteral("Lefèvre-Dupré"), QStringLiteral("Martin"),
                   {QStringLiteral("Marie-Hélène"), QStringLiteral("Éloïse")}, Sex::Female,
                   QDate(1955, 8, 14), QStringLiteral("2 55 08 14 168 025 38"), QStringLiteral("IPP0001")),
            person(QStringLiteral("N'Diaye"), {}, {QStringLiteral("Jean-François")}, Sex::Male,
                   QDate(1942, 9, 1), QStringLiteral("179032B01234567"), QStringLiteral("000042999")),
        };
        for (Patient &p : all)
            QVERIFY(patients.save(p).ok);
        QVERIFY(tx.commit());
    }

    void queryWords_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("names in any case, accents, hyphen")
            << "Boissière-bénédicte" << QStringList{QStringLiteral("BOISSIERE"), QStringLiteral("BENEDICTE")};
        QTest::newRow("French date") << "18/09/1942" << QStringList{QStringLiteral("18091942")};
        QTest::newRow("date without zeros") << "8/9/1942" << QStringList{QStringLiteral("08091942")};
        QTest::newRow("day and month") << "18/09" << QStringList{QStringLiteral("1809")};
        QTest::newRow("day typed") << "18/" << QStringList{QStringLiteral("18")};
        QTest::newRow("month that can only be one") << "18/9" << QStringList{QStringLiteral("1809")};
        QTest::newRow("month still open") << "18/1" << QStringList{QStringLiteral("181")};
        QTest::newRow("ISO date") << "1942-09-18" << QStringList{QStringLiteral("18091942")};
        QTest::newRow("INS in groups")
            << "2 55 08 14 168" << QStringList{QStringLiteral("25508141 68").remove(' ')};
        QTest::newRow("Corsican INS in groups")
            << "1 79 03 2b 012" << QStringList{QStringLiteral("179032B012")};
        QTest::newRow("name and date")
            << "martin 14/08/1955" << QStringList{QStringLiteral("MARTIN"), QStringLiteral("14081955")};
        QTest::newRow("nothing") << "  - / " << QStringList{};
    }
    void queryWords() {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(searchWords(text), words);
    }

    void findsWhoASecretaryLooksFor_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        const QString benedicte = QStringLiteral("Boissière Bénédicte");
        QTest::newRow("birth name and given name of a married woman")
            << "boissiere benedicte" << QStringList{benedicte};
        QTest::newRow("the other way round") << "Bénédicte BOISSIÈRE" << QStringList{benedicte};
        QTest::newRow("her used name") << "durand bene" << QStringList{benedicte};
        QTest::newRow("first letters of both") << "bo be" << QStringList{benedicte};
        QTest::newRow("birth date") << "18/09/1942" << QStringList{benedicte};
        QTest::newRow("birth date without slashes") << "18091942" << QStringList{benedicte};
        QTest::newRow("day and month") << "18/09" << QStringList{benedicte};
        QTest::newRow("day and month of two people")
            << "/09/1942" << QStringList{}; // a date begins with the day
        QTest::newRow("INS whole") << "242093306312345" << QStringList{benedicte};
        QTest::newRow("INS begun") << "2420933" << QStringList{benedicte};
        QTest::newRow("INS typed in groups")
            << "2 55 08 14 168 025 38" << QStringList{QStringLiteral("Lefèvre-Dupré Marie-Hélène")};
        QTest::newRow("Corsican INS") << "179032b" << QStringList{QStringLiteral("N'Diaye Jean-François")};
        QTest::newRow("IPP whole") << "000042137" << QStringList{benedicte};
        QTest::newRow("IPP begun") << "0000421" << QStringList{benedicte};
        QTest::newRow("IPP shared start")
            << "00004" << QStringList{benedicte, QStringLiteral("N'Diaye Jean-François")};
        QTest::newRow("hyphen, accents, case")
            << "LEFEVRE dupre" << QStringList{QStringLiteral("Lefèvre-Dupré Marie-Hélène")};
        QTest::newRow("second given name")
            << "eloise" << QStringList{QStringLiteral("Lefèvre-Dupré Marie-Hélène")};
        QTest::newRow("apostrophe") << "ndiaye" << QStringList{};
        QTest::newRow("apostrophe as a space")
            << "n diaye" << QStringList{QStringLiteral("N'Diaye Jean-François")};
        QTest::newRow("name and birth date")
            << "martin 14/08/1955" << QStringList{QStringLiteral("Lefèvre-Dupré Marie-Hélène")};
        QTest::newRow("name and someone else's date") << "martin 18/09/1942" << QStringList{};
        QTest::newRow("nobody") << "zyxwv" << QStringList{};
    }
    void findsWhoASecretaryLooksFor() {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QCOMPARE(found(text), names);
    }

    void surnamesComeBeforeGivenNames() {
        // Birth names that begin with the word, in the list's order; then another surname (a used name,
        // a later word of a birth name); then given names.
        QCOMPARE(found(QStringLiteral("bernard")),
                 QStringList({QStringLiteral("Bernard Alain"), QStringLiteral("Bernard Zoé"),
                              QStringLiteral("Abadie-Bernardin Luc"), QStringLiteral("Cordier Anne"),
                              QStringLiteral("Adam André")}));
        QCOMPARE(found(QStringLiteral("andre bernard")).first(), QStringLiteral("Adam André"));
    }

    void theModelCountsEveryMatchAndSaysWhenNobody() {
        PatientListModel model(*m_db);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QSignalSpy totals(&model, &PatientListModel::totalChanged);
        model.setSearchText(QStringLiteral("b"));
        QCOMPARE(model.total(), -1); // not read yet
        model.fetchMore({});
        QCOMPARE(model.total(), 6); // Boissière (Durand), both Bernard, Adam André Bernard, Cordier
                                    // (Bernard), Abadie-Bernardin
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.foundNobody());
        QCOMPARE(totals.size(), 1);
        model.setSearchText(QStringLiteral("zyxwv"));
        model.fetchMore({});
        QCOMPARE(model.total(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.foundNobody());
        QVERIFY(!model.canFetchMore({}));
        model.setSearchText(QString());
        model.fetchMore({});
        QVERIFY(!model.foundNobody());
        QCOMPARE(model.total(), 8);
        QCOMPARE(model.rowCount(), 8);
    }

    void followsTheStoreWrites() {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("writes.db")));
        QVERIFY(db);
        PatientRepository patients(*db);
        Patient p = person(QStringLiteral("Boissière"), {}, {QStringLiteral("Bénédicte")}, Sex::Female,
                           QDate(1942, 9, 18), {}, QStringLiteral("A1"));
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(patients.search(QStringLiteral("durand"))).size(), std::size_t(0));
        p.usedName = QStringLiteral("Durand"); // she marries
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(patients.search(QStringLiteral("durand bene"))).size(), std::size_t(1));
        p.birthDate = QDate(1942, 9, 19); // a typo corrected
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(patients.search(QStringLiteral("18/09/1942"))).size(), std::size_t(0));
        QCOMPARE(READ(patients.search(QStringLiteral("19/09/1942"))).size(), std::size_t(1));
        QVERIFY(patients.remove(p.meta.id).ok);
        QCOMPARE(READ(patients.search(QStringLiteral("boissiere"))).size(), std::size_t(0));
        QCOMPARE(READ(PatientSearch(patients, QStringLiteral("boissiere")).count()), 0);
        // A rolled back save leaves the search as it was.
        Patient q =
            person(QStringLiteral("Zola"), {}, {QStringLiteral("Émile")}, Sex::Male, QDate(1940, 4, 2));
        {
            WriteTransaction tx(*db);
            QVERIFY(patients.save(q).ok);
        }
        QCOMPARE(READ(patients.search(QStringLiteral("zola"))).size(), std::size_t(0));
    }

    void anUpgradedFileIsSearchable() {
        // Patients written by schema 6: one with every trait, one with a birth name only (no used name,
        // given names, birth date, INS nor IPP) and a body that is not JSON.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema6.db"));
        {
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema6"));
            old.setDatabaseName(path);
            QString error;
            QVERIFY(old.open() && migrations::upgrade(old, 6, &error));
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO patient (id, updated_at, updated_by, body, birth_name, used_name, given_names,"
                " birth_date, ins, ipp, identity_status, search_name) VALUES"
                " ('6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9a01', '2026-03-02T10:15:00.000Z', 's',"
                " '{\"birthName\":\"Boissière\",\"sex\":\"F\"}', 'Boissière', 'Durand', 'Bénédicte Anne',"
                " '1942-09-18', '242093306312345', '000042137', 'QUAL', 'BOISSIERE DURAND BENEDICTE ANNE'),"
                " ('6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9a02', '2026-03-02T10:15:00.000Z', 's', 'damaged',"
                " 'Zola', NULL, NULL, NULL, NULL, NULL, 'PROV', 'ZOLA')")));
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema6"));
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
        PatientRepository patients(*db);
        for (const char *text : {"boissiere benedicte", "durand anne", "18/09/1942", "2420933", "0000421"})
            QVERIFY2(READ(patients.search(QLatin1String(text))).size() == 1, text);
        // The damaged record is in the index; reading it says it is damaged, never a shorter list.
        QCOMPARE(READ(PatientSearch(patients, QStringLiteral("zola")).count()), 1);
        QVERIFY(!patients.search(QStringLiteral("zola")).ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sex FROM patient ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("F")); // read from the record
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("U")); // the damaged record's is unknown
    }
};

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patientsearch.moc"
