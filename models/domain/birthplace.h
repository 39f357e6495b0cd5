// The words for an INSEE birth place code: the department (or overseas territory) a commune code
// belongs to, or a birth abroad (codes 99xxx name the country). No commune table ships with Concerto,
// so the commune itself is shown by its code.
#pragma once

#include <QString>

namespace concerto::birthplace {

// "Bouches-du-Rhône (13)" for 13055; "Born abroad" for 99xxx; empty for a code that is not a
// well-formed INSEE place code (5 characters: 2 digits or 2A/2B, then 3 digits).
QString departmentText(const QString &code);

// What a screen shows: "13055 · Bouches-du-Rhône (13)", the code alone when its department is unknown,
// empty when there is no code.
QString label(const QString &code);

} // namespace concerto::birthplace
