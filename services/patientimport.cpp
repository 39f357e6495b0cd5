// The import of patients: the header checked first (refused whole, nothing written), then each line
// read into a Patient, checked like any identity (validation::checkPatientIdentity), looked up by INS
// and IPP, compared with the identities born the same day, and saved, a batch of lines a transaction.
#include "services/patientimport.h"
#include "models/identity/csvreader.h"
#include "models/validation/ins.h"
#include "models/validation/patientcheck.h"
#include "services/duplicatesearch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace concerto::identity {

namespace {

enum Column {
    Ipp,
    BirthName,
    UsedName,
    GivenNames,
    SexColumn,
    BirthDate,
    BirthPlace,
    Ins,
    Status,
    ColumnCount
};
const char *const kColumnNames[ColumnCount] = {"ipp",         "birth_name", "used_name",
                                               "given_names", "sex",        "birth_date",
                                               "birth_place", "ins",        "identity_status"};
const Column kRequired[] = {BirthName, GivenNames, SexColumn, BirthDate};

// Where each column is in the file, or why the header is refused.
QString readHeader(const QStringList &header, std::array<int, ColumnCount> &where) {
    where.fill(-1);
    QStringList unknown;
    QStringList twice;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == QLatin1String(kColumnNames[c]))
                column = c;
        if (column < 0)
            unknown << (header.at(i).isEmpty() ? QCoreApplication::translate("Import", "(an empty name)")
                                               : header.at(i));
        else if (where[std::size_t(column)] >= 0)
            twice << header.at(i);
        else
            where[std::size_t(column)] = i;
    }
    QStringList missing;
    for (Column c : kRequired)
        if (where[c] < 0)
            missing << QLatin1String(kColumnNames[c]);
    QStringList problems;
    if (!missing.isEmpty())
        problems << QCoreApplication::translate("Import", "required columns missing: %1")
                        .arg(missing.join(QLatin1String(", ")));
    if (!unknown.isEmpty())
        problems << QCoreApplication::translate("Import", "columns this import does not know: %1")
                        .arg(unknown.join(QLatin1String(", ")));
    if (!twice.isEmpty())
        problems << QCoreApplication::translate("Import", "columns named twice: %1")
                        .arg(twice.join(QLatin1String(", ")));
    if (problems.isEmpty())
        return {};
    QStringList expected;
    for (const char *name : kColumnNames)
        expected << QLatin1String(name);
    return QCoreApplication::translate("Import", "The file was refused and nothing was imported: %1. The "
                                                 "header line (line 1) names the columns, "
                                                 "separated by ';' or ',': %2.")
        .arg(problems.join(QLatin1String("; ")), expected.join(QLatin1String(", ")));
}

// A birth date as the file writes it, or why it cannot be one.
QDate birthDate(const QString &text, QString *error) {
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (text.isEmpty())
        return {}; // the identity check says it is missing
    QDate date;
    if (const QRegularExpressionMatch m = french.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const QRegularExpressionMatch i = iso.match(text); i.hasMatch())
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    else {
        *error = QCoreApplication::translate("Import",
                                             "The birth date \"%1\" is not written DD/MM/YYYY or YYYY-MM-DD.")
                     .arg(text);
        return {};
    }
    if (!date.isValid())
        *error = QCoreApplication::translate("Import", "The birth date \"%1\" does not exist.").arg(text);
    return date;
}

