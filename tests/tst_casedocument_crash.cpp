// Drafts survive a killed program: a child process (this executable, started with --edit) opens a
// case, types, waits for the draft to be written and is then killed with SIGKILL (no destructor, no
// flush); the reopened database restores what it typed.
#include "editing/casedocument.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QThread>
#include <QtTest>
#include <cstdio>

using namespace concerto;
using namespace concerto::editing;

namespace {

const char *const kTyped = "Typed before the kill";

// The child: types into the case, says "ready" once the draft is written, then waits to be killed.
int editUntilKilled(const QString &path, const QUuid &caseId, bool newCase) {
    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db)
        return 2;
    std::unique_ptr<CaseDocument> doc = newCase
                                            ? CaseDocument::create(*db, caseId /* the patient */, {}, &error)
                                            : CaseDocument::open(*db, caseId, &error);
    if (!doc)
        return 3;
    bool written = false;
    QObject::connect(doc.get(), &CaseDocument::draftWritten, [&written] { written = true; });
    const QString typed = QString::fromLatin1(kTyped);
    for (int n = 1; n <= typed.size(); ++n)
        doc->setText(QStringLiteral("question"), typed.left(n));
    while (!written)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("ready %s\n", qPrintable(doc->id().toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestCaseDocumentCrash : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Runs the child on the case (or a new case of the patient) and kills it once the draft is written;
    // returns the id the child printed.
    QUuid runAndKill(const QString &path, const QUuid &id, bool newCase) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {newCase ? QStringLiteral("--new") : QStringLiteral("--edit"), path, id.toString()});
        [&] { QVERIFY(child.waitForStarted()); }();
        QByteArray out;
        while (!out.contains('\n') && child.waitForReadyRead(10000))
            out += child.readAllStandardOutput();
        [&] { QVERIFY2(out.startsWith("ready"), out.constData()); }();
        child.kill(); // SIGKILL
        child.waitForFinished(5000);
        return QUuid::fromString(QString::fromLatin1(out.mid(6).trimmed()));
    }

private Q_SLOTS:
    void anEditedCaseComesBackAfterAKill() {
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        QUuid caseId;
        {
            QString error;
            auto db = Database::create(path, &error);
            QVERIFY2(db, qPrintable(error));
            caseId = test::saveSampleCase(*db).inscriptionId;
        }
        runAndKill(path, caseId, false);
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(READ(InscriptionRepository(*db).find(caseId))->question,
                 QStringLiteral("Chimiothérapie adjuvante ?"));
        auto doc = CaseDocument::open(*db, caseId, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->current().question, QString::fromLatin1(kTyped));
        QVERIFY(doc->restoredDraftAt().isValid());
        QVERIFY(doc->isDirty());
        QVERIFY(doc->save());
        QCOMPARE(READ(InscriptionRepository(*db).find(caseId))->question, QString::fromLatin1(kTyped));
    }

    void aNewCaseComesBackAfterAKill() {
        const QString path = m_dir.filePath(QStringLiteral("killednew.db"));
        QUuid patientId;
        {
            QString error;
            auto db = Database::create(path, &error);
            QVERIFY2(db, qPrintable(error));
            patientId = test::saveSampleCase(*db).patientId;
        }
        const QUuid id = runAndKill(path, patientId, true);
        QVERIFY(!id.isNull());
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        const std::vector<CaseDraft> drafts = READ(CaseDraftStore(*db).newCasesOf(patientId));
        QCOMPARE(drafts.size(), std::size_t(1));
        QCOMPARE(drafts[0].inscriptionId, id);
        auto doc = CaseDocument::open(*db, id, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isNew());
        QCOMPARE(doc->current().question, QString::fromLatin1(kTyped));
        QCOMPARE(doc->prefill().source, Prefill::Source::Case); // what was taken is still said
    }
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && (args[1] == QLatin1String("--edit") || args[1] == QLatin1String("--new")))
        return editUntilKilled(args[2], QUuid::fromString(args[3]), args[1] == QLatin1String("--new"));
    TestCaseDocumentCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_casedocument_crash.moc"
