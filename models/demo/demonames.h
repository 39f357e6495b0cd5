// Word lists of the demo data: French family and given names (accents, hyphens, apostrophes), communes
// with their INSEE and postal codes (Corsica included), countries of birth (INSEE 99xxx), streets.
#pragma once

#include <cstddef>

namespace concerto::demo {

struct Commune {
    const char *name;
    const char *insee; // 5 characters: département (2, or 2A/2B) + commune (3)
    const char *postalCode;
};

struct Country {
    const char *name;
    const char *insee; // 99xxx
};

// All strings are UTF-8.
extern const char *const kFamilyNames[];
extern const std::size_t kFamilyNameCount;
extern const char *const kFemaleGivenNames[];
extern const std::size_t kFemaleGivenNameCount;
extern const char *const kMaleGivenNames[];
extern const std::size_t kMaleGivenNameCount;
extern const char *const kStreets[];
extern const std::size_t kStreetCount;

// Where patients live (the region's communes) and where they may be born (these and others).
extern const Commune kRegionCommunes[];
extern const std::size_t kRegionCommuneCount;
extern const Commune kBirthCommunes[];
extern const std::size_t kBirthCommuneCount;
extern const Country kCountries[];
extern const std::size_t kCountryCount;

} // namespace concerto::demo
