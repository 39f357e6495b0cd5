// Print… and Save as PDF… of the fiche a FichePreview shows: shared by the Fiches workspace and the
// fiche window opened from a patient's card. Messages keep the Fiches workspace's words (and context).
#pragma once

#include <QString>

class QWidget;

namespace concerto {

class FichePreview;

namespace ficheactions {

// The file name proposed for the fiche shown: "Fiche-RCP-MARTIN-Marie-v2.pdf"; empty without a fiche.
QString defaultFileName(const FichePreview &preview);
// Saves the fiche shown as a PDF file at `path`, whole or not at all, never over the open database
// (`databasePath`) or its companions; the reason in words when it cannot, else empty.
QString saveAs(const FichePreview &preview, const QString &path, const QString &databasePath);
// The fiche's print preview, whose Print button prints it.
void print(const FichePreview &preview, QWidget *parent);
// Asks where to save the fiche, saves it there and says so when it could not.
void saveAsPdf(const FichePreview &preview, const QString &databasePath, QWidget *parent);

} // namespace ficheactions
} // namespace concerto
