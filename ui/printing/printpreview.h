// The print preview of the printed documents: the fiche RCP, a session's agenda (ordre du jour) and its
// attendance sheet (feuille d'émargement). A QPrintPreviewDialog over an A4 printer without device
// margins (the pages draw their own), whose pages are painted by the very functions that write the PDF
// files (reports/fichepdf.h, reports/sessionpdf.h): what is previewed is what prints, page for page.
#pragma once

#include "reports/fichecontext.h"
#include "reports/fichehtml.h"
#include "services/services.h"

#include <QPrintPreviewDialog>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QPrintPreviewWidget;

namespace concerto {

enum class SessionDocument { Agenda, Attendance };

class PrintPreview final : public QPrintPreviewDialog {
    Q_OBJECT
public:
    // Paints the whole document on the device (its first page on the current page); returns its pages.
    using Paint = std::function<int(QPainter &, QPagedPaintDevice &)>;

    PrintPreview(const QString &title, Paint paint, QWidget *parent = nullptr);
    ~PrintPreview() override;

    // The preview of the fiche of `context`.
    static std::unique_ptr<PrintPreview> ofFiche(const reports::FicheContext &context,
                                                 const reports::FicheCodeLabels &labels, QWidget *parent);
    // The preview of a session's agenda or attendance sheet, read now; null with the reason in `error`
    // when the session cannot be read.
    static std::unique_ptr<PrintPreview> ofSession(Services &services, const QUuid &sessionId,
                                                   SessionDocument document, QWidget *parent, QString *error);

    QPrinter *documentPrinter() const { return m_printer.get(); }
    QPrintPreviewWidget *pages() const;
    // The pages painted the last time the preview (or the printer) asked for them.
    int paintedPages() const { return m_painted; }

private:
    PrintPreview(std::unique_ptr<QPrinter> printer, const QString &title, Paint paint, QWidget *parent);
    void paintOn(QPrinter *printer);

    std::unique_ptr<QPrinter> m_printer;
    Paint m_paint;
    int m_painted = 0;
};

namespace printpreview {

// Opens the preview of a session's document (modal), or says in a message box why it cannot.
void showSession(Services &services, const QUuid &sessionId, SessionDocument document, QWidget *parent);

} // namespace printpreview

} // namespace concerto
