// The presentation window: the current case's summary alone, in large type, for the projector or the
// video conference. It goes full-screen on a second screen when there is one (F11 toggles full screen
// anywhere, Esc closes it). It shows the case being discussed and nothing else: no agenda, no other
// patient's name.
#pragma once

#include "reports/fichehtml.h"

#include <QWidget>

class QLabel;

namespace concerto {

class CaseSummary;

class PresentationWindow final : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(QWidget *parent = nullptr);

    // The committee and session line at the top ("RCP Digestif — 07/12/2026 — case 3 of 12").
    void setHeading(const QString &heading);
    void showCase(const reports::FicheContext &context, const reports::FicheCodeLabels &labels);
    void showMessage(const QString &message);
    // Shows the window: full-screen on the second screen when there is one, else a large window.
    void present();

    CaseSummary *summary() const { return m_summary; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_heading = nullptr;
    CaseSummary *m_summary = nullptr;
};

} // namespace concerto
