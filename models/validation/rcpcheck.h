// What the committee editor checks before an RCP of the directory is saved, each fault tied to the
// field it is shown at: a name; a known nature with its scope (appareil for an organ RCP, a theme for a
// transversal one); a schedule that can happen (weekday 1–7, week of the month 1–5 or every 1–12
// weeks, a time, a duration, registration days, an http(s) video link); guidelines with a name; a
// quorum rule whose groups have a label and national specialty codes and can give the minimum number
// of distinct specialties it asks for. The national identifier is the directory check's
// (directorycheck.h), added here as a fault of its field.
#pragma once

#include "models/domain/rcp.h"
#include "models/validation/check.h"

#include <vector>

namespace concerto::validation {

enum class RcpField {
    Name,
    NationalId,
    Nature,
    Scope, // appareil and organs, or theme
    Weekday,
    Recurrence, // every n weeks, or week of the month
    Time,
    RegistrationDays,
    VideoLink,
    Guidelines,
    QuorumGroups,
    QuorumMinimum,
};

struct RcpFault {
    RcpField field;
    QString message;
};

// Every fault of the committee, in the order of the editor's fields.
std::vector<RcpFault> rcpFaults(const Rcp &rcp);
// The faults of one field.
QStringList faultsOf(const std::vector<RcpFault> &faults, RcpField field);
// All of them as one Check.
Check checkRcp(const Rcp &rcp);

// How many distinct specialties the required groups can give at most, one physician per group (each
// group matched to a different specialty among its own).
int specialtiesGroupsCanGive(const QuorumRule &rule);

} // namespace concerto::validation
