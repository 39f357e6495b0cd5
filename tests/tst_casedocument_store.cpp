// The editing layer and the database file: a save round trip through a real SQLite file, drafts
// written after edits and on close, restored after reopening the database, removed on save and discard,
// an older draft offered rather than forced, a new case kept as a draft, and a read-only database that
// refuses the save in words and loses nothing.
#include "editing/casedocument.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QUndoStack>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestCaseDocumentStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_case;
    QUuid m_patient;
    QUuid m_session;
    QDateTime m_now{QDate(2026, 11, 27), QTime(12, 0), Qt::UTC};

    QString path() const { return m_dir.filePath(QStringLiteral("store.db")); }
    void reopen() {
        m_db.reset();
        QString error;
        m_db = Database::open(path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setClock([this] { return m_now; });
    }
    std::unique_ptr<CaseDocument> openCase(const QUuid &id) {
        QString error;
        auto document = CaseDocument::open(*m_db, id, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }
    std::optional<CaseDraft> draftOf(const QUuid &id) { return READ(CaseDraftStore(*m_db).find(id)); }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setClock([this] { return m_now; });
        const Fiche f = test::saveSampleCase(*m_db);
        m_case = f.inscriptionId;
        m_patient = f.patientId;
        m_session = f.sessionId;
        m_now = m_now.addSecs(60);
    }
    void cleanup() {
        m_db.reset();
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path() + suffix);
    }

    void saveRoundTripsThroughTheFile() {
        {
            auto doc = openCase(m_case);
            doc->setText(QStringLiteral("question"), QStringLiteral("Chirurgie d'emblée ?"));
            doc->setText(QStringLiteral("tumours/0/clinicalTnm/n"), QStringLiteral("N2a"));
            doc->setInt(QStringLiteral("clinical/whoStatus"), 0);
            doc->appendItem(QStringLiteral("clinical/tests"),
                            {{QStringLiteral("exam"), QStringLiteral("IRM hépatique")},
                             {QStringLiteral("date"), QStringLiteral("2026-11-03")}});
            QVERIFY2(doc->save(), qPrintable(doc->lastError()));
            QVERIFY(!doc->isDirty());
            QVERIFY(!draftOf(m_case)); // a save leaves no draft
        }
        reopen();
        const Inscription saved = *READ(InscriptionRepository(*m_db).find(m_case));
        QCOMPARE(saved.question, QStringLiteral("Chirurgie d'emblée ?"));
        QCOMPARE(saved.tumours[0].clinicalTnm.n, QStringLiteral("N2a"));
        QCOMPARE(saved.tumours[0].pathologicalTnm.n, QStringLiteral("N1b")); // untouched fields stay
        QCOMPARE(saved.clinical.whoStatus, 0);
        QCOMPARE(saved.clinical.tests.size(), std::size_t(2));
        QCOMPARE(saved.clinical.tests[1].date, QDate(2026, 11, 3));
        auto doc = openCase(m_case);
        QVERIFY(!doc->isDirty());
        QVERIFY(!doc->restoredDraftAt().isValid());
        QCOMPARE(doc->text(QStringLiteral("tumours/0/clinicalTnm/n")), QStringLiteral("N2a"));
    }

    void aDraftIsWrittenAfterEditsAndRestoredAfterReopening() {
        {
            auto doc = openCase(m_case);
            QSignalSpy written(doc.get(), &CaseDocument::draftWritten);
            doc->setText(QStringLiteral("clinical/history"), QStringLiteral("HTA, tabac sevré"));
            QVERIFY(!draftOf(m_case)); // debounced: not at each key
            QVERIFY(written.wait(CaseDocument::kDraftDelayMs * 4));
            const std::optional<CaseDraft> draft = draftOf(m_case);
            QVERIFY(draft);
            QVERIFY(!draft->isNew);
            QCOMPARE(draft->patientId, m_patient);
            QCOMPARE(draft->savedAt, m_now);
            // The document is dropped without a save, as a killed program would leave it.
        }
        m_now = m_now.addSecs(60);
        reopen();
        QCOMPARE(READ(InscriptionRepository(*m_db).find(m_case))->clinical.history, QStringLiteral("HTA"));
        auto doc = openCase(m_case);
        QCOMPARE(doc->current().clinical.history, QStringLiteral("HTA, tabac sevré"));
        QCOMPARE(doc->restoredDraftAt(), m_now.addSecs(-60));
        QVERIFY(doc->isDirty());
        doc->undoStack()->undo(); // the restore is a step: undo shows the saved case
        QCOMPARE(doc->current().clinical.history, QStringLiteral("HTA"));
        QVERIFY(!doc->isDirty());
    }

    void closingWritesThePendingDraftAtOnce() {
        {
            auto doc = openCase(m_case);
            doc->setText(QStringLiteral("clinical/summary"), QStringLiteral("Typed just before closing"));
        } // no event loop ran: the timer never fired
        QVERIFY(draftOf(m_case));
        reopen();
        QCOMPARE(openCase(m_case)->current().clinical.summary, QStringLiteral("Typed just before closing"));
    }

    void saveDiscardAndUndoRemoveTheDraft() {
        auto doc = openCase(m_case);
        doc->setText(QStringLiteral("question"), QStringLiteral("Q1"));
        QVERIFY(doc->flushDraft());
        QVERIFY(draftOf(m_case));
        doc->undoStack()->undo(); // back to what is saved: nothing to keep
        QVERIFY(doc->flushDraft());
        QVERIFY(!draftOf(m_case));
        doc->setText(QStringLiteral("question"), QStringLiteral("Q2"));
        QVERIFY(doc->flushDraft());
        QVERIFY(doc->discard());
        QVERIFY(!draftOf(m_case));
        QCOMPARE(doc->current().question, QStringLiteral("Chimiothérapie adjuvante ?"));
        QVERIFY(!doc->isDirty());
        QCOMPARE(doc->undoStack()->count(), 0);
        doc->setText(QStringLiteral("question"), QStringLiteral("Q3"));
        QVERIFY(doc->flushDraft());
        QVERIFY(doc->save());
        QVERIFY(!draftOf(m_case));
    }

    void anOlderDraftIsOfferedNotForced() {
        {
            auto doc = openCase(m_case);
            doc->setText(QStringLiteral("question"), QStringLiteral("Draft question"));
        }
        m_now = m_now.addSecs(3600); // someone saves the case later (another screen, a sync pull)
        Inscription later = *READ(InscriptionRepository(*m_db).find(m_case));
        later.clinical.summary = QStringLiteral("Saved later");
        QVERIFY(InscriptionRepository(*m_db).save(later).ok);
        auto doc = openCase(m_case);
        QCOMPARE(doc->current().question, QStringLiteral("Chimiothérapie adjuvante ?"));
        QCOMPARE(doc->current().clinical.summary, QStringLiteral("Saved later"));
        QVERIFY(doc->olderDraftAt().isValid());
        QVERIFY(!doc->isDirty());
        QVERIFY(doc->restoreOlderDraft());
        QCOMPARE(doc->current().question, QStringLiteral("Draft question"));
        QVERIFY(doc->isDirty());
    }

    void aNewCaseLivesAsADraftUntilSaved() {
        QUuid id;
        {
            QString error;
            auto doc = CaseDocument::create(*m_db, m_patient, m_session, &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(doc->isNew());
            QVERIFY(doc->isDirty());
            id = doc->id();
            doc->setText(QStringLiteral("question"), QStringLiteral("Nouvelle question"));
        }
        QVERIFY(!READ(InscriptionRepository(*m_db).find(id)));
        const std::vector<CaseDraft> drafts = READ(CaseDraftStore(*m_db).newCasesOf(m_patient));
        QCOMPARE(drafts.size(), std::size_t(1));
        QCOMPARE(drafts[0].inscriptionId, id);
        QCOMPARE(drafts[0].sessionId, m_session);
        reopen();
        auto doc = openCase(id);
        QVERIFY(doc->isNew());
        QCOMPARE(doc->current().question, QStringLiteral("Nouvelle question"));
        QCOMPARE(doc->current().sessionId, m_session);
        QVERIFY(doc->save());
        QCOMPARE(READ(InscriptionRepository(*m_db).find(id))->question, QStringLiteral("Nouvelle question"));
        QVERIFY(READ(CaseDraftStore(*m_db).newCasesOf(m_patient)).empty());
        // A case that is neither saved nor drafted cannot be opened.
        QString error;
        QVERIFY(!CaseDocument::open(*m_db, QUuid::createUuid(), &error));
        QVERIFY(!error.isEmpty());
    }

    void aReadOnlyDatabaseRefusesTheSaveInWordsAndLosesNothing() {
        m_db.reset();
        QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        reopen();
        QVERIFY(m_db->isReadOnly());
        auto doc = openCase(m_case);
        doc->setText(QStringLiteral("question"), QStringLiteral("Typed on a read-only file"));
        QVERIFY(!doc->save());
        QVERIFY2(doc->lastError().contains(QStringLiteral("read-only")), qPrintable(doc->lastError()));
        QVERIFY(doc->isDirty());
        QCOMPARE(doc->current().question, QStringLiteral("Typed on a read-only file"));
        QVERIFY(!doc->flushDraft());
        QVERIFY(doc->draftError().contains(QStringLiteral("read-only")));
        // Once the file can be written again, the same document saves what was typed.
        doc.reset();
    }
};

QTEST_GUILESS_MAIN(TestCaseDocumentStore)
#include "tst_casedocument_store.moc"
