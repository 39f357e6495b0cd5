// A pushed record checked with the models' own code, as the desktop's services check it before they save:
// its body read by the domain's reader, then the identity check of a patient, the directory's checks of a
// professional and of a committee, the signing rule of a signed fiche (with its committee's quorum rule).
// Also what the sync needs to know of a record: the key it must hold alone (a fiche's set and version),
// where its organisation comes from, the patient it names, whether it is a signed fiche.
#pragma once

#include "models/domain/rcp.h"
#include "sync/protocol.h"

#include <QStringList>

namespace concerto::server {

struct RecordFacts {
    QString uniqueKey;    // a fiche's "set/version number"
    QString scopeFrom;    // the entity whose organisations it takes: rcp, session; empty when none
    QUuid scopeFromId;    // that record's id
    QUuid organisationId; // a committee's 3C (Organisation record)
    QUuid patientId;      // an inscription's or a fiche's patient
    bool signedFiche = false;
    QUuid rcpId; // a fiche's committee
};

RecordFacts factsOf(const sync::WireRecord &record);

// The faults of the record, one message each (empty: valid). `committee` is a fiche's committee when the
// server holds it (its quorum rule for the signing check); `today` the boards' date.
QStringList recordFaults(const sync::WireRecord &record, const Rcp *committee, const QDate &today);

} // namespace concerto::server
