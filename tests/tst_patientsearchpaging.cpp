// The patient search over a registry large enough for each of its ways to read a page (all matches
// sorted at once; rank by rank, with the birth names read from their ranges, the other surnames
// sorted, the rest sorted or walked in the list's order): whatever the way, every page holds exactly
// what the rule says, in its order, with no patient twice or missed, page after page.
#include "models/store/patientsearch.h"
#include "tests/support/testsupport.h"

#include <QtTest>
#include <algorithm>

using namespace concerto;

namespace {

const QStringList kMNames{QStringLiteral("Martin"), QStringLiteral("Moreau"), QStringLiteral("Michel"),
                          QStringLiteral("Mercier"), QStringLiteral("Masson")};
const QStringList kCompound{QStringLiteral("Le Moal"), QStringLiteral("De Maury"),
                            QStringLiteral("Abadie-Martin")};
const QStringList kOthers{QStringLiteral("Bernard"), QStringLiteral("Dubois"),   QStringLiteral("Thomas"),
                          QStringLiteral("Robert"),  QStringLiteral("Petit"),    QStringLiteral("Durand"),
                          QStringLiteral("Leroy"),   QStringLiteral("Simon"),    QStringLiteral("Laurent"),
                          QStringLiteral("Garcia"),  QStringLiteral("David"),    QStringLiteral("Roux"),
                          QStringLiteral("Girard"),  QStringLiteral("Bonnet"),   QStringLiteral("Dupont"),
                          QStringLiteral("Lambert"), QStringLiteral("Fontaine"), QStringLiteral("André")};
const QStringList kGiven{QStringLiteral("Marie"), QStringLiteral("Michel"), QStringLiteral("Martine"),
                         QStringLiteral("Jean"),  QStringLiteral("Pierre"), QStringLiteral("Anne"),
                         QStringLiteral("Luc"),   QStringLiteral("Louis"),  QStringLiteral("Léa"),
                         QStringLiteral("Lucie"), QStringLiteral("Laure")};

// What the rule says, written apart from the store: the words a patient holds, whether a query finds
// them and at which rank.
struct Expected {
    int rank;
    QString sortKey;
    QString id;
    bool operator<(const Expected &o) const {
        return std::tie(rank, sortKey, id) < std::tie(o.rank, o.sortKey, o.id);
    }
};

QStringList wordsOf(const QString &text) {
    return searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::optional<Expected> expected(const Patient &p, const QStringList &typed) {
    QStringList words; // a word that begins another one typed is left out
    for (const QString &w : typed)
        if (std::none_of(typed.begin(), typed.end(),
                         [&](const QString &o) { return o != w && o.startsWith(w); }))
            words << w;
    const QStringList birth = wordsOf(p.birthName);
    const QStringList surnames = birth + wordsOf(p.usedName);
    const QStringList all = surnames + wordsOf(p.birthGivenNames.join(QLatin1Char(' '))) +
                            QStringList{p.ins, p.ipp, p.birthDate.toString(QStringLiteral("ddMMyyyy"))};
    auto begins = [](const QStringList &tokens, const QString &w) {
        return std::any_of(tokens.begin(), tokens.end(), [&](const QString &t) { return t.startsWith(w); });
    };
    for (const QString &w : words)
        if (!begins(all, w))
            return std::nullopt;
    int rank = 2;
    for (const QString &w : words) {
        if (!w.at(0).isLetter())
            continue;
        if (searchKey(p.birthName).startsWith(w))
            rank = 0;
        else if (begins(surnames, w))
            rank = std::min(rank, 1);
    }
    const QString sortKey =
        searchKey(QStringList{p.birthName, p.usedName, p.birthGivenNames.join(QLatin1Char(' '))}.join(
            QLatin1Char(' ')));
    return Expected{rank, sortKey, json::idText(p.meta.id)};
}

} // namespace

class TestPatientSearchPaging : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<Patient> m_patients;

    std::vector<Expected> expectedFor(const QString &text) const {
        std::vector<Expected> all;
        for (const Patient &p : m_patients)
            if (const std::optional<Expected> e = expected(p, searchWords(text)))
                all.push_back(*e);
        std::sort(all.begin(), all.end());
        return all;
    }

