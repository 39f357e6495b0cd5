// Search-as-you-type over the concepts of one value set, in memory: a code prefix ("C50", "8140/3")
// or words of the label, accents, case and punctuation ignored ("lesion" finds "Lésion").
#pragma once

#include "models/nomenclature/valueset.h"

namespace concerto::nomenclature {

class ConceptIndex final {
public:
    ConceptIndex() = default;
    explicit ConceptIndex(std::vector<Concept> concepts);

    int size() const { return int(m_items.size()); }

    // Best matches first: the exact code, codes that start with the text, labels where every word
    // typed starts a word, then labels that merely contain every word; within each group the set's
    // order. An empty text gives the first `limit` concepts.
    std::vector<Concept> search(const QString &text, int limit) const;

private:
    struct Item {
        Concept concept;
        QString codeKey;  // searchKey(code)
        QString labelKey; // " " + searchKey(displayName), so " WORD" finds a word start
    };
    std::vector<Item> m_items;
};

} // namespace concerto::nomenclature
