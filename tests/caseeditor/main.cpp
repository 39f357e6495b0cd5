// Test helper for tst_twoeditors: one Concerto process editing one case. Opens the case, sets one text
// field, writes its draft, prints "ready", then saves when it reads "save" on its input and prints
// "saved" (exit 0) or "refused" and the reason (exit 1).
#include "editing/casedocument.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace concerto;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments(); // DATABASE CASE_ID FIELD VALUE
    if (args.size() != 5)
        return 2;
    QString error;
    std::unique_ptr<Database> db = Database::open(args.at(1), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto document = editing::CaseDocument::open(*db, QUuid::fromString(args.at(2)), &error);
    if (!document || !document->setText(args.at(3), args.at(4)) || !document->flushDraft()) {
        std::fprintf(stderr, "%s\n", qPrintable(document ? document->draftError() : error));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QTextStream in(stdin);
    if (in.readLine() != QLatin1String("save"))
        return 2;
    if (!document->save()) {
        std::printf("refused\n%s\n", qPrintable(document->lastError()));
        return 1;
    }
    std::printf("saved\n");
    return 0;
}
