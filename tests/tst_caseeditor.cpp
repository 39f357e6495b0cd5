// The case editor as a user drives it: typing into fields, undo and redo through the window's actions,
// save, reopen and see the values; a bad TNM shows its message at the field; adding and removing a
// tumour; closing with unsaved edits asks; a new case shows what was taken from the last case; the
// registration dialog says what is missing and registers.
#include "editing/casedocument.h"
#include "models/store/nomenclaturerepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/casedialogs/registrationdialog.h"
#include "ui/caseeditor/caseeditor.h"
#include "ui/caseeditor/codepicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStringListModel>
#include <QUndoStack>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestCaseEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Fiche m_fiche;

    std::unique_ptr<CaseEditorWindow> openWindow(const QUuid &id) {
        QString error;
        auto document = CaseDocument::open(*m_db, id, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        auto window = std::make_unique<CaseEditorWindow>(test::servicesOf(*m_db), std::move(document));
        window->show();
        return window;
    }
    template <typename W>
    static W *field(QWidget *window, const QString &path) {
        W *w = window->findChild<W *>(path);
        [&] { QVERIFY2(w, qPrintable(path)); }();
        return w;
    }
    static void retype(QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("editor.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_fiche = test::saveSampleCase(*m_db);
    }
    void cleanup() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("editor.db")));
    }

    void typeUndoRedoSaveAndReopen() {
        {
            auto window = openWindow(m_fiche.inscriptionId);
            QVERIFY(!window->isWindowModified());
            auto *question = field<QPlainTextEdit>(window.get(), QStringLiteral("question"));
            question->setFocus();
            question->moveCursor(QTextCursor::End);
            QTest::keyClicks(question, QStringLiteral(" Ou surveillance ?"));
            QCOMPARE(window->document()->current().question,
                     QStringLiteral("Chimiothérapie adjuvante ? Ou surveillance ?"));
            QVERIFY(window->isWindowModified());
            QCOMPARE(window->document()->undoStack()->count(), 1); // the typing is one step
            auto *history = field<QPlainTextEdit>(window.get(), QStringLiteral("clinical/history"));
            history->setFocus();
            history->moveCursor(QTextCursor::End);
            QTest::keyClicks(history, QStringLiteral(", diabete"));
            window->undoAction()->trigger();
            QCOMPARE(history->toPlainText(), QStringLiteral("HTA"));
            window->undoAction()->trigger();
            QCOMPARE(question->toPlainText(), QStringLiteral("Chimiothérapie adjuvante ?"));
            QVERIFY(!window->isWindowModified());
            window->redoAction()->trigger();
            window->redoAction()->trigger();
            QCOMPARE(question->toPlainText(), QStringLiteral("Chimiothérapie adjuvante ? Ou surveillance ?"));
            QCOMPARE(history->toPlainText(), QStringLiteral("HTA, diabete"));
            retype(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/clinicalTnm/t")),
                   QStringLiteral("T4a"));
            auto *who = field<QComboBox>(window.get(), QStringLiteral("clinical/whoStatus"));
            who->setCurrentIndex(who->findData(QStringLiteral("2")));
            Q_EMIT who->activated(who->currentIndex());
            QCOMPARE(window->document()->current().clinical.whoStatus, 2);
            QVERIFY(window->saveAction()->shortcut() == QKeySequence(QKeySequence::Save));
            window->saveAction()->trigger();
            QVERIFY(!window->isWindowModified());
            QVERIFY(window->close()); // nothing unsaved: no question
        }
        m_db.reset();
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("editor.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        auto window = openWindow(m_fiche.inscriptionId);
        QCOMPARE(field<QPlainTextEdit>(window.get(), QStringLiteral("question"))->toPlainText(),
                 QStringLiteral("Chimiothérapie adjuvante ? Ou surveillance ?"));
        QCOMPARE(field<QPlainTextEdit>(window.get(), QStringLiteral("clinical/history"))->toPlainText(),
                 QStringLiteral("HTA, diabete"));
        QCOMPARE(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/clinicalTnm/t"))->text(),
                 QStringLiteral("T4a"));
        QCOMPARE(
            field<QComboBox>(window.get(), QStringLiteral("clinical/whoStatus"))->currentData().toString(),
            QStringLiteral("2"));
        QCOMPARE(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/diagnosisDate"))->text(),
                 QStringLiteral("10/2026")); // month known only
    }

    void aBadTnmShowsItsMessageAtTheField() {
        auto window = openWindow(m_fiche.inscriptionId);
        auto *t = field<QLineEdit>(window.get(), QStringLiteral("tumours/0/clinicalTnm/t"));
        auto *tMessage = field<QLabel>(window.get(), QStringLiteral("message:tumours/0/clinicalTnm/t"));
        QVERIFY(tMessage->isHidden());
        retype(t, QStringLiteral("T9"));
        QVERIFY(!tMessage->isHidden());
        QVERIFY(!tMessage->text().isEmpty());
        retype(t, QStringLiteral("T3"));
        QVERIFY(tMessage->isHidden());
        retype(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/topography")),
               QStringLiteral("C25.0"));
        retype(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/clinicalTnm/n")),
               QStringLiteral("N2b"));
        auto *whole = field<QLabel>(window.get(), QStringLiteral("message:tumours/0/clinicalTnm"));
        QVERIFY(!whole->isHidden());
        QVERIFY2(whole->text().contains(QStringLiteral("N2b")), qPrintable(whole->text()));
        auto *problems = field<QLabel>(window.get(), QStringLiteral("problems"));
        QVERIFY(!problems->isHidden());
        // The computed stage group follows a valid TNM.
        retype(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/clinicalTnm/n")),
               QStringLiteral("N1"));
        retype(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/clinicalTnm/stage")), QString());
        QVERIFY(whole->isHidden());
        auto *stage = field<QLabel>(window.get(), QStringLiteral("tumours/0/clinicalTnm:stage"));
        QVERIFY2(stage->text().contains(QStringLiteral("IIB")), qPrintable(stage->text()));
    }

    void theTopographyPickerSearchesTheImportedSet() {
        nomenclature::NomenclatureRepository sets(*m_db);
        QVERIFY(sets.importFile(QDir(test::referenceDir()).filePath(QStringLiteral("JDVx_Tumeur.xml"))).ok);
        auto window = openWindow(m_fiche.inscriptionId);
        auto *topography = field<QLineEdit>(window.get(), QStringLiteral("tumours/0/topography"));
        auto *picker = topography->findChild<ui::CodePicker *>();
        QVERIFY(picker);
        topography->setFocus();
        topography->selectAll();
        QTest::keyClicks(topography, QStringLiteral("sein sup")); // typed over the code
        // Words search; they are not a code and do not reach the case.
        QCOMPARE(window->document()->current().tumours[0].topography, QStringLiteral("C18.7"));
        QVERIFY(field<QLabel>(window.get(), QStringLiteral("message:tumours/0/topography"))->isHidden());
        const QStringList found = static_cast<QStringListModel *>(picker->completer()->model())->stringList();
        QVERIFY2(found.size() >= 2 && found.first().startsWith(QStringLiteral("C50.")),
                 qPrintable(found.join('|')));
        Q_EMIT picker->completer()->activated(found.first());
        QCOMPARE(window->document()->current().tumours[0].topography, found.first().left(5));
        QCOMPARE(topography->text(), found.first().left(5));
        QVERIFY(field<QLabel>(window.get(), QStringLiteral("tumours/0/topography:label"))
                    ->text()
                    .contains(QStringLiteral("sein")));
    }

    void tumoursAreAddedAndRemovedWithUndo() {
        auto window = openWindow(m_fiche.inscriptionId);
        field<QPushButton>(window.get(), QStringLiteral("tumours:add"))->click();
        QVERIFY(window->findChild<QGroupBox *>(QStringLiteral("tumours/1:card")));
        retype(field<QLineEdit>(window.get(), QStringLiteral("tumours/1/topography")),
               QStringLiteral("C50.4"));
        QCOMPARE(window->document()->current().tumours[1].topography, QStringLiteral("C50.4"));
        field<QPushButton>(window.get(), QStringLiteral("tumours/0:remove"))->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/topography"))->text(),
                 QStringLiteral("C50.4"));
        QVERIFY(!window->findChild<QGroupBox *>(QStringLiteral("tumours/1:card")));
        window->undoAction()->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(field<QLineEdit>(window.get(), QStringLiteral("tumours/0/topography"))->text(),
                 QStringLiteral("C18.7"));
        QCOMPARE(field<QLineEdit>(window.get(), QStringLiteral("tumours/1/topography"))->text(),
                 QStringLiteral("C50.4"));
    }

    void closingWithUnsavedEditsAsks() {
        auto window = openWindow(m_fiche.inscriptionId);
        auto *question = field<QPlainTextEdit>(window.get(), QStringLiteral("question"));
        question->setFocus();
        QTest::keyClicks(question, QStringLiteral("!"));
        int asked = 0;
        window->askOnClose = [&asked](QWidget *) {
            ++asked;
            return QMessageBox::Cancel;
        };
        QVERIFY(!window->close());
        QCOMPARE(asked, 1);
        QVERIFY(window->isVisible());
        QVERIFY(window->document()->flushDraft());
        QVERIFY(READ(CaseDraftStore(*m_db).find(m_fiche.inscriptionId)));
        window->askOnClose = [](QWidget *) { return QMessageBox::Discard; };
        QVERIFY(window->close());
        QVERIFY(!READ(CaseDraftStore(*m_db).find(m_fiche.inscriptionId)));
        QCOMPARE(READ(InscriptionRepository(*m_db).find(m_fiche.inscriptionId))->question,
                 QStringLiteral("Chimiothérapie adjuvante ?"));
    }

    void aNewCaseShowsWhatWasTakenFromTheLastCase() {
        QString error;
        auto document = CaseDocument::create(*m_db, m_fiche.patientId, m_fiche.sessionId, &error);
        QVERIFY2(document, qPrintable(error));
        CaseEditorWindow window(test::servicesOf(*m_db), std::move(document));
        window.show();
        auto *banner = field<QLabel>(&window, QStringLiteral("prefillBanner"));
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QStringLiteral("10/11/2026")), qPrintable(banner->text()));
        auto *topography = field<QLineEdit>(&window, QStringLiteral("tumours/0/topography"));
        QCOMPARE(topography->text(), QStringLiteral("C18.7"));
        QVERIFY(topography->property("prefilled").toBool());
        QVERIFY(!field<QPlainTextEdit>(&window, QStringLiteral("question"))->property("prefilled").toBool());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("prefillMark")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("new")));
        window.askOnClose = [](QWidget *) { return QMessageBox::Discard; };
        QVERIFY(window.close());
    }

    void theRegistrationDialogSaysWhatIsMissingThenRegisters() {
        Session next = test::sampleSession(READ(SessionRepository(*m_db).find(m_fiche.sessionId))->rcpId);
        next.startsAt = QDateTime::currentDateTimeUtc().addDays(7);
        QVERIFY(SessionRepository(*m_db).save(next).ok);
        Professional doctor;
        doctor.lastName = QStringLiteral("Roux");
        doctor.firstName = QStringLiteral("Anne");
        QVERIFY(ProfessionalRepository(*m_db).save(doctor).ok);
        RegistrationDialog dialog(test::servicesOf(*m_db), m_fiche.patientId);
        QCOMPARE(dialog.sessionBox()->currentData().toUuid(), next.meta.id);
        dialog.accept();
        QVERIFY(!dialog.errorLabel()->isHidden()); // no requester, no question
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("question")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.requesterBox()->setCurrentIndex(dialog.requesterBox()->findData(doctor.meta.id));
        dialog.questionField()->setPlainText(QStringLiteral("Place de la radiothérapie ?"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Inscription saved = *READ(InscriptionRepository(*m_db).find(dialog.caseId()));
        QCOMPARE(saved.sessionId, next.meta.id);
        QCOMPARE(saved.requesterId, doctor.meta.id);
        QCOMPARE(saved.question, QStringLiteral("Place de la radiothérapie ?"));
        // The editor it opens marks what the new case took from the patient's earlier case.
        std::unique_ptr<CaseDocument> document = dialog.takeDocument();
        QVERIFY(document && !document->isDirty());
        QCOMPARE(document->prefill().source, Prefill::Source::Case);
        CaseEditorWindow window(test::servicesOf(*m_db), std::move(document));
        window.show();
        QVERIFY(!field<QLabel>(&window, QStringLiteral("prefillBanner"))->isHidden());
        QVERIFY(field<QLineEdit>(&window, QStringLiteral("tumours/0/topography"))
                    ->property("prefilled")
                    .toBool());
    }
};

QTEST_MAIN(TestCaseEditor)
#include "tst_caseeditor.moc"
