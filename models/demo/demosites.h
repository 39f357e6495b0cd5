// The places and people of the demo network's directory: the network's seat, the coordination centres
// with the establishments they coordinate (name, national type, address), and how many physicians of
// each specialty a centre has.
#pragma once

#include <utility>

namespace concerto::demo {

// A place of the directory: its name, national type (TRE_R02) and address.
struct Place {
    const char *name;
    const char *type; // SA01 public, SA04 private clinic, SA36 cancer centre; empty for the network
    const char *houseNumber;
    const char *street;
    const char *postalCode;
    const char *city;
};

// A coordination centre: its city and département, and the establishments it coordinates, the first one
// its host (the 3C's FINESS and address are the host's).
struct CentreSite {
    const char *city;
    const char *departement;
    const char *centre;
    Place establishments[3];
};

extern const Place kNetworkSeat;

inline constexpr int kCentreSiteCount = 8;
extern const CentreSite kCentreSites[kCentreSiteCount];

// Physicians of each specialty (TRE_R38 code) in a centre; general practitioners are counted apart.
inline constexpr int kStaffingCount = 22;
extern const std::pair<const char *, int> kStaffing[kStaffingCount];

} // namespace concerto::demo
