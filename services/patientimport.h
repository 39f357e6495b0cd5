// The import of patients from another tool's CSV export (concerto-cli import-patients): one header line
// naming the columns, in any order: ipp, birth_name, used_name, given_names (space-separated), sex (M or
// F), birth_date (DD/MM/YYYY or YYYY-MM-DD), birth_place (INSEE code), ins, identity_status (PROV,
// RECUP, VALI, QUAL; PROV when empty). birth_name, given_names, sex and birth_date are required; a file
// without one of them, or with a column of another name, is refused whole and nothing is written.
//
// Each line then gets one outcome, in the report: imported; to-review (imported, and marked as a possible
// duplicate of a patient already there, never merged: identity/duplicates.h); already-present (a patient
// with the same INS, or else the same IPP, and the same identity is there: running a file twice imports
// nothing twice); conflict (the INS or IPP is recorded for another identity: other names, sex or birth
// date; both identities in the reason, nothing written nor mapped); or refused, with the reason (nothing
// written for that line): the identity check (NIR key, impossible, future or pre-1900 date, unknown sex,
// characters a name cannot hold, a name too long…), a wrong number of fields, bytes that are not UTF-8.
// Imported patients are ordinary journaled saves through the repository, in transactions of a few hundred
// lines.
#pragma once

#include "models/store/database.h"

#include <QByteArray>
#include <QUuid>
#include <vector>

namespace concerto::identity {

enum class ImportStatus { Imported, ToReview, AlreadyPresent, Conflict, Refused };

// "imported", "to-review", "already-present", "conflict", "refused": the status column of the report.
QString importStatusCode(ImportStatus status);

struct ImportLine {
    int line = 0; // as an editor numbers lines: the header is line 1
    ImportStatus status = ImportStatus::Refused;
    QUuid patientId;   // imported, to review, or the one already present
    QUuid duplicateOf; // to review: the patient it may be
    QString reason;    // in words: why refused, already present or to review
};

struct ImportResult {
    // The file was refused whole (nothing written), or the store failed (the lines reported before the
    // failure are saved, the others not): why, in words. Empty when the import ran to the end.
    QString error;
    bool fileRefused = false;
    std::vector<ImportLine> lines;

    int count(ImportStatus status) const;
};

struct ImportOptions {
    int linesPerTransaction = 500;
};

// Imports the patients of `csv` into `db`.
ImportResult importPatients(Database &db, const QByteArray &csv, const ImportOptions &options = {});

// The report: a header line `line,status,patient_id,duplicate_of,reason`, then one line per input line.
QByteArray importReport(const ImportResult &result);

} // namespace concerto::identity
