// Printing and saving the fiche of a preview, with the dialogs a user expects.
#include "ui/printing/ficheactions.h"

#include "reports/fichepdf.h"
#include "reports/outputfile.h"
#include "reports/sessionpdf.h"
#include "ui/printing/fichepreview.h"
#include "ui/printing/printpreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace concerto::ficheactions {

QString defaultFileName(const FichePreview &preview) {
    const reports::FicheContext *c = preview.context();
    if (!c)
        return {};
    // "01-MARTIN-Marie-v2.pdf" without its place in a session's folder.
    return QStringLiteral("Fiche-RCP-") + reports::ficheFileName(0, *c).mid(3);
}

QString saveAs(const FichePreview &preview, const QString &path, const QString &databasePath) {
    const reports::FicheContext *c = preview.context();
    if (!c)
        return QCoreApplication::translate("concerto::FichesWorkspace", "Select a fiche first.");
    QString error;
    // As every output: whole or not at all, and never over the database, a folder or a device.
    if (!reports::saveOutputFile(path, reports::fichePdf(*c, preview.labels()), &error, databasePath))
        return error.isEmpty() ? QCoreApplication::translate("concerto::FichesWorkspace",
                                                             "The file could not be written.")
                               : error;
    return {};
}

void print(const FichePreview &preview, QWidget *parent) {
    const reports::FicheContext *c = preview.context();
    if (!c)
        return;
    // The pages as they will print, then the printer's dialog from the preview's own Print button.
    const std::unique_ptr<PrintPreview> dialog = PrintPreview::ofFiche(*c, preview.labels(), parent);
    dialog->exec();
}

void saveAsPdf(const FichePreview &preview, const QString &databasePath, QWidget *parent) {
    if (!preview.hasFiche())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("concerto::FichesWorkspace", "Save the fiche as PDF"),
        QDir(folder).filePath(defaultFileName(preview)),
        QCoreApplication::translate("concerto::FichesWorkspace", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = saveAs(preview, path, databasePath);
    if (!error.isEmpty())
        QMessageBox::warning(
            parent, QCoreApplication::translate("concerto::FichesWorkspace", "Save as PDF"),
            QCoreApplication::translate("concerto::FichesWorkspace", "The fiche could not be saved as %1: %2")
                .arg(QDir::toNativeSeparators(path), error));
}

} // namespace concerto::ficheactions
