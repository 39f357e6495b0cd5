// The in-memory concept index: folded keys made once, a linear scan per search (the largest national
// set has about a thousand concepts, which a scan answers in well under a millisecond).
#include "models/nomenclature/conceptindex.h"
#include "models/domain/searchkey.h"

#include <QStringList>

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
    QStringList wordStarts = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList words = wordStarts;
    for (QString &w : wordStarts)
        w.prepend(QLatin1Char(' '));

    enum Rank { ExactCode, CodePrefix, WordStarts, Contains, RankCount };
    std::vector<const Item *> ranked[RankCount];
    for (const Item &item : m_items) {
        if (item.codeKey == key) {
            ranked[ExactCode].push_back(&item);
        } else if (item.codeKey.startsWith(key)) {
            ranked[CodePrefix].push_back(&item);
        } else {
            bool starts = true;
            bool contains = true;
            for (int i = 0; i < words.size() && contains; ++i) {
                if (!item.labelKey.contains(wordStarts.at(i))) {
                    starts = false;
                    contains = item.labelKey.contains(words.at(i));
                }
            }
            if (starts)
                ranked[WordStarts].push_back(&item);
            else if (contains)
                ranked[Contains].push_back(&item);
        }
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
