// The patient search: counts from the FTS5 index, pages in rank order (sorted when few, walked in the
// list's index when many), then the records of the page.
#include "models/store/patientsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>
#include <utility>

namespace concerto {

namespace {

// A word as an FTS5 prefix query: "WORD"*, quotes doubled (words hold letters and digits only).
QString prefixTerm(const QString &word) {
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QStringLiteral("\"*");
}

QString joined(const QStringList &words, const QString &before, const QString &separator) {
    QStringList terms;
    for (const QString &w : words)
        terms << before + prefixTerm(w);
    return terms.join(separator);
}

// Every row of patient_search's words, as one text where each word follows a space.
const QString kAllWords =
    QStringLiteral("(' ' || s.birth || ' ' || s.used || ' ' || s.given || ' ' || s.ids)");
const QString kSurnameWords = QStringLiteral("(' ' || s.birth || ' ' || s.used)");
// Above every character (U+10FFFF): the end of the range of keys that begin with a word.
const QString kAfterAll = QString::fromUcs4(U"\U0010FFFF", 1);

// A text of a page key, the empty text (never a null one, which SQL would take for NULL) at the start.
QString keyText(const PageKey &key, int i) {
    const QString text = key.value(i).toString();
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

PatientSearch::PatientSearch(const PatientRepository &patients, const QString &text)
    : m_patients(patients)
    , m_words(searchWords(text)) {
    // A word that begins another word typed adds nothing ("martin m"): the longer one finds it too.
    QStringList kept;
    for (const QString &w : std::as_const(m_words)) {
        bool begunElsewhere = false;
        for (const QString &other : std::as_const(m_words))
            begunElsewhere = begunElsewhere || (other != w && other.startsWith(w));
        if (!begunElsewhere)
            kept << w;
    }
    m_words = kept;
    for (const QString &w : std::as_const(m_words))
        if (w.at(0).isLetter())
            m_nameWords << w;
    if (m_words.isEmpty())
        return;
    m_all = joined(m_words, QString(), QStringLiteral(" AND "));
    if (m_nameWords.isEmpty())
        return;
    const QString birthStart = QStringLiteral("{birth} : (%1)")
                                   .arg(joined(m_nameWords, QStringLiteral("^"), QStringLiteral(" OR ")));
    m_surname = QStringLiteral("(%1) AND {birth used} : (%2)")
                    .arg(m_all, joined(m_nameWords, QString(), QStringLiteral(" OR ")));
    m_surnameOnly = QStringLiteral("(%1) NOT (%2)").arg(m_surname, birthStart);
}

StoreRead<int> PatientSearch::countOf(const QString &expression) const {
    QSqlQuery &q = m_patients.m_table.prepared(
        QStringLiteral("SELECT count(*) FROM patient_search_index WHERE patient_search_index MATCH ?"));
    q.bindValue(0, expression);
    return m_patients.m_table.scalar(q);
}

StoreRead<int> PatientSearch::count() const {
    if (isEmpty())
        return StoreRead<int>::success(0);
    if (!m_count) {
        StoreRead<int> n = countOf(m_all);
        if (!n.ok())
            return n;
        m_count = *n;
    }
    return StoreRead<int>::success(*m_count);
}

// The matches of the last rank: all but the surname matches. Known without a count when the first
// two ranks were read to their end.
StoreRead<int> PatientSearch::otherCount() const {
    const StoreRead<int> all = count();
    if (!all.ok() || m_nameWords.isEmpty())
        return all;
    if (m_rankSize[BirthNameRank] && m_rankSize[SurnameRank])
        return StoreRead<int>::success(*all - *m_rankSize[BirthNameRank] - *m_rankSize[SurnameRank]);
    const StoreRead<int> surnames = countOf(m_surname);
    return surnames.ok() ? StoreRead<int>::success(*all - *surnames) : surnames;
}

// The same tests as the FTS5 expressions, on one row: what the walks through the list's index check.
QString PatientSearch::matchesAll(QVariantList &binds) const {
    QStringList tests;
    for (const QString &w : m_words) {
        tests << QStringLiteral("instr(%1, ' ' || ?) > 0").arg(kAllWords);
        binds << w;
    }
    return tests.join(QLatin1String(" AND "));
}

QString PatientSearch::rankOf(QVariantList &binds) const {
    if (m_nameWords.isEmpty())
        return QStringLiteral("2");
    QStringList birth;
    QStringList surname;
    for (const QString &w : m_nameWords) {
        birth << QStringLiteral("substr(s.birth, 1, length(?)) = ?");
        binds << w << w;
    }
    for (const QString &w : m_nameWords) {
        surname << QStringLiteral("instr(%1, ' ' || ?) > 0").arg(kSurnameWords);
        binds << w;
    }
    return QStringLiteral("CASE WHEN %1 THEN 0 WHEN %2 THEN 1 ELSE 2 END")
        .arg(birth.join(QLatin1String(" OR ")), surname.join(QLatin1String(" OR ")));
}

StoreRead<std::vector<PatientSearch::Hit>> PatientSearch::hits(const QString &sql, const QVariantList &binds,
                                                               int fixedRank) const {
    using Read = StoreRead<std::vector<Hit>>;
    QSqlQuery &q = m_patients.m_table.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    std::vector<Hit> found;
    const QString table = QStringLiteral("patient_search");
    const QString path = m_patients.database().path();
    if (!q.exec())
        return Read::failure(readFailure("searching", table, q, path));
    const int rankColumn = fixedRank < 0 ? 0 : -1;
    const int first = rankColumn < 0 ? 0 : 1;
    while (q.next())
        found.push_back({rankColumn < 0 ? fixedRank : q.value(0).toInt(), q.value(first).toString(),
                         q.value(first + 1).toString()});
    if (q.lastError().isValid()) {
        const QString error = readFailure("searching", table, q, path);
        q.finish();
        return Read::failure(error);
    }
    q.finish();
    return Read::success(std::move(found));
}

StoreRead<std::vector<PatientSearch::Hit>> PatientSearch::sortedAll(const PageKey &after, int limit) const {
    QVariantList binds;
    const QString rank = rankOf(binds);
    binds << m_all << (after.isEmpty() ? -1 : after.value(0).toInt()) << keyText(after, 1)
          << keyText(after, 2) << limit;
    return hits(QStringLiteral(
                    "SELECT r, sort_key, patient_id FROM (SELECT %1 AS r, s.sort_key,"
                    " s.patient_id FROM patient_search_index JOIN patient_search s"
                    " ON s.id = patient_search_index.rowid WHERE patient_search_index MATCH ?)"
                    " WHERE (r, sort_key, patient_id) > (?, ?, ?) ORDER BY r, sort_key, patient_id LIMIT ?")
                    .arg(rank),
                binds, -1);
}

StoreRead<std::vector<PatientSearch::Hit>> PatientSearch::sortedRank(int rank, const QString &sortKey,
                                                                     const QString &id, int limit) const {
    return hits(
        QStringLiteral("SELECT s.sort_key, s.patient_id FROM patient_search_index JOIN patient_search s"
                       " ON s.id = patient_search_index.rowid WHERE patient_search_index MATCH ?"
                       " AND (s.sort_key, s.patient_id) > (?, ?) ORDER BY 1, 2 LIMIT ?"),
        {rankExpression(rank), sortKey, id, limit}, rank);
}

// The FTS5 expression of the matches of the second or the last rank.
QString PatientSearch::rankExpression(int rank) const {
    if (rank == SurnameRank)
        return m_surnameOnly;
    return m_nameWords.isEmpty() ? m_all : QStringLiteral("(%1) NOT (%2)").arg(m_all, m_surname);
}

// The birth names that begin with a word are one range of the list's index per word: each range is
// read in order, and the first `limit` of them all kept.
StoreRead<std::vector<PatientSearch::Hit>> PatientSearch::walkBirthNames(const QString &sortKey,
                                                                         const QString &id, int limit) const {
    std::map<std::pair<QString, QString>, bool> merged;
    for (const QString &w : m_nameWords) {
        QVariantList binds{w, QString(w + kAfterAll), w, w};
        const QString all = matchesAll(binds);
        binds << sortKey << id << limit;
        StoreRead<std::vector<Hit>> range = hits(
            QStringLiteral("SELECT s.sort_key, s.patient_id FROM patient_search s"
                           " WHERE s.sort_key >= ? AND s.sort_key < ? AND substr(s.birth, 1, length(?)) = ?"
                           " AND %1 AND (s.sort_key, s.patient_id) > (?, ?) ORDER BY 1, 2 LIMIT ?")
                .arg(all),
            binds, BirthNameRank);
        if (!range.ok())
            return range;
        for (const Hit &h : *range)
            merged[{h.sortKey, h.id}] = true;
    }
    std::vector<Hit> page;
    for (const auto &entry : merged) {
        if (int(page.size()) == limit)
            break;
        page.push_back({BirthNameRank, entry.first.first, entry.first.second});
    }
    return StoreRead<std::vector<Hit>>::success(std::move(page));
}

// Many matches of a rank are spread through the whole list: walking it in order meets them soon.
StoreRead<std::vector<PatientSearch::Hit>> PatientSearch::walkRank(int rank, const QString &sortKey,
                                                                   const QString &id, int limit) const {
    QVariantList binds{sortKey, id};
    const QString all = matchesAll(binds);
    const QString rankSql = rankOf(binds);
    binds << rank << limit;
    return hits(QStringLiteral("SELECT s.sort_key, s.patient_id FROM patient_search s"
                               " WHERE (s.sort_key, s.patient_id) > (?, ?) AND %1 AND %2 = ?"
                               " ORDER BY s.sort_key, s.patient_id LIMIT ?")
                    .arg(all, rankSql),
                binds, rank);
}

StoreRead<PageOf<Patient>> PatientSearch::pageAfter(const PageKey &after, int limit) const {
    using Read = StoreRead<PageOf<Patient>>;
    const StoreRead<int> total = count();
    if (!total.ok())
        return Read::failure(total.error);
    if (*total == 0 || limit <= 0)
        return Read::success({});
    if (*total <= kSortedAtOnce) {
        StoreRead<std::vector<Hit>> page = sortedAll(after, limit);
        return page.ok() ? patientsOf(*page) : Read::failure(page.error);
    }
    std::vector<Hit> page;
    const int fromRank = after.isEmpty() ? BirthNameRank : after.value(0).toInt();
    for (int rank = fromRank; rank <= OtherRank && int(page.size()) < limit; ++rank) {
        if (rank != OtherRank && m_nameWords.isEmpty())
            continue; // only surnames rank first, and no word typed can begin one
        const bool fromStart = rank != fromRank || after.isEmpty();
        const QString sortKey = keyText(fromStart ? PageKey() : after, 1);
        const QString id = keyText(fromStart ? PageKey() : after, 2);
        const int wanted = limit - int(page.size());
        StoreRead<std::vector<Hit>> more;
        if (rank == BirthNameRank) {
            more = walkBirthNames(sortKey, id, wanted);
        } else if (rank == SurnameRank) {
            more = sortedRank(rank, sortKey, id, wanted); // used names and later words: never many
        } else {
            const StoreRead<int> others = otherCount();
            if (!others.ok())
                return Read::failure(others.error);
            more = *others <= kWalkFrom ? sortedRank(rank, sortKey, id, wanted)
                                        : walkRank(rank, sortKey, id, wanted);
        }
        if (!more.ok())
            return Read::failure(more.error);
        if (fromStart && int(more->size()) < wanted)
            m_rankSize[std::size_t(rank)] = int(more->size()); // read to its end
        page.insert(page.end(), more->begin(), more->end());
    }
    return patientsOf(page);
}

// The records of a page, in its order.
StoreRead<PageOf<Patient>> PatientSearch::patientsOf(const std::vector<Hit> &page) const {
    using Read = StoreRead<PageOf<Patient>>;
    PageOf<Patient> result;
    if (page.empty())
        return Read::success(std::move(result));
    QJsonArray ids;
    for (const Hit &h : page)
        ids.append(h.id);
    StoreRead<std::vector<Patient>> records =
        m_patients.select(QStringLiteral("deleted = 0 AND id IN (SELECT value FROM json_each(?))"),
                          {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!records.ok())
        return Read::failure(records.error);
    std::map<QString, Patient *> byId;
    for (Patient &p : *records)
        byId[json::idText(p.meta.id)] = &p;
    for (const Hit &h : page) {
        const auto it = byId.find(h.id);
        if (it != byId.end()) // else deleted since the index was read
            result.items.push_back(std::move(*it->second));
    }
    result.firstKey = {page.front().rank, page.front().sortKey, page.front().id};
    result.lastKey = {page.back().rank, page.back().sortKey, page.back().id};
    return Read::success(std::move(result));
}

} // namespace concerto
