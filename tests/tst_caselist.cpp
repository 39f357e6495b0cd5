// The Cases workspace's list: which cases a period, a committee, a state and a requester keep, in meeting
// order, with their completeness, read on the model's worker thread; and the workspace saying when
// nothing matches.
#include "models/domain/boardtime.h"
#include "models/itemmodels/caselistmodel.h"
#include "models/store/repositories.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/workspaces/casesworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace concerto;

class TestCaseList : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_rcpA, m_rcpB, m_requester, m_late, m_incomplete;
    QDate m_day; // the day of the two committees' sessions in the period

    QUuid saveSession(const QUuid &rcp, const QDate &day, int hour) {
        Session s = test::sampleSession(rcp);
        s.startsAt = fromBoardTime(day, QTime(hour, 0));
        [&] { QVERIFY(SessionRepository(*m_db).save(s).ok); }();
        return s.meta.id;
    }
    QUuid saveCase(const QUuid &session, const QString &name, AgendaState state, const QUuid &requester,
                   const QString &question) {
        Patient p = test::samplePatient();
        p.birthName = name;
        p.usedName = name;
        [&] { QVERIFY(PatientRepository(*m_db).save(p).ok); }();
        Inscription i = test::sampleInscription(session, p.meta.id);
        i.agendaState = state;
        i.requesterId = requester;
        i.question = question;
        [&] { QVERIFY(InscriptionRepository(*m_db).save(i).ok); }();
        return i.meta.id;
    }
    QStringList patients(const CaseListModel &model) {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, CaseListModel::PatientColumn)
                       .data()
                       .toString()
                       .section(QLatin1Char(' '), 0, 0);
        return out;
    }
    // Sets the filter and waits for its rows (read on the worker thread).
    static bool load(CaseListModel &model, const CaseListFilter &filter) {
        model.setFilter(filter);
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
    }
    CaseListFilter period() const {
        CaseListFilter f;
        f.from = m_day.addDays(-1);
        f.to = m_day.addDays(1);
        return f;
    }

