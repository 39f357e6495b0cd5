// One search of the patient registry, as the Patients list runs it while the user types: the words
// typed (searchWords()), how many patients hold them all, and the matches a page at a time, best first.
//
// A patient matches when each word begins one of the words of their birth name, used name, given
// names, INS, IPP or birth date (DDMMYYYY), in any order (a word that begins another one typed adds
// nothing and is left out: "martin m" is "martin"). Matches are ranked: first the patients
// whose birth name begins with a word typed, then those with another word of a surname (birth or
// used name) that does, then the others (given names, identifiers); each rank in the list's order
// (search_name, id). The FTS5 index of patient_search (schema 7) finds and counts the matches; a
// page of many matches is read by walking the list's index, a page of few by sorting them.
#pragma once

#include "models/store/repositories.h"

#include <array>
#include <optional>

namespace concerto {

class PatientSearch final {
public:
    enum Rank { BirthNameRank = 0, SurnameRank = 1, OtherRank = 2 };
    // Up to this many matches are sorted at once; more are read rank by rank: the birth names that begin
    // with a word from their ranges of the list's index, the other surnames sorted (there are never
    // many), the rest sorted up to kWalkFrom of them, else met by walking the list's index in order.
    static constexpr int kSortedAtOnce = 1000;
    static constexpr int kWalkFrom = 800;

    PatientSearch(const PatientRepository &patients, const QString &text);

    const QStringList &words() const { return m_words; }
    // No word typed: the search finds nothing, the list shows everyone.
    bool isEmpty() const { return m_words.isEmpty(); }

    // How many patients match (read once, then remembered by this search).
    StoreRead<int> count() const;
    // The `limit` matches after `after` (the first ones for an empty key), in rank order. The key is
    // (rank, search_name, id), from PageOf::lastKey.
    StoreRead<PageOf<Patient>> pageAfter(const PageKey &after, int limit) const;

private:
    struct Hit {
        int rank;
        QString sortKey;
        QString id;
    };
    StoreRead<int> countOf(const QString &expression) const;
    StoreRead<int> otherCount() const;
    QString rankExpression(int rank) const;
    // The SQL conditions on a row `s` of patient_search, with their bound values appended to `binds`.
    QString matchesAll(QVariantList &binds) const;
    QString rankOf(QVariantList &binds) const;
    StoreRead<std::vector<Hit>> hits(const QString &sql, const QVariantList &binds, int fixedRank) const;
    StoreRead<std::vector<Hit>> sortedAll(const PageKey &after, int limit) const;
    StoreRead<std::vector<Hit>> sortedRank(int rank, const QString &sortKey, const QString &id,
                                           int limit) const;
    StoreRead<std::vector<Hit>> walkBirthNames(const QString &sortKey, const QString &id, int limit) const;
    StoreRead<std::vector<Hit>> walkRank(int rank, const QString &sortKey, const QString &id,
                                         int limit) const;
    StoreRead<PageOf<Patient>> patientsOf(const std::vector<Hit> &page) const;

    const PatientRepository &m_patients;
    QStringList m_words;
    QStringList m_nameWords; // the words that begin with a letter: only they can begin a surname
    QString m_all;           // FTS5: every word, anywhere
    QString m_surname;       // FTS5: and a name word begins a word of a birth or used name
    QString m_surnameOnly;   // FTS5: that, but not a birth name that begins with a name word
    mutable std::optional<int> m_count;
    mutable std::array<std::optional<int>, 3> m_rankSize; // matches of a rank, once read to its end
};

} // namespace concerto
