// Data-driven rows for the validation tests: (input, reason) where an empty reason means valid, and
// the check that a refusal gives the expected reason.
#pragma once

#include "models/validation/check.h"

#include <QtTest>

namespace concerto::test {

// An invalid check whose message holds `reason`, or the failure message of QVERIFY2.
inline bool refusedFor(const validation::Check &check, const QString &reason, QByteArray *why) {
    *why = (check.ok() ? QStringLiteral("accepted") : check.text()).toUtf8() +
           " (expected: " + reason.toUtf8() + ")";
    return !check.ok() && check.text().contains(reason);
}

// Rows of (input, reason): the reason is empty for a valid input.
inline void addRows() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
}
inline void row(const char *name, const QString &input, const QString &reason = QString()) {
    QTest::newRow(name) << input << reason;
}
inline void rows(std::initializer_list<const char *> valid) {
    for (const char *input : valid)
        row(input, QString::fromUtf8(input));
}

// Valid when `reason` is empty, else refused with a message that holds it.
inline void verify(const validation::Check &check, const QString &reason) {
    QByteArray why;
    if (reason.isEmpty())
        QVERIFY2(check.ok(), qPrintable(check.text()));
    else
        QVERIFY2(refusedFor(check, reason, &why), why.constData());
}

} // namespace concerto::test
