// The duplicate-identity rule: whether two identities may be the same person, and why.
#include "models/identity/duplicates.h"
#include "models/domain/searchkey.h"

#include <QCoreApplication>
#include <cstdlib>
#include <map>

namespace concerto::identity {

namespace {

// A name as the rule compares it: folded, without spaces ("Lefèvre-Dupré" -> LEFEVREDUPRE).
QString compact(const QString &name) {
    return searchKey(name).remove(QLatin1Char(' '));
}

// The names of one identity, folded.
struct Names {
    QStringList surnames; // birth name, then used name when there is one
    QString birthName;
    QString firstGiven;
    QStringList givens; // first given name, all given names together, used given name

    explicit Names(const Patient &p)
        : birthName(compact(p.birthName))
        , firstGiven(compact(p.firstGivenName())) {
        surnames << birthName;
        const QString used = compact(p.usedName);
        if (!used.isEmpty() && used != birthName)
            surnames << used;
        givens << firstGiven << compact(p.birthGivenNames.join(QLatin1Char(' '))) << compact(p.usedGivenName);
        givens.removeAll(QString());
        givens.removeDuplicates();
    }
};

bool anyEqual(const QStringList &a, const QStringList &b) {
    for (const QString &x : a)
        if (b.contains(x))
            return true;
    return false;
}

bool anyOneLetter(const QStringList &a, const QStringList &b) {
    for (const QString &x : a)
        for (const QString &y : b)
            if (differByOneLetter(x, y))
                return true;
    return false;
}

} // namespace

bool differByOneLetter(const QString &a, const QString &b) {
    const QStringView x(a);
    const QStringView y(b);
    const qsizetype lx = x.size();
    const qsizetype ly = y.size();
    if (std::abs(lx - ly) > 1 || lx == 0 || ly == 0 || x == y)
        return false;
    qsizetype i = 0;
    while (i < lx && i < ly && x[i] == y[i])
        ++i;
    if (lx == ly) {
        // One letter replaced, or two neighbours inverted.
        if (x.mid(i + 1) == y.mid(i + 1))
            return true;
        return i + 1 < lx && x[i] == y[i + 1] && x[i + 1] == y[i] && x.mid(i + 2) == y.mid(i + 2);
    }
    // One letter added or removed.
    return lx > ly ? x.mid(i + 1) == y.mid(i) : x.mid(i) == y.mid(i + 1);
}

std::optional<DuplicateReason> resemblance(const Patient &a, const Patient &b) {
    if (!a.birthDate.isValid() || a.birthDate != b.birthDate || a.sex == Sex::Unknown || a.sex != b.sex)
        return std::nullopt;
    const Names na(a);
    const Names nb(b);
    if (na.birthName.isEmpty() || nb.birthName.isEmpty())
        return std::nullopt;
    const bool sameGiven = anyEqual(na.givens, nb.givens);
    if (sameGiven && na.birthName == nb.birthName)
        return DuplicateReason::SameNames;
    if (sameGiven && anyEqual(na.surnames, nb.surnames))
        return DuplicateReason::BirthAndUsedName;
    if (!na.firstGiven.isEmpty() && !nb.firstGiven.isEmpty() && na.birthName == nb.firstGiven &&
        na.firstGiven == nb.birthName)
        return DuplicateReason::SwappedNames;
    if ((sameGiven && anyOneLetter(na.surnames, nb.surnames)) ||
        (anyEqual(na.surnames, nb.surnames) && anyOneLetter(na.givens, nb.givens)))
        return DuplicateReason::OneLetter;
    return std::nullopt;
}

QString describe(DuplicateReason reason) {
    switch (reason) {
    case DuplicateReason::SameNames:
        return QCoreApplication::translate("Duplicates", "same birth date, sex and names");
    case DuplicateReason::BirthAndUsedName:
        return QCoreApplication::translate(
            "Duplicates",
            "same birth date, sex and given name; the birth name of one is the used name of the other");
    case DuplicateReason::SwappedNames:
        return QCoreApplication::translate("Duplicates",
                                           "same birth date and sex; birth name and given name swapped");
    case DuplicateReason::OneLetter:
        return QCoreApplication::translate("Duplicates",
                                           "same birth date and sex; names differ by one letter");
    }
    return {};
}

namespace {
const CodeTable<DuplicateReason, 4> kReasons{{{DuplicateReason::SameNames, "same-names"},
                                              {DuplicateReason::BirthAndUsedName, "birth-and-used-name"},
                                              {DuplicateReason::SwappedNames, "swapped-names"},
                                              {DuplicateReason::OneLetter, "one-letter"}}};
} // namespace

QString reasonCode(DuplicateReason reason) {
    return codeOf(kReasons, reason);
}

std::optional<DuplicateReason> reasonFromCode(const QString &code) {
    bool known = false;
    const DuplicateReason reason = enumOf(kReasons, code, &known);
    return known ? std::optional<DuplicateReason>(reason) : std::nullopt;
}

} // namespace concerto::identity
