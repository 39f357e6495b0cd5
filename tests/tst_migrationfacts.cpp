// The facts of a fiche's and a case's body that the store keeps in derived columns (tables.h, schema 10):
// written at each insert and update by the store, filled in by the migration for older rows, equal to
// what the body says either way; the indicators read them from older rows; a signed fiche refuses a
// raw-SQL change of them as of every other column.
#include "models/store/migrations.h"
#include "reports/indicators.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

const QString kRcp = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9b01");
const QString kSession = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9c01");
const QString kPatient = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9a01");
const QString kInscription = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9d01");
const QString kSigned = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9e01");
const QString kDraft = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9e02");
const QString kSet = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9f01");

// The first column of the first row of `sql`, or a sentence saying why there is none.
QVariant value(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("query failed: %1").arg(q.lastError().text());
    return q.value(0);
}

// The rows of `table` whose derived column differs from what its expression reads in the body, as
// "column id" lines (none when every column says what its body says).
QStringList differing(const QSqlDatabase &db, const QString &table) {
    QStringList out;
    for (const DerivedColumn &d : derived::columnsOf(table)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE NOT (%2 IS %3)")
                        .arg(table, d.name, d.expression.arg(QStringLiteral("body"))))) {
            out << d.name + QStringLiteral(": ") + q.lastError().text();
            continue;
        }
        while (q.next())
            out << d.name + QLatin1Char(' ') + q.value(0).toString();
    }
    return out;
}

// A file of schema 9 with a committee, a session, a patient, a case with its first tumour and WHO
// status, the case's fiche signed with a frozen case (tumour, clinical part without WHO status) and
// its amendment's draft without a frozen case, written as Concerto of schema 9 wrote them.
bool buildSchema9(const QString &path) {
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && migrations::upgrade(db, 9, &error);
        if (!ok)
            qWarning() << error;
        const QString at = QStringLiteral("'2026-01-05T08:00:00.000Z', 'admin', 0");
        const QStringList statements{
            QStringLiteral("INSERT INTO rcp (id, updated_at, updated_by, deleted, body, name)"
                           " VALUES ('%1', %2, '{\"name\":\"RCP digestive\",\"appareil\":\"86762007\"}',"
                           " 'RCP digestive')")
                .arg(kRcp, at),
            QStringLiteral(
                "INSERT INTO session (id, updated_at, updated_by, deleted, body, rcp_id, starts_at,"
                " status) VALUES ('%1', %2, '{\"rcpId\":\"%3\"}', '%3', '2026-03-10T16:00:00.000Z',"
                " 'closed')")
                .arg(kSession, at, kRcp),
            QStringLiteral("INSERT INTO patient (id, updated_at, updated_by, deleted, body, birth_name,"
                           " birth_date, identity_status, sex) VALUES ('%1', %2, '{\"birthName\":\"Roux\"}',"
                           " 'Roux', '1950-05-01', 'PROV', 'F')")
                .arg(kPatient, at),
            QStringLiteral(
                "INSERT INTO inscription (id, updated_at, updated_by, deleted, body, session_id, patient_id,"
                " agenda_state) VALUES ('%1', %2, '{\"registeredAt\":\"2026-03-01T09:00:00.000Z\","
                "\"motif\":{\"recours\":true},\"clinical\":{\"whoStatus\":1},"
                "\"tumours\":[{\"topography\":\"C20.9\",\"morphology\":\"8140/3\","
                "\"clinicalTnm\":{\"stage\":\"IIA\"}}]}', '%3', '%4', 'discussed')")
                .arg(kInscription, at, kSession, kPatient),
            QStringLiteral(
                "INSERT INTO fiche (id, updated_at, updated_by, deleted, body, set_id, version_number,"
                " inscription_id, patient_id, status, signed_at) VALUES ('%1', %2,"
                " '{\"caseStatus\":\"ORG-134\",\"quorum\":\"ORG-126\",\"fileComplete\":true,"
                "\"framework\":{\"conform\":false,\"trialProposed\":true},\"meetingDate\":\"2026-03-10\","
                "\"proposal\":[{\"line\":1}],\"exams\":[],\"attendees\":[{\"specialty\":\"SM14\"},"
                "{\"specialty\":\"SM36\"},{\"specialty\":\"SM14\"},{\"specialty\":\"\"}],"
                "\"caseSnapshot\":{\"tumours\":[{\"topography\":\"C18.7\",\"morphology\":\"8140/3\","
                "\"pathologicalTnm\":{\"t\":\"T3\",\"stage\":\"IIIB\"}}],\"clinical\":{}}}',"
                " '%3', 1, '%4', '%5', '9571008', '2026-03-12T10:00:00.000Z')")
                .arg(kSigned, at, kSet, kInscription, kPatient),
            QStringLiteral(
                "INSERT INTO fiche (id, updated_at, updated_by, deleted, body, set_id, version_number,"
                " inscription_id, patient_id, status) VALUES ('%1', %2, '{\"caseStatus\":\"ORG-128\"}',"
                " '%3', 2, '%4', '%5', '385651009')")
                .arg(kDraft, at, kSet, kInscription, kPatient)};
        QSqlQuery q(db);
        for (const QString &statement : statements)
            if (ok && !q.exec(statement)) {
                qWarning() << q.lastError().text() << statement.left(80);
                ok = false;
            }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    return ok;
}

} // namespace

