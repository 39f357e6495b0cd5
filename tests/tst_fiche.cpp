// Signature locks a fiche in the store itself (repository and database trigger); amendments make
// new versions of the same document.
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

class TestFiche : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FicheRepository> m_fiches;

private Q_SLOTS:
    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QVERIFY(m_db);
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(18, 5), Qt::UTC); });
        m_fiches = std::make_unique<FicheRepository>(*m_db);
    }
    void cleanup() {
        m_fiches.reset();
        m_db.reset();
    }

    void draftCanBeEdited() {
        Fiche f = test::saveSampleCase(*m_db);
        f.patientComments = QStringLiteral("Souhaite réfléchir");
        QVERIFY(m_fiches->save(f).ok);
        QCOMPARE(READ(m_fiches->find(f.meta.id))->patientComments, QStringLiteral("Souhaite réfléchir"));
    }

    void signingLocksTheFiche() {
        Fiche f = test::saveSampleCase(*m_db);
        const QUuid coordinator = QUuid::createUuid();
        QVERIFY(
            m_fiches->sign(f, coordinator, QJsonObject{{QStringLiteral("patient"), QStringLiteral("X")}}).ok);
        QVERIFY(f.isSigned());
        QCOMPARE(f.signedAt, QDateTime(QDate(2026, 11, 24), QTime(18, 5), Qt::UTC));
        QCOMPARE(f.status, DocumentStatus::Approved);
        const Fiche stored = *READ(m_fiches->find(f.meta.id));
        QCOMPARE(stored.signerId, coordinator);
        QCOMPARE(stored.caseSnapshot.value(QStringLiteral("patient")).toString(), QStringLiteral("X"));

        Fiche edited = stored;
        edited.proposal.at(0).details = QStringLiteral("changed after signature");
        const StoreResult r = m_fiches->save(edited);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("signed")), qPrintable(r.error));
        QVERIFY(!m_fiches->remove(f.meta.id).ok);
        QVERIFY(!m_fiches->sign(edited, coordinator).ok);
        QCOMPARE(READ(m_fiches->find(f.meta.id))->proposal.at(0).details, QStringLiteral("FOLFOX 6 mois"));
    }

    // Below the repository: even raw SQL cannot change or delete a signed fiche.
    void databaseRefusesRawChanges_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("body") << "UPDATE fiche SET body = '{}'";
        QTest::newRow("status") << "UPDATE fiche SET status = '385651009'";
        QTest::newRow("unsign") << "UPDATE fiche SET signed_at = NULL";
        QTest::newRow("tombstone") << "UPDATE fiche SET deleted = 1";
        QTest::newRow("version number") << "UPDATE fiche SET version_number = 7";
        QTest::newRow("other patient") << "UPDATE fiche SET patient_id = 'another-patient'";
        QTest::newRow("unlinked case") << "UPDATE fiche SET inscription_id = NULL";
        QTest::newRow("last change") << "UPDATE fiche SET updated_by = 'someone else'";
        QTest::newRow("id") << "UPDATE fiche SET id = 'f0000000-0000-0000-0000-000000000000'";
        QTest::newRow("delete") << "DELETE FROM fiche";
    }
    void databaseRefusesRawChanges() {
        QFETCH(QString, sql);
        Fiche f = test::saveSampleCase(*m_db);
        QVERIFY(m_fiches->sign(f, QUuid::createUuid()).ok);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("signed fiche is immutable")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(READ(m_fiches->find(f.meta.id))->toJson(), f.toJson());
        // The server version may still be recorded when the server acknowledges the fiche.
        QVERIFY(q.exec(QStringLiteral("UPDATE fiche SET version = 3")));
    }

    void amendmentMakesANewVersion() {
        Fiche f = test::saveSampleCase(*m_db);
        QVERIFY(m_fiches->sign(f, QUuid::createUuid()).ok);
        Fiche v2;
        QVERIFY(!m_fiches->amend(f, QStringLiteral("  "), &v2).ok); // a reason is required
        QVERIFY(m_fiches->amend(f, QStringLiteral("Erreur de latéralité"), &v2).ok);
        QCOMPARE(v2.setId, f.setId);
        QCOMPARE(v2.versionNumber, 2);
        QVERIFY(v2.meta.id != f.meta.id);
        QVERIFY(!v2.isSigned());
        QCOMPARE(v2.amendmentReason, QStringLiteral("Erreur de latéralité"));
        v2.proposal.at(0).details = QStringLiteral("FOLFOX 3 mois");
        QVERIFY(m_fiches->save(v2).ok);
        QVERIFY(m_fiches->sign(v2, QUuid::createUuid()).ok);

        const std::vector<Fiche> versions = READ(m_fiches->versions(f.setId));
        QCOMPARE(versions.size(), std::size_t(2));
        QCOMPARE(versions.at(0).proposal.at(0).details,
                 QStringLiteral("FOLFOX 6 mois")); // every version stays
        QCOMPARE(versions.at(1).proposal.at(0).details, QStringLiteral("FOLFOX 3 mois"));
        // Amending an old version again is refused: amend the latest.
        Fiche other;
        const StoreResult r = m_fiches->amend(f, QStringLiteral("again"), &other);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("version 2")), qPrintable(r.error));
        QCOMPARE(READ(m_fiches->signedCount()), 2);
    }

    void signingChecksTheFramework_data() {
        QTest::addColumn<bool>("registered");
        QTest::addColumn<bool>("guideline");
        QTest::addColumn<bool>("conform");
        QTest::addColumn<bool>("justified");
        QTest::addColumn<bool>("withProposal");
        QTest::addColumn<bool>("ok");
        QTest::newRow("discussed, conform") << false << true << true << false << true << true;
        QTest::newRow("registered without guideline") << true << false << true << false << true << false;
        QTest::newRow("registered with guideline") << true << true << true << false << true << true;
        QTest::newRow("not conform, unjustified") << false << true << false << false << true << false;
        QTest::newRow("not conform, justified") << false << true << false << true << true << true;
        QTest::newRow("no proposal") << false << true << true << false << false << false;
    }
    void signingChecksTheFramework() {
        QFETCH(bool, registered);
        QFETCH(bool, guideline);
        QFETCH(bool, conform);
        QFETCH(bool, justified);
        QFETCH(bool, withProposal);
        QFETCH(bool, ok);
        Fiche f = test::saveSampleCase(*m_db);
        f.caseStatus = QString::fromLatin1(registered ? kCaseRegistered : kCaseDiscussed);
        if (!guideline)
            f.framework.guideline = {};
        f.framework.conform = conform;
        f.framework.nonConformityReason = justified ? QStringLiteral("Patiente fragile") : QString();
        if (!withProposal)
            f.proposal.clear();
        QVERIFY(m_fiches->save(f).ok);
        const StoreResult r = m_fiches->sign(f, QUuid::createUuid());
        QCOMPARE(r.ok, ok);
        QCOMPARE(READ(m_fiches->find(f.meta.id))->isSigned(), ok);
        if (!ok)
            QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFiche)
#include "tst_fiche.moc"
