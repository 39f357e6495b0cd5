// The answer of every validation function: ok, or the reasons it is not, each one a sentence a
// secretary understands (already translated, "Validation" context).
#pragma once

#include <QString>
#include <QStringList>

namespace concerto::validation {

struct Check {
    QStringList messages; // empty when the value is valid

    static Check pass() { return {}; }
    static Check fail(const QString &message) { return Check{{message}}; }

    bool ok() const { return messages.isEmpty(); }
    explicit operator bool() const { return ok(); }
    // The first reason (the one to show beside a field), or an empty string when valid.
    QString message() const { return messages.value(0); }
    // Every reason, one a line.
    QString text() const { return messages.join(QLatin1Char('\n')); }

    void add(const QString &message) { messages.append(message); }
    void add(const Check &other) { messages.append(other.messages); }
};

} // namespace concerto::validation
