// The store says what changed, once, after the outermost commit (entity, ids, kind), nothing on a
// rollback; the item models follow it; lists page by key, forwards and backwards, in the same order as a
// full sorted read, ties included.
#include "models/domain/labels.h"
#include "models/itemmodels/fichelistmodel.h"
#include "models/itemmodels/patientlistmodel.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

Q_DECLARE_METATYPE(concerto::ChangeKind)

class TestStoreChanges : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static Patient patient(const QString &name) {
        Patient p = test::samplePatient();
        p.birthName = name;
        p.usedName.clear();
        p.ins.clear();
        p.ipp = name;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChangeKind>(); }
    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void oneSignalPerEntityAndKindAfterTheCommit() {
        QSignalSpy spy(m_db.get(), &Database::recordsChanged);
        PatientRepository patients(*m_db);
        Patient a = patient(QStringLiteral("Alpha"));
        Patient b = patient(QStringLiteral("Beta"));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(patients.save(a).ok);
            QVERIFY(patients.save(b).ok);
            a.usedName = QStringLiteral("Autre");
            QVERIFY(patients.save(a).ok);
            QCOMPARE(spy.count(), 0); // nothing before the outermost commit
            QVERIFY(tx.commit());
        }
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("patient"));
        QCOMPARE(spy.at(0).at(1).value<QList<QUuid>>(), (QList<QUuid>{a.meta.id, b.meta.id}));
        QCOMPARE(spy.at(0).at(2).value<ChangeKind>(), ChangeKind::Inserted);
        QCOMPARE(spy.at(1).at(1).value<QList<QUuid>>(), QList<QUuid>{a.meta.id});
        QCOMPARE(spy.at(1).at(2).value<ChangeKind>(), ChangeKind::Updated);

        spy.clear();
        QVERIFY(patients.remove(b.meta.id).ok);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(2).value<ChangeKind>(), ChangeKind::Deleted);
        QCOMPARE(spy.at(0).at(1).value<QList<QUuid>>(), QList<QUuid>{b.meta.id});

        spy.clear();
        QVERIFY(patients.save(a).ok); // unchanged: nothing written, nothing said
        QCOMPARE(spy.count(), 0);
    }

    void nothingIsAnnouncedOnARollback() {
        QSignalSpy spy(m_db.get(), &Database::recordsChanged);
        PatientRepository patients(*m_db);
        {
            WriteTransaction tx(*m_db);
            Patient a = patient(QStringLiteral("Alpha"));
            QVERIFY(patients.save(a).ok);
        } // not committed
        QCOMPARE(spy.count(), 0);
        QCOMPARE(READ(patients.count()), 0);
        // The next commit says only what it wrote.
        Patient b = patient(QStringLiteral("Beta"));
        QVERIFY(patients.save(b).ok);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<QList<QUuid>>(), QList<QUuid>{b.meta.id});
    }

    void aSaveUpdatesAnOpenList() {
        PatientListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PatientRepository patients(*m_db);
        Patient a = patient(QStringLiteral("Alpha"));
        QVERIFY(patients.save(a).ok);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);

        // Another screen adds a patient: the open list shows it.
        Patient b = patient(QStringLiteral("Beta"));
        QVERIFY(patients.save(b).ok);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, PatientListModel::BirthName).data().toString(), QStringLiteral("BETA"));

        // An edit that keeps the order updates the row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        b.ipp = QStringLiteral("IPP-NEW");
        QVERIFY(patients.save(b).ok);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, PatientListModel::Ipp).data().toString(), QStringLiteral("IPP-NEW"));

        // A deletion takes the row away.
        QVERIFY(patients.remove(a.meta.id).ok);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
    }

    void aSignatureUpdatesTheFicheList() {
        Fiche f = test::saveSampleCase(*m_db);
        FicheListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignedOnly(true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        FicheRepository fiches(*m_db);
        QVERIFY(fiches.saveSigned(f, QUuid::createUuid()).ok);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, FicheListModel::StatusColumn).data().toString(), labels::ficheState(f));
    }

    void pagesByKeyFollowTheSortedOrder() {
        // 57 patients, many sharing a name (ties broken by id), paged 5 at a time both ways.
        PatientRepository patients(*m_db);
        {
            WriteTransaction tx(*m_db);
            for (int i = 0; i < 57; ++i) {
                Patient p = patient(QStringLiteral("Nom%1").arg(i % 7));
                QVERIFY(patients.save(p).ok);
            }
            QVERIFY(tx.commit());
        }
        QStringList sorted;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM patient ORDER BY search_name, id")));
        while (q.next())
            sorted << q.value(0).toString();
        QCOMPARE(sorted.size(), 57);

        QStringList forward;
        PageKey key;
        for (;;) {
            const PageOf<Patient> page = READ(patients.pageAfter(key, 5));
            for (const Patient &p : page.items)
                forward << json::idText(p.meta.id);
            if (page.items.size() < 5)
                break;
            key = page.lastKey;
        }
        QCOMPARE(forward, sorted);

        QStringList backward;
        key.clear();
        for (;;) {
            const PageOf<Patient> page = READ(patients.pageBefore(key, 5));
            QStringList ids;
            for (const Patient &p : page.items)
                ids << json::idText(p.meta.id);
            backward = ids + backward;
            if (page.items.size() < 5)
                break;
            key = page.firstKey;
        }
        QCOMPARE(backward, sorted);
    }

    void descendingListsPageByKeyToo() {
        // The fiche list runs newest change first: many fiches changed at the same instant.
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC); });
        for (int i = 0; i < 4; ++i)
            test::saveSampleCase(*m_db);
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC); });
        for (int i = 0; i < 5; ++i)
            test::saveSampleCase(*m_db);
        FicheRepository fiches(*m_db);
        QStringList sorted;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM fiche ORDER BY updated_at DESC, id")));
        while (q.next())
            sorted << q.value(0).toString();
        QCOMPARE(sorted.size(), 9);
        QStringList forward;
        PageKey key;
        for (int guard = 0; guard < 10; ++guard) {
            const PageOf<Fiche> page = READ(fiches.pageAfter(key, 2));
            for (const Fiche &f : page.items)
                forward << json::idText(f.meta.id);
            if (page.items.size() < 2)
                break;
            key = page.lastKey;
        }
        QCOMPARE(forward, sorted);
        // The last page, straight away.
        const PageOf<Fiche> last = READ(fiches.pageBefore({}, 2));
        QCOMPARE(last.items.size(), std::size_t(2));
        QCOMPARE(json::idText(last.items.back().meta.id), sorted.last());
        QCOMPARE(json::idText(last.items.front().meta.id), sorted.at(sorted.size() - 2));
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
