// The case on screen at the meeting, readable from the back of a room: the patient's identity line, the
// question asked, each tumour (site and morphology in words, diagnosis date, stage), the WHO status, the
// history and treatments, the absent specialists' written opinions. Large type, scrolled with the
// keyboard; only the case shown, never another patient's name. The meeting workspace shows one, the
// presentation window another, larger.
#pragma once

#include "reports/fichehtml.h"

#include <QTextBrowser>

namespace concerto {

class CaseSummary final : public QTextBrowser {
    Q_OBJECT
public:
    // `scale`: the type size against the platform's default (1.4 in the workspace, 2.4 on a projector).
    explicit CaseSummary(double scale, QWidget *parent = nullptr);

    void showCase(const reports::FicheContext &context, const reports::FicheCodeLabels &labels);
    // Nothing to show: `message` in its place ("Select a case…").
    void showMessage(const QString &message);

    // The summary as HTML (what showCase shows).
    static QString html(const reports::FicheContext &context, const reports::FicheCodeLabels &labels);
};

} // namespace concerto
