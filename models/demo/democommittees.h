// The committees (RCPs) of the demo network: the five organ RCPs every coordination centre runs and a
// transversal supportive-care RCP, with their scope codes, schedule, quorum rule and guidelines.
#pragma once

#include "models/domain/rcp.h"

namespace concerto::demo {

enum class Committee { Digestive, Thoracic, Breast, Urology, Haematology, Supportive };
inline constexpr int kCommitteeCount = 6;
inline constexpr int kOrganCommitteeCount = 5; // the first five

// The RCP as the directory holds it, without its organisation and permanent members.
Rcp makeCommitteeRcp(Committee committee, const QString &centreName, int centreIndex);

// The specialties of the permanent members, one physician each (the first is the coordinator).
QStringList memberSpecialties(Committee committee);

// The specialty of the physicians who ask the committee for an opinion (organ specialist or surgeon).
QStringList requesterSpecialties(Committee committee);

// The specialty codes of the directory (fixed: the nomenclature defines exactly these).
const QStringList &allSpecialties();

} // namespace concerto::demo