class TestMigrationFacts : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void storeWritesTheBodysFacts() {
        QString error;
        std::unique_ptr<Database> db = Database::create(m_dir.filePath(QStringLiteral("store.db")), &error);
        QVERIFY2(db, qPrintable(error));
        Fiche f = test::saveSampleCase(*db);
        const QSqlDatabase c = db->connection();
        const QString row = QStringLiteral(" FROM fiche WHERE id = '%1'").arg(json::idText(f.meta.id));
        // Inserted: three specialties, one treatment line, a dated fiche, no frozen case.
        QCOMPARE(value(c, QStringLiteral("SELECT specialty_count") + row).toInt(), 3);
        QCOMPARE(value(c, QStringLiteral("SELECT proposal_lines") + row).toInt(), 1);
        QCOMPARE(value(c, QStringLiteral("SELECT meeting_date") + row).toString(),
                 QStringLiteral("2026-11-24"));
        QCOMPARE(value(c, QStringLiteral("SELECT quorum") + row).toString(),
                 quorumStatusCode(QuorumStatus::Met));
        QCOMPARE(value(c, QStringLiteral("SELECT file_complete") + row).toInt(), 1);
        QVERIFY(value(c, QStringLiteral("SELECT case_facts") + row).isNull());
        QVERIFY(value(c, QStringLiteral("SELECT frozen_who_status") + row).isNull());

        // Updated: a repeated and an empty specialty do not count; the frozen case's facts follow.
        f.attendees.push_back({QUuid::createUuid(), QStringLiteral("medical-oncology"), false, true});
        f.attendees.push_back({QUuid::createUuid(), QString(), false, true});
        f.caseSnapshot =
            QJsonObject{{QStringLiteral("tumours"),
                         QJsonArray{QJsonObject{{QStringLiteral("topography"), QStringLiteral("C18.7")}}}},
                        {QStringLiteral("clinical"), QJsonObject{}}};
        f.proposal.clear();
        QVERIFY(FicheRepository(*db).save(f).ok);
        QCOMPARE(value(c, QStringLiteral("SELECT specialty_count") + row).toInt(), 3);
        QCOMPARE(value(c, QStringLiteral("SELECT proposal_lines") + row).toInt(), 0);
        QCOMPARE(value(c, QStringLiteral("SELECT json_extract(case_facts, '$[0]')") + row).toString(),
                 QStringLiteral("C18.7"));
        QCOMPARE(value(c, QStringLiteral("SELECT frozen_who_status") + row).toInt(), -1);

