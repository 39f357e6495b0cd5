// The fiche service: signature locks a fiche in the store itself (repository and database trigger);
// amendments make new versions of the same document. sign() refuses exactly what the signing check
// refuses with the committee's own quorum rule, with its words: a discussed case without quorum needs
// the coordinator's override and its reason. A refused signature writes nothing.
#include "models/validation/fichecheck.h"
#include "services/ficheservice.h"
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
    std::unique_ptr<FicheService> m_service;

    QuorumRule ruleOf(const Fiche &f) { return READ(RcpRepository(*m_db).find(f.rcpId))->quorum; }
    int journalRows() {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM change_journal")) && q.next() ? q.value(0).toInt()
                                                                                         : -1;
    }

private Q_SLOTS:
    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QVERIFY(m_db);
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(18, 5), Qt::UTC); });
        m_fiches = std::make_unique<FicheRepository>(*m_db);
        m_service = std::make_unique<FicheService>(*m_db);
    }
    void cleanup() {
        m_service.reset();
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
        QVERIFY(m_service->sign(f, coordinator, QJsonObject{{QStringLiteral("patient"), QStringLiteral("X")}})
                    .ok);
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
        QVERIFY(!m_service->sign(edited, coordinator).ok);
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
        QVERIFY(m_service->sign(f, QUuid::createUuid()).ok);
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
        QVERIFY(m_service->sign(f, QUuid::createUuid()).ok);
        Fiche v2;
        QVERIFY(!m_service->amend(f, QStringLiteral("  "), &v2).ok); // a reason is required
        QVERIFY(m_service->amend(f, QStringLiteral("Erreur de latéralité"), &v2).ok);
        QCOMPARE(v2.setId, f.setId);
        QCOMPARE(v2.versionNumber, 2);
        QVERIFY(v2.meta.id != f.meta.id);
        QVERIFY(!v2.isSigned());
        QCOMPARE(v2.amendmentReason, QStringLiteral("Erreur de latéralité"));
        v2.proposal.at(0).details = QStringLiteral("FOLFOX 3 mois");
        QVERIFY(m_fiches->save(v2).ok);
        QVERIFY(m_service->sign(v2, QUuid::createUuid()).ok);

        const std::vector<Fiche> versions = READ(m_fiches->versions(f.setId));
        QCOMPARE(versions.size(), std::size_t(2));
        QCOMPARE(versions.at(0).proposal.at(0).details,
                 QStringLiteral("FOLFOX 6 mois")); // every version stays
        QCOMPARE(versions.at(1).proposal.at(0).details, QStringLiteral("FOLFOX 3 mois"));
        // Amending an old version again is refused: amend the latest.
        Fiche other;
        const StoreResult r = m_service->amend(f, QStringLiteral("again"), &other);
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
        const StoreResult r = m_service->sign(f, QUuid::createUuid());
        QCOMPARE(r.ok, ok);
        QCOMPARE(READ(m_fiches->find(f.meta.id))->isSigned(), ok);
        if (!ok)
            QVERIFY(!r.error.isEmpty());
    }

    // A discussed case signs with its quorum met, or with a coordinator's override and its reason; a
    // registered case needs no quorum. A refused fiche stays as it was in the database, unsigned.
    void signingAndTheQuorum_data() {
        QTest::addColumn<bool>("registered");
        QTest::addColumn<int>("quorum");
        QTest::addColumn<bool>("coordinator"); // the override names its coordinator
        QTest::addColumn<QString>("reason");   // the override's reason
        QTest::addColumn<bool>("ok");
        const int met = int(QuorumStatus::Met), notMet = int(QuorumStatus::NotMet),
                  unknown = int(QuorumStatus::Unknown);
        const QString because =
            QStringLiteral("Avis du chirurgien absent recueilli par écrit avant la réunion");
        QTest::newRow("discussed, met") << false << met << false << QString() << true;
        QTest::newRow("discussed, not met, no override") << false << notMet << false << QString() << false;
        QTest::newRow("discussed, unknown, no override") << false << unknown << false << QString() << false;
        QTest::newRow("override without reason") << false << notMet << true << QString() << false;
        QTest::newRow("override with a blank reason")
            << false << notMet << true << QStringLiteral("  ") << false;
        QTest::newRow("override without coordinator") << false << notMet << false << because << false;
        QTest::newRow("not met, full override") << false << notMet << true << because << true;
        QTest::newRow("unknown, full override") << false << unknown << true << because << true;
        QTest::newRow("registered, not met") << true << notMet << false << QString() << true;
    }
    void signingAndTheQuorum() {
        QFETCH(bool, registered);
        QFETCH(int, quorum);
        QFETCH(bool, coordinator);
        QFETCH(QString, reason);
        QFETCH(bool, ok);
        Fiche f = test::saveSampleCase(*m_db);
        f.caseStatus = QString::fromLatin1(registered ? kCaseRegistered : kCaseDiscussed);
        f.quorum = QuorumStatus(quorum);
        if (coordinator)
            f.quorumOverride.coordinatorId = f.coordinatorId;
        f.quorumOverride.reason = reason;
        if (coordinator || !reason.isEmpty())
            f.quorumOverride.at = QDateTime(QDate(2026, 11, 24), QTime(17, 50), Qt::UTC);
        QVERIFY(m_fiches->save(f).ok);
        const QJsonObject before = READ(m_fiches->find(f.meta.id))->toJson();

        const QUuid signer = f.coordinatorId;
        const StoreResult r = m_service->sign(f, signer);
        QVERIFY2(r.ok == ok, qPrintable(r.error));
        const Fiche stored = *READ(m_fiches->find(f.meta.id));
        QCOMPARE(stored.isSigned(), ok);
        if (!ok) {
            QVERIFY(!f.isSigned());
            QCOMPARE(stored.toJson(), before); // nothing of the refused signature was written
            QCOMPARE(r.error, validation::checkFicheForSigning(f, signer, ruleOf(f)).text());
            QVERIFY2(r.error.contains(QStringLiteral("quorum")), qPrintable(r.error));
            return;
        }
        // The override is part of the signed document.
        QCOMPARE(stored.quorumOverride.coordinatorId, f.quorumOverride.coordinatorId);
        QCOMPARE(stored.quorumOverride.reason, reason);
        QCOMPARE(stored.quorumOverride.at, f.quorumOverride.at);
        QCOMPARE(stored.toJson(), f.toJson());
    }

    // Every rule of the signing check holds in sign(), and sign() holds no rule of its own: what it
    // refuses, it refuses with the check's own words, every reason at once.
    void signRefusesWhatTheCheckRefuses_data() {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("reasons");
        QTest::newRow("signable") << 0 << 0;
        QTest::newRow("no meeting date") << 1 << 1;
        QTest::newRow("trial unnamed") << 2 << 1;
        QTest::newRow("line without type") << 3 << 1;
        QTest::newRow("no coordinator") << 4 << 1;
        QTest::newRow("quorum met by too few") << 5 << 2; // two specialties, and the radiotherapist missing
        QTest::newRow("version 2 without reason") << 6 << 1;
        QTest::newRow("unknown case status") << 7 << 1;
        QTest::newRow("nobody signs") << 8 << 1;
        QTest::newRow("three problems") << 9 << 3;
    }
    void signRefusesWhatTheCheckRefuses() {
        QFETCH(int, change);
        QFETCH(int, reasons);
        Fiche f = test::saveSampleCase(*m_db);
        QUuid signer = f.coordinatorId;
        switch (change) {
        case 1:
            f.meetingDate = QDate();
            break;
        case 2:
            f.framework.trialProposed = true;
            break;
        case 3:
            f.proposal.front().treatmentType.clear();
            break;
        case 4:
            f.coordinatorId = QUuid();
            break;
        case 5:
            f.attendees.pop_back();
            break;
        case 6:
            f.versionNumber = 2;
            break;
        case 7:
            f.caseStatus = QStringLiteral("ORG-999");
            break;
        case 8:
            signer = QUuid();
            break;
        case 9:
            f.proposal.clear();
            f.framework.conform = false;
            f.quorum = QuorumStatus::NotMet;
            break;
        default:
            break;
        }
        QVERIFY(m_fiches->save(f).ok);
        const validation::Check check = validation::checkFicheForSigning(f, signer, ruleOf(f));
        QCOMPARE(check.messages.size(), reasons);
        const StoreResult r = m_service->sign(f, signer);
        QCOMPARE(r.ok, check.ok());
        QCOMPARE(r.error, check.text());
        QCOMPARE(READ(m_fiches->find(f.meta.id))->isSigned(), check.ok());
    }

    // The quorum is the committee's own rule (QuorumRule::evaluate), not a count of three specialties:
    // three specialties that miss a required group, or fewer than the committee's minimum, are refused;
    // nothing is written then, not even a journal row.
    void signingUsesTheCommitteesQuorumRule_data() {
        QTest::addColumn<QString>("third");   // the third attendee's specialty
        QTest::addColumn<int>("minimum");     // the committee's minimum of specialties
        QTest::addColumn<QString>("missing"); // what the refusal names; empty when signed
        QTest::newRow("every group, three specialties") << QStringLiteral("SM45") << 3 << QString();
        QTest::newRow("three specialties, no radiotherapist")
            << QStringLiteral("SM02") << 3 << QStringLiteral("Radiothérapeute");
        QTest::newRow("every group, but the committee asks four")
            << QStringLiteral("SM45") << 4 << QStringLiteral("at least 4");
    }
    void signingUsesTheCommitteesQuorumRule() {
        QFETCH(QString, third);
        QFETCH(int, minimum);
        QFETCH(QString, missing);
        Fiche f = test::saveSampleCase(*m_db);
        Rcp rcp = *READ(RcpRepository(*m_db).find(f.rcpId));
        rcp.quorum.minimumSpecialties = minimum;
        QVERIFY(RcpRepository(*m_db).save(rcp).ok);
        f.attendees.back().specialty = third;
        QVERIFY(m_fiches->save(f).ok);
        const QJsonObject before = READ(m_fiches->find(f.meta.id))->toJson();
        const int rows = journalRows();

        const StoreResult r = m_service->sign(f, f.coordinatorId);
        QVERIFY2(r.ok == missing.isEmpty(), qPrintable(r.error));
        if (missing.isEmpty()) {
            QVERIFY(READ(m_fiches->find(f.meta.id))->isSigned());
            QVERIFY(journalRows() > rows);
            return;
        }
        QVERIFY2(r.error.contains(missing), qPrintable(r.error));
        QCOMPARE(READ(m_fiches->find(f.meta.id))->toJson(), before);
        QCOMPARE(journalRows(), rows);
    }

    // A fiche whose committee is not in the directory cannot be checked: refused, nothing written.
    void aFicheWithoutItsCommitteeIsNotSigned() {
        Fiche f = test::saveSampleCase(*m_db);
        f.rcpId = QUuid::createUuid();
        const int rows = journalRows();
        const StoreResult r = m_service->sign(f, f.coordinatorId);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("committee")), qPrintable(r.error));
        QVERIFY(!READ(m_fiches->find(f.meta.id))->isSigned());
        QCOMPARE(journalRows(), rows);
    }
};

QTEST_GUILESS_MAIN(TestFiche)
#include "tst_fiche.moc"
