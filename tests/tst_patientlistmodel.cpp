// The lazy patient list model: pages, search, INS hidden unless qualified, checked by
// QAbstractItemModelTester.
#include "models/itemmodels/patientlistmodel.h"
#include "tests/support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace concerto;

class TestPatientListModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("model.db")));
        QVERIFY(m_db);
        PatientRepository patients(*m_db);
        WriteTransaction tx(*m_db);
        for (int i = 0; i < 450; ++i) {
            Patient p = test::samplePatient();
            p.birthName = QStringLiteral("Patient%1").arg(i, 3, 10, QLatin1Char('0'));
            p.identityStatus = i % 2 ? IdentityStatus::Qualified : IdentityStatus::Provisional;
            QVERIFY(patients.save(p).ok);
        }
        QVERIFY(tx.commit());
    }

    void loadsPageByPage() {
        PatientListModel model(*m_db);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), PatientListModel::kPageSize);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, PatientListModel::BirthName)).toString(),
                 QStringLiteral("PATIENT000"));
        QCOMPARE(model.data(model.index(449, PatientListModel::BirthName)).toString(),
                 QStringLiteral("PATIENT449"));
    }

    void insShownOnlyWhenQualified() {
        PatientListModel model(*m_db);
        model.fetchMore({});
        // The identity status in words (labels.h), its national code in the tooltip.
        QCOMPARE(model.data(model.index(0, PatientListModel::IdentityStatusColumn)).toString(),
                 QStringLiteral("Provisional identity"));
        QCOMPARE(
            model.data(model.index(0, PatientListModel::IdentityStatusColumn), Qt::ToolTipRole).toString(),
            QStringLiteral("Provisional identity (PROV)"));
        QCOMPARE(model.data(model.index(0, PatientListModel::Ins)).toString(), QString());
        QCOMPARE(model.data(model.index(1, PatientListModel::Ins)).toString(),
                 QStringLiteral("255081416802538"));
    }

    void searchFilters() {
        PatientListModel model(*m_db);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        model.setSearchText(QStringLiteral("patient12"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10); // Patient120 to Patient129
        QVERIFY(!model.canFetchMore({}));
        const QUuid id = model.data(model.index(0, 0), PatientListModel::PatientIdRole).toUuid();
        QVERIFY(!id.isNull());
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestPatientListModel)
#include "tst_patientlistmodel.moc"
