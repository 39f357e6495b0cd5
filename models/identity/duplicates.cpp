// The duplicate-identity rule, and where it looks: the patients born the same day, of the same sex.
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

StoreRead<std::vector<DuplicateCandidate>> duplicatesOf(const PatientRepository &patients,
                                                        const Patient &patient) {
    StoreRead<std::vector<Patient>> sameDay = patients.bornOn(patient.birthDate, patient.sex);
    if (!sameDay.ok())
        return StoreRead<std::vector<DuplicateCandidate>>::failure(sameDay.error);
    std::vector<DuplicateCandidate> found;
    for (Patient &other : *sameDay) {
        if (!patient.meta.id.isNull() && other.meta.id == patient.meta.id)
            continue;
        if (const std::optional<DuplicateReason> reason = resemblance(patient, other))
            found.push_back({std::move(other), *reason});
    }
    return StoreRead<std::vector<DuplicateCandidate>>::success(std::move(found));
}

namespace {

// A cheap first test on the folded names of the list, wider than resemblance(): a surname in common or
// one letter apart, or each birth name at the start of the other's given names. Only the pairs that pass it
// are read whole and given the real test.
bool mayResemble(const PatientRepository::FoldedIdentity &a, const PatientRepository::FoldedIdentity &b) {
    auto near = [](const QString &x, const QString &y) {
        return !x.isEmpty() && !y.isEmpty() && (x == y || differByOneLetter(x, y));
    };
    if (near(a.birthName, b.birthName) || near(a.birthName, b.usedName) || near(a.usedName, b.birthName) ||
        near(a.usedName, b.usedName))
        return true;
    // Swapped: each birth name begins the other's given names.
    return !a.birthName.isEmpty() && !b.birthName.isEmpty() && b.givenNames.startsWith(a.birthName) &&
           a.givenNames.startsWith(b.birthName);
}

} // namespace

StoreRead<std::vector<DuplicatePair>> findAllDuplicates(const PatientRepository &patients) {
    using Read = StoreRead<std::vector<DuplicatePair>>;
    const StoreRead<std::vector<PatientRepository::FoldedIdentity>> all = patients.foldedIdentities();
    if (!all.ok())
        return Read::failure(all.error);
    std::vector<std::pair<QString, QString>> likely;
    const std::vector<PatientRepository::FoldedIdentity> &rows = *all;
    for (std::size_t start = 0; start < rows.size();) {
        std::size_t end = start + 1;
        while (end < rows.size() && rows[end].birthDate == rows[start].birthDate &&
               rows[end].sex == rows[start].sex)
            ++end;
        for (std::size_t i = start; i < end; ++i)
            for (std::size_t j = i + 1; j < end; ++j)
                if (mayResemble(rows[i], rows[j]))
                    likely.emplace_back(rows[i].id, rows[j].id);
        start = end;
    }
    std::map<QString, Patient> read;
    auto record = [&](const QString &id) -> StoreRead<const Patient *> {
        auto it = read.find(id);
        if (it == read.end()) {
            StoreRead<std::optional<Patient>> found = patients.find(QUuid::fromString(id));
            if (!found.ok())
                return StoreRead<const Patient *>::failure(found.error);
            if (!found.value)
                return StoreRead<const Patient *>::success(nullptr);
            it = read.emplace(id, std::move(*found.value)).first;
        }
        return StoreRead<const Patient *>::success(&it->second);
    };
    std::vector<DuplicatePair> pairs;
    for (const auto &[first, second] : likely) {
        const StoreRead<const Patient *> a = record(first);
        const StoreRead<const Patient *> b = a.ok() ? record(second) : a;
        if (!a.ok() || !b.ok())
            return Read::failure(a.ok() ? b.error : a.error);
        if (!*a || !*b)
            continue;
        if (const std::optional<DuplicateReason> reason = resemblance(**a, **b)) {
            const bool inOrder = searchKey((*a)->birthName) <= searchKey((*b)->birthName);
            pairs.push_back({inOrder ? **a : **b, inOrder ? **b : **a, *reason});
        }
    }
    return Read::success(std::move(pairs));
}

} // namespace concerto::identity
