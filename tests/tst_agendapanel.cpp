// The agenda in the Planning workspace as a secretary uses it: Ctrl+Down and Ctrl+Up move the selected
// case in the stored order (and keep it selected), a drop moves a case, Enter opens a case through the
// workspace's caseActivated signal, the copy of what is missing is grouped by requester, closing the
// registrations is stored, and the session list says how many files are incomplete and sorts.
#include "models/itemmodels/agendamodel.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "services/agendaservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/workspaces/agendapanel.h"
#include "ui/workspaces/planningworkspace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace concerto;

class TestAgendaPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_session;
    QList<QUuid> m_cases; // A (complete), B (no WHO status), C (complete), R (registered)

    QStringList storedOrder() {
        QStringList names;
        for (const Inscription &i : READ(agenda::read(*m_db, m_session.meta.id)))
            names << QStringLiteral("%1:%2").arg(i.question).arg(i.agendaOrder);
        return names;
    }
    int journalRows() {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = 'inscription'")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    int selectedRow(AgendaPanel &p) { return p.view()->selectionModel()->selectedRows().value(0).row(); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = Database::create(m_dir.filePath(QStringLiteral("agenda.db")));
        QVERIFY(m_db);
        Rcp rcp = test::sampleRcp();
        QVERIFY(RcpRepository(*m_db).save(rcp).ok);
        m_session = test::sampleSession(rcp.meta.id);
        m_session.registrationDeadline = m_session.startsAt.addDays(-2);
        QVERIFY(SessionRepository(*m_db).save(m_session).ok);
        Professional martin;
        martin.lastName = QStringLiteral("Martin");
        martin.firstName = QStringLiteral("Jean");
        QVERIFY(ProfessionalRepository(*m_db).save(martin).ok);
        for (const char *name : {"A", "B", "C", "R"}) {
            Patient p = test::samplePatient();
            p.usedName = QLatin1String(name);
            QVERIFY(PatientRepository(*m_db).save(p).ok);
            Inscription i = test::sampleInscription(m_session.meta.id, p.meta.id);
            i.question = QLatin1String(name);
            i.requesterId = martin.meta.id;
            if (i.question == QLatin1String("B"))
                i.clinical.whoStatus = -1;
            if (i.question == QLatin1String("R"))
                i.intent = QString::fromLatin1(kCaseRegistered);
            QVERIFY(agenda::registerCase(*m_db, i).ok);
            m_cases << i.meta.id;
        }
    }

    void keyboardMovesTheSelectedCase() {
        AgendaPanel panel(test::servicesOf(*m_db));
        new QAbstractItemModelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     panel.model());
        panel.setSession(m_session.meta.id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.model()->rowCount(), 4);
        QCOMPARE(panel.model()->index(3, AgendaModel::KindColumn).data().toString(),
                 QStringLiteral("Registered"));
        panel.view()->setFocus();
        panel.view()->selectRow(0);
        const int before = journalRows();
        QTest::keyClick(panel.view(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(storedOrder(), QStringList({QStringLiteral("B:1"), QStringLiteral("A:2"),
                                             QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QCOMPARE(journalRows(), before + 2);
        QCOMPARE(selectedRow(panel), 1); // A is still the selected case
        QCOMPARE(panel.model()->inscriptionAt(1), m_cases[0]);
        QTest::keyClick(panel.view(), Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(panel.view(), Qt::Key_Down, Qt::ControlModifier); // R stays last: nothing written
        QCOMPARE(storedOrder(), QStringList({QStringLiteral("B:1"), QStringLiteral("C:2"),
                                             QStringLiteral("A:3"), QStringLiteral("R:4")}));
        QTest::keyClick(panel.view(), Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(panel.view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(storedOrder(), QStringList({QStringLiteral("A:1"), QStringLiteral("B:2"),
                                             QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QCOMPARE(selectedRow(panel), 0);
        QVERIFY(panel.errorLabel()->isHidden());
    }

    void aDropMovesTheCase() {
        AgendaModel model(*m_db);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setSession(m_session.meta.id);
        std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0, 0)})); // A
        QVERIFY(model.canDropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {})); // between C and R
        QCOMPARE(storedOrder(), QStringList({QStringLiteral("B:1"), QStringLiteral("C:2"),
                                             QStringLiteral("A:3"), QStringLiteral("R:4")}));
        std::unique_ptr<QMimeData> again(model.mimeData({model.index(2, 0)})); // A, dropped on B's row
        QVERIFY(model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, model.index(0, 0)));
        QCOMPARE(storedOrder(), QStringList({QStringLiteral("A:1"), QStringLiteral("B:2"),
                                             QStringLiteral("C:3"), QStringLiteral("R:4")}));
        QMimeData foreign;
        foreign.setData(QStringLiteral("application/x-concerto-inscription"), QByteArrayLiteral("not an id"));
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
    }

    void copyGroupsWhatIsMissingByRequester() {
        AgendaPanel panel(test::servicesOf(*m_db));
        panel.setSession(m_session.meta.id);
        QCOMPARE(panel.model()->index(1, AgendaModel::CompletenessColumn).data().toString(),
                 QCoreApplication::translate("concerto::AgendaModel", "%Ln missing", nullptr, 1));
        QCOMPARE(panel.model()->index(1, AgendaModel::CompletenessColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("WHO performance status missing."));
        QCOMPARE(panel.model()->index(0, AgendaModel::CompletenessColumn).data().toString(),
                 QStringLiteral("Complete"));
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("copyMissing"))->isEnabled());
        QGuiApplication::clipboard()->clear();
        panel.copyMissing();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("What is missing before the meeting of RCP digestive on 24/11/2026 at 17:00\n"
                                "Registration deadline: 22/11/2026 17:00\n"
                                "\n") +
                     QCoreApplication::translate("Completeness", "%1: %n case(s)", nullptr, 1)
                         .arg(QStringLiteral("Dr Jean MARTIN")) +
                     QStringLiteral("\n"
                                    "  * B Marie, born 14/08/1955\n"
                                    "      - WHO performance status missing.\n"));
    }

    void enterOpensTheCaseThroughTheWorkspace() {
        PlanningWorkspace w(test::servicesOf(*m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showMonth(2026, 11);
        QCOMPARE(w.model()->rowCount(), 1);
        w.table()->selectRow(0);
        AgendaPanel *panel = w.agenda();
        QCOMPARE(panel->model()->rowCount(), 4);
        QSignalSpy opened(&w, &PlanningWorkspace::caseActivated);
        panel->view()->setFocus();
        panel->view()->selectRow(2);
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toUuid(), m_cases[2]);
        // A reorder reads the session list again: the session and the case stay selected.
        QTest::keyClick(panel->view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(w.table()->selectionModel()->selectedRows().value(0).row(), 0);
        QCOMPARE(panel->model()->sessionId(), m_session.meta.id);
        QCOMPARE(selectedRow(*panel), 1);
        QTest::keyClick(panel->view(), Qt::Key_Down, Qt::ControlModifier);
    }

    void closingRegistrationsIsStored() {
        AgendaPanel panel(test::servicesOf(*m_db));
        panel.setSession(m_session.meta.id);
        auto *close = panel.findChild<QPushButton *>(QStringLiteral("closeRegistrations"));
        QVERIFY(close->isEnabled());
        close->click();
        QVERIFY(READ(SessionRepository(*m_db).find(m_session.meta.id))->registrationsClosed);
        QCOMPARE(close->text(), QStringLiteral("Re&open registrations"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("registrationState"))
                    ->text()
                    .startsWith(QStringLiteral("Registrations are closed")));
        close->click();
        QVERIFY(!READ(SessionRepository(*m_db).find(m_session.meta.id))->registrationsClosed);
    }

    void sessionListSaysHowManyFilesAreIncompleteAndSorts() {
        Rcp other = test::sampleRcp();
        other.name = QStringLiteral("Another committee");
        QVERIFY(RcpRepository(*m_db).save(other).ok);
        Session later = test::sampleSession(other.meta.id);
        later.startsAt = m_session.startsAt.addDays(2);
        QVERIFY(SessionRepository(*m_db).save(later).ok);
        SessionListModel model(*m_db);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SessionListModel::CasesColumn).data().toInt(), 4);
        // The sessions show at once; their incomplete cases are counted just after.
        QCOMPARE(model.index(0, SessionListModel::CompletenessColumn).data().toString(),
                 QStringLiteral("checking…"));
        QVERIFY(model.countingCompleteness());
        QSignalSpy counted(&model, &SessionListModel::completenessCounted);
        QTRY_COMPARE(model.index(0, SessionListModel::CompletenessColumn).data().toString(),
                     QStringLiteral("1 incomplete"));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.index(1, SessionListModel::CompletenessColumn).data().toString(), QString());
        model.sort(SessionListModel::CommitteeColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, SessionListModel::CommitteeColumn).data().toString(), other.name);
        model.reload(); // the order holds across reloads
        QCOMPARE(model.index(0, SessionListModel::CommitteeColumn).data().toString(), other.name);
        QTRY_VERIFY(!model.countingCompleteness());
        model.sort(SessionListModel::CompletenessColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(SessionListModel::SessionIdRole).toUuid(), m_session.meta.id);
        QVERIFY(SessionRepository(*m_db).remove(later.meta.id).ok);
    }
};

QTEST_MAIN(TestAgendaPanel)
#include "tst_agendapanel.moc"
