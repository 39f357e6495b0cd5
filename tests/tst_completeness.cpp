// Completeness of cases before their meeting: a table of cases and committees with the parts each
// committee requires and the case lacks (geriatric screening only from 75, clinical TNM only for solid
// tumours, unknown codes reported as not checkable), and a session's summary grouped by requester.
#include "models/planning/agenda.h"
#include "services/sessioncompleteness.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"

#include <QtTest>

using namespace concerto;
using validation::checkCompleteness;

Q_DECLARE_METATYPE(concerto::Inscription)

namespace {

// A plural text as the user reads it (its English forms come with the translations).
QString plural(const char *text, int n) {
    return QCoreApplication::translate("Completeness", text, nullptr, n);
}

Rcp requiring(const QStringList &codes) {
    Rcp r = test::sampleRcp();
    r.requiredCaseFields = codes;
    return r;
}

// The sample case with every part the checks look at.
Inscription fullCase() {
    Inscription i = test::sampleInscription(QUuid::createUuid(), QUuid::createUuid());
    i.presenterId = QUuid::createUuid();
    i.clinical.geriatricTool = QStringLiteral("G8");
    i.clinical.geriatricScore = QStringLiteral("13");
    return i;
}

Tumour lymphoma() {
    Tumour t;
    t.diagnosisDate = QDate(2026, 9, 1);
    t.topography = QStringLiteral("C83.3");
    t.morphology = QStringLiteral("9680/3"); // diffuse large B-cell: staged by Ann Arbor, not TNM
    return t;
}

QStringList all() {
    QStringList codes;
    for (const CaseField &f : caseFields())
        codes << QLatin1String(f.code);
    return codes;
}

} // namespace

class TestCompleteness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void missingItems_data() {
        QTest::addColumn<Inscription>("inscription");
        QTest::addColumn<int>("age");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<QStringList>("expected"); // "code: sentence", in the committee's order

