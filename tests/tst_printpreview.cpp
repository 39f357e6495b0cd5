// The print previews, opened offscreen as a user opens them: the fiche, the session's agenda (long
// enough for several pages) and its attendance sheet each show as many pages as their PDF file has, and
// what the preview sends to the printer (a QPrinter writing a PDF, read back with pdftotext) is the
// document, page for page. The Fiches workspace reaches them (Print…, and the "Print the session" menu),
// and saving the session's fiches says how many files go where, before and after.
#include "models/itemmodels/fichelistmodel.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "reports/fichepdf.h"
#include "reports/sessionpdf.h"
#include "services/ficheservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/pdftext.h"
#include "tests/support/servicesof.h"
#include "tests/support/sessionfixtures.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/printing/fichepreview.h"
#include "ui/printing/printpreview.h"
#include "ui/printing/sessionprinting.h"
#include "ui/workspaces/fichesworkspace.h"
#include "ui/workspaces/planningworkspace.h"

#include <QAction>
#include <QMenu>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace concerto;

namespace {
constexpr int kExtraCases = 45; // the agenda then runs over several pages
}

class TestPrintPreview : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::SessionCase m_case;
    reports::SessionContext m_session;

    // Shows the preview, then checks its pages against `pdf` (the document's own PDF file) and prints
    // it into a PDF through the preview's printer: the same pages, with `expected` in their text.
    void checkPreview(PrintPreview &preview, const QByteArray &pdf, const QStringList &expected,
                      const QString &name) {
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QPrintPreviewWidget *pages = preview.pages();
        QVERIFY(pages);
        const int documentPages = test::pdfPageCountOf(pdf);
        QVERIFY(documentPages >= 1);
        QTRY_COMPARE(pages->pageCount(), documentPages);
        QCOMPARE(preview.paintedPages(), documentPages);

        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QPrinter *printer = preview.documentPrinter();
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        pages->print();
        QCOMPARE(test::pdfPageCount(path), documentPages);
        const QString text = test::simplified(test::pdfText(path));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" missing in: ") + text.left(600)));
        // Every page carries its number out of the document's own count.
        QVERIFY2(text.contains(QStringLiteral("Page %1/%1").arg(documentPages)), qPrintable(text.right(300)));
        preview.close();
    }

    // Closes the print preview that opens next as soon as it shows (from inside its event loop), after
    // noting its title; "none" when no preview opened.
    static void expectPreview(QStringList *titles) {
        // Waits (up to 5 s) for a modal window, notes what it is and closes it.
        auto *timer = new QTimer;
        auto *waited = new int(0);
        QObject::connect(timer, &QTimer::timeout, [titles, timer, waited] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal && ++*waited < 100)
                return;
            timer->stop();
            timer->deleteLater();
            delete waited;
            auto *shown = qobject_cast<PrintPreview *>(modal);
            if (!modal)
                titles->append(QStringLiteral("none"));
            else if (!shown)
                titles->append(QStringLiteral("not a preview: ") + modal->windowTitle());
            else if (shown->pages()->pageCount() < 1)
                titles->append(QStringLiteral("no page"));
            else
                titles->append(shown->windowTitle());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        timer->start(50);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("print.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_case = test::saveSessionCase(*m_db);
        for (int i = 0; i < kExtraCases; ++i) {
            Patient p = test::samplePatient();
            p.birthName = QStringLiteral("Patient");
            p.usedName.clear();
            p.birthGivenNames = {QStringLiteral("Numéro")};
            p.ins.clear();
            p.identityStatus = IdentityStatus::Provisional;
            p.ipp = QStringLiteral("X%1").arg(i);
            p.birthDate = QDate(1940, 1, 1).addDays(i);
            QVERIFY(PatientRepository(*m_db).save(p).ok);
            Inscription extra = test::sampleInscription(m_case.sessionId, p.meta.id);
            extra.requesterId = m_case.first.requesterId;
            extra.agendaOrder = 10 + i;
            extra.question = QStringLiteral("Question %1 ?").arg(i + 1);
            QVERIFY(InscriptionRepository(*m_db).save(extra).ok);
        }
        m_session = READ(reports::loadSessionContext(*m_db, m_case.sessionId));
        QVERIFY(int(m_session.toDiscuss.size()) > kExtraCases);
    }

    void thePreviewOfTheFicheIsItsPdf() {
        const reports::FicheContext context =
            READ(reports::loadFicheContext(*m_db, m_case.first.fiche.meta.id));
        const reports::FicheCodeLabels labels = test::servicesOf(*m_db).fiches().codeLabels(context);
        const std::unique_ptr<PrintPreview> preview = PrintPreview::ofFiche(context, labels, nullptr);
        checkPreview(*preview, reports::fichePdf(context, labels),
                     {QStringLiteral("Fiche RCP"), QStringLiteral("MARTIN")}, QStringLiteral("fiche"));
    }

    void thePreviewOfTheAgendaIsItsPdf() {
        QString error;
        const std::unique_ptr<PrintPreview> preview = PrintPreview::ofSession(
            test::servicesOf(*m_db), m_case.sessionId, SessionDocument::Agenda, nullptr, &error);
        QVERIFY2(preview, qPrintable(error));
        const QByteArray pdf = reports::agendaPdf(m_session);
        QVERIFY2(test::pdfPageCountOf(pdf) >= 2, "the agenda should run over several pages");
        checkPreview(*preview, pdf,
                     {QStringLiteral("Ordre du jour"), QStringLiteral("DURAND Paul"),
                      QStringLiteral("Question 45 ?"),
                      QStringLiteral("Dossiers enregistrés sans discussion")},
                     QStringLiteral("agenda"));
    }

    void thePreviewOfTheAttendanceSheetIsItsPdf() {
        QString error;
        const std::unique_ptr<PrintPreview> preview = PrintPreview::ofSession(
            test::servicesOf(*m_db), m_case.sessionId, SessionDocument::Attendance, nullptr, &error);
        QVERIFY2(preview, qPrintable(error));
        checkPreview(*preview, reports::attendancePdf(m_session),
                     {QStringLiteral("Feuille d'émargement"), QStringLiteral("Signature"),
                      QStringLiteral("Dr Claire MOREAU")},
                     QStringLiteral("attendance"));
    }

    void anUnknownSessionSaysWhy() {
        QString error;
        QVERIFY(!PrintPreview::ofSession(test::servicesOf(*m_db), QUuid::createUuid(),
                                         SessionDocument::Agenda, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The session could not be read")), qPrintable(error));
    }

    // From the Fiches list: Print… and the session's menu open the previews (closed here as soon as
    // they show, from inside their event loop).
    void theFichesWorkspaceOpensThePreviews() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refresh();
        w.model()->fetchMore({});
        QVERIFY(w.model()->rowCount() >= 1);
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        QVERIFY(w.preview()->hasFiche());
        QStringList titles;
        expectPreview(&titles);
        w.print();
        auto *menu = w.findChild<QMenu *>(QStringLiteral("sessionPrintMenu"));
        QVERIFY(menu);
        for (const char *name : {"printAgenda", "printAttendance"}) {
            QAction *action = menu->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            expectPreview(&titles);
            action->trigger();
        }
        QCOMPARE(titles.size(), 3);
        QVERIFY2(titles.at(0).contains(QStringLiteral("Fiche RCP")), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.at(1).contains(QStringLiteral("Ordre du jour")), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.at(2).contains(QStringLiteral("Feuille d'émargement")),
                 qPrintable(titles.join(u'|')));
    }

    // From Planning: the selected session's Print menu, and Ctrl+P for its agenda.
    void planningOpensThePreviews() {
        PlanningWorkspace w(test::servicesOf(*m_db));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showMonth(2026, 11);
        QVERIFY(w.model()->rowOf(m_case.sessionId) >= 0);
        w.table()->selectRow(w.model()->rowOf(m_case.sessionId));
        auto *button = w.findChild<QPushButton *>(QStringLiteral("printSession"));
        QVERIFY(button && button->isVisible() && button->menu());
        QStringList titles;
        expectPreview(&titles);
        button->menu()->findChild<QAction *>(QStringLiteral("printAttendance"))->trigger();
        expectPreview(&titles);
        QApplication::setActiveWindow(&w); // back from the preview
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.table()->setFocus();
        QTRY_VERIFY(w.table()->hasFocus());
        QTest::keyClick(w.table(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(titles.size(), 2);
        QVERIFY2(titles.at(0).contains(QStringLiteral("Feuille d'émargement")),
                 qPrintable(titles.join(u'|')));
        QVERIFY2(titles.at(1).contains(QStringLiteral("Ordre du jour")), qPrintable(titles.join(u'|')));
    }

    void savingTheSessionSaysWhatAndWhere() {
        Services &services = test::servicesOf(*m_db);
        const int fiches = READ(sessionprinting::ficheCount(services, m_case.sessionId));
        QCOMPARE(fiches, 3);
        QCOMPARE(sessionprinting::folderQuestion(fiches),
                 QStringLiteral("Folder for the 3 fiches of the session (one PDF file each)"));
        QCOMPARE(sessionprinting::folderQuestion(1),
                 QStringLiteral("Folder for the fiche of the session (one PDF file)"));
        const QString folder = m_dir.filePath(QStringLiteral("session"));
        QVERIFY(QDir().mkpath(folder));
        const SessionFichesResult result = saveSessionFiches(services, m_case.sessionId, folder, nullptr);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.written, 3);
        QCOMPARE(result.files, QDir(folder).entryList(QDir::Files, QDir::Name));
        const QString said = sessionprinting::writtenReport(result, folder);
        QCOMPARE(said, QStringLiteral("3 fiches written as PDF files into %1: %2 to %3.")
                           .arg(QDir::toNativeSeparators(folder), result.files.first(), result.files.last()));
        installTranslations(QStringLiteral("fr"));
        QCOMPARE(sessionprinting::folderQuestion(fiches),
                 QStringLiteral("Dossier des 3 fiches de la séance (un fichier PDF chacune)"));
        QCOMPARE(sessionprinting::folderQuestion(1),
                 QStringLiteral("Dossier de la fiche de la séance (un fichier PDF)"));
        QVERIFY(sessionprinting::writtenReport(result, folder)
                    .startsWith(QStringLiteral("3 fiches enregistrées en PDF dans ")));
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPrintPreview)
#include "tst_printpreview.moc"
