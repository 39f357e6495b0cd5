// The fiche RCP painted page by page: body laid out by QTextDocument, decor by pagedecor.
#include "reports/fichepdf.h"

#include "reports/fichewords.h"
#include "reports/pdfwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

namespace concerto::reports {

int paintFiche(QPainter &painter, QPagedPaintDevice &device, const FicheContext &context,
               const FicheCodeLabels &labels) {
    QTextDocument document;
    layoutBody(document, ficheHtml(context, labels), device);
    return paintPages(painter, device, document, ficheDecor(context));
}

QString ficheTitle(const FicheContext &context) {
    return QStringLiteral("Fiche RCP – %1 – %2")
        .arg(context.patient.displayName(), words::date(context.fiche.meetingDate));
}

QByteArray fichePdf(const FicheContext &context, const FicheCodeLabels &labels) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const std::unique_ptr<QPdfWriter> writer = makePdfWriter(&buffer, ficheTitle(context));
        QPainter painter(writer.get());
        paintFiche(painter, *writer, context, labels);
    }
    return stablePdf(buffer.data());
}

bool writeFichePdf(const FicheContext &context, QIODevice *out, QString *error,
                   const FicheCodeLabels &labels) {
    const QByteArray pdf = fichePdf(context, labels);
    if (!out || out->write(pdf) != pdf.size()) {
        if (error)
            *error = QCoreApplication::translate("Reports", "The PDF cannot be written: %1")
                         .arg(out ? out->errorString() : QString());
        return false;
    }
    return true;
}

bool writeFichePdf(const FicheContext &context, const QString &path, QString *error,
                   const FicheCodeLabels &labels) {
    return saveWhole(path, fichePdf(context, labels), error);
}

void printFiche(const FicheContext &context, QPrinter *printer, const FicheCodeLabels &labels) {
    printer->setDocName(ficheTitle(context));
    QPainter painter(printer);
    paintFiche(painter, *printer, context, labels);
}

} // namespace concerto::reports