    // Every match, page by page; with `fresh`, each page from a new search (as after a restart).
    QStringList paged(const QString &text, int pageSize, bool fresh) {
        PatientRepository patients(*m_db);
        auto search = std::make_unique<PatientSearch>(patients, text);
        QStringList ids;
        PageKey after;
        for (int guard = 0; guard < 10000; ++guard) {
            if (fresh)
                search = std::make_unique<PatientSearch>(patients, text);
            const PageOf<Patient> page = READ(search->pageAfter(after, pageSize));
            for (const Patient &p : page.items)
                ids << json::idText(p.meta.id);
            if (int(page.items.size()) < pageSize)
                break;
            after = page.lastKey;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("paging.db")));
        QVERIFY(m_db);
        PatientRepository patients(*m_db);
        QRandomGenerator random(20261127);
        WriteTransaction tx(*m_db);
        for (int i = 0; i < 2400; ++i) {
            Patient p;
            const int kind = random.bounded(100);
            p.birthName = kind < 30   ? kMNames.at(random.bounded(int(kMNames.size())))
                          : kind < 38 ? kCompound.at(random.bounded(int(kCompound.size())))
                                      : kOthers.at(random.bounded(int(kOthers.size())));
            p.sex = random.bounded(2) ? Sex::Female : Sex::Male;
            if (p.sex == Sex::Female && random.bounded(100) < 50)
                p.usedName = (kMNames + kOthers).at(random.bounded(int(kMNames.size() + kOthers.size())));
            for (int g = 0, n = 1 + random.bounded(2); g < n; ++g)
                p.birthGivenNames << kGiven.at(random.bounded(int(kGiven.size())));
            p.birthDate = QDate(1930, 1, 1).addDays(random.bounded(25000));
            p.ins = QString::number(1 + random.bounded(2)) +
                    QString::number(random.bounded(100000000) + 100000000) + QStringLiteral("12345");
            p.ipp = QString::number(random.bounded(900000) + 100000);
            QVERIFY(patients.save(p).ok);
            m_patients.push_back(p);
        }
        QVERIFY(tx.commit());
    }

    void everyWayGivesTheRulesOrder_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("way");
        // way 0: few matches, sorted at once; 1: many, the rest sorted; 2: many, the rest walked;
        // 3: many, identifiers only (walked).
        QTest::newRow("few") << "martin marie" << 0;
        QTest::newRow("a birth name and its second word") << "moal" << 0;
        QTest::newRow("a prefix typed twice") << "mar ma" << 0;
        QTest::newRow("many, most of them surnames") << "m" << 1;
        QTest::newRow("many, most given names") << "l" << 2;
        QTest::newRow("many digits") << "1" << 3;
        QTest::newRow("many dates and identifiers") << "2" << 3;
    }
    void everyWayGivesTheRulesOrder() {
        QFETCH(QString, text);
        QFETCH(int, way);
        const std::vector<Expected> all = expectedFor(text);
        const auto others =
            std::count_if(all.begin(), all.end(), [](const Expected &e) { return e.rank == 2; });
        const bool many = int(all.size()) > PatientSearch::kSortedAtOnce;
        // The data reach the way this row is about.
        switch (way) {
        case 0:
            QVERIFY(!many);
            break;
        case 1:
            QVERIFY(many && others > 0 && others <= PatientSearch::kWalkFrom);
            break;
        case 2:
            QVERIFY(many && others > PatientSearch::kWalkFrom && all.front().rank == 0);
            break;
        default:
            QVERIFY(many && all.front().rank == 2);
        }
        QStringList ids;
        for (const Expected &e : all)
            ids << e.id;
        PatientRepository patients(*m_db);
        QCOMPARE(READ(PatientSearch(patients, text).count()), int(all.size()));
        for (int pageSize : {50, 7}) {
            QCOMPARE(paged(text, pageSize, false), ids);
            QCOMPARE(paged(text, pageSize, true), ids);
        }
    }
};

QTEST_GUILESS_MAIN(TestPatientSearchPaging)
#include "tst_patientsearchpaging.moc"