// The patient a line describes, or why the line is refused.
Patient readPatient(const QStringList &fields, const std::array<int, ColumnCount> &where, const QDate &today,
                    QString *error) {
    auto value = [&](Column c) { return where[c] < 0 ? QString() : fields.at(where[c]).trimmed(); };
    Patient p;
    QStringList problems;
    p.ipp = value(Ipp);
    p.birthName = value(BirthName);
    p.usedName = value(UsedName);
    p.birthGivenNames =
        value(GivenNames).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    const QString sex = value(SexColumn).toUpper();
    if (sex == QLatin1String("M") || sex == QLatin1String("F"))
        p.sex = Patient::sexFromCode(sex);
    else if (!sex.isEmpty())
        problems << QCoreApplication::translate("Import", "The sex \"%1\" is unknown: M or F.")
                        .arg(value(SexColumn));
    QString dateError;
    p.birthDate = birthDate(value(BirthDate), &dateError);
    if (!dateError.isEmpty())
        problems << dateError;
    p.birthPlaceCode = value(BirthPlace).toUpper();
    p.ins = normalizedIns(value(Ins));
    const QString status = value(Status).toUpper();
    bool known = true;
    if (!status.isEmpty())
        p.identityStatus = Patient::identityStatusFromCode(status, &known);
    if (!known)
        problems << QCoreApplication::translate(
                        "Import", "The identity status \"%1\" is unknown: PROV, RECUP, VALI or QUAL.")
                        .arg(value(Status));
    // A date or sex that could not be read is said once, not again as missing.
    const QString missingDate = QCoreApplication::translate("Validation", "The birth date is missing.");
    const QString missingSex = QCoreApplication::translate("Validation", "The sex is missing.");
    for (const QString &message : validation::checkPatientIdentity(p, today).messages)
        if ((dateError.isEmpty() || message != missingDate) && (sex.isEmpty() || message != missingSex))
            problems << message;
    problems.removeDuplicates();
    *error = problems.join(QLatin1Char(' '));
    return p;
}

QString fieldCountProblem(const CsvRecord &record, int expected, char separator) {
    const int found = int(record.fields.size());
    if (found > expected)
        return QCoreApplication::translate("Import", "The line has %1 fields where the header has %2: a "
                                                     "value holding the separator '%3' must be "
                                                     "put between quotes.")
            .arg(found)
            .arg(expected)
            .arg(QLatin1Char(separator));
    const QChar other = QLatin1Char(separator == ';' ? ',' : ';');
    if (record.fields.join(QString()).contains(other))
        return QCoreApplication::translate("Import", "The line has %1 fields where the header has %2: it "
                                                     "seems to separate them with '%3' where the "
                                                     "header uses '%4'.")
            .arg(found)
            .arg(expected)
            .arg(other)
            .arg(QLatin1Char(separator));
    return QCoreApplication::translate("Import", "The line has %1 fields where the header has %2.")
        .arg(found)
        .arg(expected);
}

// An identity in words for the report: names, sex, birth date.
QString identityText(const Patient &p) {
    return QStringLiteral("%1, %2, %3")
        .arg(p.displayName(), Patient::sexCode(p.sex), p.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
}

// Whether the line's identity is the one recorded under its INS or IPP: the same sex and birth date, and
// the same birth name and first given name but for accents, case and hyphens (or the line's birth
// name recorded as the used name). Anything else is another person, or an error to look at.
bool sameIdentity(const Patient &recorded, const Patient &line) {
    const std::optional<DuplicateReason> alike = resemblance(recorded, line);
    return alike && (*alike == DuplicateReason::SameNames || *alike == DuplicateReason::BirthAndUsedName);
}

// The outcome of one line that reads as a valid identity, saved when it is new.
StoreResult importOne(PatientRepository &patients, Patient &p, ImportLine &out) {
    StoreRead<std::optional<Patient>> same = p.ins.isEmpty()
                                                 ? StoreRead<std::optional<Patient>>::success(std::nullopt)
                                                 : patients.findByIns(p.ins);
    if (same.ok() && !same.value && !p.ipp.isEmpty())
        same = patients.findByIpp(p.ipp);
    if (!same.ok())
        return StoreResult::failure(same.error);
    if (same.value) {
        const bool byIns = !p.ins.isEmpty() && normalizedIns(same.value->ins) == p.ins;
        if (!sameIdentity(*same.value, p)) {
            // Never mapped to someone else: both identities said, for a person to sort out.
            out.status = ImportStatus::Conflict;
            out.reason = (byIns ? QCoreApplication::translate(
                                      "Import", "The INS %1 is already recorded for another identity: %2 "
                                                "(patient %3); this line gives %4. Nothing was imported "
                                                "for this line: check both identities.")
                                : QCoreApplication::translate(
                                      "Import", "The IPP %1 is already recorded for another identity: %2 "
                                                "(patient %3); this line gives %4. Nothing was imported "
                                                "for this line: check both identities."))
                             .arg(byIns ? p.ins : p.ipp, identityText(*same.value),
                                  json::idText(same.value->meta.id), identityText(p));
            return StoreResult::success();
        }
        out.status = ImportStatus::AlreadyPresent;
        out.patientId = same.value->meta.id;
        out.reason =
            byIns ? QCoreApplication::translate("Import", "A patient with this INS is already recorded.")
                  : QCoreApplication::translate("Import", "A patient with this IPP is already recorded.");
        return StoreResult::success();
    }
    const StoreRead<std::vector<DuplicateCandidate>> alike = duplicatesOf(patients, p);
    if (!alike.ok())
        return StoreResult::failure(alike.error);
    if (!alike->empty()) {
        const DuplicateCandidate &first = alike->front();
        p.possibleDuplicateOf = first.patient.meta.id;
        p.possibleDuplicateReason = reasonCode(first.reason);
        out.status = ImportStatus::ToReview;
        out.duplicateOf = first.patient.meta.id;
        out.reason = QCoreApplication::translate("Import", "May be %1 (%2): imported apart, to review.")
                         .arg(first.patient.displayName(), describe(first.reason));
    } else {
        out.status = ImportStatus::Imported;
    }
    if (StoreResult saved = patients.save(p); !saved)
        return saved;
    out.patientId = p.meta.id;
    return StoreResult::success();
}

} // namespace