        // Every derived column of every row says what its body says.
        QCOMPARE(differing(c, QStringLiteral("fiche")), QStringList());
        QCOMPARE(differing(c, QStringLiteral("inscription")), QStringList());
        QVERIFY(!value(c, QStringLiteral("SELECT case_facts FROM inscription")).isNull());
    }

    void migrationFillsOlderRows() {
        const QString path = m_dir.filePath(QStringLiteral("schema9.db"));
        QVERIFY(buildSchema9(path));
        QString error;
        std::unique_ptr<Database> db = Database::create(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
        const QSqlDatabase c = db->connection();
        QCOMPARE(differing(c, QStringLiteral("fiche")), QStringList());
        QCOMPARE(differing(c, QStringLiteral("inscription")), QStringList());
        const QString signedRow = QStringLiteral(" FROM fiche WHERE id = '%1'").arg(kSigned);
        QCOMPARE(value(c, QStringLiteral("SELECT specialty_count") + signedRow).toInt(), 2);
        QCOMPARE(value(c, QStringLiteral("SELECT conform") + signedRow).toInt(), 0);
        QCOMPARE(value(c, QStringLiteral("SELECT trial_proposed") + signedRow).toInt(), 1);
        QCOMPARE(value(c, QStringLiteral("SELECT frozen_who_status") + signedRow).toInt(), -1);
        QCOMPARE(value(c, QStringLiteral("SELECT json_extract(case_facts, '$[5]')") + signedRow).toString(),
                 QStringLiteral("IIIB"));
        QVERIFY(
            value(c, QStringLiteral("SELECT case_facts FROM fiche WHERE id = '%1'").arg(kDraft)).isNull());
        QCOMPARE(value(c, QStringLiteral("SELECT registered_at FROM inscription")).toString(),
                 QStringLiteral("2026-03-01T09:00:00.000Z"));
        QCOMPARE(value(c, QStringLiteral("SELECT motif_recours FROM inscription")).toInt(), 1);

        // The indicators read them: the draft amendment is the latest version (registered, its case
        // read from the case since it froze none), signed when the first version was.
        IndicatorFilter year;
        year.from = QDate(2026, 1, 1);
        year.to = QDate(2026, 12, 31);
        const Indicators in = READ(computeIndicators(*db, year));
        QCOMPARE(in.fiches, 1);
        QCOMPARE(in.registered, 1);
        QCOMPARE(in.signedFiches.count, 1);
        QCOMPARE(in.recours.count, 1);
        QCOMPARE(in.byTopography.size(), std::size_t(1));
        QCOMPARE(in.byTopography.front().key, QStringLiteral("C20"));
        QCOMPARE(in.byStage.front().key, QStringLiteral("II"));
        QCOMPARE(in.byWhoStatus.front().key, QStringLiteral("1"));
        QCOMPARE(in.registrationToMeeting.days, std::optional<double>(9));
        QCOMPARE(in.meetingToSignature.days, std::optional<double>(2));
    }

    void signedFicheRefusesChangesOfItsFacts() {
        const QString path = m_dir.filePath(QStringLiteral("guard.db"));
        QVERIFY(buildSchema9(path));
        std::unique_ptr<Database> db = Database::create(path);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        for (const DerivedColumn &d : derived::columnsOf(QStringLiteral("fiche"))) {
            QVERIFY2(
                !q.exec(
                    QStringLiteral("UPDATE fiche SET %1 = 'changed' WHERE id = '%2'").arg(d.name, kSigned)),
                qPrintable(d.name));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("signed fiche is immutable")),
                     qPrintable(d.name + QStringLiteral(": ") + q.lastError().text()));
            QVERIFY2(
                q.exec(QStringLiteral("UPDATE fiche SET %1 = 'changed' WHERE id = '%2'").arg(d.name, kDraft)),
                qPrintable(q.lastError().text()));
        }
        // The columns guarded before stay guarded; the server version may still be set.
        QVERIFY(!q.exec(QStringLiteral("UPDATE fiche SET body = '{}' WHERE id = '%1'").arg(kSigned)));
        QVERIFY2(q.exec(QStringLiteral("UPDATE fiche SET version = 4 WHERE id = '%1'").arg(kSigned)),
                 qPrintable(q.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestMigrationFacts)
#include "tst_migrationfacts.moc"
