// A damaged page in a real database file: reads fail loudly everywhere. concerto-cli exits 1 naming the
// file and prints no partial list; the list models say the list is incomplete; the main window never
// says "Synchronised" when it could not count the waiting changes.
#include "models/demo/demogenerator.h"
#include "models/itemmodels/fichelistmodel.h"
#include "models/itemmodels/patientlistmodel.h"
#include "tests/support/fixtures.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

// The pages of the b-trees named (tables and indexes), read from the file's dbstat table; the page size
// comes first, asked of SQLite (the header of an encrypted file is not in clear).
QList<qint64> pagesOf(const QString &path, const QString &where) {
    QList<qint64> pages;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(path);
        db.open();
        test::unlock(db);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            pages << q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE %1 ORDER BY pageno").arg(where)))
            while (q.next())
                pages << q.value(0).toLongLong();
        else
            qWarning() << "dbstat:" << q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    return pages;
}

// Overwrites whole pages of `pageSize` bytes with bytes no b-tree page can hold (nor decrypt).
bool damage(const QString &path, qint64 pageSize, const QList<qint64> &pages) {
    QFile f(path);
    if (pages.isEmpty() || pageSize < 512 || !f.open(QIODevice::ReadWrite))
        return false;
    for (qint64 page : pages) {
        f.seek((page - 1) * pageSize);
        f.write(QByteArray(pageSize, char(0xEE)));
    }
    return true;
}

} // namespace

class TestDamaged : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_fiches = 0;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_path = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            auto db = Database::create(m_path);
            QVERIFY(db);
            demo::DemoOptions options;
            options.patients = 120;
            options.referenceDate = QDate(2026, 11, 2);
            demo::DemoCounts counts;
            QString error;
            QVERIFY2(demo::generateDemo(*db, options, &counts, &error), qPrintable(error));
            m_fiches = counts.fiches;
        } // closing folds the write-ahead log into the file
        QVERIFY(m_fiches > 100);
        // A leaf page in the middle of the fiche table, and every page of the change journal.
        QList<qint64> leaves = pagesOf(m_path, QStringLiteral("name = 'fiche' AND pagetype = 'leaf'"));
        QVERIFY2(leaves.size() > 5, "dbstat is needed to find the pages");
        const qint64 pageSize = leaves.takeFirst();
        QList<qint64> journal = pagesOf(
            m_path,
            QStringLiteral("name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'change_journal')"));
        QVERIFY(journal.size() > 1);
        journal.removeFirst();
        QVERIFY(damage(m_path, pageSize, QList<qint64>{leaves.at(leaves.size() / 2)} + journal));
    }

    void theCommandLineFailsNamingTheFile() {
        const test::CliRun r =
            test::runCli({QStringLiteral("list"), QStringLiteral("fiches"), QStringLiteral("--db"), m_path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(m_path) && r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), "a partial list was printed"); // never a shorter list
        // Lists that do not touch the damaged page still work.
        const test::CliRun sessions = test::runCli(
            {QStringLiteral("list"), QStringLiteral("sessions"), QStringLiteral("--db"), m_path});
        QCOMPARE(sessions.code, 0);
        QVERIFY(sessions.out.count(QLatin1Char('\n')) > 10);
    }

    void theWritingCommandsFailToo() {
        const test::CliRun demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--patients"),
                                                QStringLiteral("5"), QStringLiteral("--db"), m_path});
        QCOMPARE(demo.code, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("damaged")), qPrintable(demo.err));
    }

    void theFicheListSaysItIsIncomplete() {
        auto db = Database::open(m_path);
        QVERIFY(db);
        FicheListModel model(*db);
        QSignalSpy errors(&model, &StoreListModel::errorChanged);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard)
            model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.rowCount() < m_fiches);
        QVERIFY2(model.errorText().contains(QStringLiteral("damaged")), qPrintable(model.errorText()));
        QCOMPARE(errors.count(), 1);
    }

    void theWindowNeverSaysSynchronised() {
        auto db = Database::open(m_path);
        QVERIFY(db);
        QSettings().setValue(QStringLiteral("sync/lastSync"), QDateTime::currentDateTimeUtc());
        MainWindow window(test::servicesOf(*db));
        window.show();
        QVERIFY2(!window.syncStateText().contains(QStringLiteral("Synchronised")),
                 qPrintable(window.syncStateText()));
        QCOMPARE(window.syncStateText(), QStringLiteral("Sync state unknown"));
        // The Fiches workspace shows the reason above its list.
        window.showWorkspace(MainWindow::Fiches);
        auto bannerShown = [&] {
            const QList<QLabel *> banners = window.findChildren<QLabel *>(QStringLiteral("errorBanner"));
            return std::any_of(banners.cbegin(), banners.cend(), [](const QLabel *l) {
                return l->isVisible() && l->text().contains(QStringLiteral("damaged"));
            });
        };
        QTRY_VERIFY(bannerShown());
    }
};

QTEST_MAIN(TestDamaged)
#include "tst_damaged.moc"
