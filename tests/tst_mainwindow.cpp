// The main window on a temporary database: eight workspaces, their shortcuts, the global search, the
// remembered workspace and language, the sync state, and the item models behind the workspaces
// (each checked by a QAbstractItemModelTester). Every test function gets its own database, settings,
// language and locale, so that each passes alone and in any order.
#include "models/itemmodels/fichelistmodel.h"
#include "models/itemmodels/patientlistmodel.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "models/store/outbox.h"
#include "tests/support/fixtures.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/mainwindow.h"
#include "ui/workspaces/administrationworkspace.h"
#include "ui/workspaces/nomenclaturepanel.h"
#include "ui/workspaces/patientsworkspace.h"
#include "ui/workspaces/planningworkspace.h"
#include "ui/workspaces/statisticsworkspace.h"
#include "ui/workspaces/syncworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace concerto;

class TestMainWindow : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir; // this test function's database and settings
    std::unique_ptr<Database> m_db;

    static void addPatient(PatientRepository &patients, const QString &birthName, const QString &given,
                           const QString &ipp, IdentityStatus status) {
        Patient p = test::samplePatient();
        p.birthName = birthName;
        p.usedName.clear();
        p.birthGivenNames = {given};
        p.usedGivenName.clear();
        p.ipp = ipp;
        p.identityStatus = status;
        // Only Durand's identity carries an INS, but it is not qualified: it must not be shown.
        p.ins = status == IdentityStatus::Validated ? QStringLiteral("155081416802586") : QString();
        QVERIFY(patients.save(p).ok);
    }

    std::unique_ptr<MainWindow> openWindow() {
        auto window = std::make_unique<MainWindow>(test::servicesOf(*m_db));
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        return window;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ConcertoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Settings in this function's folder: nothing remembered from another test function.
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        QVERIFY(QSettings().allKeys().isEmpty());
        // English texts, whatever a test before switched to; dates as French users expect them (the app
        // sets the default locale with the language).
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        m_db = Database::create(m_dir->filePath(QStringLiteral("window.db")));
        QVERIFY(m_db);
        test::saveSampleCase(*m_db); // Lefèvre-Dupré (Martin) Marie-Hélène, qualified, IPP0001
        PatientRepository patients(*m_db);
        addPatient(patients, QStringLiteral("Bernard"), QStringLiteral("Jean"), QStringLiteral("IPP0002"),
                   IdentityStatus::Provisional);
        addPatient(patients, QStringLiteral("Durand"), QStringLiteral("Paul"), QStringLiteral("IPP0003"),
                   IdentityStatus::Validated);
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void hasEightWorkspaces() {
        const auto window = openWindow();
        const QStringList expected = {tr("Planning"), tr("Patients"),   tr("Cases"), tr("Meeting"),
                                      tr("Fiches"),   tr("Statistics"), tr("Sync"),  tr("Administration")};
        for (int id = 0; id < MainWindow::WorkspaceCount; ++id) {
            QVERIFY(window->workspace(id));
            QAction *action = window->workspaceAction(id);
            QVERIFY(action);
            QCOMPARE(action->text(), expected.at(id));
            QVERIFY(!action->icon().isNull());
            QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text(), "no tooltip");
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + id)));
        }
        QVERIFY(!window->workspace(MainWindow::WorkspaceCount));
        QVERIFY(!window->windowTitle().isEmpty());
    }

    void shortcutSwitchesWorkspace_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("expected");
        for (int id = 0; id < MainWindow::WorkspaceCount; ++id)
            QTest::addRow("Ctrl+%d", id + 1) << int(Qt::Key_1 + id) << id;
    }

    void shortcutSwitchesWorkspace() {
        QFETCH(int, key);
        QFETCH(int, expected);
        const auto window = openWindow();
        // Start somewhere else than the target, so a shortcut that does nothing is seen.
        window->showWorkspace(expected == MainWindow::Sync ? MainWindow::Planning : MainWindow::Sync);
        QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(window->currentWorkspace(), expected);
        QVERIFY(window->workspaceAction(expected)->isChecked());
    }

    void ctrlKFocusesSearch() {
        const auto window = openWindow();
        window->showWorkspace(MainWindow::Statistics);
        QVERIFY(!window->searchField()->hasFocus());
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window->searchField()->hasFocus());
    }

    void searchFiltersPatients_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("birthNames");
        QTest::addRow("name") << QStringLiteral("bern") << QStringList{QStringLiteral("BERNARD")};
        QTest::addRow("used name, accents ignored")
            << QStringLiteral("MARTIN marie") << QStringList{QStringLiteral("LEFÈVRE-DUPRÉ")};
        QTest::addRow("IPP") << QStringLiteral("IPP0003") << QStringList{QStringLiteral("DURAND")};
        QTest::addRow("INS") << QStringLiteral("255081416802538")
                             << QStringList{QStringLiteral("LEFÈVRE-DUPRÉ")};
        QTest::addRow("nobody") << QStringLiteral("Zyxwv") << QStringList{};
    }

    void searchFiltersPatients() {
        QFETCH(QString, text);
        QFETCH(QStringList, birthNames);
        const auto window = openWindow();
        window->showWorkspace(MainWindow::Planning);
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(window->searchField(), text);
        QTest::keyClick(window->searchField(), Qt::Key_Return);
        QCOMPARE(window->currentWorkspace(), int(MainWindow::Patients));
        auto *patients = qobject_cast<PatientsWorkspace *>(window->workspace(MainWindow::Patients));
        QVERIFY(patients);
        PatientListModel *model = patients->model();
        QCOMPARE(model->searchText(), text);
        QStringList shown;
        for (int r = 0; r < model->rowCount(); ++r)
            shown << model->data(model->index(r, PatientListModel::BirthName)).toString();
        QCOMPARE(shown, birthNames);
        // The first match is selected and its identity card shown.
        auto *name = patients->findChild<QLabel *>(QStringLiteral("patientName"));
        QVERIFY(name);
        if (!birthNames.isEmpty())
            QCOMPARE(patients->table()->currentIndex().row(), 0);
    }

    void identityCardHidesInsUnlessQualified() {
        const auto window = openWindow();
        window->searchPatients(QStringLiteral("Bernard"));
        auto *patients = static_cast<PatientsWorkspace *>(window->workspace(MainWindow::Patients));
        QCOMPARE(patients->model()->rowCount(), 1);
        QCOMPARE(patients->findChild<QLabel *>(QStringLiteral("patientName"))->text(),
                 QStringLiteral("BERNARD Jean"));
        QCOMPARE(patients->findChild<QLabel *>(QStringLiteral("badge"))->text(), tr("Provisional identity"));
        const auto texts = [patients] {
            QStringList all;
            for (QLabel *l : patients->findChildren<QLabel *>())
                all << l->text();
            return all;
        };
        window->searchPatients(QStringLiteral("IPP0003"));
        QCOMPARE(patients->findChild<QLabel *>(QStringLiteral("patientName"))->text(),
                 QStringLiteral("DURAND Paul"));
        QVERIFY(!texts().contains(QStringLiteral("155081416802586")));
        QVERIFY(texts().contains(PatientsWorkspace::tr("not shown until the identity is qualified")));
        window->searchPatients(QStringLiteral("IPP0001"));
        QVERIFY2(texts().contains(QStringLiteral("255081416802538")),
                 qPrintable(texts().join(QLatin1Char('|'))));
        QVERIFY(texts().contains(QStringLiteral("14/08/1955")));
        QVERIFY(!texts().contains(PatientsWorkspace::tr("not shown until the identity is qualified")));
        // The table hides it too.
        window->searchPatients(QStringLiteral("IPP0003"));
        const QModelIndex ins = patients->model()->index(0, PatientListModel::Ins);
        QCOMPARE(patients->model()->data(ins).toString(), QString());
    }

    void lastWorkspaceRemembered() {
        {
            const auto first = openWindow();
            first->showWorkspace(MainWindow::Fiches);
        }
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/workspace")).toInt(), int(MainWindow::Fiches));
        {
            const auto second = openWindow();
            QCOMPARE(second->currentWorkspace(), int(MainWindow::Fiches));
            second->showWorkspace(MainWindow::Meeting);
        }
        const auto third = openWindow();
        QCOMPARE(third->currentWorkspace(), int(MainWindow::Meeting));
    }

    void aReadOnlyDatabaseSaysSo() {
        const QString path = m_db->path();
        m_db.reset();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        m_db = Database::open(path);
        QVERIFY(m_db && m_db->isReadOnly());
        const auto window = openWindow();
        QVERIFY2(window->windowTitle().contains(QStringLiteral("read-only")),
                 qPrintable(window->windowTitle()));
        auto *notice = window->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("read-only")), qPrintable(notice->text()));
        // The notice can be closed, and comes back with a rebuilt window only for a read-only file.
        window->showNotice({});
        QVERIFY(!notice->isVisible());
        m_db.reset();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void anAlteredDatabaseSaysWhatChanged() {
        const QString path = m_db->path();
        m_db.reset();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open() && test::unlock(raw));
            QSqlQuery drop(raw);
            QVERIFY(
                drop.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1")) &&
                drop.next());
            const QString trigger = drop.value(0).toString();
            drop.finish();
            QVERIFY(drop.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        m_db = Database::open(path);
        QVERIFY(m_db && m_db->isReadOnly());
        const auto window = openWindow();
        auto *notice = window->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("altered outside Concerto")) &&
                     notice->text().contains(QStringLiteral("trigger")),
                 qPrintable(notice->text()));
        m_db.reset();
    }

    void aNoticeShowsAboveTheWorkspaces() {
        const auto window = openWindow();
        auto *notice = window->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice && !notice->isVisible()); // a writable file: nothing to say
        window->showNotice(QStringLiteral("A new, empty database was created"));
        QVERIFY(notice->isVisible());
        QCOMPARE(window->noticeText(), QStringLiteral("A new, empty database was created"));
    }

    void syncStateCountsTheJournal() {
        const int pending = READ(pendingChangeCount(*m_db));
        QVERIFY(pending >= 7); // five records of the sample case and two patients
        const auto window = openWindow();
        QVERIFY2(window->syncStateText().contains(QString::number(pending)),
                 qPrintable(window->syncStateText()));
        auto *sync = qobject_cast<SyncWorkspace *>(window->workspace(MainWindow::Sync));
        QVERIFY(!sync->syncButton()->isEnabled());
        QVERIFY(!sync->syncButton()->toolTip().isEmpty());
    }

    void statisticsFigures() {
        const auto window = openWindow();
        window->showWorkspace(MainWindow::Statistics);
        auto *stats = qobject_cast<StatisticsWorkspace *>(window->workspace(MainWindow::Statistics));
        IndicatorFilter f = stats->filter();
        f.from = QDate(2026, 1, 1); // the sample session's year (the default is the current one)
        f.to = QDate(2026, 12, 31);
        stats->setFilter(f);
        QTRY_VERIFY(!stats->isComputing());
        QCOMPARE(stats->figure(QStringLiteral("patients")), QStringLiteral("1")); // patients with a fiche
        QCOMPARE(stats->figure(QStringLiteral("sessions")), QStringLiteral("0")); // planned, not held yet
        QCOMPARE(stats->figure(QStringLiteral("fiches")), QStringLiteral("1"));
        QCOMPARE(stats->figure(QStringLiteral("signed")), QStringLiteral("0"));
    }

    void planningShowsTheMonthsSessions() {
        const auto window = openWindow();
        auto *planning = qobject_cast<PlanningWorkspace *>(window->workspace(MainWindow::Planning));
        new QAbstractItemModelTester(
            planning->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, planning->model());
        planning->showMonth(2026, 10);
        QCOMPARE(planning->model()->rowCount(), 0);
        planning->showMonth(2026, 11);
        QCOMPARE(planning->model()->rowCount(), 1);
        SessionListModel *model = planning->model();
        QCOMPARE(model->data(model->index(0, SessionListModel::CommitteeColumn)).toString(),
                 QStringLiteral("RCP digestive"));
        QCOMPARE(model->data(model->index(0, SessionListModel::CasesColumn)).toInt(), 1);
        QCOMPARE(model->data(model->index(0, SessionListModel::DateColumn)).toString(),
                 QStringLiteral("24/11/2026"));
        QCOMPARE(planning->calendar()->monthShown(), 11);
        planning->table()->selectRow(0);
        auto *cases = planning->findChild<QTableView *>(QStringLiteral("agendaView"));
        QVERIFY(cases);
        QCOMPARE(cases->model()->rowCount(), 1);
        QCOMPARE(cases->model()->index(0, 1).data().toString(), QStringLiteral("MARTIN Marie"));
    }

    void ficheListPagesAndFilters() {
        FicheListModel model(*m_db);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        // The tester has already fetched what there is.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, FicheListModel::StatusColumn)).toString(), tr("Draft"));
        QCOMPARE(model.data(model.index(0, FicheListModel::PatientColumn)).toString(),
                 QStringLiteral("MARTIN Marie"));
        QCOMPARE(model.data(model.index(0, FicheListModel::CommitteeColumn)).toString(),
                 QStringLiteral("RCP digestive"));
        model.setSignedOnly(true);
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void patientModelChecked() {
        PatientListModel model(*m_db);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        model.setSearchText(QStringLiteral("durand"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
    }

    void administrationImportsValueSets() {
        const auto window = openWindow();
        window->showWorkspace(MainWindow::Administration);
        auto *panel = window->workspace(MainWindow::Administration)->findChild<NomenclaturePanel *>();
        QVERIFY(panel);
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("nomenclatureTable"));
        QVERIFY(table);
        const int before = table->rowCount();
        // A value set and a file that is not one (an example fiche): the first is listed, the second
        // refused with its name, and nothing else changes.
        const QString quorum = QDir(test::referenceDir()).filePath(QStringLiteral("JDV_StatutQuorum.xml"));
        const QString fiche = QDir(test::referenceDir()).filePath(QStringLiteral("pps.xml"));
        const QStringList errors = panel->importFiles({quorum, fiche});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("pps.xml")), qPrintable(errors.first()));
        QCOMPARE(table->rowCount(), before + 1);
        const QList<QTableWidgetItem *> found =
            table->findItems(QStringLiteral("JDV_StatutQuorum_CISIS"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(table->item(found.first()->row(), 2)->text(), QStringLiteral("3"));
        QVERIFY(!table->item(found.first()->row(), 4)->text().isEmpty()); // in use
    }

    void languageSettingIsStoredAndApplied() {
        const auto window = openWindow();
        // The rail and the menus, whose French texts are those of translations/concerto_fr.ts.
        const auto menuTitles = [&window] {
            QStringList titles;
            for (const QAction *menu : window->menuBar()->actions())
                titles << menu->text();
            return titles;
        };
        QCOMPARE(window->workspaceAction(MainWindow::Statistics)->text(), QStringLiteral("Statistics"));
        QCOMPARE(menuTitles(),
                 QStringList({QStringLiteral("&File"), QStringLiteral("&Go"), QStringLiteral("&Help")}));

        window->showWorkspace(MainWindow::Administration);
        auto *admin = qobject_cast<AdministrationWorkspace *>(window->workspace(MainWindow::Administration));
        QComboBox *box = admin->languageBox();
        const int french = box->findData(QStringLiteral("fr"));
        QVERIFY(french > 0);
        box->setCurrentIndex(french);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        // The interface is rebuilt in the new language and stays on the same workspace.
        QTRY_VERIFY(window->workspace(MainWindow::Administration) != admin);
        QCOMPARE(window->currentWorkspace(), int(MainWindow::Administration));
        QCOMPARE(window->findChildren<Workspace *>().size(), 1); // the old ones are gone; others wait
        QCOMPARE(window->workspaceAction(MainWindow::Statistics)->text(), QStringLiteral("Statistiques"));
        QCOMPARE(window->workspaceAction(MainWindow::Cases)->text(), QStringLiteral("Dossiers"));
        QCOMPARE(menuTitles(), QStringList({QStringLiteral("&Fichier"), QStringLiteral("A&ller"),
                                            QStringLiteral("&Aide")}));
        admin = qobject_cast<AdministrationWorkspace *>(window->workspace(MainWindow::Administration));
        QCOMPARE(admin->languageBox()->currentData().toString(), QStringLiteral("fr"));

        admin->languageBox()->setCurrentIndex(admin->languageBox()->findData(QStringLiteral("en")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QTRY_VERIFY(window->workspace(MainWindow::Administration) != admin);
        QCOMPARE(window->findChildren<Workspace *>().size(), 1);
        QCOMPARE(window->workspaceAction(MainWindow::Statistics)->text(), QStringLiteral("Statistics"));
        QCOMPARE(window->workspaceAction(MainWindow::Cases)->text(), QStringLiteral("Cases"));
        QCOMPARE(menuTitles(),
                 QStringList({QStringLiteral("&File"), QStringLiteral("&Go"), QStringLiteral("&Help")}));

        // The server address is stored as typed, trimmed.
        admin = qobject_cast<AdministrationWorkspace *>(window->workspace(MainWindow::Administration));
        QTRY_VERIFY(admin);
        admin->serverField()->setText(QStringLiteral(" https://rcp.example.fr "));
        Q_EMIT admin->serverField()->editingFinished();
        QCOMPARE(QSettings().value(QStringLiteral("sync/server")).toString(),
                 QStringLiteral("https://rcp.example.fr"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