        const QStringList defaults = defaultRequiredCaseFields();
        QTest::newRow("full case, default committee") << fullCase() << 71 << defaults << QStringList();
        {
            Inscription i = fullCase();
            i.tumours[0].clinicalTnm = {};
            i.clinical.whoStatus = -1;
            QTest::newRow("no clinical TNM, no WHO status")
                << i << 71 << defaults
                << QStringList{QStringLiteral("clinical-tnm: Clinical TNM missing for tumour C18.7."),
                               QStringLiteral("who-status: WHO performance status missing.")};
        }
        {
            Inscription i = fullCase();
            i.tumours[0].clinicalTnm = {};
            QTest::newRow("no TNM but the committee does not ask for it")
                << i << 71 << QStringList{QStringLiteral("question"), QStringLiteral("summary")}
                << QStringList();
        }
        {
            Inscription i = fullCase();
            i.tumours = {lymphoma()};
            QTest::newRow("lymphoma: no TNM needed") << i << 60 << defaults << QStringList();
        }
        {
            Inscription i = fullCase();
            Tumour second = lymphoma();
            second.morphology = QStringLiteral("8070/3"); // squamous: a solid tumour again
            second.topography = QStringLiteral("C34.1");
            i.tumours.push_back(second);
            QTest::newRow("second, solid tumour without TNM")
                << i << 60 << defaults
                << QStringList{QStringLiteral("clinical-tnm: Clinical TNM missing for tumour C34.1.")};
        }
        {
            Inscription i = fullCase();
            i.tumours[0].clinicalTnm.edition.clear();
            QTest::newRow("TNM without edition")
                << i << 60 << defaults
                << QStringList{QStringLiteral(
                       "clinical-tnm: Edition of the clinical TNM (e.g. UICC 8) missing for tumour C18.7.")};
        }
        {
            Inscription i = fullCase();
            i.clinical.geriatricTool.clear();
            const QStringList geriatric{QStringLiteral("geriatric-screening")};
            QTest::newRow("74: no screening needed") << i << 74 << geriatric << QStringList();
            QTest::newRow("75: screening needed")
                << i << 75 << geriatric
                << QStringList{
                       QStringLiteral("geriatric-screening: Geriatric screening (tool and score) missing: "
                                      "the patient is 75 at the meeting.")};
            QTest::newRow("age unknown: not checkable")
                << i << -1 << geriatric
                << QStringList{
                       QStringLiteral("geriatric-screening: Geriatric screening: the patient's birth date "
                                      "is unknown, so whether it is needed (from 75) cannot be told.")};
        }
        {
            Inscription i = fullCase();
            i.tumours.clear();
            i.question = QStringLiteral("   ");
            QTest::newRow("no tumour, blank question: one tumour item, not one per tumour field")
                << i << 60 << defaults
                << QStringList{QStringLiteral("question: Question to the board missing."),
                               QStringLiteral("tumour: No tumour described.")};
            QTest::newRow("no tumour, tumour not required: TNM says why")
                << i << 60 << QStringList{QStringLiteral("clinical-tnm"), QStringLiteral("diagnosis-date")}
                << QStringList{
                       QStringLiteral("clinical-tnm: Clinical TNM missing: the case has no tumour yet."),
                       QStringLiteral(
                           "diagnosis-date: Date of diagnosis missing: the case has no tumour yet.")};
        }
        {
            Inscription i;
            i.tumours = {Tumour{}};
            QTest::newRow("empty case, every part required")
                << i << 80 << all()
                << QStringList{
                       QStringLiteral("requester: Requesting physician missing."),
                       QStringLiteral("presenter: Presenting physician missing."),
                       QStringLiteral("motif: Reason for presentation missing."),
                       QStringLiteral("tumour: Topography (ICD-10) missing for tumour 1."),
                       QStringLiteral("tumour: Morphology (ICD-O-3) missing for tumour 1."),
                       QStringLiteral("diagnosis-date: Date of diagnosis missing for tumour 1."),
                       QStringLiteral("clinical-tnm: Clinical TNM missing for tumour 1."),
                       QStringLiteral("who-status: WHO performance status missing."),
                       QStringLiteral(
                           "geriatric-screening: Geriatric screening (tool and score) missing: the "
                           "patient is 80 at the meeting."),
                       QStringLiteral("history: History and comorbidities missing."),
                       QStringLiteral("test-results: No test result given."),
                       QStringLiteral("treatments: Past and current treatments missing."),
                       QStringLiteral("pathology-report: Pathology report conclusion missing."),
                       QStringLiteral("summary: Case summary missing."),
                       QStringLiteral("question: Question to the board missing."),
                       QStringLiteral(
                           "attachments: Attached documents: cannot be checked in Concerto yet; check it "
                           "by hand.")};
        }
        {
            Inscription i = fullCase();
            i.clinical.reports.front().kind = QStringLiteral("operative"); // not the pathology one
            QTest::newRow("operative report is not a pathology report")
                << i << 60 << QStringList{QStringLiteral("pathology-report")}
                << QStringList{QStringLiteral("pathology-report: Pathology report conclusion missing.")};
        }
        QTest::newRow("unknown code, repeated code")
            << fullCase() << 60
            << QStringList{QStringLiteral("mdt-photo"), QStringLiteral("question"),
                           QStringLiteral("mdt-photo")}
            << QStringList{
                   QStringLiteral("mdt-photo: \"mdt-photo\" is required by the committee but this version "
                                  "of Concerto does not know it; check it by hand.")};
    }
    void missingItems() {
        QFETCH(Inscription, inscription);
        QFETCH(int, age);
        QFETCH(QStringList, required);
        QFETCH(QStringList, expected);
        const validation::CaseCompleteness c = checkCompleteness(inscription, age, requiring(required));
        QStringList got;
        for (const validation::MissingItem &m : c.items)
            got << m.field + QStringLiteral(": ") + m.text;
        QCOMPARE(got, expected);
        QCOMPARE(c.complete(), expected.isEmpty());
    }

    void unknownCodesAreNotCheckedButNeverPassed() {
        const auto c = checkCompleteness(fullCase(), 60, requiring({QStringLiteral("mdt-photo")}));
        QCOMPARE(c.items.size(), std::size_t(1));
        QVERIFY(!c.items[0].checkable);
        QVERIFY(!c.complete());
    }

    void ageAtTheMeeting() {
        QCOMPARE(validation::ageOn(QDate(1951, 11, 24), QDate(2026, 11, 24)), 75); // birthday: 75 that day
        QCOMPARE(validation::ageOn(QDate(1951, 11, 25), QDate(2026, 11, 24)), 74);
        QCOMPARE(validation::ageOn(QDate(1952, 2, 29), QDate(2027, 2, 28)), 74);
        QCOMPARE(validation::ageOn(QDate(), QDate(2026, 11, 24)), -1);
    }

    void sessionSummaryGroupsByRequester() {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(db);
        Rcp rcp = test::sampleRcp(); // default fields: requester, question, tumour, TNM, WHO, summary
        QVERIFY(RcpRepository(*db).save(rcp).ok);
        Session session = test::sampleSession(rcp.meta.id);
        session.registrationDeadline = QDateTime(QDate(2026, 11, 22), QTime(16, 0), Qt::UTC);
        QVERIFY(SessionRepository(*db).save(session).ok);
        Professional martin, abadie;
        martin.lastName = QStringLiteral("Martin");
        martin.firstName = QStringLiteral("Jean");
        abadie.lastName = QStringLiteral("Abadie");
        abadie.firstName = QStringLiteral("Claire");
        QVERIFY(ProfessionalRepository(*db).save(martin).ok && ProfessionalRepository(*db).save(abadie).ok);

        auto addCase = [&](const QString &name, const QUuid &requester, int order, auto edit) {
            Patient p = test::samplePatient();
            p.usedName = name;
            QVERIFY(PatientRepository(*db).save(p).ok);
            Inscription i = test::sampleInscription(session.meta.id, p.meta.id);
            i.requesterId = requester;
            i.agendaOrder = order;
            edit(i);
            QVERIFY(InscriptionRepository(*db).save(i).ok);
        };
        addCase(QStringLiteral("Bleu"), martin.meta.id, 1, [](Inscription &i) { i.clinical.whoStatus = -1; });
        addCase(QStringLiteral("Vert"), abadie.meta.id, 2, [](Inscription &) {});
        addCase(QStringLiteral("Rouge"), martin.meta.id, 3,
                [](Inscription &i) { i.tumours[0].clinicalTnm = {}; });
        addCase(QStringLiteral("Noir"), QUuid(), 4, [](Inscription &i) { i.question.clear(); });

        const auto summary = READ(validation::sessionCompleteness(*db, session.meta.id));
        QCOMPARE(summary.cases.size(), std::size_t(4));
        QCOMPARE(summary.incompleteCount(), 3);
        QVERIFY(summary.cases[1].completeness.complete());
        // Requesters by name, cases in agenda order, the case without a requester last (it also lacks it).
        const QString expected =
            QStringLiteral("What is missing before the meeting of RCP digestive on 24/11/2026 at 17:00\n"
                           "Registration deadline: 22/11/2026 17:00\n"
                           "\n") +
            plural("%1: %n case(s)", 2).arg(QStringLiteral("Dr Jean MARTIN")) +
            QStringLiteral("\n"
                           "  * BLEU Marie, born 14/08/1955\n"
                           "      - WHO performance status missing.\n"
                           "  * ROUGE Marie, born 14/08/1955\n"
                           "      - Clinical TNM missing for tumour C18.7.\n"
                           "\n") +
            plural("%1: %n case(s)", 1).arg(QStringLiteral("No requesting physician named")) +
            QStringLiteral("\n"
                           "  * NOIR Marie, born 14/08/1955\n"
                           "      - Requesting physician missing.\n"
                           "      - Question to the board missing.\n");
        QCOMPARE(summary.missingByRequester(), expected);
    }

    void sessionSummaryWhenEverythingIsThere() {
        validation::SessionCompleteness s;
        s.committee = QStringLiteral("RCP sein");
        s.session.startsAt = QDateTime(QDate(2026, 7, 7), QTime(6, 0), Qt::UTC); // 08:00 in Paris (summer)
        QCOMPARE(s.missingByRequester(),
                 QStringLiteral("What is missing before the meeting of RCP sein on "
                                "07/07/2026 at 08:00\n\nEvery case of this session is "
                                "complete.\n"));
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