QString importStatusCode(ImportStatus status) {
    switch (status) {
    case ImportStatus::Imported:
        return QStringLiteral("imported");
    case ImportStatus::ToReview:
        return QStringLiteral("to-review");
    case ImportStatus::AlreadyPresent:
        return QStringLiteral("already-present");
    case ImportStatus::Conflict:
        return QStringLiteral("conflict");
    case ImportStatus::Refused:
        break;
    }
    return QStringLiteral("refused");
}

int ImportResult::count(ImportStatus status) const {
    return int(std::count_if(lines.begin(), lines.end(),
                             [status](const ImportLine &l) { return l.status == status; }));
}

ImportResult importPatients(Database &db, const QByteArray &csv, const ImportOptions &options) {
    ImportResult result;
    const CsvFile file = readCsv(csv);
    std::array<int, ColumnCount> where{};
    result.error = file.error.isEmpty() ? readHeader(file.header, where) : file.error;
    if (!result.error.isEmpty()) {
        result.fileRefused = true;
        return result;
    }
    PatientRepository patients(db);
    const QDate today = db.now().date();
    const int columns = int(file.header.size());
    for (std::size_t start = 0; start < file.records.size();) {
        const std::size_t end =
            std::min(file.records.size(), start + std::size_t(std::max(1, options.linesPerTransaction)));
        std::vector<ImportLine> batch;
        WriteTransaction tx(db);
        if (!tx.isActive()) {
            result.error = tx.error();
            return result;
        }
        for (std::size_t r = start; r < end; ++r) {
            const CsvRecord &record = file.records[r];
            ImportLine line;
            line.line = record.line;
            if (!record.error.isEmpty())
                line.reason = record.error;
            else if (record.isEmpty())
                line.reason = QCoreApplication::translate("Import", "The line is empty.");
            else if (record.fields.size() != columns)
                line.reason = fieldCountProblem(record, columns, file.separator);
            else {
                QString problem;
                Patient p = readPatient(record.fields, where, today, &problem);
                if (!problem.isEmpty())
                    line.reason = problem;
                else if (StoreResult saved = importOne(patients, p, line); !saved) {
                    result.error =
                        QCoreApplication::translate(
                            "Import", "The import stopped at line %1 (the lines before it are saved): %2")
                            .arg(record.line)
                            .arg(saved.error);
                    return result; // the batch rolls back: its lines are not reported
                }
            }
            batch.push_back(std::move(line));
        }
        if (!tx.commit()) {
            result.error = QCoreApplication::translate(
                               "Import", "The import stopped at line %1 (the lines before it are saved): %2")
                               .arg(file.records[start].line)
                               .arg(tx.error());
            return result;
        }
        result.lines.insert(result.lines.end(), batch.begin(), batch.end());
        start = end;
    }
    return result;
}

QByteArray importReport(const ImportResult &result) {
    QByteArray report = "line,status,patient_id,duplicate_of,reason\n";
    auto id = [](const QUuid &u) { return u.isNull() ? QString() : json::idText(u); };
    for (const ImportLine &l : result.lines)
        report += csvLine({QString::number(l.line), importStatusCode(l.status), id(l.patientId),
                           id(l.duplicateOf), l.reason}) +
                  '\n';
    return report;
}

} // namespace concerto::identity