private Q_SLOTS:
    void initTestCase() {
        installTranslations(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = Database::create(m_dir.filePath(QStringLiteral("cases.db")));
        QVERIFY(m_db);
        Rcp a = test::sampleRcp();
        a.name = QStringLiteral("RCP digestive");
        a.requiredCaseFields = {QStringLiteral("question")};
        Rcp b = test::sampleRcp();
        b.name = QStringLiteral("RCP sein");
        b.requiredCaseFields = {QStringLiteral("question")};
        QVERIFY(RcpRepository(*m_db).save(a).ok && RcpRepository(*m_db).save(b).ok);
        m_rcpA = a.meta.id;
        m_rcpB = b.meta.id;
        Professional requester;
        requester.lastName = QStringLiteral("Martin");
        requester.firstName = QStringLiteral("Jeanne");
        QVERIFY(ProfessionalRepository(*m_db).save(requester).ok);
        m_requester = requester.meta.id;

        m_day = toBoardTime(QDateTime::currentDateTimeUtc()).date().addDays(7);
        const QUuid afternoonA = saveSession(m_rcpA, m_day, 17);
        const QUuid morningB = saveSession(m_rcpB, m_day, 8);
        const QUuid laterA = saveSession(m_rcpA, m_day.addDays(28), 17);
        saveCase(afternoonA, QStringLiteral("ALPHA"), AgendaState::ToDiscuss, m_requester,
                 QStringLiteral("Q ?"));
        m_incomplete = saveCase(afternoonA, QStringLiteral("BRAVO"), AgendaState::Registered,
                                QUuid::createUuid(), QString());
        saveCase(morningB, QStringLiteral("CHARLIE"), AgendaState::ToDiscuss, m_requester,
                 QStringLiteral("Q ?"));
        saveCase(laterA, QStringLiteral("DELTA"), AgendaState::ToDiscuss, m_requester, QStringLiteral("Q ?"));
        // A case deleted since: never listed.
        const QUuid deleted = saveCase(afternoonA, QStringLiteral("ECHO"), AgendaState::ToDiscuss,
                                       m_requester, QStringLiteral("Q ?"));
        QVERIFY(InscriptionRepository(*m_db).remove(deleted).ok);
    }

    void periodKeepsItsSessionsInMeetingOrder() {
        CaseListModel model(*m_db);
        QVERIFY(load(model, period()));
        QCOMPARE(model.errorText(), QString());
        QCOMPARE(patients(model),
                 QStringList({QStringLiteral("CHARLIE"), QStringLiteral("ALPHA"), QStringLiteral("BRAVO")}));
        CaseListFilter wider = period();
        wider.to = m_day.addDays(28); // the last day is included
        QVERIFY(load(model, wider));
        QCOMPARE(patients(model).last(), QStringLiteral("DELTA"));
        // Sorting by meeting compares times, not the dates as written (day first).
        QCOMPARE(model.index(0, CaseListModel::MeetingColumn).data(CaseListModel::SortRole).toDateTime(),
                 fromBoardTime(m_day, QTime(8, 0))); // the same instant
    }

    void committeeStateAndRequesterCombine() {
        CaseListModel model(*m_db);
        CaseListFilter f = period();
        f.rcpId = m_rcpA;
        QVERIFY(load(model, f));
        QCOMPARE(patients(model), QStringList({QStringLiteral("ALPHA"), QStringLiteral("BRAVO")}));
        f.state = AgendaState::Registered;
        QVERIFY(load(model, f));
        QCOMPARE(patients(model), QStringList({QStringLiteral("BRAVO")}));
        f.state.reset();
        f.requesterId = m_requester;
        QVERIFY(load(model, f));
        QCOMPARE(patients(model), QStringList({QStringLiteral("ALPHA")}));
        QCOMPARE(model.index(0, CaseListModel::RequesterColumn).data().toString(),
                 ProfessionalRepository(*m_db).find(m_requester).value->displayName());
        QCOMPARE(model.index(0, CaseListModel::CommitteeColumn).data().toString(),
                 QStringLiteral("RCP digestive"));
    }

    void completenessFollowsTheCommittee() {
        CaseListModel model(*m_db);
        CaseListFilter f = period();
        f.rcpId = m_rcpA;
        QVERIFY(load(model, f));
        QCOMPARE(model.index(0, CaseListModel::CompletenessColumn).data().toString(),
                 QStringLiteral("Complete"));
        QCOMPARE(model.index(1, CaseListModel::CompletenessColumn).data().toString(),
                 QStringLiteral("1 missing"));
        QCOMPARE(model.index(1, CaseListModel::CompleteRole).data(CaseListModel::CompleteRole).toBool(),
                 false);
        const QString missing =
            model.index(1, CaseListModel::CompletenessColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(missing.contains(QStringLiteral("question"), Qt::CaseInsensitive), qPrintable(missing));
        QCOMPARE(model.index(1, 0).data(CaseListModel::InscriptionIdRole).toUuid(), m_incomplete);
    }

    void aSavedCaseIsShownWithoutReopening() {
        CaseListModel model(*m_db);
        QVERIFY(load(model, period()));
        Inscription i = *READ(InscriptionRepository(*m_db).find(m_incomplete));
        i.question = QStringLiteral("Radiothérapie ?");
        QVERIFY(InscriptionRepository(*m_db).save(i).ok);
        QVERIFY(model.isLoading()); // the save asked for a new read
        QTRY_COMPARE(model.index(2, CaseListModel::CompletenessColumn).data().toString(),
                     QStringLiteral("Complete"));
        i.question.clear();
        QVERIFY(InscriptionRepository(*m_db).save(i).ok);
        QTRY_COMPARE(model.index(2, CaseListModel::CompletenessColumn).data().toString(),
                     QStringLiteral("1 missing"));
    }

    void theRowsComeWithoutHoldingTheCaller() {
        CaseListModel model(*m_db);
        QVERIFY(load(model, period()));
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy loaded(&model, &CaseListModel::loaded);
        CaseListFilter f = period();
        f.rcpId = m_rcpB;
        model.setFilter(f);
        // setFilter returned before the rows were read: the old rows stay until the new ones come.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 3);
        // A change while a read runs: only the latest filter's rows are ever shown, once.
        f.rcpId = m_rcpA;
        f.state = AgendaState::Registered;
        model.setFilter(f);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(patients(model), QStringList({QStringLiteral("BRAVO")}));
    }

    void aFileThatCannotBeReadIsAnErrorNotAnEmptyList() {
        const QString path = m_dir.filePath(QStringLiteral("gone.db"));
        auto db = Database::create(path);
        QVERIFY(db);
        CaseListModel model(*db);
        QVERIFY(QFile::remove(path)); // the worker opens its own connection: the file is no longer there
        QVERIFY(load(model, period()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(!model.errorText().isEmpty(), "an unreadable file must not read as no case");
    }

    void aReversedPeriodIsRefusedInWords() {
        CaseListModel model(*m_db);
        CaseListFilter f = period();
        std::swap(f.from, f.to);
        QVERIFY(load(model, f));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorText().contains(QStringLiteral("period")));
    }

    void workspaceSaysWhenNothingMatches() {
        CasesWorkspace workspace(test::servicesOf(*m_db));
        workspace.show();
        auto *table = workspace.findChild<QTableView *>(QStringLiteral("caseTable"));
        auto *empty = workspace.findChild<QLabel *>(QStringLiteral("noCase"));
        auto *summary = workspace.findChild<QLabel *>(QStringLiteral("caseSummary"));
        // While the rows are read, the workspace says so, and not that nothing matches.
        QCOMPARE(summary->text(), QStringLiteral("Reading the cases…"));
        QVERIFY(empty->isHidden());
        // The default period, the next four weeks, holds the day of the first three cases.
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("3 cases")));
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(summary->text().contains(QStringLiteral("of which 1 incomplete")));
        QVERIFY(empty->isHidden());
        auto *state = workspace.findChild<QComboBox *>(QStringLiteral("caseState"));
        state->setCurrentIndex(state->findData(int(AgendaState::Postponed)));
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("0 cases")));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!empty->isHidden());
        QVERIFY(table->isHidden());
        QVERIFY(summary->text().startsWith(QStringLiteral("0 cases")));
    }
};

QTEST_MAIN(TestCaseList)
#include "tst_caselist.moc"
