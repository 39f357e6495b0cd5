// The editing layer's undo stack: every kind of edit undoes and redoes, typing in one field is one
// step, dirty/clean follows the stack, list edits keep the items' unknown keys.
#include "editing/casedocument.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QUndoStack>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestCaseDocumentEdits : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_case;

    std::unique_ptr<CaseDocument> openCase() {
        QString error;
        auto document = CaseDocument::open(*m_db, m_case, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("edits.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_case = test::saveSampleCase(*m_db).inscriptionId;
    }
    void cleanup() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("edits.db")));
    }

    void aFieldUndoesAndRedoes() {
        auto doc = openCase();
        QVERIFY(!doc->isDirty());
        QVERIFY(doc->setText(QStringLiteral("clinical/history"), QStringLiteral("HTA, diabète")));
        QCOMPARE(doc->current().clinical.history, QStringLiteral("HTA, diabète"));
        QVERIFY(doc->isDirty());
        doc->undoStack()->undo();
        QCOMPARE(doc->current().clinical.history, QStringLiteral("HTA"));
        QVERIFY(!doc->isDirty());
        doc->undoStack()->redo();
        QCOMPARE(doc->current().clinical.history, QStringLiteral("HTA, diabète"));
        // A check box, an int and a date are one step each and undo to their old value.
        QVERIFY(doc->setBool(QStringLiteral("motif/recours"), true));
        QVERIFY(doc->setInt(QStringLiteral("clinical/whoStatus"), 2));
        QVERIFY(doc->setDate(QStringLiteral("tumours/0/diagnosisDate"), QDate(2026, 9, 3)));
        QCOMPARE(doc->undoStack()->count(), 4);
        QVERIFY(doc->current().motif.recours);
        QCOMPARE(doc->current().clinical.whoStatus, 2);
        QCOMPARE(doc->current().tumours[0].diagnosisDate, QDate(2026, 9, 3));
        doc->undoStack()->undo();
        QCOMPARE(doc->current().tumours[0].diagnosisDate, QDate(2026, 10, 1));
        doc->undoStack()->undo();
        QCOMPARE(doc->current().clinical.whoStatus, 1);
        doc->undoStack()->undo();
        QVERIFY(!doc->current().motif.recours);
        // Setting the value a field already has is no step at all.
        QVERIFY(!doc->setText(QStringLiteral("question"), doc->current().question));
        QVERIFY(!doc->setText(QStringLiteral("tumours/5/topography"), QStringLiteral("C50.9")));
    }

    void typingInOneFieldIsOneStep() {
        auto doc = openCase();
        const QString typed = QStringLiteral("Radiochimiothérapie ?");
        for (int n = 1; n <= typed.size(); ++n)
            doc->setText(QStringLiteral("question"), typed.left(n));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->current().question, typed);
        // Another field starts a new step; coming back to the first field too.
        doc->setText(QStringLiteral("clinical/summary"), QStringLiteral("S"));
        doc->setText(QStringLiteral("question"), typed + QStringLiteral(" Ou"));
        QCOMPARE(doc->undoStack()->count(), 3);
        // The editor ends a step when the field loses focus: the same field then starts a new one.
        doc->endTyping();
        doc->setText(QStringLiteral("question"), typed + QStringLiteral(" Ou chirurgie"));
        QCOMPARE(doc->undoStack()->count(), 4);
        doc->undoStack()->undo();
        QCOMPARE(doc->current().question, typed + QStringLiteral(" Ou"));
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->current().question, QStringLiteral("Chimiothérapie adjuvante ?"));
        QVERIFY(!doc->isDirty());
    }

    void typingBackToTheSavedTextLeavesNoStep() {
        auto doc = openCase();
        const QString saved = doc->current().question;
        doc->setText(QStringLiteral("question"), saved + QStringLiteral("x"));
        QVERIFY(doc->isDirty());
        doc->setText(QStringLiteral("question"), saved);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->isDirty());
    }

    void tumoursAreAddedRemovedAndMoved() {
        auto doc = openCase();
        const int added = doc->appendItem(QStringLiteral("tumours"),
                                          {{QStringLiteral("topography"), QStringLiteral("C50.4")},
                                           {QStringLiteral("futureKey"), QStringLiteral("kept")}});
        QCOMPARE(added, 1);
        QCOMPARE(doc->current().tumours.size(), std::size_t(2));
        QVERIFY(doc->moveItem(QStringLiteral("tumours"), 1, 0));
        QCOMPARE(doc->current().tumours[0].topography, QStringLiteral("C50.4"));
        QCOMPARE(doc->value(QStringLiteral("tumours/0/futureKey")).toString(), QStringLiteral("kept"));
        QVERIFY(doc->removeItem(QStringLiteral("tumours"), 1));
        QCOMPARE(doc->current().tumours.size(), std::size_t(1));
        QCOMPARE(doc->current().tumours[0].topography, QStringLiteral("C50.4"));
        doc->undoStack()->undo(); // the colon tumour is back, with all it held
        QCOMPARE(doc->current().tumours[1].topography, QStringLiteral("C18.7"));
        QCOMPARE(doc->current().tumours[1].pathologicalTnm.n, QStringLiteral("N1b"));
        QCOMPARE(doc->current().tumours[1].otherStagings.size(), std::size_t(1));
        doc->undoStack()->undo();
        QCOMPARE(doc->current().tumours[0].topography, QStringLiteral("C18.7"));
        doc->undoStack()->undo();
        QCOMPARE(doc->current().tumours.size(), std::size_t(1));
        QVERIFY(!doc->isDirty());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QCOMPARE(doc->current().tumours.size(), std::size_t(1));
        QCOMPARE(doc->current().tumours[0].topography, QStringLiteral("C50.4"));
        QVERIFY(!doc->moveItem(QStringLiteral("tumours"), 0, 3));
        QVERIFY(!doc->removeItem(QStringLiteral("tumours"), 4));
    }

    void resultsTreatmentsAndReportsUndo() {
        auto doc = openCase();
        doc->appendItem(QStringLiteral("clinical/tests"),
                        {{QStringLiteral("exam"), QStringLiteral("Scanner TAP")}});
        doc->setText(QStringLiteral("clinical/tests/1/result"), QStringLiteral("Pas de lésion secondaire"));
        doc->appendItem(QStringLiteral("clinical/treatments"),
                        {{QStringLiteral("details"), QStringLiteral("FOLFOX")}});
        doc->setValue(QStringLiteral("clinical/treatments/1/state"), QStringLiteral("ongoing"));
        doc->appendItem(QStringLiteral("clinical/reports"),
                        {{QStringLiteral("kind"), QStringLiteral("molecular")}});
        doc->setText(QStringLiteral("clinical/reports/1/text"), QStringLiteral("RAS sauvage"));
        const ClinicalContext &k = doc->current().clinical;
        QCOMPARE(k.tests.size(), std::size_t(2));
        QCOMPARE(k.tests[1].result, QStringLiteral("Pas de lésion secondaire"));
        QCOMPARE(k.treatments[1].state, TreatmentState::Ongoing);
        QCOMPARE(k.reports[1].text, QStringLiteral("RAS sauvage"));
        QVERIFY(doc->removeItem(QStringLiteral("clinical/tests"), 0));
        QCOMPARE(doc->current().clinical.tests[0].exam, QStringLiteral("Scanner TAP"));
        doc->undoStack()->undo();
        QCOMPARE(doc->current().clinical.tests[0].exam, QStringLiteral("ACE"));
        doc->undoStack()->setIndex(0);
        QCOMPARE(doc->current().clinical.tests.size(), std::size_t(1));
        QCOMPARE(doc->current().clinical.treatments.size(), std::size_t(1));
        QCOMPARE(doc->current().clinical.reports.size(), std::size_t(1));
        QVERIFY(!doc->isDirty());
    }

    void dirtyFollowsTheCleanIndexAndIsAnnounced() {
        auto doc = openCase();
        QSignalSpy dirty(doc.get(), &CaseDocument::dirtyChanged);
        QSignalSpy changed(doc.get(), &CaseDocument::changed);
        doc->setText(QStringLiteral("clinical/comorbidities"), QStringLiteral("BPCO"));
        QCOMPARE(dirty.count(), 1);
        QCOMPARE(dirty.last().at(0).toBool(), true);
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("clinical/comorbidities"));
        doc->undoStack()->undo();
        QCOMPARE(dirty.count(), 2);
        QCOMPARE(dirty.last().at(0).toBool(), false);
        doc->undoStack()->redo();
        QVERIFY(doc->save());
        QVERIFY(!doc->isDirty());
        QCOMPARE(dirty.last().at(0).toBool(), false);
        doc->undoStack()->undo(); // before the save: differs from what is saved
        QVERIFY(doc->isDirty());
        QCOMPARE(doc->current().clinical.comorbidities, QString());
    }

    void unknownKeysOfTheCaseSurviveEdits() {
        QJsonObject body = READ(InscriptionRepository(*m_db).find(m_case))->toJson();
        Inscription withExtra = Inscription::fromJson([&] {
            QJsonObject b = body;
            b.insert(QStringLiteral("newerField"), QStringLiteral("from a newer version"));
            return b;
        }());
        withExtra.meta = READ(InscriptionRepository(*m_db).find(m_case))->meta;
        QVERIFY(InscriptionRepository(*m_db).save(withExtra).ok);
        auto doc = openCase();
        doc->setText(QStringLiteral("question"), QStringLiteral("Autre question"));
        QVERIFY(doc->save());
        const QJsonObject saved = READ(InscriptionRepository(*m_db).find(m_case))->toJson();
        QCOMPARE(saved.value(QStringLiteral("newerField")).toString(),
                 QStringLiteral("from a newer version"));
        QCOMPARE(saved.value(QStringLiteral("question")).toString(), QStringLiteral("Autre question"));
    }
};

QTEST_GUILESS_MAIN(TestCaseDocumentEdits)
#include "tst_casedocument_edits.moc"
