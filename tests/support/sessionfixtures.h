// A session with three cases for the tests of the session documents: the document case (discussed,
// signed fiche), a second discussed case placed after it on the agenda (unsigned fiche, a question with
// markup characters), and a case registered without discussion placed first by its agenda order (it
// must still be listed apart, after the cases to discuss).
#pragma once

#include "tests/support/documentfixtures.h"

namespace concerto::test {

struct SessionCase {
    DocumentCase first; // MARTIN Marie, signed fiche
    QUuid sessionId;
    QUuid secondFicheId;     // DURAND Paul, discussed, unsigned
    QUuid registeredFicheId; // BERNARD Lucie, registered, unsigned
};

SessionCase saveSessionCase(Database &db);

} // namespace concerto::test
