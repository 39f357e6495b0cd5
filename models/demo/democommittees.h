// The committees (RCPs) of the demo network: the five organ RCPs every coordination centre runs and a
// transversal supportive-care RCP, with their national identifier, scope codes, schedule, quorum rule
// (national specialty codes) and guidelines.
#pragma once

#include "models/domain/rcp.h"

namespace concerto::demo {

enum class Committee { Digestive, Thoracic, Breast, Urology, Haematology, Supportive };
inline constexpr int kCommitteeCount = 6;
inline constexpr int kOrganCommitteeCount = 5; // the first five

// The specialty of the demo's general practitioners: TRE_R38 "Qualifié en Médecine générale".
inline constexpr const char *kGeneralPractice = "SM26";

// The demo's national identifiers (the FRCP header's "RRC", "gestionnaire RCP" and RCP ids): the network
// "7601" (region 76, Occitanie), a 3C the network's id and its number ("760101"), an RCP its 3C's id and
// the committee's number ("76010101"). Made up: real ones come from the national directory.
QString networkNationalId();
QString coordinationCentreNationalId(int centreIndex);

// The RCP as the directory holds it, without its organisation and permanent members.
Rcp makeCommitteeRcp(Committee committee, const QString &centreName, int centreIndex);

// The specialties (TRE_R38 codes) of the permanent members, one physician each (the first is the
// coordinator).
QStringList memberSpecialties(Committee committee);

// The specialties (TRE_R38 codes) of the physicians who ask the committee for an opinion (organ specialist
// or surgeon).
QStringList requesterSpecialties(Committee committee);

} // namespace concerto::demo
