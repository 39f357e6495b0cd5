// The demo-data generator: deterministic by seed, valid identifiers (INS key, RPPS and FINESS Luhn
// keys), French names, the five committees with their quorum rules, past and future sessions, signed
// and amended fiches that pass the signing check (some through a quorum override), counts that scale,
// and concerto-cli demo with its exit codes and --if-empty.
#include "models/demo/demogenerator.h"
#include "models/domain/builtinsets.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "models/validation/fichecheck.h"
#include "models/validation/identifiers.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace concerto;

namespace {

const QDate kReference(2024, 6, 3);

using Run = test::CliRun;

// Every row of a query, as text, one line a row.
QStringList rows(Database &db, const QString &sql) {
    QStringList result;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

std::unique_ptr<Database> build(const QString &path, int patients, quint64 seed, demo::DemoCounts *counts) {
    std::unique_ptr<Database> db = Database::create(path);
    if (!db)
        return nullptr;
    demo::DemoOptions options;
    options.patients = patients;
    options.seed = seed;
    options.referenceDate = kReference;
    QString error;
    if (!demo::generateDemo(*db, options, counts, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return db;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    demo::DemoCounts m_counts;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = build(m_dir.filePath(QStringLiteral("a.db")), 300, 7, &m_counts);
        QVERIFY(m_db);
    }

    void sameSeedSameData() {
        demo::DemoCounts counts;
        auto twin = build(m_dir.filePath(QStringLiteral("b.db")), 300, 7, &counts);
        QVERIFY(twin);
        QCOMPARE(counts.fiches, m_counts.fiches);
        for (const char *sql :
             {"SELECT id, body FROM patient ORDER BY id", "SELECT id, body FROM inscription ORDER BY id",
              "SELECT id, body FROM session ORDER BY id",
              "SELECT id, rpps, body FROM professional ORDER BY id",
              "SELECT id, body FROM organisation ORDER BY id", "SELECT id, body FROM rcp ORDER BY id",
              "SELECT id, set_id, version_number, status, signed_at, updated_at, body FROM fiche"
              " ORDER BY id"}) {
            const QStringList mine = rows(*m_db, QLatin1String(sql));
            QVERIFY(mine.size() > 0);
            QCOMPARE(rows(*twin, QLatin1String(sql)), mine);
        }
    }

    void otherSeedOtherData() {
        demo::DemoCounts counts;
        auto other = build(m_dir.filePath(QStringLiteral("c.db")), 300, 8, &counts);
        QVERIFY(other);
        const QString sql = QStringLiteral("SELECT body FROM patient ORDER BY id");
        QVERIFY(rows(*other, sql) != rows(*m_db, sql));
    }

    void everyInsHasAValidKey() {
        PatientRepository patients(*m_db);
        int withIns = 0, corsica = 0, abroad = 0, provisionalWithout = 0;
        QSet<QString> statuses;
        for (const Patient &p : READ(patients.all())) {
            statuses << Patient::identityStatusCode(p.identityStatus);
            QVERIFY(!p.birthName.isEmpty() && !p.birthGivenNames.isEmpty() && p.birthDate.isValid());
            QVERIFY(p.gpUnknown != !p.generalPractitionerId.isNull());
            QVERIFY(!p.ipp.isEmpty());
            if (p.birthPlaceCode.startsWith(QLatin1String("2A")) ||
                p.birthPlaceCode.startsWith(QLatin1String("2B")))
                ++corsica;
            if (p.birthPlaceCode.startsWith(QLatin1String("99")))
                ++abroad;
            if (p.ins.isEmpty()) {
                QVERIFY(p.identityStatus != IdentityStatus::Qualified);
                provisionalWithout += p.identityStatus == IdentityStatus::Provisional;
                continue;
            }
            ++withIns;
            QCOMPARE(p.ins.size(), 15);
            QCOMPARE(validation::nirKey(p.ins.left(13)), p.ins.mid(13).toInt());
            QCOMPARE(p.ins.at(0), p.sex == Sex::Female ? QLatin1Char('2') : QLatin1Char('1'));
            QCOMPARE(p.ins.mid(1, 2).toInt(), p.birthDate.year() % 100);
            QCOMPARE(p.ins.mid(3, 2).toInt(), p.birthDate.month());
            QCOMPARE(p.ins.mid(5, 5), p.birthPlaceCode);
        }
        QVERIFY(withIns > 200);
        QVERIFY(corsica > 0);
        QVERIFY(abroad > 0);
        QVERIFY(provisionalWithout > 0);
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("QUAL"), QStringLiteral("VALI"),
                                          QStringLiteral("PROV"), QStringLiteral("RECUP")}));
    }

