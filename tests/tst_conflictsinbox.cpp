// The conflicts inbox on a real file: a patient confirmed by the server at version 1, then changed here
// (used name, IPP) while the server's version 2 changed the used name and the phone. The inbox shows the
// fields that differ, marks the used name (changed on both sides) as waiting for a choice and keeps
// "Apply" off until it has one; applying keeps this computer's used name with the server's phone and
// this computer's IPP as one change to send on version 2. "Keep the server's version" leaves nothing to
// send. A read-only role sees the refusal and the conflict stays.
#include "models/store/outbox.h"
#include "models/store/repositories.h"
#include "models/store/syncconflicts.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "ui/sync/conflictsinbox.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestConflictsInbox : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Patient m_patient;

    // The patient as the server holds it at version 2, and the conflict it met here.
    void makeConflict() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::create(m_dir->filePath(QStringLiteral("inbox.db")));
        QVERIFY(m_db);
        m_db->setActor(QStringLiteral("Bruno"));
        m_patient = test::samplePatient();
        m_patient.usedName.clear();
        m_patient.phone.clear();
        QVERIFY(PatientRepository(*m_db).save(m_patient).ok);
        Outbox outbox(*m_db);
        const auto sent = outbox.pending(10);
        QVERIFY(sent.ok() && sent->size() == 1);
        QVERIFY(outbox.confirm(sent->front(), 1).ok);
        const RecordCopy base = **storedCopy(*m_db, QStringLiteral("patient"), m_patient.meta.id);

        Patient mine = **PatientRepository(*m_db).find(m_patient.meta.id);
        mine.usedName = QStringLiteral("MARTIN");
        mine.ipp = QStringLiteral("IPP-77");
        QVERIFY(PatientRepository(*m_db).save(mine).ok);
        Patient theirs = mine;
        theirs.usedName = QStringLiteral("LEROY");
        theirs.ipp = m_patient.ipp;
        theirs.phone = QStringLiteral("0320000000");

        SyncConflict c;
        c.entity = QStringLiteral("patient");
        c.recordId = c.localId = m_patient.meta.id;
        c.reason = QLatin1String(conflictreason::pendingChanges);
        c.foundAt = QDateTime::currentDateTimeUtc();
        c.server = {2, QDateTime::currentDateTimeUtc(), QStringLiteral("Anne"), false,
                    QJsonDocument(theirs.toJson()).toJson(QJsonDocument::Compact)};
        c.local = **storedCopy(*m_db, QStringLiteral("patient"), m_patient.meta.id);
        c.base = base;
        QVERIFY(recordConflict(*m_db, c).ok);
    }

    static int rowOf(QTableWidget *fields, const QString &label) {
        for (int row = 0; row < fields->rowCount(); ++row)
            if (fields->item(row, 0)->text() == label)
                return row;
        return -1;
    }

private Q_SLOTS:
    void init() { makeConflict(); }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void aFieldChangedOnBothSidesWaitsForAChoice() {
        ConflictsInbox inbox(test::servicesOf(*m_db));
        QCOMPARE(inbox.conflictCount(), 1);
        QCOMPARE(inbox.list()->item(0, 0)->text(), QStringLiteral("Patient"));
        QTableWidget *fields = inbox.fields();
        const int used = rowOf(fields, QStringLiteral("Used name"));
        const int phone = rowOf(fields, QStringLiteral("Phone"));
        const int ipp = rowOf(fields, QStringLiteral("IPP"));
        QVERIFY(used >= 0 && phone >= 0 && ipp >= 0);
        QCOMPARE(fields->rowCount(), 3); // only what differs
        QCOMPARE(fields->item(used, 2)->text(), QStringLiteral("LEROY"));
        QCOMPARE(fields->item(used, 3)->text(), QStringLiteral("MARTIN"));
        auto *usedChoice = qobject_cast<QComboBox *>(fields->cellWidget(used, 4));
        QVERIFY(usedChoice);
        QCOMPARE(usedChoice->currentData().toInt(), int(ConflictSide::Unchosen));
        QCOMPARE(qobject_cast<QComboBox *>(fields->cellWidget(phone, 4))->currentData().toInt(),
                 int(ConflictSide::Server));
        QCOMPARE(qobject_cast<QComboBox *>(fields->cellWidget(ipp, 4))->currentData().toInt(),
                 int(ConflictSide::Mine));
        QVERIFY(!inbox.applyButton()->isEnabled());

        usedChoice->setCurrentIndex(usedChoice->findData(int(ConflictSide::Mine)));
        QVERIFY(inbox.applyButton()->isEnabled());
        QTest::mouseClick(inbox.applyButton(), Qt::LeftButton);
        QCOMPARE(inbox.conflictCount(), 0);
        const Patient settled = **PatientRepository(*m_db).find(m_patient.meta.id);
        QCOMPARE(settled.usedName, QStringLiteral("MARTIN"));
        QCOMPARE(settled.phone, QStringLiteral("0320000000"));
        QCOMPARE(settled.ipp, QStringLiteral("IPP-77"));
        QCOMPARE(settled.meta.version, 2);
        const auto pending = Outbox(*m_db).pending(10);
        QCOMPARE(int(pending->size()), 1);
        QCOMPARE(pending->front().baseVersion, 2);
        QCOMPARE(*openConflictCount(*m_db), 0);
    }

    void keepingTheServersVersionLeavesNothingToSend() {
        ConflictsInbox inbox(test::servicesOf(*m_db));
        QTest::mouseClick(inbox.keepServerButton(), Qt::LeftButton);
        QCOMPARE(inbox.conflictCount(), 0);
        const Patient settled = **PatientRepository(*m_db).find(m_patient.meta.id);
        QCOMPARE(settled.usedName, QStringLiteral("LEROY"));
        QCOMPARE(settled.ipp, m_patient.ipp);
        QCOMPARE(settled.meta.version, 2);
        QCOMPARE(*pendingChangeCount(*m_db), 0);
        // The server's copy is now the base of the next merge.
        QCOMPARE((*syncBase(*m_db, QStringLiteral("patient"), m_patient.meta.id))->version, 2);
    }

    void aRoleThatMayNotEditIdentitiesLeavesTheConflict() {
        Services &services = test::servicesOf(*m_db);
        Actor reader;
        reader.name = QStringLiteral("Lecteur");
        reader.role = Role::ReadOnly;
        services.setActor(reader);
        const auto open = services.conflicts().open();
        QVERIFY(open.ok() && open->size() == 1);
        const StoreResult refused = services.conflicts().keepServer(open->front());
        QVERIFY(!refused.ok);
        QCOMPARE(*openConflictCount(*m_db), 1);
        QCOMPARE(*pendingChangeCount(*m_db), 1);
    }
};

QTEST_MAIN(TestConflictsInbox)
#include "tst_conflictsinbox.moc"
