// A new case starts from the patient's last fiche (its frozen case) or last case, and says which
// fields were taken and from which fiche and date; files attached to a case keep their hash and size,
// and a file too large or unreadable is refused with its reason.
#include "editing/attachments.h"
#include "editing/casedocument.h"
#include "services/ficheservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>
#include <unistd.h>

using namespace concerto;
using namespace concerto::editing;

class TestCaseDocumentPrefill : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Fiche m_fiche;

    std::unique_ptr<CaseDocument> newCase(const QUuid &patientId) {
        QString error;
        auto document = CaseDocument::create(*m_db, patientId, m_fiche.sessionId, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("prefill.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_fiche = test::saveSampleCase(*m_db);
    }
    void cleanup() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("prefill.db")));
    }

    void aNewCaseStartsFromTheLastSignedFiche() {
        Inscription i = *READ(InscriptionRepository(*m_db).find(m_fiche.inscriptionId));
        QJsonObject snapshot;
        QJsonArray tumours;
        Tumour frozen = i.tumours[0];
        frozen.topography = QStringLiteral("C18.6"); // what the fiche froze differs from the case now
        tumours.append(frozen.toJson());
        snapshot.insert(QStringLiteral("tumours"), tumours);
        snapshot.insert(QStringLiteral("clinical"), i.clinical.toJson());
        QVERIFY(FicheService(*m_db).sign(m_fiche, m_fiche.coordinatorId, snapshot).ok);

        auto doc = newCase(i.patientId);
        const Prefill p = doc->prefill(); // a copy: the document is dropped below
        QCOMPARE(p.source, Prefill::Source::Fiche);
        QCOMPARE(p.sourceId, m_fiche.meta.id);
        QCOMPARE(p.date, QDate(2026, 11, 24));
        QVERIFY(!p.description().isEmpty());
        QCOMPARE(doc->current().tumours.size(), std::size_t(1));
        QCOMPARE(doc->current().tumours[0].topography, QStringLiteral("C18.6"));
        QCOMPARE(doc->current().tumours[0].pathologicalTnm.n, QStringLiteral("N1b"));
        QCOMPARE(doc->current().clinical.history, QStringLiteral("HTA"));
        QCOMPARE(doc->current().clinical.treatments.size(), std::size_t(1));
        QCOMPARE(doc->current().clinical.reports.size(), std::size_t(1));
        // The new case's own answers are not taken: performance status, summary, question.
        QCOMPARE(doc->current().clinical.whoStatus, -1);
        QVERIFY(doc->current().clinical.summary.isEmpty());
        QVERIFY(doc->current().question.isEmpty());
        QVERIFY(p.covers(QStringLiteral("tumours/0/topography")));
        QVERIFY(p.covers(QStringLiteral("clinical/history")));
        QVERIFY(!p.covers(QStringLiteral("clinical/whoStatus")));
        QVERIFY(!p.covers(QStringLiteral("clinical/comorbidities"))); // empty in the fiche: not taken
        // The prefill is kept with the draft and comes back with it.
        const QUuid id = doc->id();
        doc.reset();
        QString error;
        auto reopened = CaseDocument::open(*m_db, id, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->prefill().source, Prefill::Source::Fiche);
        QCOMPARE(reopened->prefill().date, QDate(2026, 11, 24));
        QCOMPARE(reopened->prefill().paths, p.paths);
    }

    void withoutASignedFicheTheLastCaseIsTaken() {
        auto doc = newCase(m_fiche.patientId); // the sample fiche is not signed: no frozen case
        QCOMPARE(doc->prefill().source, Prefill::Source::Case);
        QCOMPARE(doc->prefill().sourceId, m_fiche.inscriptionId);
        QCOMPARE(doc->prefill().date, QDate(2026, 11, 10));
        QCOMPARE(doc->current().tumours[0].topography, QStringLiteral("C18.7"));
        QCOMPARE(doc->current().clinical.tests.size(), std::size_t(1));
    }

    void aPatientNeverSeenStartsEmpty() {
        Patient p = test::samplePatient();
        p.birthName = QStringLiteral("Nouveau");
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        auto doc = newCase(p.meta.id);
        QVERIFY(doc->prefill().isEmpty());
        QVERIFY(doc->current().tumours.empty());
        QVERIFY(doc->prefill().description().isEmpty());
    }

    void anAttachmentKeepsItsHashSizeAndBytes() {
        const QString file = m_dir.filePath(QStringLiteral("compte-rendu.pdf"));
        QByteArray bytes("%PDF-1.4\n% compte rendu opératoire\n");
        bytes.append(QByteArray(5000, 'x'));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        AttachmentStore store(*m_db);
        const AttachmentAdded added = store.add(m_fiche.inscriptionId, file);
        QVERIFY2(added.ok, qPrintable(added.error));
        QCOMPARE(added.attachment.size, qint64(bytes.size()));
        QCOMPARE(added.attachment.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(added.attachment.mime, QStringLiteral("application/pdf"));
        QCOMPARE(added.attachment.name, QStringLiteral("compte-rendu.pdf"));
        const std::vector<Attachment> listed = READ(store.list(m_fiche.inscriptionId));
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0].sha256, added.attachment.sha256);
        QCOMPARE(READ(store.bytes(listed[0].id)), bytes);
        // Never in the outbox: attachments stay on this computer.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = 'attachment'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(store.remove(listed[0].id).ok);
        QVERIFY(READ(store.list(m_fiche.inscriptionId)).empty());
    }

    void aFileTooLargeOrUnreadableIsRefusedWithItsReason() {
        AttachmentStore store(*m_db);
        const QString large = m_dir.filePath(QStringLiteral("scanner.dcm"));
        {
            QFile f(large);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kMaxAttachmentBytes + 1));
        }
        AttachmentAdded refused = store.add(m_fiche.inscriptionId, large);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("scanner.dcm")) &&
                     refused.error.contains(QStringLiteral("larger")),
                 qPrintable(refused.error));
        refused = store.add(m_fiche.inscriptionId, m_dir.filePath(QStringLiteral("missing.pdf")));
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("no such file")));
        refused = store.add(m_fiche.inscriptionId, m_dir.path()); // a folder
        QVERIFY(!refused.ok);
        if (::geteuid() != 0) { // root reads every file whatever its permissions
            const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
            QFile f(locked);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
            f.close();
            QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
            refused = store.add(m_fiche.inscriptionId, locked);
            QVERIFY(!refused.ok);
            QVERIFY2(refused.error.contains(QStringLiteral("locked.pdf")), qPrintable(refused.error));
        }
        QVERIFY(READ(store.list(m_fiche.inscriptionId)).empty()); // nothing written
    }

    void discardingANewCaseRemovesItsAttachments() {
        auto doc = newCase(m_fiche.patientId);
        const QString file = m_dir.filePath(QStringLiteral("note.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("note");
        }
        QVERIFY(AttachmentStore(*m_db).add(doc->id(), file).ok);
        QVERIFY(doc->discard());
        QVERIFY(READ(AttachmentStore(*m_db).list(doc->id())).empty());
    }
};

QTEST_GUILESS_MAIN(TestCaseDocumentPrefill)
#include "tst_casedocument_prefill.moc"
