// A CSV file as another tool exports it: UTF-8 with or without a byte-order mark, fields separated by ';'
// or ',' (the one the header uses), quoted with '"' when they hold the separator, a quote or a line
// break ("" inside quotes is one quote), lines ended by LF or CRLF. Each record keeps the line it
// starts on, as an editor numbers lines (the header is line 1), and says what is wrong with it
// instead of guessing: bytes that are not UTF-8 (a file saved as Latin-1), a quote never closed.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace concerto::identity {

struct CsvRecord {
    int line = 0;       // the line it starts on
    QStringList fields; // decoded; empty when `error` is set
    QString error;      // why the record cannot be read, in words; empty when it can
    // A blank line, or separators only (a spreadsheet's empty row).
    bool isEmpty() const {
        return error.isEmpty() && std::all_of(fields.begin(), fields.end(),
                                              [](const QString &f) { return f.trimmed().isEmpty(); });
    }
};

struct CsvFile {
    char separator = ';';
    QStringList header;             // the first record, fields trimmed
    std::vector<CsvRecord> records; // the records after the header
    QString error;                  // the file cannot be read at all (empty, no header); empty otherwise
};

CsvFile readCsv(const QByteArray &bytes);

// One record as CSV text with `separator`: fields quoted when they need it.
QByteArray csvLine(const QStringList &fields, char separator = ',');

} // namespace concerto::identity
