// Folding of names for search and duplicate detection: no accents, upper case, hyphens and
// apostrophes as spaces ("Lefèvre-D'Aubigné" -> "LEFEVRE D AUBIGNE").
#pragma once

#include <QString>

namespace concerto {

QString searchKey(const QString &text);

} // namespace concerto
