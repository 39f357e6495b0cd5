// The desktop as a whole: a workspace is built when first opened (the window appears without loading
// every list), Tab leaves a table instead of walking its cells (on Planning it used to change the
// selected session), the rail buttons take the keyboard focus, and File → New, Open and Open recent
// replace the window only when the chosen file opens (a refused file is left byte-identical).
#include "models/itemmodels/fichelistmodel.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "services/planningservice.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "translations/language.h"
#include "ui/desktopcontroller.h"
#include "ui/mainwindow.h"
#include "ui/profile/userprofiles.h"
#include "ui/recentdatabases.h"
#include "ui/workspaces/planningworkspace.h"
#include "ui/workspaces/workspace.h"

#include <QAction>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace concerto;

class TestDesktop : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_printableFiche; // a fiche whose pages the Fiches workspace can show

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        // The person working: a secretary (a first start would ask).
        Actor secretary;
        secretary.name = QStringLiteral("Claire Dubois");
        secretary.role = Role::Secretary;
        userprofiles::save(secretary);
        userprofiles::setCurrent(secretary.name);
        m_db = Database::create(m_dir.filePath(QStringLiteral("keys.db")));
        QVERIFY(m_db);
        test::saveSampleCase(*m_db);
        test::saveSampleCase(*m_db);
        m_printableFiche = test::saveDocumentCase(*m_db).fiche.meta.id;
    }

    void workspacesBuiltWhenFirstOpened() {
        QSettings().setValue(QStringLiteral("mainWindow/workspace"), int(MainWindow::Planning));
        MainWindow window(test::servicesOf(*m_db));
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

    void recentDatabasesNewestFirst() {
        QSettings().remove(QStringLiteral("recentDatabases"));
        QStringList made;
        for (int i = 0; i < recentdatabases::kMaximum + 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("r%1.db").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            recentdatabases::add(path);
            made.prepend(path);
        }
        recentdatabases::add(m_dir.path() + QStringLiteral("/sub/../r3.db")); // another spelling of r3
        QStringList expected = made.mid(0, recentdatabases::kMaximum);
        expected.removeAll(m_dir.filePath(QStringLiteral("r3.db")));
        expected.prepend(m_dir.filePath(QStringLiteral("r3.db")));
        if (expected.size() > recentdatabases::kMaximum)
            expected.removeLast();
        QCOMPARE(recentdatabases::list(), expected);
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("r3.db"))));
        QVERIFY(!recentdatabases::list().contains(m_dir.filePath(QStringLiteral("r3.db"))));
    }

    void switchingDatabases() {
        DesktopController desktop;
        QCOMPARE(desktop.start(m_db->path(), false), QString());
        QPointer<MainWindow> first = desktop.window();
        QVERIFY(first);

        // A file of another program is refused: same window, file untouched, not in the recent list.
        const QString foreign = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("shopping list\n");
        }
        const auto sha = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = sha(foreign);
        QVERIFY(!desktop.switchTo(foreign, false).isEmpty());
        QCOMPARE(desktop.window(), first.data());
        QCOMPARE(sha(foreign), before);
        QVERIFY(!recentdatabases::list().contains(foreign));

        // A new database: a new window on it, with a notice; the old window goes.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
        QCOMPARE(desktop.switchTo(fresh, true), QString());
        QVERIFY(desktop.window() != first.data());
        QCOMPARE(desktop.services()->path(), fresh);
        QVERIFY(desktop.window()->noticeText().contains(QStringLiteral("new, empty database")));
        QTRY_VERIFY(first.isNull());
        QCOMPARE(recentdatabases::list().value(0), fresh);
        QCOMPARE(recentdatabases::list().value(1), m_db->path());

        // Open recent lists the other file, not the open one, and opens it.
        auto *recent = desktop.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QVERIFY(!recent->actions().isEmpty());
        QCOMPARE(recent->actions().first()->data().toString(), m_db->path());
        recent->actions().first()->trigger();
        QCOMPARE(desktop.services()->path(), m_db->path());
    }

    void planningMovesAndCancelsPlannedSessionsOnly() {
        MainWindow window(test::servicesOf(*m_db));
        window.show();
        window.showWorkspace(MainWindow::Planning);
        auto *planning = qobject_cast<PlanningWorkspace *>(window.workspace(MainWindow::Planning));
        QVERIFY(planning);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("makeSessions"))->isEnabled());
        planning->showMonth(2026, 11);
        QVERIFY(planning->model()->rowCount() >= 1);
        planning->table()->selectRow(0);
        auto *move = window.findChild<QPushButton *>(QStringLiteral("moveSession"));
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelSession"));
        QVERIFY(move && cancel);
        QVERIFY(move->isEnabled() && cancel->isEnabled());
        const QUuid id = planning->model()->rowAt(0)->session.meta.id;
        QVERIFY(planning::cancelSession(*m_db, id, QStringLiteral("Grève des transports")).ok);
        planning->refresh();
        planning->table()->selectRow(0);
        QVERIFY(!move->isEnabled());
        QVERIFY(!cancel->isEnabled());
        const QList<QLabel *> facts = planning->findChildren<QLabel *>();
        bool saysWhy = false;
        for (const QLabel *label : facts)
            saysWhy = saysWhy || label->text().contains(QStringLiteral("Grève des transports"));
        QVERIFY(saysWhy);
    }

    void globalSearchTakesEscapeAndDown() {
        MainWindow window(test::servicesOf(*m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(MainWindow::Planning);
        QLineEdit *search = window.searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zz"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTest::keyClicks(search, QStringLiteral("martin"));
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(window.currentWorkspace(), int(MainWindow::Patients));
        auto *table = window.findChild<QTableView *>(QStringLiteral("patientTable"));
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(table->model()->rowCount() >= 1);
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
        MainWindow window(test::servicesOf(*m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWorkspace(workspace);
        auto *view = window.findChild<QTableView *>(table);
        QVERIFY(view);
        QTRY_VERIFY(view->model() && view->model()->rowCount() >= 2);
        // On Fiches, the fiche whose pages are shown beside the table: Tab goes on to them.
        int row = 0;
        if (auto *fiches = qobject_cast<FicheListModel *>(view->model()))
            while (row < fiches->rowCount() && fiches->ficheAt(row)->meta.id != m_printableFiche)
                ++row;
        QVERIFY(row < view->model()->rowCount());
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QTRY_VERIFY(!view->hasFocus());
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(view->currentIndex().column(), 0);
        if (workspace == MainWindow::Fiches) {
            auto *preview = window.findChild<QWidget *>(QStringLiteral("fichePreview"));
            QVERIFY(preview->isAncestorOf(QApplication::focusWidget()) || preview->hasFocus());
        }
    }

    // The rail's labels whole at the default window size, in French too (its longest words:
    // Synchronisation, Administration, Statistiques): never "Synch…ation".
    void railLabelsAreWhole() {
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            installTranslations(language);
            MainWindow window(test::servicesOf(*m_db));
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QList<QToolButton *> buttons =
                window.findChild<QWidget *>(QStringLiteral("navigationRail"))->findChildren<QToolButton *>();
            QCOMPARE(buttons.size(), int(MainWindow::WorkspaceCount));
            for (QToolButton *button : buttons) {
                const QString text = button->defaultAction()->text();
                // The style sheet's margins (6 px each side) and padding (2 px each side) around the text.
                QVERIFY2(button->width() >= button->fontMetrics().horizontalAdvance(text) + 16,
                         qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(button->width())));
            }
            if (language == QLatin1String("fr"))
                QVERIFY(std::any_of(buttons.begin(), buttons.end(), [](QToolButton *b) {
                    return b->defaultAction()->text() == QStringLiteral("Synchronisation");
                }));
        }
        installTranslations(QStringLiteral("en"));
    }

    void railButtonsTakeFocus() {
        MainWindow window(test::servicesOf(*m_db));
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
