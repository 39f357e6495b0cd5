// The fiche list's filters on a small real file: each filter alone (status, committee, meeting period
// read on the boards' clock, patient by name or IPP), combined, across pages, following a change in the
// store, and the states a screen reports (nobody matches the patient words, too many patients, nothing
// matches).
#include "models/domain/boardtime.h"
#include "models/itemmodels/fichelistmodel.h"
#include "tests/support/testsupport.h"

#include <QSet>
#include <QtTest>

using namespace concerto;

class TestFicheFilters : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_rcpA, m_rcpB;
    QUuid m_paulDraft, m_paulSigned, m_anneToValidate, m_lucDraft, m_lucSigned;
    QUuid m_paul, m_sessionA2;
    QList<QUuid> m_many; // to validate, committee A, January: more than a page

    QUuid savePatient(const QString &birthName, const QString &given, const QString &ipp) {
        Patient p;
        p.birthName = birthName;
        p.birthGivenNames = {given};
        p.ipp = ipp;
        p.birthDate = QDate(1950, 1, 1);
        [&] { QVERIFY(PatientRepository(*m_db).save(p).ok); }();
        return p.meta.id;
    }
    std::pair<QUuid, QUuid> saveSession(const QUuid &rcp, const QDate &day, const QTime &boardTime) {
        Session s;
        s.rcpId = rcp;
        s.startsAt = fromBoardTime(day, boardTime);
        [&] { QVERIFY(SessionRepository(*m_db).save(s).ok); }();
        return {s.meta.id, rcp};
    }
    QUuid saveFiche(const QUuid &patient, const std::pair<QUuid, QUuid> &session, DocumentStatus status,
                    bool signedFiche) {
        Inscription i;
        i.sessionId = session.first;
        i.patientId = patient;
        [&] { QVERIFY(InscriptionRepository(*m_db).save(i).ok); }();
        Fiche f;
        f.inscriptionId = i.meta.id;
        f.patientId = patient;
        f.sessionId = session.first;
        f.rcpId = session.second;
        f.status = status;
        if (signedFiche)
            f.markSigned(QUuid::createUuid(), QDateTime::currentDateTimeUtc(), {});
        [&] { QVERIFY(FicheRepository(*m_db).save(f).ok); }();
        return f.meta.id;
    }

    // Every fiche the model lists for `filter`, read to the end.
    static QSet<QUuid> listed(FicheListModel &model, const FicheFilter &filter) {
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QSet<QUuid> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.ficheAt(r)->meta.id);
        [&] { QCOMPARE(ids.size(), model.rowCount()); }(); // no fiche twice across pages
        return ids;
    }
    static FicheFilter status(FicheFilter::Status s) {
        FicheFilter f;
        f.status = s;
        return f;
    }
    static FicheFilter patient(const QString &text) {
        FicheFilter f;
        f.patientText = text;
        return f;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("filters.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        Rcp a;
        a.name = QStringLiteral("RCP digestive");
        Rcp b;
        b.name = QStringLiteral("RCP sein");
        QVERIFY(RcpRepository(*m_db).save(a).ok && RcpRepository(*m_db).save(b).ok);
        m_rcpA = a.meta.id;
        m_rcpB = b.meta.id;
        m_paul = savePatient(QStringLiteral("Durand"), QStringLiteral("Paul"), QStringLiteral("IPP111"));
        const QUuid anne =
            savePatient(QStringLiteral("Durand"), QStringLiteral("Anne"), QStringLiteral("IPP222"));
        const QUuid luc =
            savePatient(QStringLiteral("Moreau"), QStringLiteral("Luc"), QStringLiteral("IPP333"));
        const auto a1 = saveSession(m_rcpA, QDate(2026, 1, 15), QTime(14, 0));
        const auto a2 = saveSession(m_rcpA, QDate(2026, 6, 10), QTime(14, 0));
        // 00:30 in Paris on 12 June is 22:30 UTC on 11 June: the period counts the boards' day.
        const auto b1 = saveSession(m_rcpB, QDate(2026, 6, 12), QTime(0, 30));
        m_sessionA2 = a2.first;
        m_paulDraft = saveFiche(m_paul, a1, DocumentStatus::InProgress, false);
        m_paulSigned = saveFiche(m_paul, a2, DocumentStatus::Approved, true);
        m_anneToValidate = saveFiche(anne, b1, DocumentStatus::Completed, false);
        m_lucDraft = saveFiche(luc, a2, DocumentStatus::InProgress, false);
        m_lucSigned = saveFiche(luc, b1, DocumentStatus::Approved, true);
        const QUuid many =
            savePatient(QStringLiteral("Petit"), QStringLiteral("Jeanne"), QStringLiteral("IPP444"));
        for (int n = 0; n < FicheListModel::kPageSize + 15; ++n)
            m_many << saveFiche(many, a1, DocumentStatus::Completed, false);
    }

    void withoutFilterEveryFicheIsListed() {
        FicheListModel model(*m_db);
        QCOMPARE(listed(model, {}).size(), 5 + m_many.size());
        QVERIFY(!model.matchesNothing());
    }

    // Every fiche (no status chosen) runs newest meeting first, across pages, whatever the order the
    // fiches were written in (the many January fiches were written last); with a committee, a period or
    // a patient too.
    void everyFicheNewestMeetingFirst() {
        QHash<QUuid, QDateTime> starts;
        for (const Session &s : READ(SessionRepository(*m_db).all()))
            starts.insert(s.meta.id, s.startsAt);
        auto check = [&](const FicheFilter &filter, int expected) {
            FicheListModel model(*m_db);
            const QSet<QUuid> ids = listed(model, filter);
            QCOMPARE(ids.size(), expected);
            for (int r = 1; r < model.rowCount(); ++r)
                QVERIFY2(starts.value(model.ficheAt(r - 1)->sessionId) >=
                             starts.value(model.ficheAt(r)->sessionId),
                         qPrintable(QStringLiteral("row %1").arg(r)));
            QCOMPARE(starts.value(model.ficheAt(model.rowCount() - 1)->sessionId).date(), QDate(2026, 1, 15));
        };
        check({}, 5 + int(m_many.size()));
        FicheFilter committee;
        committee.rcpId = m_rcpA;
        check(committee, 3 + int(m_many.size()));
        FicheFilter durand = patient(QStringLiteral("durand"));
        check(durand, 3);
        FicheListModel model(*m_db);
        listed(model, durand);
        QCOMPARE(model.ficheAt(0)->meta.id, m_anneToValidate); // 12 June, then 10 June, then January
        QCOMPARE(model.ficheAt(1)->meta.id, m_paulSigned);
        QCOMPARE(model.ficheAt(2)->meta.id, m_paulDraft);
    }

    void byStatus() {
        FicheListModel model(*m_db);
        QCOMPARE(listed(model, status(FicheFilter::Status::Draft)), (QSet<QUuid>{m_paulDraft, m_lucDraft}));
        QCOMPARE(listed(model, status(FicheFilter::Status::Signed)),
                 (QSet<QUuid>{m_paulSigned, m_lucSigned}));
        QSet<QUuid> toValidate(m_many.begin(), m_many.end());
        toValidate.insert(m_anneToValidate);
        QCOMPARE(listed(model, status(FicheFilter::Status::ToValidate)), toValidate);
        model.setSignedOnly(true); // the shortcut of the signed list
        QCOMPARE(model.filter().status, FicheFilter::Status::Signed);
    }

    void byCommittee() {
        FicheListModel model(*m_db);
        FicheFilter f;
        f.rcpId = m_rcpB;
        QCOMPARE(listed(model, f), (QSet<QUuid>{m_anneToValidate, m_lucSigned}));
        f.rcpId = m_rcpA;
        QCOMPARE(listed(model, f).size(), 3 + m_many.size());
    }

    void byMeetingDayOnTheBoardsClock() {
        FicheListModel model(*m_db);
        FicheFilter f;
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 10); // the last day counts whole
        QCOMPARE(listed(model, f), (QSet<QUuid>{m_paulSigned, m_lucDraft}));
        f.from = QDate(2026, 6, 12);
        f.to = QDate(2026, 6, 12);
        QCOMPARE(listed(model, f), (QSet<QUuid>{m_anneToValidate, m_lucSigned}));
        f.from = QDate(2026, 6, 11);
        f.to = QDate(2026, 6, 11); // 22:30 UTC on the 11th is the 12th in Paris
        QVERIFY(listed(model, f).isEmpty());
        QVERIFY(model.matchesNothing());
        f.from = QDate(2026, 6, 11);
        f.to = QDate(); // open end
        QCOMPARE(listed(model, f).size(), 2);
        f.from = QDate();
        f.to = QDate(2026, 1, 15); // open start
        QCOMPARE(listed(model, f).size(), 1 + m_many.size());
    }

    void byPatientNameOrIpp() {
        FicheListModel model(*m_db);
        QCOMPARE(listed(model, patient(QStringLiteral("durand"))),
                 (QSet<QUuid>{m_paulDraft, m_paulSigned, m_anneToValidate}));
        QCOMPARE(model.patientMatches(), 2);
        QCOMPARE(listed(model, patient(QStringLiteral("paul dur"))),
                 (QSet<QUuid>{m_paulDraft, m_paulSigned}));
        QCOMPARE(listed(model, patient(QStringLiteral("IPP333"))), (QSet<QUuid>{m_lucDraft, m_lucSigned}));
        QVERIFY(listed(model, patient(QStringLiteral("zorglub"))).isEmpty());
        QCOMPARE(model.patientMatches(), 0);
        QVERIFY(model.matchesNothing());
        QVERIFY(!model.tooManyPatients());
    }

    void filtersCombine() {
        FicheListModel model(*m_db);
        FicheFilter f = patient(QStringLiteral("durand"));
        f.status = FicheFilter::Status::Signed;
        f.rcpId = m_rcpA;
        QCOMPARE(listed(model, f), QSet<QUuid>{m_paulSigned});
        f.rcpId = m_rcpB;
        QVERIFY(listed(model, f).isEmpty()); // Anne's fiche in B is not signed
        QVERIFY(model.matchesNothing());
        FicheFilter g = status(FicheFilter::Status::ToValidate);
        g.rcpId = m_rcpA;
        g.from = QDate(2026, 1, 1);
        g.to = QDate(2026, 1, 31);
        QCOMPARE(listed(model, g), QSet<QUuid>(m_many.begin(), m_many.end())); // across two pages
    }

    void aListReadInPagesIsNewestFirst() {
        FicheListModel model(*m_db);
        model.setFilter(status(FicheFilter::Status::ToValidate));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), FicheListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), m_many.size() + 1);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.ficheAt(r - 1)->meta.updatedAt >= model.ficheAt(r)->meta.updatedAt);
    }

    void aNewFicheAppearsWhenItMatches() {
        FicheListModel model(*m_db);
        FicheFilter f = patient(QStringLiteral("durand paul"));
        f.status = FicheFilter::Status::Draft;
        QCOMPARE(listed(model, f), QSet<QUuid>{m_paulDraft});
        const QUuid added = saveFiche(m_paul, {m_sessionA2, m_rcpA}, DocumentStatus::InProgress, false);
        saveFiche(m_paul, {m_sessionA2, m_rcpA}, DocumentStatus::Completed, false); // not a draft
        while (model.canFetchMore({}))
            model.fetchMore({});
        QSet<QUuid> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.ficheAt(r)->meta.id);
        QCOMPARE(ids, (QSet<QUuid>{m_paulDraft, added}));
        QVERIFY(FicheRepository(*m_db).remove(added).ok);
    }

    void tooManyPatientsListNothing() {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("many.db")));
        QVERIFY(db);
        {
            WriteTransaction t(*db);
            PatientRepository patients(*db);
            for (int n = 0; n <= FicheListModel::kMaxPatients; ++n) {
                Patient p;
                p.birthName = QStringLiteral("Martin%1").arg(n);
                QVERIFY(patients.save(p).ok);
            }
            QVERIFY(t.commit());
        }
        FicheListModel model(*db);
        QVERIFY(listed(model, patient(QStringLiteral("mart"))).isEmpty());
        QVERIFY(model.tooManyPatients());
        QCOMPARE(model.patientMatches(), FicheListModel::kMaxPatients + 1);
        QVERIFY(!listed(model, patient(QStringLiteral("martin1"))).size()); // 112 patients, no fiche
        QVERIFY(!model.tooManyPatients());
        QVERIFY(model.matchesNothing());
    }
};

QTEST_MAIN(TestFicheFilters)
#include "tst_fichefilters.moc"
