// Reading domain records from JSON without losing what this version does not understand.
//
// A record written by a newer Concerto may hold keys this version does not know, codes it does not
// know, or values it cannot take (another JSON type, a date it cannot parse). Every fromJson reads with
// a json::Reader: a missing key, or a value it cannot take, leaves the field at its member initialiser's
// value (the documented default). The reader then keeps, in the record's json::Unknown `extra`, every
// stored value that this version would not write back as it was: unknown keys, and known keys whose
// value the writer changes (an unknown code, a value of another type, a date in another form, an empty
// text the writer leaves out). Every toJson ends with extra.restore(o), which puts them back, except
// where the program has changed the field since. A record read from JSON that this version writes
// itself keeps nothing, and restore() is then one test.
#pragma once

#include "models/domain/codes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUuid>
#include <QVarLengthArray>
#include <vector>

namespace concerto::json {

// What one JSON object held that this version would not write back by itself. Records hold it as
// `json::Unknown extra{};`, last (the braces keep their aggregate initialisers free of warnings).
struct Unknown {
    QJsonObject stored; // key -> value as read: unknown keys, and known keys the writer writes otherwise
    QJsonObject readAs; // known keys of `stored` -> what this version writes for them just after the read
                        // (no entry when it writes nothing), which tells a field the program changed

    bool isEmpty() const { return stored.isEmpty(); }
    // Puts the stored values back into an object the writer has just filled: each value whose key the
    // writer wrote as it did right after the read (or left out, for an unknown key). A field the
    // program has changed since keeps its new value.
    void restore(QJsonObject &o) const {
        if (!stored.isEmpty())
            restoreInto(o);
    }
    // Drops what was kept for a key: for a field the program sets on purpose, even to the value it
    // was read as (a new version of a fiche is unsigned and in progress, whatever the old one said).
    void forget(const char *key);

private:
    void restoreInto(QJsonObject &o) const;
};

// While one lives on this thread, every Reader notes the known keys whose stored value it cannot take
// (another JSON type than its field's, null aside: a number for a text, a text for a list…). Data a
// newer version wrote keeps such values (Unknown); data this version wrote itself, such as a draft, is
// damaged when it holds one: its reader asks with this.
class UnreadableValues final {
public:
    UnreadableValues();
    ~UnreadableValues();
    UnreadableValues(const UnreadableValues &) = delete;
    UnreadableValues &operator=(const UnreadableValues &) = delete;

    // The keys noted, in reading order, each once.
    const QStringList &keys() const { return m_keys; }
    // Called by the Readers.
    static void note(const char *key);

private:
    UnreadableValues *m_outer;
    QStringList m_keys;
};

// Reads the fields of one JSON object into a default-constructed record, then keepUnknown(record).
// Each get() reads one key when it is there and of the expected form, and leaves the field as it is
// otherwise (so a missing key reads as the member initialiser's value). Lists keep the items they can
// read. Each key is read once.
class Reader final {
public:
    explicit Reader(const QJsonObject &o)
        : m_o(o) {}
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    void get(const char *key, QString &v);
    void get(const char *key, bool &v);
    void get(const char *key, int &v);
    void get(const char *key, QDate &v);     // yyyy-MM-dd
    void get(const char *key, QDateTime &v); // ISO 8601 with milliseconds, UTC
    void get(const char *key, QTime &v);     // HH:mm
    void get(const char *key, QUuid &v);
    void get(const char *key, QStringList &v);
    void get(const char *key, std::vector<QUuid> &v);
    void get(const char *key, QJsonObject &v); // taken whole
    // A nested record, and a list of them (T::fromJson keeps their own unknown parts).
    template <typename T>
    void get(const char *key, T &v);
    template <typename T>
    void get(const char *key, std::vector<T> &v);
    // A coded field: an unknown code leaves the field as it is and is kept as stored.
    template <typename Enum, std::size_t N>
    void code(const char *key, const CodeTable<Enum, N> &table, Enum &v);

    // Last step of fromJson: record.extra = what the record would not write back by itself.
    template <typename T>
    void keepUnknown(T &record);

private:
    // The stored value of a key this version knows (undefined when missing).
    QJsonValue value(const char *key);
    // A value the writer may not give back as stored: compared with the writer's output at the end.
    void doubt(const char *key, const QJsonValue &v) { m_doubtful.insert(QLatin1String(key), v); }
    // The keys of the object that no get() asked for, with their values.
    QJsonObject unknownKeys() const;

    const QJsonObject &m_o;
    QVarLengthArray<const char *, 32> m_known;
    qsizetype m_found = 0; // how many known keys the object holds
    QJsonObject m_doubtful;
};

template <typename T>
void Reader::get(const char *key, T &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    const QJsonObject o = x.toObject();
    if (x.isObject())
        v = T::fromJson(o);
    else if (!x.isNull())
        UnreadableValues::note(key);
    if (o.isEmpty())
        doubt(key, x);
}

template <typename T>
void Reader::get(const char *key, std::vector<T> &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    bool whole = x.isArray();
    v.clear();
    const QJsonArray items = x.toArray();
    for (const QJsonValue &item : items) {
        if (item.isObject())
            v.push_back(T::fromJson(item.toObject()));
        else
            whole = false;
    }
    if (!whole && !x.isNull())
        UnreadableValues::note(key);
    if (!whole || v.empty())
        doubt(key, x);
}

template <typename Enum, std::size_t N>
void Reader::code(const char *key, const CodeTable<Enum, N> &table, Enum &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    bool known = false;
    const Enum e = enumOf(table, x.toString(), &known);
    if (known && x.isString())
        v = e;
    else
        doubt(key, x);
    if (!x.isString() && !x.isNull()) // an unknown code may be a newer version's: only another type
        UnreadableValues::note(key);
}

template <typename T>
void Reader::keepUnknown(T &record) {
    if (m_found == m_o.size() && m_doubtful.isEmpty())
        return; // every key known and written back as stored: the usual case
    Unknown kept;
    kept.stored = unknownKeys();
    if (!m_doubtful.isEmpty()) {
        // record.extra is still empty here, so this is what the writer alone makes of the record.
        const QJsonObject written = record.toJson();
        for (auto it = m_doubtful.constBegin(); it != m_doubtful.constEnd(); ++it) {
            const QJsonValue w = written.value(it.key());
            if (w == it.value())
                continue;
            kept.stored.insert(it.key(), it.value());
            if (!w.isUndefined())
                kept.readAs.insert(it.key(), w);
        }
    }
    record.extra = std::move(kept);
}

} // namespace concerto::json
