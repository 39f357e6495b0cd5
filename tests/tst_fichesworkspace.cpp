// The Fiches workspace shows the selected fiche as its pages, Enter or a double-click opens it in its own
// window (readable, scrolled and zoomed from the keyboard), Save as PDF writes a
// file that reads back with the patient's name (and says why when it cannot, leaving no file), the
// session's fiches go into an existing folder, and a fiche that cannot be read says so in the banner
// instead of showing nothing.
#include "models/itemmodels/fichelistmodel.h"
#include "reports/fichecontext.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/pdftext.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "ui/printing/fichedialog.h"
#include "ui/printing/fichepreview.h"
#include "ui/workspaces/fichesworkspace.h"

#include <QAbstractScrollArea>
#include <QPrintPreviewWidget>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace concerto;

class TestFichesWorkspace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_birthName;

    // As the main window does each time it shows the workspace, then a click on the newest fiche.
    static void selectFirst(FichesWorkspace &w) {
        w.refresh();
        w.model()->fetchMore({}); // the view fetches its first page when it lays out
        QVERIFY(w.model()->rowCount() >= 1);
        w.table()->setCurrentIndex(w.model()->index(0, 0));
    }

private Q_SLOTS:
    void initTestCase() {
        test::DocumentCase c;
        m_db = test::openDocumentTestDatabase(m_dir, QStringLiteral("fiches.db"), c);
        if (!m_db)
            return; // the test has failed, saying why
        const auto context = READ(reports::loadFicheContext(*m_db, c.fiche.meta.id));
        m_birthName = context.patient.birthName;
        QVERIFY(!m_birthName.isEmpty());
    }

    void theSelectedFicheShowsAsItsPages() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.preview()->hasFiche()); // nothing selected: no pages of another fiche
        selectFirst(w);
        QVERIFY(w.preview()->hasFiche());
        QVERIFY(w.ficheError().isEmpty());
        QCOMPARE(w.preview()->context()->patient.birthName, m_birthName);
        w.preview()->preview()->updatePreview();
        QVERIFY(w.preview()->preview()->pageCount() >= 1);
        QVERIFY(w.preview()->preview()->isVisible());
    }

    // Enter, or a double-click, opens the fiche in its own window, to read it: the keys then scroll its
    // pages and zoom them.
    void enterOrADoubleClickOpensTheFiche() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        selectFirst(w);
        const QUuid id = w.model()->ficheAt(0)->meta.id;
        w.table()->setFocus();
        QTRY_VERIFY(w.table()->hasFocus());
        QTest::keyClick(w.table(), Qt::Key_Return);
        FicheDialog *opened = nullptr;
        QTRY_VERIFY((opened = w.findChild<FicheDialog *>()) != nullptr);
        QCOMPARE(opened->ficheId(), id);
        QVERIFY(opened->isVisible());
        QVERIFY(opened->error().isEmpty());
        QVERIFY(QTest::qWaitForWindowActive(opened));
        FichePreview *pages = opened->preview();
        QTRY_VERIFY(pages->isAncestorOf(QApplication::focusWidget()));
        // Readable as it opens, and zoomed from the keyboard.
        QVERIFY2(pages->zoomFactor() >= FichePreview::kReadableZoom,
                 qPrintable(QString::number(pages->zoomFactor())));
        const double before = pages->zoomFactor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
        QTRY_VERIFY(pages->zoomFactor() > before * 1.1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
        QTRY_VERIFY(pages->zoomFactor() < before);
        // Page Down scrolls the pages.
        auto *view = pages->preview()->findChild<QAbstractScrollArea *>();
        QVERIFY(view);
        const int top = view->verticalScrollBar()->value();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QTRY_VERIFY(view->verticalScrollBar()->value() > top);
        opened->close();
        QTRY_VERIFY(!w.findChild<FicheDialog *>()); // deleted when closed

        // A double-click on the row opens it too.
        const QRect cell = w.table()->visualRect(w.model()->index(0, FicheListModel::StatusColumn));
        QTest::mouseClick(w.table()->viewport(), Qt::LeftButton, {}, cell.center()); // as a hand does
        QTest::mouseDClick(w.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(w.findChild<FicheDialog *>() != nullptr);
        QCOMPARE(w.findChild<FicheDialog *>()->ficheId(), id);
        w.findChild<FicheDialog *>()->close();
    }

    void saveAsWritesTheFichePdf() {
        FichesWorkspace w(test::servicesOf(*m_db));
        QVERIFY(!w.saveAs(m_dir.filePath(QStringLiteral("none.pdf"))).isEmpty()); // no fiche selected
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        selectFirst(w);
        const QString name = w.defaultFileName();
        QCOMPARE(name, QStringLiteral("Fiche-RCP-MARTIN-Marie-v1.pdf")); // the used name of the fixture
        const QString path = m_dir.filePath(name);
        const QString error = w.saveAs(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(m_birthName, Qt::CaseInsensitive), qPrintable(text.left(400)));
        QVERIFY(test::pdfPageCount(path) >= 1);
    }

    void theOpenDatabaseIsNeverWrittenOver() {
        FichesWorkspace w(test::servicesOf(*m_db));
        selectFirst(w);
        QFile file(m_db->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        for (const QString &target : QStringList{m_db->path(), m_db->path() + QStringLiteral("-wal")}) {
            const QString error = w.saveAs(target);
            QVERIFY2(!error.isEmpty(), qPrintable(target));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        // And the database still reads.
        QVERIFY(FicheRepository(*m_db).count().ok());
    }

    void aFolderThatDoesNotExistIsAnError() {
        FichesWorkspace w(test::servicesOf(*m_db));
        selectFirst(w);
        const QString path = m_dir.filePath(QStringLiteral("missing/folder/fiche.pdf"));
        QVERIFY(!w.saveAs(path).isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("missing"))).exists());
    }

    void theSessionGoesIntoAFolder() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        selectFirst(w);
        const QString folder = m_dir.filePath(QStringLiteral("session"));
        QVERIFY(!w.saveSession(folder).isEmpty()); // not created behind the user's back
        QVERIFY(!QDir(folder).exists());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("session")));
        const QString error = w.saveSession(folder);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("01-MARTIN-Marie-v1.pdf")});
        const QString text = test::pdfText(QDir(folder).filePath(QStringLiteral("01-MARTIN-Marie-v1.pdf")));
        QVERIFY2(text.contains(m_birthName, Qt::CaseInsensitive), qPrintable(text.left(400)));
    }

    void anUnreadableFicheSaysSo() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("broken.db")), &error);
        QVERIFY2(db, qPrintable(error));
        test::saveDocumentCase(*db);
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("UPDATE rcp SET body = 'not json'")),
                 qPrintable(q.lastError().text()));
        FichesWorkspace w(test::servicesOf(*db));
        selectFirst(w);
        QVERIFY(!w.preview()->hasFiche());
        QVERIFY2(w.ficheError().startsWith(QStringLiteral("This fiche cannot be shown: ")),
                 qPrintable(w.ficheError()));
        QVERIFY(!w.saveAs(m_dir.filePath(QStringLiteral("broken.pdf"))).isEmpty());
    }
};

QTEST_MAIN(TestFichesWorkspace)
#include "tst_fichesworkspace.moc"
