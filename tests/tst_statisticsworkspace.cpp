// The Statistics workspace as a 3C manager uses it: the figures of the test activity in the table once
// computed, the filters, the window free while the computation runs on its worker (which the test holds
// back), only the latest filter's figures shown, a failed computation in the error banner, and the CSV
// export with its error.
#include "tests/support/indicatordata.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/workspaces/indicatorcharts.h"
#include "ui/workspaces/indicatortablemodel.h"
#include "ui/workspaces/statisticsworkspace.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace concerto;

namespace {

IndicatorFilter firstHalf2026() {
    IndicatorFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 6, 30);
    return f;
}

} // namespace

class TestStatisticsWorkspace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::IndicatorData m_data;

    // A workspace showing the first half of 2026, its figures computed.
    std::unique_ptr<StatisticsWorkspace> shown() {
        auto w = std::make_unique<StatisticsWorkspace>(test::servicesOf(*m_db));
        new QAbstractItemModelTester(w->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     w->model());
        w->show();
        w->setFilter(firstHalf2026());
        return w;
    }

private Q_SLOTS:
    void initTestCase() {
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("statistics.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_data = test::saveIndicatorData(*m_db);
    }

    void defaultsToTheCalendarYear() {
        StatisticsWorkspace w(test::servicesOf(*m_db));
        const IndicatorFilter f = w.filter();
        QCOMPARE(f.from, QDate(QDate::currentDate().year(), 1, 1));
        QCOMPARE(f.to, QDate(QDate::currentDate().year(), 12, 31));
        QVERIFY(f.centreId.isNull() && f.rcpId.isNull() && f.organ.isEmpty());
        // The directory fills the filters (read off the window's thread): two 3C (not the establishment),
        // three committees, three organs.
        QTRY_COMPARE(w.findChild<QComboBox *>(QStringLiteral("centre"))->count(), 3);
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("committee"))->count(), 4);
        QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("organ"))->count(), 4);
        QVERIFY(!w.isComputing()); // nothing computed before the workspace is shown
    }

    void tableShowsTheFigures() {
        const auto w = shown();
        QVERIFY(w->isComputing()); // setFilter returned before the figures
        QTRY_VERIFY(!w->isComputing());
        QCOMPARE(w->figure(QStringLiteral("sessions")), QStringLiteral("4"));
        QCOMPARE(w->figure(QStringLiteral("fiches")), QStringLiteral("6"));
        QCOMPARE(w->figure(QStringLiteral("new-patients")), QStringLiteral("4"));
        QCOMPARE(w->figure(QStringLiteral("median-days:registration-meeting")), QStringLiteral("8"));
        IndicatorTableModel *m = w->model();
        const int quorum = m->rowOf(QStringLiteral("quorum-met"));
        QVERIFY(quorum >= 0);
        QCOMPARE(m->index(quorum, IndicatorTableModel::PercentColumn).data().toString(),
                 QStringLiteral("60.0 %"));
        QCOMPARE(m->index(quorum, IndicatorTableModel::OfColumn).data().toString(), QStringLiteral("5"));
        // Each section opens with its title on a row of its own.
        QVERIFY(m->isSectionRow(0));
        QCOMPARE(m->index(0, IndicatorTableModel::FigureColumn).data().toString(),
                 QStringLiteral("Activity"));
        QCOMPARE(m->index(0, IndicatorTableModel::ValueColumn).data().toString(), QString());
        QVERIFY(!m->isSectionRow(1));
        QCOMPARE(m->index(1, IndicatorTableModel::FigureColumn).data().toString(),
                 QStringLiteral("Sessions held"));
        QVERIFY(m->isSectionRow(quorum - 1)); // the first figure of Quality
        QVERIFY(w->errorText().isEmpty());
        QVERIFY(w->findChild<QPushButton *>()->isEnabled());
        // The organ chart has a bar per organ.
        const QList<QChart *> charts = w->charts()->charts();
        QCOMPARE(charts.size(), 4);
        auto *organs = qobject_cast<QAbstractBarSeries *>(charts.front()->series().value(0));
        QVERIFY(organs);
        QCOMPARE(organs->barSets().value(0)->count(), 3);
    }

    void filtersOfTheBar() {
        const auto w = shown();
        QTRY_VERIFY(!w->isComputing());
        auto *committee = w->findChild<QComboBox *>(QStringLiteral("committee"));
        committee->setCurrentIndex(committee->findData(m_data.thoracic.toString(QUuid::WithoutBraces)));
        QTRY_VERIFY(!w->isComputing());
        QCOMPARE(w->figure(QStringLiteral("fiches")), QStringLiteral("1"));
        committee->setCurrentIndex(0);
        auto *organ = w->findChild<QComboBox *>(QStringLiteral("organ"));
        organ->setCurrentIndex(organ->findData(QStringLiteral("76752008")));
        QTRY_VERIFY(!w->isComputing());
        QCOMPARE(w->figure(QStringLiteral("fiches")), QStringLiteral("2"));
        organ->setCurrentIndex(0);
        auto *centre = w->findChild<QComboBox *>(QStringLiteral("centre"));
        centre->setCurrentIndex(centre->findData(m_data.centreA.toString(QUuid::WithoutBraces)));
        QTRY_VERIFY(!w->isComputing());
        QCOMPARE(w->figure(QStringLiteral("fiches")), QStringLiteral("4"));
    }

    // The worker is held back: the window goes on handling events, shows that it computes, and a filter
    // changed meanwhile replaces the answer being computed.
    void theWindowDoesNotWait() {
        QSemaphore release;
        std::atomic<int> calls{0};
        std::atomic<bool> offTheGuiThread{true};
        QThread *gui = QThread::currentThread();
        StatisticsWorkspace w(test::servicesOf(*m_db));
        w.setComputation([&](const QString &path, const IndicatorFilter &f) {
            ++calls;
            if (QThread::currentThread() == gui)
                offTheGuiThread = false;
            release.acquire();
            return computeIndicators(path, f);
        });
        w.show();
        w.setFilter(firstHalf2026());
        QVERIFY(w.isComputing());
        QTRY_COMPARE(calls.load(), 1);
        // Events are handled while the worker waits: a timer fires, the busy indicator shows.
        bool fired = false;
        QTimer::singleShot(10, &w, [&] { fired = true; });
        QTRY_VERIFY(fired);
        QVERIFY(w.findChild<QProgressBar *>()->isVisible());
        // Another period while it computes: computed after, and only its figures are shown.
        w.findChild<QDateEdit *>(QStringLiteral("periodFrom"))->setDate(QDate(2026, 6, 30));
        QCOMPARE(calls.load(), 1);
        release.release(2);
        QTRY_VERIFY(!w.isComputing() && calls.load() == 2);
        QTRY_COMPARE(w.figure(QStringLiteral("fiches")), QStringLiteral("1"));
        QVERIFY(offTheGuiThread);
        QVERIFY(!w.findChild<QProgressBar *>()->isVisible());
    }

    void aWrongPeriodOrAFailureShowsInTheBanner() {
        const auto w = shown();
        QTRY_VERIFY(!w->isComputing());
        w->findChild<QDateEdit *>(QStringLiteral("periodTo"))->setDate(QDate(2025, 1, 1));
        QVERIFY(!w->isComputing());
        QVERIFY(!w->errorText().isEmpty());
        QCOMPARE(w->model()->rowCount(), 0); // no figures of another period left on screen
        QVERIFY(!w->findChild<QPushButton *>()->isEnabled());

        w->setComputation([](const QString &, const IndicatorFilter &) {
            return StoreRead<Indicators>::failure(QStringLiteral("disk I/O error"));
        });
        w->setFilter(firstHalf2026());
        QTRY_VERIFY(!w->isComputing());
        QVERIFY2(w->errorText().contains(QStringLiteral("disk I/O error")), qPrintable(w->errorText()));
        QCOMPARE(w->model()->rowCount(), 0);
        QCOMPARE(w->figure(QStringLiteral("fiches")), QString());
    }

    void exportsTheFiguresShown() {
        const auto w = shown();
        QTRY_VERIFY(!w->isComputing());
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(w->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFsection;key;"));
        QVERIFY(csv.contains(";fiches;Fiches (an amended fiche counts once);6;;"));
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/export.csv"));
        QVERIFY(!w->exportCsv(nowhere));
        QVERIFY2(w->errorText().contains(nowhere), qPrintable(w->errorText()));
    }
};

QTEST_MAIN(TestStatisticsWorkspace)
#include "tst_statisticsworkspace.moc"
