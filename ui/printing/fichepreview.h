// The pages of one fiche RCP on screen: a print preview that paints the fiche it holds (fichepdf.h), or a
// line saying there is nothing to show. Fitted to its width, but never smaller than a zoom at which the
// text reads (kReadableZoom: a narrow pane scrolls sideways instead); the arrows, Page Up and Page Down
// scroll it, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width again.
#pragma once

#include "reports/fichepdf.h"
#include "services/services.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QStackedLayout;

namespace concerto {

class FichePreview final : public QWidget {
    Q_OBJECT
public:
    explicit FichePreview(QWidget *parent = nullptr);

    // Shows the pages of the fiche of `context`.
    void setFiche(const reports::FicheContext &context, const reports::FicheCodeLabels &labels);
    // Reads the fiche's context (its patient, case, session and committee) and shows its pages; when it
    // cannot be read, says so instead of pages and returns "This fiche cannot be shown: <reason>".
    QString showFiche(Services &services, const Fiche &fiche);
    // Shows `message` instead of pages.
    void clear(const QString &message);

    bool hasFiche() const { return m_context.has_value(); }
    const reports::FicheContext *context() const { return m_context ? &*m_context : nullptr; }
    const reports::FicheCodeLabels &labels() const { return m_labels; }
    QPrintPreviewWidget *preview() const { return m_preview; }

    // The smallest zoom of the default fit (1: a page at its printed size; the body's 9 pt text is
    // then 12 pixels high at the usual 96 dpi, 9 at this zoom).
    static constexpr double kReadableZoom = 0.75;
    void zoomIn();
    void zoomOut();
    // Back to the default: the page's width, or the readable zoom when the pane is narrower.
    void fitWidth();
    double zoomFactor() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void paint(QPrinter *printer);
    void centreSideways();
    // The zoom at which a page fills the pane's width.
    double widthZoom() const;
    bool m_userZoom = false; // Ctrl++ or Ctrl+- chose the zoom: a resize keeps it

    std::optional<reports::FicheContext> m_context;
    reports::FicheCodeLabels m_labels;
    QStackedLayout *m_stack = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace concerto