    void directoryIdentifiersPassLuhn() {
        int finess = 0;
        for (const QString &f :
             rows(*m_db, QStringLiteral("SELECT finess FROM organisation WHERE kind = 'establishment'"))) {
            QCOMPARE(f.size(), 9);
            QVERIFY2(validation::luhnValid(f), qPrintable(f));
            ++finess;
        }
        QVERIFY(finess >= 6);
        for (const QString &row : rows(*m_db, QStringLiteral("SELECT rpps, specialty FROM professional"))) {
            const QString rpps = row.section(QLatin1Char('|'), 0, 0);
            QCOMPARE(rpps.size(), 11);
            QVERIFY2(validation::luhnValid(rpps), qPrintable(rpps));
            QVERIFY2(nomenclature::specialties().contains(row.section(QLatin1Char('|'), 1)), qPrintable(row));
        }
    }

    void namesAreFrench() {
        const QString all =
            rows(*m_db,
                 QStringLiteral("SELECT birth_name || ' ' || used_name || ' ' || given_names FROM patient"))
                .join(QLatin1Char('\n'));
        for (const QString &mark :
             {QStringLiteral("è"), QStringLiteral("é"), QStringLiteral("-"), QStringLiteral("'")})
            QVERIFY2(all.contains(mark), qPrintable(mark));
        QVERIFY(all.contains(QRegularExpression(QStringLiteral("\\w+-\\w+"))));
        QVERIFY(rows(*m_db, QStringLiteral("SELECT count(*) FROM patient WHERE used_name <> ''"))
                    .value(0)
                    .toInt() > 10);
    }

    void fiveCommitteesWithQuorumRules() {
        RcpRepository rcps(*m_db);
        const std::vector<Rcp> all = READ(rcps.all());
        for (const char *name : {"RCP Onco-digestive", "RCP Thoracique", "RCP Sénologie", "RCP Uro-oncologie",
                                 "RCP Hématologie"}) {
            int found = 0;
            for (const Rcp &r : all)
                if (r.name.startsWith(QString::fromUtf8(name))) {
                    ++found;
                    QVERIFY(r.quorum.requiredGroups.size() >= 2);
                    QVERIFY(r.quorum.minimumSpecialties >= 3);
                    QVERIFY(!r.guidelines.empty() && r.guidelines.front().date.isValid());
                    QVERIFY(!r.guidelines.front().version.isEmpty());
                    QVERIFY(r.permanentMembers.size() >= 3);
                    QVERIFY(r.schedule.everyWeeks == 1 || r.schedule.everyWeeks == 2);
                }
            QVERIFY2(found > 0, name);
        }
    }

    void pastAndFutureSessions() {
        QVERIFY(m_counts.pastSessions > 20);
        QVERIFY(m_counts.futureSessions > 5);
        SessionRepository sessions(*m_db);
        const QDateTime reference(kReference, QTime(0, 0), Qt::UTC);
        QVERIFY(!READ(sessions.between(reference.addDays(-60), reference)).empty());
        QVERIFY(!READ(sessions.between(reference, reference.addDays(60))).empty());
        // Some past sessions lacked a quorum, and their fiches say so.
        QVERIFY(m_counts.sessionsWithoutQuorum > 0);
        QVERIFY(
            rows(*m_db,
                 QStringLiteral(
                     "SELECT count(*) FROM fiche WHERE CAST(body AS TEXT) LIKE '%\"quorum\":\"ORG-133\"%'"))
                .value(0)
                .toInt() > 0);
    }

