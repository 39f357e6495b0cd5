// The desktop as a whole: a workspace is built when first opened (the window appears without loading
// every list), Tab leaves a table instead of walking its cells (on Planning it used to change the
// selected session), and the rail buttons take the keyboard focus.
#include "tests/support/fixtures.h"
#include "translations/language.h"
#include "ui/mainwindow.h"
#include "ui/workspaces/workspace.h"

#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace concerto;

class TestDesktop : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        m_db = Database::create(m_dir.filePath(QStringLiteral("keys.db")));
        QVERIFY(m_db);
        test::saveSampleCase(*m_db);
        test::saveSampleCase(*m_db);
    }

    void workspacesBuiltWhenFirstOpened() {
        QSettings().setValue(QStringLiteral("mainWindow/workspace"), int(MainWindow::Planning));
        MainWindow window(*m_db);
        QCOMPARE(window.findChildren<Workspace *>().size(), 1); // the remembered one, Planning
        QCOMPARE(window.currentWorkspace(), int(MainWindow::Planning));
        window.showWorkspace(MainWindow::Statistics);
        QCOMPARE(window.findChildren<Workspace *>().size(), 2);
        Workspace *statistics = window.workspace(MainWindow::Statistics);
        window.showWorkspace(MainWindow::Planning);
        window.showWorkspace(MainWindow::Statistics);
        QCOMPARE(window.workspace(MainWindow::Statistics), statistics); // built once
        QCOMPARE(window.findChildren<Workspace *>().size(), 2);
    }

    void tabLeavesTables_data() {
        QTest::addColumn<int>("workspace");
        QTest::addColumn<QString>("table");
        QTest::newRow("fiches") << int(MainWindow::Fiches) << "ficheTable";
        QTest::newRow("patients") << int(MainWindow::Patients) << "patientTable";
    }
    void tabLeavesTables() {
        QFETCH(int, workspace);
        QFETCH(QString, table);
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(workspace);
        auto *view = window.findChild<QTableView *>(table);
        QVERIFY(view);
        QTRY_VERIFY(view->model() && view->model()->rowCount() >= 2);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QTRY_VERIFY(!view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->currentIndex().column(), 0);
    }

    void railButtonsTakeFocus() {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QToolButton *> buttons =
            window.findChild<QWidget *>(QStringLiteral("navigationRail"))->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), int(MainWindow::WorkspaceCount));
        for (QToolButton *button : buttons)
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
