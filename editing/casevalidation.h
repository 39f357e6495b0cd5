// The checks of a case's working copy, message by field path (the paths of jsonpath.h), reusing models'
// validation and staging: a TNM category that is not written right or does not exist for the site, a
// missing TNM edition, a topography or morphology that is malformed or not in the imported national
// value sets, a date of diagnosis before birth or in the future, other impossible dates (in the future,
// before birth, a treatment ending before it starts), a WHO status outside 0–4.
#pragma once

#include "models/domain/inscription.h"

#include <functional>
#include <map>

namespace concerto::editing {

using FieldMessages = std::map<QString, QStringList>;

struct ValidationContext {
    QDate birthDate; // the patient's; not compared when invalid
    QDate today;
    // Whether a code is in the imported value set; empty when the set is not loaded (not checked then).
    std::function<bool(const QString &)> knownTopography;
    std::function<bool(const QString &)> knownMorphology;
};

FieldMessages validateCase(const Inscription &c, const ValidationContext &context);

} // namespace concerto::editing
