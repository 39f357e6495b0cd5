// Records written before national codes: the specialty words of a professional, of a quorum rule and of
// an attendance list read as their national codes ("medical-oncology" -> "SM36"), unknown codes are
// kept, labels name the old words too, and an older file's specialty query column is upgraded.
#include "models/domain/labels.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/session.h"
#include "models/domain/specialtycodes.h"
#include "models/store/database.h"
#include "models/store/migrations.h"
#include "models/store/repositories.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestSpecialtyMigration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void oldWordsReadAsNationalCodes_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("code");
        const char *const rows[][2] = {{"surgery-digestive", "SM14"},
                                       {"surgery-thoracic", "SM11"},
                                       {"surgery-breast-gynaecology", "SM20"},
                                       {"urology", "SM12"},
                                       {"neurosurgery", "SM31"},
                                       {"ent-surgery", "SM34"},
                                       {"medical-oncology", "SM36"},
                                       {"radiation-oncology", "SM45"},
                                       {"haematology", "SM21"},
                                       {"gastroenterology", "SM24"},
                                       {"pulmonology", "SM41"},
                                       {"gynaecology", "SM19"},
                                       {"dermatology", "SM15"},
                                       {"endocrinology", "SM16"},
                                       {"radiology", "SM44"},
                                       {"nuclear-medicine", "SM28"},
                                       {"pathology", "SM01"},
                                       {"geriatrics", "SM18"},
                                       {"palliative-care", "other"},
                                       {"general-practice", "SM26"},
                                       {"paediatric-oncology", "SM40"},
                                       {"genetics", "SM17"},
                                       {"other", "other"}};
        for (const auto &row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
    }
    void oldWordsReadAsNationalCodes() {
        QFETCH(QString, word);
        QFETCH(QString, code);
        QCOMPARE(nomenclature::nationalSpecialtyCode(word), code);
        const Professional p = Professional::fromJson(
            {{QStringLiteral("lastName"), QStringLiteral("Roux")}, {QStringLiteral("specialty"), word}});
        QCOMPARE(p.specialty, code);
        QCOMPARE(p.profession, QStringLiteral("G15_10"));
        // Written back with the code, not the old word.
        QCOMPARE(p.toJson().value(QLatin1String("specialty")).toString(), code);
        QCOMPARE(labels::specialty(word), labels::specialty(code));
        QVERIFY(!labels::specialty(word).isEmpty() && labels::specialty(word) != word);
    }

    // National codes, "other" and codes this version does not know come back as they were.
    void otherCodesAreKept() {
        for (const QString &code : {QStringLiteral("SM36"), QStringLiteral("SM99"), QStringLiteral("other"),
                                    QStringLiteral("surgery-orthopaedic"), QString()})
            QCOMPARE(nomenclature::nationalSpecialtyCode(code), code);
        const QJsonObject o{{QStringLiteral("specialty"), QStringLiteral("surgery-orthopaedic")},
                            {QStringLiteral("mssante"), QStringLiteral("claire.roux@bergonie.mssante.fr")}};
        QCOMPARE(Professional::fromJson(o).toJson().value(QLatin1String("specialty")).toString(),
                 QStringLiteral("surgery-orthopaedic"));
        QCOMPARE(Professional::fromJson(o).toJson().value(QLatin1String("mssante")).toString(),
                 QStringLiteral("claire.roux@bergonie.mssante.fr"));
    }

    // An RCP rule and a session's attendance list of before national codes still make a quorum with the
    // physicians of today, and the other way round.
    void oldRulesAndAttendanceStillMakeAQuorum() {
        const QJsonObject oldRule{
            {QStringLiteral("requiredGroups"),
             QJsonArray{QJsonObject{
                            {QStringLiteral("label"), QStringLiteral("Chirurgien")},
                            {QStringLiteral("specialties"), QJsonArray{QStringLiteral("surgery-digestive")}}},
                        QJsonObject{{QStringLiteral("label"), QStringLiteral("Radiothérapeute")},
                                    {QStringLiteral("specialties"),
                                     QJsonArray{QStringLiteral("radiation-oncology")}}}}},
            {QStringLiteral("minimumSpecialties"), 3}};
        const QuorumRule rule = QuorumRule::fromJson(oldRule);
        QCOMPARE(rule.requiredGroups[0].specialties, QStringList{QStringLiteral("SM14")});
        QCOMPARE(rule.requiredGroups[1].specialties, QStringList{QStringLiteral("SM45")});
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();
        // Today's codes against the old rule.
        QVERIFY(rule.evaluate({{a, QStringLiteral("SM14"), true},
                               {b, QStringLiteral("SM45"), true},
                               {c, QStringLiteral("SM36"), true}})
                    .met);
        // An old attendance list against a rule in today's codes; the old word and its code are one
        // specialty, not two.
        QuorumRule today;
        today.requiredGroups = {{QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}},
                                {QStringLiteral("Oncologue"), {QStringLiteral("SM36")}}};
        today.minimumSpecialties = 3;
        const QuorumResult old = today.evaluate({{a, QStringLiteral("surgery-digestive"), true},
                                                 {b, QStringLiteral("medical-oncology"), true},
                                                 {c, QStringLiteral("SM36"), true}});
        QVERIFY(old.missingGroups.isEmpty());
        QCOMPARE(old.distinctSpecialties, 2);
        QVERIFY(!old.met);
    }

    // A file of schema 6 holds the old words in the professionals' specialty column: the upgrade writes
    // the codes there and leaves the bodies as they were; the repository reads the codes.
    void upgradeWritesTheCodesInTheQueryColumn() {
        const QString path = m_dir.filePath(QStringLiteral("schema6.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(path);
            QString error;
            QVERIFY(db.open());
            QVERIFY2(migrations::upgrade(db, 6, &error), qPrintable(error));
            QSqlQuery q(db);
            for (const auto &[id, specialty] :
                 {std::pair{"0d6f2a8e-5c1b-4c3e-9f7a-2b8d4e6f1a01", "medical-oncology"},
                  std::pair{"0d6f2a8e-5c1b-4c3e-9f7a-2b8d4e6f1a02", "palliative-care"},
                  std::pair{"0d6f2a8e-5c1b-4c3e-9f7a-2b8d4e6f1a03", "surgery-orthopaedic"}}) {
                const QString body = QStringLiteral("{\"lastName\":\"Roux\",\"specialty\":\"%1\"}")
                                         .arg(QLatin1String(specialty));
                QVERIFY2(
                    q.exec(QStringLiteral("INSERT INTO professional (id, updated_at, updated_by, body, "
                                          "last_name, specialty) VALUES ('%1', '2026-01-05T10:00:00.000Z',"
                                          " 'secretaire', '%2', 'Roux', '%3')")
                               .arg(QLatin1String(id), body, QLatin1String(specialty))),
                    qPrintable(q.lastError().text()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QString error;
        std::unique_ptr<Database> db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT specialty, body FROM professional ORDER BY id")));
        QStringList columns, bodies;
        while (q.next()) {
            columns << q.value(0).toString();
            bodies << QJsonDocument::fromJson(q.value(1).toByteArray())
                          .object()
                          .value(QLatin1String("specialty"))
                          .toString();
        }
        q.finish();
        QCOMPARE(columns, (QStringList{"SM36", "other", "surgery-orthopaedic"}));
        QCOMPARE(bodies, (QStringList{"medical-oncology", "palliative-care", "surgery-orthopaedic"}));
        ProfessionalRepository professionals(*db);
        const std::optional<Professional> roux =
            READ(professionals.find(QUuid(QStringLiteral("0d6f2a8e-5c1b-4c3e-9f7a-2b8d4e6f1a01"))));
        QVERIFY(roux);
        QCOMPARE(roux->specialty, QStringLiteral("SM36"));
    }
};

QTEST_GUILESS_MAIN(TestSpecialtyMigration)
#include "tst_specialtymigration.moc"
