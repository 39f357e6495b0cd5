// The fiche list's "to validate" and "drafts" filters read the unsigned fiches of their status through
// the index of schema 11 (fiche_unsigned_status), in the list's order, without sorting: the statements
// the list model really prepared (read back from SQLite's sqlite_stmt table on the same connection; Qt
// turns their "?" into ":0", ":1"…) are explained with EXPLAIN QUERY PLAN, for the first page and the next
// one; and a page read backwards walks the same index the other way. The filters still list exactly their
// fiches, newest change first.
#include "models/itemmodels/fichelistmodel.h"
#include "models/store/recordtable.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

// The plan of a statement as sqlite_stmt shows it, its parameters (":0", ":1"…) bound to NULL.
QStringList planOf(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    const int parameters = int(sql.count(QRegularExpression(QStringLiteral(":\\d+"))));
    for (int i = 0; i < parameters; ++i)
        q.addBindValue(QVariant());
    if (!q.exec())
        return {QStringLiteral("EXPLAIN failed: ") + q.lastError().text()};
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    return plan;
}

} // namespace

class TestFicheListPlan : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_rcp;
    int m_toValidate = 0;
    int m_drafts = 0;

    void saveFiche(const QUuid &patient, const QUuid &session, const QUuid &rcp, DocumentStatus status,
                   bool signedFiche) {
        Inscription i;
        i.sessionId = session;
        i.patientId = patient;
        [&] { QVERIFY(InscriptionRepository(*m_db).save(i).ok); }();
        Fiche f;
        f.inscriptionId = i.meta.id;
        f.patientId = patient;
        f.sessionId = session;
        f.rcpId = rcp;
        f.status = status;
        if (signedFiche)
            f.markSigned(QUuid::createUuid(), QDateTime::currentDateTimeUtc(), {});
        [&] { QVERIFY(FicheRepository(*m_db).save(f).ok); }();
    }

    // The SELECTs of the fiche table the model prepared with the status filter, and their plans.
    QStringList preparedStatusQueries() {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral(
                "SELECT sql FROM sqlite_stmt WHERE sql LIKE 'SELECT % FROM fiche WHERE %'"
                " AND sql LIKE '%signed_at IS NULL AND status = %' AND sql NOT LIKE '%sqlite_stmt%'")))
            return {QStringLiteral("sqlite_stmt unreadable: ") + q.lastError().text()};
        QStringList sql;
        while (q.next())
            sql << q.value(0).toString();
        return sql;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("plan.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        Rcp rcp;
        rcp.name = QStringLiteral("RCP digestive");
        QVERIFY(RcpRepository(*m_db).save(rcp).ok);
        m_rcp = rcp.meta.id;
        Patient p;
        p.birthName = QStringLiteral("Petit");
        p.birthGivenNames = {QStringLiteral("Jeanne")};
        p.birthDate = QDate(1950, 1, 1);
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        Session s;
        s.rcpId = rcp.meta.id;
        s.startsAt = QDateTime(QDate(2026, 1, 15), QTime(13, 0), Qt::UTC);
        QVERIFY(SessionRepository(*m_db).save(s).ok);
        // More than a page to validate, so that the list prepares its next-page query too.
        for (int n = 0; n < FicheListModel::kPageSize + 10; ++n, ++m_toValidate)
            saveFiche(p.meta.id, s.meta.id, rcp.meta.id, DocumentStatus::Completed, false);
        for (int n = 0; n < 3; ++n, ++m_drafts)
            saveFiche(p.meta.id, s.meta.id, rcp.meta.id, DocumentStatus::InProgress, false);
        for (int n = 0; n < 3; ++n)
            saveFiche(p.meta.id, s.meta.id, rcp.meta.id, DocumentStatus::Approved, true);
    }

    void theIndexIsThere() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'fiche_unsigned_status'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("CREATE INDEX fiche_unsigned_status ON fiche(status, updated_at DESC, id)"
                                " WHERE signed_at IS NULL"));
    }

    void statusFiltersReadTheirIndexInOrder_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("queries");
        QTest::newRow("to validate") << int(FicheFilter::Status::ToValidate) << m_toValidate << 2;
        QTest::newRow("drafts") << int(FicheFilter::Status::Draft) << m_drafts << 1;
    }
    void statusFiltersReadTheirIndexInOrder() {
        QFETCH(int, status);
        QFETCH(int, expected);
        QFETCH(int, queries);
        FicheListModel model(*m_db);
        FicheFilter filter;
        filter.status = FicheFilter::Status(status);
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), expected);
        for (int r = 1; r < model.rowCount(); ++r) {
            const Fiche *before = model.ficheAt(r - 1);
            const Fiche *after = model.ficheAt(r);
            QVERIFY(!before->isSigned() && !after->isSigned());
            QCOMPARE(after->status, before->status);
            QVERIFY2(before->meta.updatedAt >= after->meta.updatedAt, "newest change first");
        }

        // The first page's query, and the next page's (after the last key shown) when there is one.
        const QStringList statements = preparedStatusQueries();
        QVERIFY2(statements.size() >= queries, qPrintable(statements.join(QLatin1Char('\n'))));
        for (const QString &sql : statements) {
            QVERIFY2(sql.contains(QLatin1String("ORDER BY updated_at DESC, id LIMIT ")), qPrintable(sql));
            const QStringList plan = planOf(*m_db, sql);
            const QString text = sql + QStringLiteral("\n") + plan.join(QLatin1Char('\n'));
            QCOMPARE(plan.size(), 1);
            QVERIFY2(plan.first().contains(QLatin1String("USING INDEX fiche_unsigned_status (status=?")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        }
    }

    void whenCasesOrPatientsLeadTheStatusOnlyChecks_data() {
        QTest::addColumn<bool>("byCommittee");
        QTest::addColumn<int>("lead");
        QTest::addColumn<QString>("index");
        QTest::newRow("committee") << true << int(FicheListModel::LeadByCases)
                                   << QStringLiteral("fiche_inscription");
        QTest::newRow("patient") << false << int(FicheListModel::LeadByPatients)
                                 << QStringLiteral("fiche_patient");
    }
    void whenCasesOrPatientsLeadTheStatusOnlyChecks() {
        QFETCH(bool, byCommittee);
        QFETCH(int, lead);
        QFETCH(QString, index);
        FicheListModel model(*m_db);
        FicheFilter filter;
        filter.status = FicheFilter::Status::Draft;
        if (byCommittee)
            filter.rcpId = m_rcp;
        else
            filter.patientText = QStringLiteral("petit");
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(int(model.lead()), lead);
        QCOMPARE(model.rowCount(), m_drafts);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT sql FROM sqlite_stmt WHERE sql LIKE 'SELECT % FROM fiche WHERE %'"
                                  " AND sql LIKE '%status = %' AND sql LIKE '%%1 IN (%'"
                                  " AND sql NOT LIKE '%sqlite_stmt%'")
                       .arg(byCommittee ? QLatin1String("inscription_id") : QLatin1String("patient_id"))));
        QVERIFY(q.next());
        const QString sql = q.value(0).toString();
        const QStringList plan = planOf(*m_db, sql);
        const QString text = sql + QStringLiteral("\n") + plan.join(QLatin1Char('\n'));
        QVERIFY2(plan.first().contains(QStringLiteral("USING INDEX %1").arg(index)), qPrintable(text));
    }

    void aPageReadBackwardsWalksTheIndexTheOtherWay() {
        RecordTable table(*m_db, QString::fromLatin1(TableTraits<Fiche>::table),
                          TableTraits<Fiche>::columns());
        const ListOrder order = ListOrder::parse(QLatin1String(TableTraits<Fiche>::order));
        const QVariantList binds{Fiche::statusCode(DocumentStatus::Completed)};
        const QString condition = QStringLiteral("signed_at IS NULL AND status = ?");
        const StoreRead<PageOf<StoredRow>> first = table.page(condition, binds, order, {}, true, 20);
        QVERIFY2(first.ok() && first->items.size() == 20, qPrintable(first.error));
        const StoreRead<PageOf<StoredRow>> back =
            table.page(condition, binds, order, first->lastKey, false, 5);
        QVERIFY2(back.ok() && back->items.size() == 5, qPrintable(back.error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_stmt WHERE sql LIKE 'SELECT % FROM fiche WHERE %'"
            " AND sql LIKE '%ORDER BY updated_at, id DESC LIMIT %' AND sql NOT LIKE '%sqlite_stmt%'")));
        QVERIFY(q.next());
        const QString sql = q.value(0).toString();
        const QStringList plan = planOf(*m_db, sql);
        const QString text = sql + QStringLiteral("\n") + plan.join(QLatin1Char('\n'));
        QCOMPARE(plan.size(), 1);
        QVERIFY2(plan.first().contains(QLatin1String("USING INDEX fiche_unsigned_status (status=?")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestFicheListPlan)
#include "tst_fichelistplan.moc"
