// The editing documents beside the case: a committee and a fiche's decision, edited with undo, checked by
// field, drafted, saved through their services, merged with another writer's save or refused with both
// values, and refused when the record may no longer change.
#include "editing/casedrafts.h"
#include "editing/committeedocument.h"
#include "editing/fichedecisiondocument.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "models/validation/rcpcheck.h"
#include "tests/support/fixtures.h"
#include "translations/language.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace concerto;
using namespace concerto::editing;

namespace {

// A committee the directory's rules accept.
Rcp validCommittee() {
    Rcp r = test::sampleRcp();
    r.nationalId = QStringLiteral("690000001");
    r.nature = QString::fromLatin1(kNatureOrganRcp);
    r.schedule.weekday = 2;
    r.schedule.start = QTime(16, 0);
    r.schedule.everyWeeks = 1;
    r.schedule.registrationDays = 2;
    return r;
}

} // namespace

class TestRecordDocuments : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    QUuid m_rcp;
    int m_n = 0;

    std::unique_ptr<CommitteeDocument> openCommittee() {
        QString error;
        auto document = CommitteeDocument::open(*m_services, m_rcp, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }
    Rcp stored() {
        const auto found = RcpRepository(*m_db).find(m_rcp);
        [&] { QVERIFY(found.ok() && found.value); }();
        return found.value.value_or(Rcp());
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_n)), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_services = std::make_unique<Services>(*m_db);
        Rcp r = validCommittee();
        QVERIFY2(validation::checkRcp(r).ok(), qPrintable(validation::checkRcp(r).text()));
        QVERIFY(RcpRepository(*m_db).save(r).ok);
        m_rcp = r.meta.id;
    }
    void cleanup() {
        m_services.reset();
        m_db.reset();
    }

    void aCommitteeEditUndoesAndSavesThroughTheDirectory() {
        auto doc = openCommittee();
        QVERIFY(!doc->isDirty());
        QVERIFY(doc->setText(QStringLiteral("name"), QStringLiteral("RCP")));
        QVERIFY(doc->setText(QStringLiteral("name"), QStringLiteral("RCP digestive Lyon Sud")));
        QCOMPARE(doc->undoStack()->count(), 1); // typing in one field is one step
        QVERIFY(doc->setText(QStringLiteral("schedule/place"), QStringLiteral("Salle 4")));
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->committee().schedule.place, QStringLiteral("Salle 2"));
        doc->undoStack()->redo();
        QVERIFY(doc->isDirty());

        QSignalSpy changed(m_services.get(), &Services::recordsChanged);
        QVERIFY2(doc->save(), qPrintable(doc->lastError()));
        QVERIFY(!doc->isDirty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stored().name, QStringLiteral("RCP digestive Lyon Sud"));
        QCOMPARE(stored().schedule.place, QStringLiteral("Salle 4"));
    }

    void aCommitteeBreakingARuleIsMarkedByFieldAndNotSaved() {
        auto doc = openCommittee();
        QVERIFY(doc->messagesAt(QStringLiteral("name")).isEmpty());
        QVERIFY(doc->setText(QStringLiteral("name"), QString()));
        QVERIFY(!doc->messagesAt(QStringLiteral("name")).isEmpty());
        QVERIFY(doc->setValue(QStringLiteral("quorum/minimumSpecialties"), 9));
        QVERIFY(!doc->messagesAt(QStringLiteral("quorum/minimumSpecialties")).isEmpty());
        QVERIFY(!doc->save());
        QVERIFY2(doc->lastError().contains(QStringLiteral("name")), qPrintable(doc->lastError()));
        QVERIFY(doc->isDirty());
        QCOMPARE(stored().name, validCommittee().name);
    }

    void aCommitteeDraftIsRestoredAndUndoneToTheStoredCommittee() {
        // The draft is written in the same millisecond as the committee was stored: it is still newer.
        const QDateTime storedAt = stored().meta.updatedAt;
        m_db->setClock([storedAt] { return storedAt; });
        {
            auto doc = openCommittee();
            QVERIFY(doc->setText(QStringLiteral("schedule/place"), QStringLiteral("Amphithéâtre B")));
            QVERIFY(doc->flushDraft());
        } // closed without saving
        QCOMPARE(stored().schedule.place, QStringLiteral("Salle 2"));
        auto again = openCommittee();
        QVERIFY(again->restoredDraftAt().isValid());
        QCOMPARE(again->committee().schedule.place, QStringLiteral("Amphithéâtre B"));
        QVERIFY(again->isDirty());
        again->undoStack()->undo();
        QCOMPARE(again->committee().schedule.place, QStringLiteral("Salle 2"));
        // Discarding removes the draft: the next open shows the stored committee.
        QVERIFY(again->discard());
        again.reset();
        QVERIFY(!openCommittee()->restoredDraftAt().isValid());
    }

    void twoEditorsOfOneCommitteeKeepBothEditsOrRefuseTheSameField() {
        auto a = openCommittee();
        auto b = openCommittee();
        QVERIFY(a->setText(QStringLiteral("name"), QStringLiteral("RCP digestive (A)")));
        QVERIFY(b->setText(QStringLiteral("schedule/place"), QStringLiteral("Salle 9")));
        QVERIFY2(a->save(), qPrintable(a->lastError()));
        QVERIFY2(b->save(), qPrintable(b->lastError())); // merged: another field
        QCOMPARE(stored().name, QStringLiteral("RCP digestive (A)"));
        QCOMPARE(stored().schedule.place, QStringLiteral("Salle 9"));
        QCOMPARE(b->committee().name, QStringLiteral("RCP digestive (A)")); // B now shows A's edit

        QVERIFY(a->setText(QStringLiteral("name"), QStringLiteral("Name by A")));
        QVERIFY(b->setText(QStringLiteral("name"), QStringLiteral("Name by B")));
        QVERIFY(a->save());
        QVERIFY(!b->save());
        QCOMPARE(b->conflicts(), QStringList{QStringLiteral("name")});
        QVERIFY2(b->lastError().contains(QStringLiteral("Name by A")) &&
                     b->lastError().contains(QStringLiteral("Name by B")),
                 qPrintable(b->lastError()));
        QCOMPARE(stored().name, QStringLiteral("Name by A"));
        QVERIFY(b->isDirty()); // B's edit is kept in its document
    }

    void aNewCommitteeIsCreatedThroughTheDirectory() {
        auto doc = CommitteeDocument::create(*m_services);
        QVERIFY(doc->isDirty());
        QVERIFY(!doc->save()); // empty: the rules refuse it
        QVERIFY(!RcpRepository(*m_db).find(doc->id()).value.has_value());
        const QJsonObject good = validCommittee().toJson();
        for (auto it = good.begin(); it != good.end(); ++it)
            doc->setValue(it.key(), it.value());
        QVERIFY2(doc->save(), qPrintable(doc->lastError()));
        const auto found = RcpRepository(*m_db).find(doc->id());
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->nationalId, validCommittee().nationalId);
    }

    void aFicheDecisionIsCheckedByFieldAndSaved() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        QString error;
        auto doc = FicheDecisionDocument::open(*m_services, fiche.meta.id, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->setBool(QStringLiteral("framework/conform"), false));
        QVERIFY(!doc->messagesAt(QStringLiteral("framework/nonConformityReason")).isEmpty());
        QVERIFY(doc->setText(QStringLiteral("framework/nonConformityReason"),
                             QStringLiteral("Comorbidités : pas de chirurgie")));
        QVERIFY(doc->messagesAt(QStringLiteral("framework/nonConformityReason")).isEmpty());
        const int line = doc->appendItem(QStringLiteral("proposal"));
        QVERIFY(line >= 0);
        QVERIFY(!doc->messagesAt(QStringLiteral("proposal/%1/treatmentType").arg(line)).isEmpty());
        doc->undoStack()->undo(); // the empty line goes
        QVERIFY2(doc->save(), qPrintable(doc->lastError()));
        const auto found = FicheRepository(*m_db).find(fiche.meta.id);
        QVERIFY(found.ok() && found.value);
        QVERIFY(!found.value->framework.conform);
        QCOMPARE(found.value->framework.nonConformityReason,
                 QStringLiteral("Comorbidités : pas de chirurgie"));
    }

    void aDecisionWithoutLineOffersOneWithoutAChange() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        QString error;
        {
            auto doc = FicheDecisionDocument::open(*m_services, fiche.meta.id, &error);
            QVERIFY2(doc, qPrintable(error));
            while (doc->listSize(QStringLiteral("proposal")) > 0)
                doc->removeItem(QStringLiteral("proposal"), 0);
            QVERIFY2(doc->save(), qPrintable(doc->lastError()));
        }
        auto doc = FicheDecisionDocument::open(*m_services, fiche.meta.id, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->listSize(QStringLiteral("proposal")), 0);
        doc->offerFirstLine();
        QCOMPARE(doc->listSize(QStringLiteral("proposal")), 1);
        QVERIFY(!doc->isDirty());
        QCOMPARE(doc->undoStack()->count(), 0);
        doc->offerFirstLine(); // once only
        QCOMPARE(doc->listSize(QStringLiteral("proposal")), 1);
        QVERIFY(doc->setText(QStringLiteral("proposal/0/treatmentType"), QStringLiteral("C15632")));
        QVERIFY(doc->isDirty());
        doc->undoStack()->undo(); // back to the offered line, nothing to save
        QVERIFY(!doc->isDirty());
        QCOMPARE(doc->listSize(QStringLiteral("proposal")), 1);
        doc->undoStack()->redo();
        QVERIFY2(doc->save(), qPrintable(doc->lastError()));
        const auto found = FicheRepository(*m_db).find(fiche.meta.id);
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->proposal.size(), std::size_t(1));
        QCOMPARE(found.value->proposal[0].treatmentType, QStringLiteral("C15632"));
    }

    void aRestoredDraftSaysWhoLeftIt() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        Actor physician;
        physician.name = QStringLiteral("Dr Anne Lemoine");
        physician.role = Role::Physician;
        m_services->setActor(physician);
        QString error;
        {
            auto doc = FicheDecisionDocument::open(*m_services, fiche.meta.id, &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(doc->setText(QStringLiteral("patientComments"), QStringLiteral("Revoir l'IRM")));
            QVERIFY(doc->flushDraft());
        } // closed unsaved, as by a crash after the draft
        Actor secretary;
        secretary.name = QStringLiteral("Mme Secrétaire");
        secretary.role = Role::Secretary;
        m_services->setActor(secretary);
        auto doc = FicheDecisionDocument::open(*m_services, fiche.meta.id, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->restoredDraftAt().isValid());
        QCOMPARE(doc->text(QStringLiteral("patientComments")), QStringLiteral("Revoir l'IRM"));
        QCOMPARE(doc->restoredDraftBy(), physician.recordedName());
        QVERIFY(doc->restoredDraftBy().contains(QStringLiteral("Lemoine")));

        // A case's draft says it too.
        CaseDraft draft;
        draft.inscriptionId = fiche.inscriptionId;
        draft.patientId = fiche.patientId;
        draft.json = QJsonObject{{QStringLiteral("case"), QJsonObject()}};
        draft.savedAt = m_db->now();
        QVERIFY(CaseDraftStore(*m_db).write(draft).ok);
        const auto found = CaseDraftStore(*m_db).find(fiche.inscriptionId);
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->author, secretary.recordedName());
    }

    void aSignedFicheIsNeitherOpenedNorOverwritten() {
        Fiche fiche = test::saveSampleCase(*m_db);
        QString error;
        auto doc = FicheDecisionDocument::open(*m_services, fiche.meta.id, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->setText(QStringLiteral("patientComments"), QStringLiteral("Revu en consultation")));
        // Signed meanwhile by the coordinator: the decision can no longer change.
        QVERIFY(FicheRepository(*m_db).saveSigned(fiche, fiche.coordinatorId).ok);
        QVERIFY(!doc->save());
        QVERIFY2(doc->lastError().contains(QStringLiteral("signed")), qPrintable(doc->lastError()));
        const auto found = FicheRepository(*m_db).find(fiche.meta.id);
        QVERIFY(found.ok() && found.value && found.value->patientComments.isEmpty());
        QVERIFY(!FicheDecisionDocument::open(*m_services, fiche.meta.id, &error));
        QVERIFY2(error.contains(QStringLiteral("signed")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRecordDocuments)
#include "tst_recorddocuments.moc"
