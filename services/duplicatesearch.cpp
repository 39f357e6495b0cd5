// Looking for the identities of the registry that may be the same person, with the one rule of
// models/identity/duplicates.h.
#include "services/duplicatesearch.h"

#include <map>

namespace concerto::identity {

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
