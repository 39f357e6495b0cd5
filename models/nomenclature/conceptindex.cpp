// The in-memory concept index: folded keys made once, a linear scan per search (the largest national
// set has about a thousand concepts, which a scan answers in well under a millisecond).
#include "models/nomenclature/conceptindex.h"
#include "models/domain/searchkey.h"

#include <QStringList>
#include <QStringMatcher>

namespace concerto::nomenclature {

ConceptIndex::ConceptIndex(std::vector<Concept> concepts) {
    m_items.reserve(concepts.size());
    for (Concept &c : concepts) {
        Item item;
        item.codeKey = searchKey(c.code);
        item.labelKey = QLatin1Char(' ') + searchKey(c.displayName);
        item.concept = std::move(c);
        m_items.push_back(std::move(item));
    }
}

std::vector<Concept> ConceptIndex::search(const QString &text, int limit) const {
    std::vector<Concept> result;
    if (limit <= 0)
        return result;
    const QString key = searchKey(text);
    if (key.isEmpty()) {
        for (std::size_t i = 0; i < m_items.size() && int(result.size()) < limit; ++i)
            result.push_back(m_items[i].concept);
        return result;
    }
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<QStringMatcher> matchers;
    for (const QString &word : words)
        matchers.emplace_back(word);

    enum Rank { ExactCode, CodePrefix, WordStarts, Contains, RankCount };
    std::vector<const Item *> ranked[RankCount];
    for (const Item &item : m_items) {
        if (item.codeKey.startsWith(key)) {
            ranked[item.codeKey.size() == key.size() ? ExactCode : CodePrefix].push_back(&item);
            continue;
        }
        // One scan per word: found at all, and found at the start of a word.
        bool starts = true;
        bool contains = true;
        for (const QStringMatcher &word : matchers) {
            qsizetype at = word.indexIn(item.labelKey);
            if (at < 0) {
                contains = false;
                break;
            }
            while (at >= 0 && item.labelKey.at(at - 1) != QLatin1Char(' '))
                at = word.indexIn(item.labelKey, at + 1);
            starts = starts && at >= 0;
        }
        if (contains)
            ranked[starts ? WordStarts : Contains].push_back(&item);
    }
    for (const auto &group : ranked)
        for (const Item *item : group) {
            if (int(result.size()) >= limit)
                return result;
            result.push_back(item->concept);
        }
    return result;
}

} // namespace concerto::nomenclature
