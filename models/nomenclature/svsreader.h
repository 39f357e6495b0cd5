// Reads a value-set file in the IHE SVS format (RetrieveValueSetResponse/ValueSet/ConceptList/Concept)
// completely into memory, checking it on the way: anything else (a CDA document, a truncated or
// malformed file, a set without concepts) is refused with a message naming the file and the fault.
#pragma once

#include "models/nomenclature/valueset.h"

#include <QIODevice>
#include <optional>

namespace concerto::nomenclature {

struct ReadResult {
    std::optional<ValueSet> set;
    QString error; // in the user's language, names the file; empty on success

    explicit operator bool() const { return set.has_value(); }
};

ReadResult readValueSetFile(const QString &path);
// `fileName` is only used in messages and as the set's source.
ReadResult readValueSet(QIODevice &device, const QString &fileName);

} // namespace concerto::nomenclature
