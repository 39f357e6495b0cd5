// Two editors of one case (issue 20, item 4): two windows of one Concerto, or two Concerto processes on
// one file, edit the same case. What each changed is kept (the draft holds both, and the second save
// merges what the first saved); a field both changed differently is refused with both values and
// nothing written; an agenda move while the case is open is not undone by the editor's save.
#include "editing/casedocument.h"
#include "models/domain/jsonmerge.h"
#include "services/agendaservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestTwoEditors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_case;
    QString m_question;

    QString path() const { return m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())); }
    std::unique_ptr<CaseDocument> openCase() {
        QString error;
        auto document = CaseDocument::open(*m_db, m_case, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }
    Inscription stored() { return *READ(InscriptionRepository(*m_db).find(m_case)); }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_case = test::saveSampleCase(*m_db).inscriptionId;
        m_question = stored().question;
        QVERIFY(!m_question.isEmpty());
        QCOMPARE(stored().intent, QString::fromLatin1(kCaseDiscussed));
    }
    void cleanup() { m_db.reset(); }

    // The merge itself: nested objects key by key, lists whole, a removal is a change, both sides
    // making the same change is no conflict.
    void mergeKeyByKey() {
        const QJsonObject base{
            {QStringLiteral("a"), 1},
            {QStringLiteral("c"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 1}}},
            {QStringLiteral("l"), QJsonArray{1, 2}},
            {QStringLiteral("gone"), true}};
        QJsonObject mine = base, theirs = base;
        mine.insert(QStringLiteral("a"), 2);
        mine.insert(QStringLiteral("c"), QJsonObject{{QStringLiteral("x"), 2}, {QStringLiteral("y"), 1}});
        theirs.insert(QStringLiteral("c"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 3}});
        theirs.remove(QStringLiteral("gone"));
        json::Merge m = json::mergeThreeWay(base, mine, theirs);
        QVERIFY(m.clean());
        QCOMPARE(m.merged.value(QLatin1String("a")).toInt(), 2);
        QCOMPARE(json::valueAt(m.merged, QStringLiteral("c/x")).toInt(), 2);
        QCOMPARE(json::valueAt(m.merged, QStringLiteral("c/y")).toInt(), 3);
        QVERIFY(!m.merged.contains(QLatin1String("gone")));
        mine.insert(QStringLiteral("l"), QJsonArray{1, 2, 3});
        theirs.insert(QStringLiteral("l"), QJsonArray{2});
        theirs.insert(QStringLiteral("a"), 2);
        m = json::mergeThreeWay(base, mine, theirs);
        QCOMPARE(m.conflicts, QStringList{QStringLiteral("l")});
        QCOMPARE(m.merged.value(QLatin1String("l")).toArray(), QJsonArray{2}); // theirs kept
    }

    // Two windows: A changes the question, B the intent. The draft keeps both; both saves succeed and
    // the case holds both; B's window then shows A's question.
    void twoWindowsKeepBothEdits() {
        auto a = openCase();
        auto b = openCase();
        QVERIFY(a->setText(QStringLiteral("question"), QStringLiteral("Chirurgie d'emblée ?")));
        QVERIFY(a->flushDraft());
        QVERIFY(b->setText(QStringLiteral("intent"), QString::fromLatin1(kCaseRegistered)));
        QVERIFY(b->flushDraft());
        const QJsonObject draft =
            READ(CaseDraftStore(*m_db).find(m_case))->json.value(QLatin1String("case")).toObject();
        QCOMPARE(draft.value(QLatin1String("question")).toString(), QStringLiteral("Chirurgie d'emblée ?"));
        QCOMPARE(draft.value(QLatin1String("intent")).toString(), QString::fromLatin1(kCaseRegistered));

        QVERIFY2(a->save(), qPrintable(a->lastError()));
        QVERIFY2(READ(CaseDraftStore(*m_db).find(m_case)), "B's unsaved edit keeps its draft");
        QVERIFY2(b->save(), qPrintable(b->lastError()));
        QCOMPARE(stored().question, QStringLiteral("Chirurgie d'emblée ?"));
        QCOMPARE(stored().intent, QString::fromLatin1(kCaseRegistered));
        QCOMPARE(b->current().question, QStringLiteral("Chirurgie d'emblée ?"));
        QVERIFY(!b->isDirty());
        QVERIFY(!READ(CaseDraftStore(*m_db).find(m_case)));
    }

    // Both change the question: the second save is refused, names the field and both texts, writes
    // nothing, and keeps its edit (and its draft).
    void theSameFieldChangedTwiceIsRefusedWithBoth() {
        auto a = openCase();
        auto b = openCase();
        QVERIFY(a->setText(QStringLiteral("question"), QStringLiteral("Radiothérapie ?")));
        QVERIFY(b->setText(QStringLiteral("question"), QStringLiteral("Chimiothérapie ?")));
        QVERIFY(a->save());
        const QDateTime savedAt = stored().meta.updatedAt;
        QVERIFY(!b->save());
        QCOMPARE(b->conflicts(), QStringList{QStringLiteral("question")});
        QVERIFY2(b->lastError().contains(QStringLiteral("Radiothérapie ?")) &&
                     b->lastError().contains(QStringLiteral("Chimiothérapie ?")),
                 qPrintable(b->lastError()));
        QCOMPARE(stored().question, QStringLiteral("Radiothérapie ?"));
        QCOMPARE(stored().meta.updatedAt, savedAt);
        QVERIFY(b->isDirty());
        QCOMPARE(b->current().question, QStringLiteral("Chimiothérapie ?"));
        QCOMPARE(READ(CaseDraftStore(*m_db).find(m_case))
                     ->json.value(QLatin1String("case"))
                     .toObject()
                     .value(QLatin1String("question"))
                     .toString(),
                 QStringLiteral("Chimiothérapie ?"));
    }

    // The secretary moves the case on the agenda while its editor is open: the editor's save keeps the
    // new place (it used to write back the order it had read).
    void anAgendaMoveIsNotUndoneByTheEditor() {
        auto editor = openCase();
        QVERIFY(editor->setText(QStringLiteral("question"), QStringLiteral("Avis ?")));
        Inscription second = test::sampleInscription(stored().sessionId, stored().patientId);
        QVERIFY(agenda::registerCase(*m_db, second).ok);
        QVERIFY(agenda::moveCase(*m_db, second.meta.id, 0).ok);
        const int order = stored().agendaOrder;
        QCOMPARE(order, 2);
        QVERIFY2(editor->save(), qPrintable(editor->lastError()));
        QCOMPARE(stored().agendaOrder, order);
        QCOMPARE(stored().question, QStringLiteral("Avis ?"));
    }

    // Two Concerto processes on one file (real processes): both open the case before either saves.
    void twoProcessesKeepBothEdits() {
        m_db.reset(); // the file is the processes'
        auto start = [&](const QString &field, const QString &value) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(CONCERTO_CASE_EDITOR), {path(), m_case.toString(), field, value});
            [&] {
                QVERIFY(p->waitForReadyRead(60000));
                QCOMPARE(p->readLine().trimmed(), QByteArray("ready"));
            }();
            return p;
        };
        auto a = start(QStringLiteral("question"), QStringLiteral("Curage ganglionnaire ?"));
        auto b = start(QStringLiteral("intent"), QString::fromLatin1(kCaseRegistered));
        for (QProcess *p : {a.get(), b.get()}) {
            p->write("save\n");
            p->closeWriteChannel();
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        }
        QString error;
        m_db = Database::open(path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(stored().question, QStringLiteral("Curage ganglionnaire ?"));
        QCOMPARE(stored().intent, QString::fromLatin1(kCaseRegistered));
    }
};

QTEST_GUILESS_MAIN(TestTwoEditors)
#include "tst_twoeditors.moc"
