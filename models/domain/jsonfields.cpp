// The JSON reader of the domain records and what it keeps of the values it does not understand.
#include "models/domain/jsonfields.h"
#include "models/domain/record.h"

#include <cmath>
#include <limits>

namespace concerto::json {

namespace {
thread_local UnreadableValues *t_unreadable = nullptr;
} // namespace

UnreadableValues::UnreadableValues()
    : m_outer(t_unreadable) {
    t_unreadable = this;
}

UnreadableValues::~UnreadableValues() {
    t_unreadable = m_outer;
}

void UnreadableValues::note(const char *key) {
    if (!t_unreadable)
        return;
    const QString name = QLatin1String(key);
    if (!t_unreadable->m_keys.contains(name))
        t_unreadable->m_keys << name;
}

void Unknown::restoreInto(QJsonObject &o) const {
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        const QString key = it.key();
        if (o.value(key) == readAs.value(key))
            o.insert(key, it.value());
    }
}

void Unknown::forget(const char *key) {
    stored.remove(QLatin1String(key));
    readAs.remove(QLatin1String(key));
}

QJsonValue Reader::value(const char *key) {
    m_known.append(key);
    const QJsonValue x = m_o.value(QLatin1String(key));
    if (!x.isUndefined())
        ++m_found;
    return x;
}

QJsonObject Reader::unknownKeys() const {
    QJsonObject unknown;
    if (m_found == m_o.size())
        return unknown;
    for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const char *k : m_known)
            if (key == QLatin1String(k)) {
                known = true;
                break;
            }
        if (!known)
            unknown.insert(key, it.value());
    }
    return unknown;
}

void Reader::get(const char *key, QString &v) {
    const QJsonValue x = value(key);
    if (x.isString()) {
        v = x.toString();
        if (v.isEmpty()) // writers leave most empty texts out
            doubt(key, x);
    } else if (!x.isUndefined()) {
        doubt(key, x);
        if (!x.isNull())
            UnreadableValues::note(key);
    }
}

void Reader::get(const char *key, bool &v) {
    const QJsonValue x = value(key);
    if (x.isBool()) {
        v = x.toBool();
        if (!v) // writers leave most false values out
            doubt(key, x);
    } else if (!x.isUndefined()) {
        doubt(key, x);
        if (!x.isNull())
            UnreadableValues::note(key);
    }
}

void Reader::get(const char *key, int &v) {
    const QJsonValue x = value(key);
    const double d = x.toDouble();
    if (x.isDouble() && d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max() &&
        std::floor(d) == d)
        v = int(d);
    else if (!x.isUndefined()) {
        doubt(key, x);
        if (!x.isDouble() && !x.isNull())
            UnreadableValues::note(key);
    }
}

namespace {
// Whether a text has the exact form the writers give it: `pattern` with 9 standing for any digit.
// (Cheaper than writing the value again and comparing, which matters for bulk reads.)
bool hasForm(const QString &text, QLatin1String pattern) {
    if (text.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char p = pattern.at(i).toLatin1();
        if (p == '9' ? c < u'0' || c > u'9' : c != char16_t(p))
            return false;
    }
    return true;
}
// The forms dateText, timeText and idText write (years 1–9999).
const QLatin1String kDateForm("9999-99-99");
const QLatin1String kTimeForm("9999-99-99T99:99:99.999Z");
bool isIdText(const QString &text) {
    if (text.size() != 36)
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-'))
            return false;
    }
    return true;
}
} // namespace

void Reader::get(const char *key, QDate &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    const QString text = x.toString();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        v = d;
    if (!x.isString() && !x.isNull())
        UnreadableValues::note(key);
    if (!d.isValid() || !hasForm(text, kDateForm))
        doubt(key, x);
}

void Reader::get(const char *key, QDateTime &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    const QString text = x.toString();
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        v = t;
    if (!x.isString() && !x.isNull())
        UnreadableValues::note(key);
    if (!t.isValid() || !hasForm(text, kTimeForm))
        doubt(key, x);
}

void Reader::get(const char *key, QTime &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    const QTime t = QTime::fromString(x.toString(), QStringLiteral("HH:mm"));
    if (t.isValid())
        v = t;
    else
        doubt(key, x);
    if (!x.isString() && !x.isNull())
        UnreadableValues::note(key);
}

void Reader::get(const char *key, QUuid &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    const QString text = x.toString();
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull())
        v = id;
    if (!x.isString() && !x.isNull())
        UnreadableValues::note(key);
    if (id.isNull() || !isIdText(text))
        doubt(key, x);
}

void Reader::get(const char *key, QStringList &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    bool whole = x.isArray();
    v.clear();
    const QJsonArray items = x.toArray();
    for (const QJsonValue &item : items) {
        if (item.isString())
            v << item.toString();
        else
            whole = false;
    }
    if (!whole && !x.isNull())
        UnreadableValues::note(key);
    if (!whole || v.isEmpty())
        doubt(key, x);
}

void Reader::get(const char *key, std::vector<QUuid> &v) {
    const QJsonValue x = value(key);
    if (x.isUndefined())
        return;
    bool whole = x.isArray();
    v.clear();
    const QJsonArray items = x.toArray();
    for (const QJsonValue &item : items) {
        const QString text = item.toString();
        const QUuid id = QUuid::fromString(text);
        if (!id.isNull())
            v.push_back(id);
        if (id.isNull() || !isIdText(text))
            whole = false;
    }
    if (!whole || v.empty())
        doubt(key, x);
}

void Reader::get(const char *key, QJsonObject &v) {
    const QJsonValue x = value(key);
    if (x.isObject())
        v = x.toObject();
    else if (!x.isUndefined() && !x.isNull())
        UnreadableValues::note(key);
    if (!x.isUndefined() && v.isEmpty())
        doubt(key, x);
}

} // namespace concerto::json
