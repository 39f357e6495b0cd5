// The pages of one fiche RCP on screen: a print preview that paints the fiche it holds (fichepdf.h),
// fitted to its width by default, or a line saying there is nothing to show.
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

private:
    void paint(QPrinter *printer);

    std::optional<reports::FicheContext> m_context;
    reports::FicheCodeLabels m_labels;
    QStackedLayout *m_stack = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace concerto
