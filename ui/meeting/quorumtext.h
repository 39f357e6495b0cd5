// The words of a case's quorum for the meeting screen: "Quorum met", or what is missing (a required group,
// how many more specialties, the requesting physician), and who counts.
#pragma once

#include "models/validation/casequorum.h"

#include <QString>

namespace concerto {

// "Quorum met" or "Quorum not met: Radiotherapist missing; 1 more specialty".
QString quorumHeadline(const validation::CaseQuorum &quorum);
// One line per reason and per counted opinion, for the tooltip and the detail beside the badge.
QString quorumDetail(const validation::CaseQuorum &quorum);

} // namespace concerto