    void signedAndAmendedFiches() {
        FicheRepository fiches(*m_db);
        QVERIFY(READ(fiches.signedCount()) > m_counts.fiches / 2);
        QCOMPARE(READ(fiches.signedCount()), m_counts.signedFiches);
        const QStringList amended =
            rows(*m_db, QStringLiteral("SELECT set_id FROM fiche WHERE version_number = 2"));
        QVERIFY(!amended.isEmpty());
        QCOMPARE(amended.size(), m_counts.amendments);
        bool someResigned = false;
        for (const QString &setId : amended) {
            const std::vector<Fiche> versions = READ(fiches.versions(QUuid::fromString(setId)));
            QCOMPARE(int(versions.size()), 2);
            QVERIFY(versions[0].isSigned());
            QCOMPARE(versions[1].versionNumber, 2);
            QCOMPARE(versions[1].setId, versions[0].setId);
            QVERIFY(!versions[1].amendmentReason.isEmpty());
            someResigned |= versions[1].isSigned();
        }
        QVERIFY(someResigned);
    }

    void demoDataStaysLocalButAudited() {
        // Synthetic data must never reach the regional server: nothing in the outbox, but every record
        // has its audit row.
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM change_journal")), QStringList{"0"});
        const int records = m_counts.organisations + m_counts.professionals + m_counts.rcps +
                            m_counts.sessions + m_counts.patients + m_counts.inscriptions + m_counts.fiches;
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")),
                 QStringList{QString::number(records)});
        QVERIFY(!m_db->localOnly()); // later saves go to the outbox again
        PatientRepository patients(*m_db);
        Patient p = READ(patients.pageAfter({}, 1)).items.front();
        p.usedName = QStringLiteral("Nouveau-Nom");
        QVERIFY(patients.save(p).ok);
        QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM change_journal")), QStringList{"1"});
    }

    void signedFichesPassTheSigningCheck() {
        // The generator signs in memory; each fiche it signed must pass the one signing check as it stood
        // just before its signature, and some of them through a coordinator's override of a missing quorum.
        FicheRepository fiches(*m_db);
        std::map<QUuid, std::vector<QUuid>> members; // RCP -> its permanent members
        for (const Rcp &r : READ(RcpRepository(*m_db).all()))
            members[r.meta.id] = r.permanentMembers;
        int checked = 0, overridden = 0;
        QStringList failures;
        for (const Fiche &f : READ(fiches.signedPageAfter({}, 100000)).items) {
            QCOMPARE(f.status, DocumentStatus::Approved);
            QVERIFY(!f.caseSnapshot.isEmpty());
            QVERIFY(f.signedAt <= f.meta.updatedAt);
            Fiche beforeSignature = f;
            beforeSignature.signedAt = {};
            const validation::Check check = validation::checkFicheForSigning(beforeSignature, f.signerId);
            if (!check.ok())
                failures << json::idText(f.meta.id) + QStringLiteral(": ") + check.text();
            ++checked;
            if (f.quorumOverride.isEmpty())
                continue;
            ++overridden;
            // Only where the quorum was missing, decided by a coordinator of that RCP, with a reason.
            QCOMPARE(f.caseStatus, QString::fromLatin1(kCaseDiscussed));
            QVERIFY(f.quorum != QuorumStatus::Met);
            const std::vector<QUuid> &board = members[f.rcpId];
            QVERIFY(std::find(board.begin(), board.end(), f.quorumOverride.coordinatorId) != board.end());
            QVERIFY(f.quorumOverride.at.isValid() && f.quorumOverride.at <= f.signedAt);
        }
        QCOMPARE(checked, m_counts.signedFiches);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 signed fiches fail the check, e.g. %3")
                                .arg(failures.size())
                                .arg(checked)
                                .arg(failures.mid(0, 3).join(QLatin1String("; ")))));
        QVERIFY2(overridden > 0, "no signed fiche carries a quorum override");
        QVERIFY(overridden < checked / 5);
    }

    void tumoursAreCoherent() {
        // The form of every case's tumour; tst_demorules checks them as a physician would.
        InscriptionRepository inscriptions(*m_db);
        const QRegularExpression t(QStringLiteral("^(T0|Tis|T[1-4][a-d]?)$"));
        const QRegularExpression n(QStringLiteral("^c?N([0-3][a-c]?|1mi)$"));
        const QRegularExpression m(QStringLiteral("^c?M(0|1[a-c]?)$"));
        int staged = 0, pathological = 0, haematology = 0;
        for (const Inscription &i : READ(inscriptions.all())) {
            QCOMPARE(int(i.tumours.size()), 1);
            const Tumour &tumour = i.tumours.front();
            QVERIFY2(
                QRegularExpression(QStringLiteral("^C\\d\\d(\\.\\d)?$")).match(tumour.topography).hasMatch(),
                qPrintable(tumour.topography));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}/[23]$")).match(tumour.morphology).hasMatch());
            QVERIFY(i.clinical.whoStatus >= 0 && i.clinical.whoStatus <= 4);
            QVERIFY(!i.question.isEmpty());
            if (tumour.tnmNotApplicable()) {
                ++haematology;
                QVERIFY(tumour.clinicalTnm.isEmpty() && tumour.pathologicalTnm.isEmpty());
                QVERIFY(!tumour.otherStagings.empty()); // Ann Arbor / Lugano or R-ISS
                continue;
            }
            ++staged;
            for (const TnmStaging *tnm : {&tumour.clinicalTnm, &tumour.pathologicalTnm}) {
                if (tnm->isEmpty())
                    continue;
                QCOMPARE(tnm->edition, QStringLiteral("UICC 8"));
                QVERIFY(tnm->date.isValid());
                QVERIFY2(t.match(tnm->t).hasMatch(), qPrintable(tnm->t));
                QVERIFY2(n.match(tnm->n).hasMatch(), qPrintable(tnm->n));
                QVERIFY2(m.match(tnm->m).hasMatch(), qPrintable(tnm->m));
            }
            QCOMPARE(tumour.clinicalTnm.prefix, QStringLiteral("c"));
            if (!tumour.pathologicalTnm.isEmpty()) {
                ++pathological;
                QVERIFY((QStringList{"p", "yp"}).contains(tumour.pathologicalTnm.prefix));
            }
        }
        QVERIFY(staged > 300);
        QVERIFY(pathological > 30);
        QVERIFY(haematology > 30);
    }

    void countsScaleWithPatients() {
        QCOMPARE(m_counts.patients, 300);
        const double perPatient = double(m_counts.fiches) / m_counts.patients;
        QVERIFY2(perPatient > 2.0 && perPatient < 3.0, qPrintable(QString::number(perPatient)));
        demo::DemoCounts small;
        QVERIFY(build(m_dir.filePath(QStringLiteral("small.db")), 100, 7, &small));
        QCOMPARE(small.patients, 100);
        QVERIFY(small.fiches > 200 && small.fiches < 300);
        QVERIFY(READ(PatientRepository(*m_db).count()) == 300);
    }

    void refusesNoPatients() {
        auto db = Database::create(m_dir.filePath(QStringLiteral("none.db")));
        demo::DemoOptions options;
        options.patients = 0;
        QString error;
        QVERIFY(!demo::generateDemo(*db, options, nullptr, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(READ(PatientRepository(*db).count()), 0);
    }

    void referenceDateWithinItsRange() {
        // The limits themselves work; a day beyond them is refused before anything is written.
        for (const QDate &date : {demo::earliestReferenceDate(), demo::latestReferenceDate()}) {
            auto db = Database::create(m_dir.filePath(QStringLiteral("date-%1.db").arg(date.year())));
            QVERIFY(db);
            demo::DemoOptions options;
            options.patients = 20;
            options.referenceDate = date;
            QString error;
            QVERIFY2(demo::generateDemo(*db, options, nullptr, &error), qPrintable(error));
            QCOMPARE(READ(PatientRepository(*db).count()), 20);
        }
        QCOMPARE(demo::earliestReferenceDate(), QDate(1900, 1, 1));
        QCOMPARE(demo::latestReferenceDate(), QDate(2200, 12, 31));
        for (const QDate &date : {QDate(1899, 12, 31), QDate(2201, 1, 1), QDate(1, 1, 1)}) {
            auto db = Database::create(m_dir.filePath(QStringLiteral("out-of-range.db")));
            QVERIFY(db);
            demo::DemoOptions options;
            options.patients = 5;
            options.referenceDate = date;
            QString error;
            QVERIFY(!demo::generateDemo(*db, options, nullptr, &error));
            QVERIFY2(error.contains(QStringLiteral("1900-01-01")), qPrintable(error));
            QCOMPARE(demo::holdsRecords(*db, &error), std::optional<bool>(false));
        }
    }

    void aFailedRunLeavesNoDemoRecord_data() {
        QTest::addColumn<QString>("when");
        QTest::newRow("first patient refused") << QString();
        // Refused part-way through the first batch: the patients before it go too.
        QTest::newRow("eleventh patient refused")
            << QStringLiteral("WHEN (SELECT count(*) FROM patient) >= 10");
    }
    void aFailedRunLeavesNoDemoRecord() {
        QFETCH(QString, when);
        const QString path = m_dir.filePath(QStringLiteral("refused-%1.db").arg(QTest::currentDataTag()));
        const auto exec = [&path](const QString &sql) {
            auto db = Database::create(path);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        };
        {
            // The store refuses patients: the directory and the sessions were written before them, and
            // must not stay committed without them. The refusing trigger lives only while this
            // connection writes: a file with a trigger of its own is altered, and opens read-only
            // (tst_schemacheck), so the demo command could not be made to fail that way.
            auto db = Database::create(path);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_patients BEFORE INSERT ON patient %1"
                                           " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                .arg(when)),
                     qPrintable(q.lastError().text()));
            demo::DemoOptions options;
            options.patients = 30;
            options.referenceDate = kReference;
            demo::DemoCounts counts;
            QString error;
            QVERIFY(!demo::generateDemo(*db, options, &counts, &error));
            QVERIFY2(error.contains(QStringLiteral("breaks a rule of the database")), qPrintable(error));
            for (const char *table : {"organisation", "professional", "rcp", "session", "patient",
                                      "inscription", "fiche", "audit_log"})
                QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                         QStringList{QStringLiteral("0")});
            QCOMPARE(demo::holdsRecords(*db, &error), std::optional<bool>(false));
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER refuse_patients")),
                     qPrintable(q.lastError().text()));
        }
        const QStringList demoArgs{
            QStringLiteral("demo"),       QStringLiteral("--db"), path,
            QStringLiteral("--patients"), QStringLiteral("30"),   QStringLiteral("--date"),
            QStringLiteral("2024-06-03")};

        // One organisation, and nothing else: the database is not empty, --if-empty adds nothing
        // (it used to look at patients only, and added a second network and its centres).
        exec(QStringLiteral("INSERT INTO organisation (id, updated_at, updated_by, body, kind, name) VALUES"
                            " ('6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d0001', '2024-01-01T00:00:00.000Z', 'test',"
                            " '{}', 'network', 'Network')"));
        const Run r = test::runCli(demoArgs + QStringList{QStringLiteral("--if-empty")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already")), qPrintable(r.out));
        auto db = Database::create(path);
        QVERIFY(db);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM organisation")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM session")), QStringList{QStringLiteral("0")});
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(*) FROM patient")), QStringList{QStringLiteral("0")});
    }

    void ifEmptyMeansNoRecordAtAll_data() {
        // One deleted row in one aggregate table, written by raw SQL (foreign keys off, as another
        // program could leave it).
        QTest::addColumn<QString>("insert");
        const auto row = [](const char *table, const char *columns, const char *values) {
            QTest::newRow(table) << QStringLiteral(
                                        "INSERT INTO %1 (id, updated_at, updated_by, deleted, body, %2)"
                                        " VALUES ('6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d0002',"
                                        " '2024-01-01T00:00:00.000Z', 'test', 1, '{}', %3)")
                                        .arg(QLatin1String(table), QLatin1String(columns),
                                             QLatin1String(values));
        };
        row("organisation", "kind, name", "'network', 'Network'");
        row("professional", "last_name", "'Martin'");
        row("rcp", "name", "'RCP digestive'");
        row("session", "rcp_id, starts_at, status", "'elsewhere', '2024-05-01T14:00:00.000Z', 'closed'");
        row("patient", "birth_name, identity_status", "'Martin', 'PROV'");
        row("inscription", "session_id, patient_id, agenda_state", "'elsewhere', 'elsewhere', 'registered'");
        row("fiche", "set_id, version_number, patient_id, status", "'elsewhere', 1, 'elsewhere', 'draft'");
    }
    void ifEmptyMeansNoRecordAtAll() {
        QFETCH(QString, insert);
        const QString path = m_dir.filePath(QStringLiteral("one-%1.db").arg(QTest::currentDataTag()));
        Database::create(path).reset(); // a database of the latest schema, empty
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open() && test::unlock(raw));
            QSqlQuery q(raw);
            QVERIFY2(q.exec(insert), qPrintable(q.lastError().text()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        {
            auto db = Database::create(path);
            QVERIFY(db);
            QString error;
            QCOMPARE(demo::holdsRecords(*db, &error), std::optional<bool>(true));
        }
        const Run r =
            test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--patients"),
                          QStringLiteral("5"), QStringLiteral("--if-empty")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already")), qPrintable(r.out));
        auto db = Database::create(path);
        QVERIFY(db);
        for (const char *table :
             {"organisation", "professional", "rcp", "session", "patient", "inscription", "fiche"})
            QVERIFY2(rows(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                             .value(0)
                             .toInt() <= 1,
                     table);
    }

    void cliRejectsBadValues_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero patients") << QStringList{"--patients", "0"} << "--patients";
        QTest::newRow("letters") << QStringList{"--patients", "abc"} << "abc";
        QTest::newRow("negative") << QStringList{"--patients", "-5"} << "--patients";
        QTest::newRow("bad seed") << QStringList{"--seed", "x1"} << "--seed";
        QTest::newRow("bad date") << QStringList{"--date", "2024-13-01"} << "--date";
        QTest::newRow("date too early") << QStringList{"--date", "0001-01-01"} << "--date";
    }
    void cliRejectsBadValues() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.db"));
        const Run r = test::runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path)); // nothing written
    }

    void cliWritesAndIfEmptyLeavesAlone() {
        const QString path = m_dir.filePath(QStringLiteral("cli.db"));
        const QStringList base{QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--date"),
                               QStringLiteral("2024-06-03")};
        // Only init makes a new file.
        Run r = test::runCli(base);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("init")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
        r = test::runCli(base + QStringList{QStringLiteral("--patients"), QStringLiteral("40"),
                                            QStringLiteral("--if-empty")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("40 patients")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("MB")));
        r = test::runCli(base + QStringList{QStringLiteral("--patients"), QStringLiteral("25"),
                                            QStringLiteral("--if-empty")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already")), qPrintable(r.out));
        {
            auto db = Database::create(path);
            QCOMPARE(READ(PatientRepository(*db).count()), 40);
        }
        // Without --if-empty, more data is added, and it does not collide with what is there.
        r = test::runCli(base + QStringList{QStringLiteral("--patients"), QStringLiteral("10")});
        QCOMPARE(r.code, 0);
        auto db = Database::create(path);
        QCOMPARE(READ(PatientRepository(*db).count()), 50);
        QCOMPARE(rows(*db, QStringLiteral("SELECT count(DISTINCT ipp) FROM patient")).value(0).toInt(), 50);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
