// Duplicate identities, a patient-safety hazard (RNIV): the one rule that says two identities may be the
// same person, used by the identity editor before a save, by the import of patients and by the
// `duplicates` command over the whole registry (services/duplicatesearch.h reads the store).
//
// Two identities may be the same person when they have the same birth date and the same sex (both
// known) and names that differ only by what a person typing them gets wrong: accents, case, hyphens
// and spaces (SameNames); a birth name recorded as the other's used name (BirthAndUsedName); the birth
// name and the first given name swapped (SwappedNames); or one letter typed wrong, missing, extra or
// two letters inverted, in the surname or in the given name, not both (OneLetter). Two people born
// the same day with the same surname but other given names (twins) are not.
#pragma once

#include "models/domain/patient.h"

#include <optional>

namespace concerto::identity {

enum class DuplicateReason { SameNames, BirthAndUsedName, SwappedNames, OneLetter };

// Whether `a` and `b` may be the same person, and why (the strongest reason when several hold).
std::optional<DuplicateReason> resemblance(const Patient &a, const Patient &b);

// The reason in words, for the screens, the import report and the `duplicates` command.
QString describe(DuplicateReason reason);
// The code stored on a patient marked for review (Patient::possibleDuplicateReason), and back.
QString reasonCode(DuplicateReason reason);
std::optional<DuplicateReason> reasonFromCode(const QString &code);

// Whether two texts are the same but for one letter replaced, added, removed, or two neighbours
// inverted (and not equal).
bool differByOneLetter(const QString &a, const QString &b);

struct DuplicateCandidate {
    Patient patient;
    DuplicateReason reason;
};

struct DuplicatePair {
    Patient first; // the one first in the list's order
    Patient second;
    DuplicateReason reason;
};

} // namespace concerto::identity
