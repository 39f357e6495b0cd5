// A signed fiche with everything the documents print and export: the network, the 3C and the hospital
// with their national identifiers and addresses, the professionals with RPPS and national specialties,
// the committee, the session, a patient with a qualified identity, the case and its fiche. For the
// PDF, CDA and fiche context tests, and the start of the GUI tests that show it.
#pragma once

#include "models/domain/fiche.h"
#include "models/store/database.h"

#include <QTemporaryDir>
#include <memory>

namespace concerto::test {

struct DocumentCase {
    Fiche fiche;       // signed, as read back from the store
    QUuid networkId;   // the regional network
    QUuid centreId;    // the 3C
    QUuid hospitalId;  // the establishment of the professionals
    QUuid requesterId; // requesting physician
    QUuid coordinatorId;
    QUuid gpId; // the patient's GP
};

// Saves the whole case and signs its fiche; `unsigned` leaves the fiche unsigned. Fails the current
// test (QVERIFY) when a save is refused.
DocumentCase saveDocumentCase(Database &db, bool signFiche = true);

// The start of a GUI test on the document case, for its initTestCase: standard paths in test mode, the
// user's settings in the file "settings" of `dir`, the English texts, a new database `fileName` in `dir`
// holding the signed document case (put in `saved`). Fails the current test when the database cannot be
// created (returning null, with the reason) or a save is refused.
std::unique_ptr<Database> openDocumentTestDatabase(const QTemporaryDir &dir, const QString &fileName,
                                                   DocumentCase &saved);

} // namespace concerto::test
