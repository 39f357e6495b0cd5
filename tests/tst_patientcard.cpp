// The patient's card in the Patients workspace: the cases and fiches it lists open with Enter or a
// double-click, a case in the case editor and a fiche as its pages in a window of its own (once, with
// Print… and Save as PDF…), a fiche that cannot be read saying why.
#include "models/itemmodels/patientlistmodel.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "ui/caseeditor/caseeditor.h"
#include "ui/printing/fichedialog.h"
#include "ui/printing/fichepreview.h"
#include "ui/workspaces/patientcases.h"
#include "ui/workspaces/patientsworkspace.h"

#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace concerto;

namespace {
QList<FicheDialog *> ficheDialogs() {
    QList<FicheDialog *> found;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<FicheDialog *>(w); d && d->isVisible())
            found << d;
    return found;
}
void closeAll() {
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<FicheDialog *>(w) || w->objectName() == QLatin1String("caseEditor"))
            w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

class TestPatientCard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::DocumentCase m_case;

    // The workspace with the fixture's patient selected and the focus on their cases.
    void showCard(PatientsWorkspace &w) {
        w.resize(1280, 800); // room for the card's list of cases
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.search(QStringLiteral("IPP0001"));
        QVERIFY(w.model()->rowCount() >= 1);
        w.table()->selectRow(0);
        QTRY_VERIFY(w.cases()->isFilled()); // read off the window's thread
        QVERIFY(w.cases()->topLevelItemCount() >= 1);
        w.cases()->setFocus();
        QTRY_VERIFY(w.cases()->hasFocus());
    }

private Q_SLOTS:
    void initTestCase() { m_db = test::openDocumentTestDatabase(m_dir, QStringLiteral("card.db"), m_case); }
    void cleanup() { closeAll(); }

    void theCardListsTheCaseAndItsFiche() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        showCard(w);
        QTreeWidgetItem *caseItem = w.cases()->itemOf(m_case.fiche.inscriptionId);
        QVERIFY(caseItem);
        QCOMPARE(caseItem->data(0, PatientCases::KindRole).toInt(), int(PatientCases::CaseItem));
        QTreeWidgetItem *ficheItem = w.cases()->itemOf(m_case.fiche.meta.id);
        QVERIFY(ficheItem);
        QCOMPARE(ficheItem->parent(), caseItem);
        QCOMPARE(ficheItem->data(0, PatientCases::KindRole).toInt(), int(PatientCases::FicheItem));
        QCOMPARE(w.cases()->currentItem(), caseItem); // Enter works as soon as the card has the focus
    }

    void enterOnAFicheShowsItsPages() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        showCard(w);
        w.cases()->setCurrentItem(w.cases()->itemOf(m_case.fiche.meta.id));
        QVERIFY(ficheDialogs().isEmpty());
        QTest::keyClick(w.cases(), Qt::Key_Return);
        QTRY_COMPARE(ficheDialogs().size(), 1);
        FicheDialog *dialog = ficheDialogs().front();
        QCOMPARE(dialog->ficheId(), m_case.fiche.meta.id);
        QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
        QVERIFY(dialog->preview()->hasFiche());
        dialog->preview()->preview()->updatePreview();
        QVERIFY(dialog->preview()->preview()->pageCount() >= 1);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("printFiche"))->isEnabled());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("saveFichePdf"))->isEnabled());
        QVERIFY(!dialog->isModal()); // the card stays usable beside it
        // Opened again: the same window comes to the front, not a second one.
        w.cases()->open(w.cases()->itemOf(m_case.fiche.meta.id));
        QCOMPARE(ficheDialogs().size(), 1);
    }

    void doubleClickOnAFicheShowsItsPages() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        showCard(w);
        QTreeWidgetItem *ficheItem = w.cases()->itemOf(m_case.fiche.meta.id);
        const QPoint at = w.cases()->visualItemRect(ficheItem).center();
        QTest::mouseClick(w.cases()->viewport(), Qt::LeftButton, {}, at); // the press a double-click follows
        QTest::mouseDClick(w.cases()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(ficheDialogs().size(), 1);
    }

    void enterOnACaseOpensTheCaseEditor() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        showCard(w);
        QTreeWidgetItem *caseItem = w.cases()->itemOf(m_case.fiche.inscriptionId);
        w.cases()->setCurrentItem(caseItem);
        QVERIFY(!CaseEditorWindow::find(m_case.fiche.inscriptionId));
        QTest::keyClick(w.cases(), Qt::Key_Return);
        QTRY_VERIFY(CaseEditorWindow::find(m_case.fiche.inscriptionId));
        QVERIFY(ficheDialogs().isEmpty());
        QVERIFY(caseItem->isExpanded()); // its fiches stay shown
    }

    void doubleClickOnACaseDoesNotFoldIt() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        showCard(w);
        QTreeWidgetItem *caseItem = w.cases()->itemOf(m_case.fiche.inscriptionId);
        const QPoint at = w.cases()->visualItemRect(caseItem).center();
        QTest::mouseClick(w.cases()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(w.cases()->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(CaseEditorWindow::find(m_case.fiche.inscriptionId));
        QVERIFY(caseItem->isExpanded());
    }

    void aFicheThatCannotBeReadSaysWhy() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("broken.db")), &error);
        QVERIFY2(db, qPrintable(error));
        const test::DocumentCase c = test::saveDocumentCase(*db);
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("UPDATE rcp SET body = 'not json'")),
                 qPrintable(q.lastError().text()));
        FicheDialog dialog(test::servicesOf(*db), c.fiche.meta.id);
        QVERIFY2(dialog.error().startsWith(QStringLiteral("This fiche cannot be shown: ")),
                 qPrintable(dialog.error()));
        QVERIFY(!dialog.preview()->hasFiche());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printFiche"))->isEnabled());
        FicheDialog missing(test::servicesOf(*db), QUuid::createUuid());
        QCOMPARE(missing.error(), QStringLiteral("This fiche no longer exists."));
    }
};

QTEST_MAIN(TestPatientCard)
#include "tst_patientcard.moc"
