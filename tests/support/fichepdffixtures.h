// Fiche contexts for the tests of the printed documents: the document case of documentfixtures.h read
// back as the PDF reads it, and the changes that make it long (several pages) or amended.
#pragma once

#include "reports/fichecontext.h"

namespace concerto::test {

// Saves the document case (signed or not) and reads its context; fails the test when it cannot.
reports::FicheContext documentContext(Database &db, bool signFiche = true);

// Adds enough test results, treatments and report text for the fiche to take three pages or more.
void makeLong(reports::FicheContext &context);

} // namespace concerto::test
