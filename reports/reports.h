// The reports library: fiche RCP and agenda as PDF, CDA export, indicators. Filled by later work.
#pragma once

#include <QString>

namespace concerto::reports {

// Name of the library, shown in the About box.
QString libraryName();

} // namespace concerto::reports
