// The top bar's suggestions as you type: a patient found by name with their case, a committee's coming
// sessions (not its past ones) by its name, the sessions of a date typed the French way, nothing for one
// letter; in the window, Down and Enter on a suggested session open Planning on it, and that Enter does
// not also run the Patients search.
#include "models/itemmodels/sessionlistmodel.h"
#include "models/store/repositories.h"
#include "services/topsearch.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "translations/language.h"
#include "ui/mainwindow.h"
#include "ui/profile/userprofiles.h"
#include "ui/search/topsearchcompleter.h"
#include "ui/workspaces/planningworkspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace concerto;

class TestTopSearch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Fiche m_case;     // the sample case (its session is in the past)
    Session m_coming; // a session of the same committee next week
    Services *m_services = nullptr;

    std::vector<Suggestion> suggest(const QString &text) {
        const StoreRead<std::vector<Suggestion>> found = topsearch::suggest(*m_services, text);
        if (!found.ok())
            qWarning("%s", qPrintable(found.error));
        return found.ok() ? *found : std::vector<Suggestion>{};
    }
    static int countOf(const std::vector<Suggestion> &all, Suggestion::Kind kind, const QUuid &id = {}) {
        return int(std::count_if(all.begin(), all.end(), [&](const Suggestion &s) {
            return s.kind == kind && (id.isNull() || s.id == id);
        }));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        Actor secretary;
        secretary.name = QStringLiteral("Claire Dubois");
        secretary.role = Role::Secretary;
        userprofiles::save(secretary);
        userprofiles::setCurrent(secretary.name);
        m_db = Database::create(m_dir.filePath(QStringLiteral("search.db")));
        QVERIFY(m_db);
        m_case = test::saveSampleCase(*m_db);
        const StoreRead<std::optional<Session>> past = SessionRepository(*m_db).find(m_case.sessionId);
        QVERIFY(past.ok() && *past);
        m_coming = test::sampleSession((*past)->rcpId);
        m_coming.startsAt = QDateTime::currentDateTimeUtc().addDays(7);
        m_coming.startsAt.setTime(QTime(15, 0));
        QVERIFY(SessionRepository(*m_db).save(m_coming).ok);
        m_services = &test::servicesOf(*m_db);
    }

    void aPatientByNameWithTheirCase() {
        const std::vector<Suggestion> found = suggest(QStringLiteral("lefevre mar"));
        QVERIFY(!found.empty());
        QCOMPARE(found.front().kind, Suggestion::Kind::Patient);
        QCOMPARE(found.front().id, m_case.patientId);
        QVERIFY2(found.front().text.contains(QStringLiteral("MARTIN")), qPrintable(found.front().text));
        QCOMPARE(countOf(found, Suggestion::Kind::Case, m_case.inscriptionId), 1);
        const auto c = std::find_if(found.begin(), found.end(),
                                    [](const Suggestion &s) { return s.kind == Suggestion::Kind::Case; });
        QVERIFY2(c->detail.contains(QStringLiteral("RCP digestive")), qPrintable(c->detail));
        QCOMPARE(countOf(found, Suggestion::Kind::Session), 0);
    }

    void aCommitteesComingSessionsByName() {
        const std::vector<Suggestion> found = suggest(QStringLiteral("digestive"));
        QCOMPARE(countOf(found, Suggestion::Kind::Session, m_coming.meta.id), 1);
        QCOMPARE(countOf(found, Suggestion::Kind::Session, m_case.sessionId), 0); // past
        QCOMPARE(countOf(found, Suggestion::Kind::Patient), 0);
        QVERIFY(suggest(QStringLiteral("digestive cardio")).empty()); // every word must be in the name
    }

    void theSessionsOfADateTyped() {
        const std::vector<Suggestion> found = suggest(QStringLiteral("24/11/2026"));
        QCOMPARE(countOf(found, Suggestion::Kind::Session, m_case.sessionId), 1);
        QCOMPARE(countOf(found, Suggestion::Kind::Session, m_coming.meta.id), 0);
    }

    void nothingForOneLetter() { QVERIFY(suggest(QStringLiteral("l")).empty()); }

    void downAndEnterOpenTheSession() {
        MainWindow window(*m_services);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit *field = window.searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("digestive"));
        QAbstractItemView *popup = window.suggestions()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), int(window.suggestions()->suggestions().size()));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(window.currentWorkspace(), int(MainWindow::Planning));
        auto *planning = static_cast<PlanningWorkspace *>(window.workspace(MainWindow::Planning));
        const QModelIndex current = planning->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), planning->model()->rowOf(m_coming.meta.id));
        QCOMPARE(planning->table()->selectionModel()->selectedRows().size(), 1);
        QTest::qWait(50); // the Enter that chose must not open the Patients workspace after
        QCOMPARE(window.currentWorkspace(), int(MainWindow::Planning));
        QCOMPARE(field->text(), QStringLiteral("digestive"));
    }
};

QTEST_MAIN(TestTopSearch)
#include "tst_topsearch.moc"
