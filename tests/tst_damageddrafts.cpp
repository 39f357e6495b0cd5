// Damaged drafts are said, not ignored: a draft that is not JSON, not an object, a blob, or holds no case
// leaves the case open as saved, with the reason (CaseDocument::damagedDraft) and the offer to discard
// it; a draft whose fields hold values of the wrong type is found at opening (not restored), where it
// used to be restored and the save then failed with "The change breaks a rule of the database".
#include "editing/casedocument.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestDamagedDrafts : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Fiche m_fiche;
    QDateTime m_now{QDate(2026, 11, 27), QTime(12, 0), Qt::UTC};

    // Writes a draft of the sample case as another program (or a damaged disk) left it.
    void writeDraft(const QVariant &json) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO case_draft (inscription_id, is_new, patient_id,"
                                 " session_id, json, saved_at) VALUES (?, 0, ?, ?, ?, ?)"));
        q.addBindValue(json::idText(m_fiche.inscriptionId));
        q.addBindValue(json::idText(m_fiche.patientId));
        q.addBindValue(json::idText(m_fiche.sessionId));
        q.addBindValue(json);
        q.addBindValue(json::timeText(m_now.addSecs(3600))); // newer than the saved case
        QVERIFY(q.exec());
    }
    std::unique_ptr<CaseDocument> openCase() {
        QString error;
        auto document = CaseDocument::open(*m_db, m_fiche.inscriptionId, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("drafts.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setClock([this] { return m_now; });
        m_fiche = test::saveSampleCase(*m_db);
    }
    void cleanup() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("drafts.db")));
    }

    void aDamagedDraftIsOfferedForDiscarding_data() {
        QTest::addColumn<QVariant>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QVariant(QStringLiteral("{not json")) << "it is not JSON";
        QTest::newRow("an array") << QVariant(QStringLiteral("[1, 2]")) << "it is not a JSON object";
        QTest::newRow("a blob") << QVariant(QByteArray("\x00\xff\xfe\x01", 4)) << "it is not JSON";
        QTest::newRow("no case") << QVariant(QStringLiteral("{\"case\": 5}")) << "it holds no case";
    }
    void aDamagedDraftIsOfferedForDiscarding() {
        QFETCH(QVariant, json);
        QFETCH(QString, reason);
        const QString savedQuestion =
            READ(InscriptionRepository(*m_db).find(m_fiche.inscriptionId))->question;
        writeDraft(json);
        auto doc = openCase();
        QVERIFY2(doc->damagedDraft().contains(reason), qPrintable(doc->damagedDraft()));
        QVERIFY(!doc->restoredDraftAt().isValid());
        QVERIFY(!doc->isDirty());
        QCOMPARE(doc->current().question, savedQuestion);
        const std::optional<CaseDraft> kept = READ(CaseDraftStore(*m_db).find(m_fiche.inscriptionId));
        QVERIFY(kept && !kept->damage.isEmpty() == (reason != QLatin1String("it holds no case")));
        QVERIFY(doc->discard());
        QVERIFY(doc->damagedDraft().isEmpty());
        QVERIFY(!READ(CaseDraftStore(*m_db).find(m_fiche.inscriptionId)));
    }

    void wrongTypesAreFoundAtOpening() {
        QJsonObject body = READ(InscriptionRepository(*m_db).find(m_fiche.inscriptionId))->toJson();
        body.insert(QStringLiteral("question"), 42);
        QJsonObject clinical = body.value(QStringLiteral("clinical")).toObject();
        clinical.insert(QStringLiteral("whoStatus"), QStringLiteral("abc"));
        body.insert(QStringLiteral("clinical"), clinical);
        writeDraft(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("case"), body}}).toJson()));
        auto doc = openCase();
        QVERIFY(!doc->restoredDraftAt().isValid()); // not restored, so never saved
        QVERIFY2(doc->damagedDraft().contains(QStringLiteral("question")) &&
                     doc->damagedDraft().contains(QStringLiteral("whoStatus")),
                 qPrintable(doc->damagedDraft()));
        doc->setText(QStringLiteral("question"), QStringLiteral("Une vraie question ?"));
        QVERIFY2(doc->save(), qPrintable(doc->lastError()));
        QVERIFY(doc->damagedDraft().isEmpty());
    }

    void aGoodDraftIsStillRestored() {
        QJsonObject body = READ(InscriptionRepository(*m_db).find(m_fiche.inscriptionId))->toJson();
        body.insert(QStringLiteral("question"), QStringLiteral("Reprise du brouillon ?"));
        writeDraft(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("case"), body}}).toJson()));
        auto doc = openCase();
        QVERIFY2(doc->damagedDraft().isEmpty(), qPrintable(doc->damagedDraft()));
        QVERIFY(doc->restoredDraftAt().isValid());
        QCOMPARE(doc->current().question, QStringLiteral("Reprise du brouillon ?"));
        QVERIFY2(doc->save(), qPrintable(doc->lastError()));
    }
};

QTEST_MAIN(TestDamagedDrafts)
#include "tst_damageddrafts.moc"
