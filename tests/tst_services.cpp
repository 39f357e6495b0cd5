// The services without a screen: each writes what it is asked (the store holds it and the change is
// announced), refuses in words what its rules refuse (and then writes nothing), and reads what the
// screens show.
#include "models/store/repositories.h"
#include "models/validation/identifiers.h"
#include "models/validation/rcpcheck.h"
#include "services/agendaservice.h"
#include "services/directorylists.h"
#include "services/directoryservice.h"
#include "services/ficheservice.h"
#include "services/indicatorservice.h"
#include "services/patientservice.h"
#include "services/planningservice.h"
#include "services/services.h"
#include "tests/support/fixtures.h"
#include "tests/support/rawsqlite.h"
#include "translations/language.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace concerto;

namespace {

QString rpps(const QString &ten) {
    return ten + QString::number(validation::luhnCheckDigit(ten));
}

Professional surgeon(const QString &name) {
    Professional p;
    p.rpps = rpps(QStringLiteral("1000000001"));
    p.lastName = name;
    p.firstName = QStringLiteral("Anne");
    p.specialty = QStringLiteral("SM14");
    return p;
}

int rowsOf(Database &db, const QString &table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestServices : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)));
        QVERIFY(m_db);
        m_services = std::make_unique<Services>(*m_db);
    }
    void cleanup() {
        m_services.reset();
        m_db.reset();
    }

    void aProfessionalIsSavedAsTheActingUserAndAnnounced() {
        m_services->setActor(Actor::administrator(QStringLiteral("Dr Coordinatrice")));
        QSignalSpy changed(m_services.get(), &Services::recordsChanged);
        Professional p = surgeon(QStringLiteral("Martin"));
        const StoreResult saved = m_services->directory().saveProfessional(p);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QVERIFY(!p.meta.id.isNull());
        const auto stored = ProfessionalRepository(*m_db).find(p.meta.id);
        QVERIFY(stored.ok() && stored.value);
        QCOMPARE(stored.value->lastName, QStringLiteral("Martin"));
        QCOMPARE(stored.value->meta.updatedBy, QStringLiteral("Dr Coordinatrice"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("professional"));
        QCOMPARE(changed.at(0).at(1).value<QList<QUuid>>(), QList<QUuid>{p.meta.id});
    }

    void aSecondProfessionalWithTheSameRppsIsRefusedAndNothingIsWritten() {
        Professional first = surgeon(QStringLiteral("Martin"));
        QVERIFY(m_services->directory().saveProfessional(first).ok);
        const int audited = rowsOf(*m_db, QStringLiteral("audit_log"));
        const int journaled = rowsOf(*m_db, QStringLiteral("change_journal"));
        QSignalSpy changed(m_services.get(), &Services::recordsChanged);

        Professional second = surgeon(QStringLiteral("Durand"));
        const StoreResult refused = m_services->directory().saveProfessional(second);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(first.rpps) &&
                     refused.error.contains(QStringLiteral("Martin"), Qt::CaseInsensitive),
                 qPrintable(refused.error));
        QVERIFY(second.meta.id.isNull()); // the caller's record is left as it was
        QCOMPARE(rowsOf(*m_db, QStringLiteral("professional")), 1);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("audit_log")), audited);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("change_journal")), journaled);
        QCOMPARE(changed.count(), 0);
    }

    void aProfessionalWithAWrongRppsKeyIsRefused() {
        Professional p = surgeon(QStringLiteral("Martin"));
        p.rpps[10] = p.rpps[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const StoreResult refused = m_services->directory().saveProfessional(p);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("RPPS")), qPrintable(refused.error));
        QCOMPARE(rowsOf(*m_db, QStringLiteral("professional")), 0);
    }

    void aCommitteeThatBreaksItsRulesIsRefusedAndAGoodOneSaved() {
        Rcp nameless = test::sampleRcp();
        nameless.name.clear();
        const StoreResult refused = m_services->directory().saveCommittee(nameless);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("name")), qPrintable(refused.error));
        QCOMPARE(rowsOf(*m_db, QStringLiteral("rcp")), 0);

        Rcp good = test::sampleRcp();
        const validation::Check expected = validation::checkRcp(good);
        const StoreResult saved = m_services->directory().saveCommittee(good);
        // The service says what the rule says, no more, no less.
        QCOMPARE(saved.ok, expected.ok());
        if (saved.ok) {
            const auto committees = m_services->directory().committees();
            QVERIFY(committees.ok());
            QCOMPARE(int(committees->size()), 1);
            QCOMPARE(committees->front().name, good.name);
        }
    }

    void aPatientsCasesComeWithSessionCommitteeAndFiches() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        const auto cases = m_services->patients().cases(fiche.patientId);
        QVERIFY2(cases.ok(), qPrintable(cases.error));
        QCOMPARE(int(cases->size()), 1);
        const PatientCase &c = cases->front();
        QCOMPARE(c.inscription.meta.id, fiche.inscriptionId);
        QVERIFY(c.session && c.session->meta.id == fiche.sessionId);
        QVERIFY(c.committee && c.committee->name == test::sampleRcp().name);
        QCOMPARE(int(c.fiches.size()), 1);
        QCOMPARE(c.fiches.front().meta.id, fiche.meta.id);
        // Another patient has none.
        const auto none = m_services->patients().cases(QUuid::createUuid());
        QVERIFY(none.ok() && none->empty());
    }

    void aPatientWithACaseCannotBeDeleted() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        QString why;
        QVERIFY(!m_services->patients().mayDelete(fiche.patientId, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!m_services->patients().remove(fiche.patientId).ok);
        const auto still = m_services->patients().find(fiche.patientId);
        QVERIFY(still.ok() && still.value && !still.value->meta.deleted);
    }

    void registrationsAreClosedAndOpenedAgain() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        QVERIFY(m_services->agenda().setRegistrationsClosed(fiche.sessionId, true).ok);
        auto session = m_services->planning().session(fiche.sessionId);
        QVERIFY(session.ok() && session.value && session.value->registrationsClosed);
        QVERIFY(m_services->agenda().setRegistrationsClosed(fiche.sessionId, false).ok);
        session = m_services->planning().session(fiche.sessionId);
        QVERIFY(session.ok() && session.value && !session.value->registrationsClosed);
        // An unknown session is refused in words.
        const StoreResult refused = m_services->agenda().setRegistrationsClosed(QUuid::createUuid(), true);
        QVERIFY(!refused.ok && !refused.error.isEmpty());
    }

    void aFicheIsFoundAndWhatItsPrintLacksIsSaid() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        const auto found = m_services->fiches().find(fiche.meta.id);
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->inscriptionId, fiche.inscriptionId);
        // The sample committee belongs to no 3C: the printed fiche cannot name it, and says so.
        const auto context = m_services->fiches().printable(*found.value);
        QVERIFY(!context.ok());
        QVERIFY2(context.error.contains(QStringLiteral("3C")), qPrintable(context.error));
    }

    void indicatorsAreComputedOffTheCallersThread() {
        QThread *caller = QThread::currentThread();
        QThread *ranOn = nullptr;
        IndicatorFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 12, 31);
        QFuture<StoreRead<Indicators>> future =
            m_services->indicators().compute(filter, [&ranOn](const QString &path, const IndicatorFilter &f) {
                ranOn = QThread::currentThread();
                return computeIndicators(path, f);
            });
        future.waitForFinished();
        QVERIFY(ranOn && ranOn != caller);
        QVERIFY2(future.result().ok(), qPrintable(future.result().error));
        QCOMPARE(future.result()->fiches, 0);
        // Without a computation given, the service's own reads the file.
        const Fiche fiche = test::saveSampleCase(*m_db);
        Q_UNUSED(fiche);
        QFuture<StoreRead<Indicators>> real = m_services->indicators().compute(filter);
        real.waitForFinished();
        QVERIFY2(real.result().ok(), qPrintable(real.result().error));
    }

    void aWriteThatMeetsAnotherWriterIsRefusedInWordsAfterAShortWait() {
        m_services->setWriteWait(200);
        // Another program holds the write lock of the file.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_db->path());
        QVERIFY(other.open() && test::unlock(other));
        {
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            Professional p = surgeon(QStringLiteral("Martin"));
            const StoreResult refused = m_services->directory().saveProfessional(p);
            QVERIFY(!refused.ok);
            QVERIFY2(refused.error.contains(QStringLiteral("in use by another program")),
                     qPrintable(refused.error));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            // Once the other write is over, the same save goes through.
            QVERIFY(m_services->directory().saveProfessional(p).ok);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(rowsOf(*m_db, QStringLiteral("professional")), 1);
    }

    void theDirectoryListsAreReadInTheBackgroundAndFollowChanges() {
        Professional first = surgeon(QStringLiteral("Martin"));
        QVERIFY(m_services->directory().saveProfessional(first).ok);
        DirectoryLists &lists = m_services->directoryLists();
        QSignalSpy changed(&lists, &DirectoryLists::changed);
        QVERIFY(!lists.isLoaded());
        QVERIFY(lists.professionals()->empty()); // asked, not answered yet: the caller never waits
        QVERIFY(changed.wait());
        QVERIFY(lists.isLoaded());
        QCOMPARE(lists.professionals()->size(), std::size_t(1));
        Professional second = surgeon(QStringLiteral("Bernard"));
        second.rpps = rpps(QStringLiteral("1000000002"));
        QVERIFY(m_services->directory().saveProfessional(second).ok);
        QVERIFY(changed.wait());
        QCOMPARE(lists.professionals()->size(), std::size_t(2));
        QCOMPARE(lists.professionals()->front().lastName, QStringLiteral("Bernard")); // the directory's order
        QVERIFY(lists.professionals().ok());
        // A change elsewhere (a patient) does not read the directory again.
        const int answers = changed.count();
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        QTest::qWait(100);
        QCOMPARE(changed.count(), answers);
    }

    void aPatientsCasesAreReadInTheBackground() {
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        QObject context;
        std::optional<StoreRead<std::vector<PatientCase>>> answer;
        Qt::HANDLE answeredOn = nullptr;
        m_services->patients().readCases(p.meta.id, &context,
                                         [&](const StoreRead<std::vector<PatientCase>> &cases) {
                                             answer = cases;
                                             answeredOn = QThread::currentThreadId();
                                         });
        QVERIFY(!answer); // later, never inside the call
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->error));
        QVERIFY(answer->value.empty());
        QCOMPARE(answeredOn, QThread::currentThreadId()); // on the caller's thread
        // A context gone before the answer: the answer is dropped.
        bool called = false;
        {
            QObject gone;
            m_services->patients().readCases(
                p.meta.id, &gone, [&](const StoreRead<std::vector<PatientCase>> &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void aMissingFileIsRefusedWithItsReason() {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.db"));
        QVERIFY(!Services::open(path, false, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        // Made on demand, with its folder, when asked.
        bool created = false;
        auto made = Services::open(path, true, &error, true, &created);
        QVERIFY2(made, qPrintable(error));
        QVERIFY(created);
        QCOMPARE(made->path(), path);
        QVERIFY(!made->isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
