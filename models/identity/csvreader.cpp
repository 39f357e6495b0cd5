// Reads CSV bytes record by record: quotes, separators and line breaks are ASCII, so the bytes are split
// first and each field decoded after, which tells the records with bytes that are not UTF-8.
#include "models/identity/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace concerto::identity {

namespace {

struct RawRecord {
    int line = 0;
    std::vector<QByteArray> fields;
    bool unclosedQuote = false;
};

// The separator the header line uses: the one of ';' and ',' it holds more of, outside quotes.
char detectSeparator(const QByteArray &bytes) {
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

std::vector<RawRecord> split(const QByteArray &bytes, char separator) {
    std::vector<RawRecord> records;
    RawRecord current{1, {}, false};
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the field began with a quote
    int line = 1;
    const qsizetype n = bytes.size();
    auto endField = [&] {
        current.fields.push_back(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < n && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && bytes.at(i + 1) == '\n')
                ++i;
            endField();
            records.push_back(std::move(current));
            current = RawRecord{++line, {}, false};
        } else {
            field += c; // after a closing quote too: kept, as spreadsheets do
        }
    }
    if (quoted)
        current.unclosedQuote = true;
    if (quoted || !field.isEmpty() || !current.fields.empty()) {
        endField();
        records.push_back(std::move(current));
    }
    return records;
}

} // namespace

CsvFile readCsv(const QByteArray &input) {
    CsvFile file;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        file.error = QCoreApplication::translate("Import", "The file is empty: it has no header line.");
        return file;
    }
    file.separator = detectSeparator(bytes);
    std::vector<RawRecord> raw = split(bytes, file.separator);
    for (std::size_t r = 0; r < raw.size(); ++r) {
        CsvRecord record;
        record.line = raw[r].line;
        QStringList fields;
        bool utf8 = true;
        for (const QByteArray &bytesOfField : raw[r].fields) {
            QStringDecoder decode(QStringDecoder::Utf8);
            fields << QString(decode(bytesOfField));
            utf8 = utf8 && !decode.hasError();
        }
        if (raw[r].unclosedQuote)
            record.error = QCoreApplication::translate(
                "Import",
                "A quote opened on this line is never closed: the rest of the file was read as one value.");
        else if (!utf8)
            record.error = QCoreApplication::translate(
                "Import",
                "The line holds characters that are not UTF-8 (the file was perhaps saved as Latin-1 or "
                "Windows-1252): save it as UTF-8 and import it again.");
        else
            record.fields = fields;
        if (r == 0) {
            if (!record.error.isEmpty()) {
                file.error = QCoreApplication::translate("Import", "The header line cannot be read: %1")
                                 .arg(record.error);
                return file;
            }
            for (const QString &name : std::as_const(record.fields))
                file.header << name.trimmed();
            continue;
        }
        file.records.push_back(std::move(record));
    }
    // Blank lines at the end of the file (editors and exports add them) are no lines of data.
    while (!file.records.empty() && file.records.back().isEmpty())
        file.records.pop_back();
    return file;
}

QByteArray csvLine(const QStringList &fields, char separator) {
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        QByteArray value = fields.at(i).toUtf8();
        if (value.contains(separator) || value.contains('"') || value.contains('\n') || value.contains('\r'))
            value = '"' + value.replace("\"", "\"\"") + '"';
        line += value;
    }
    return line;
}

} // namespace concerto::identity
