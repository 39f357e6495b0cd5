// The presentation window: the case summary alone, large, on the second screen.
#include "ui/meeting/presentationwindow.h"
#include "ui/meeting/casesummary.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace concerto {

PresentationWindow::PresentationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Concerto — Presentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("presentationHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    m_heading->setFont(f);
    m_heading->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    layout->addWidget(m_heading);
    m_summary = new CaseSummary(2.4, this);
    m_summary->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_summary, 1);
    auto *hint = new QLabel(tr("F11: full screen · Esc: close"), this);
    hint->setStyleSheet(QStringLiteral("color: #8a949b;"));
    layout->addWidget(hint);
}

void PresentationWindow::setHeading(const QString &heading) {
    m_heading->setText(heading);
}

void PresentationWindow::showCase(const reports::FicheContext &context,
                                  const reports::FicheCodeLabels &labels) {
    m_summary->showCase(context, labels);
}

void PresentationWindow::showMessage(const QString &message) {
    m_summary->showMessage(message);
}

void PresentationWindow::present() {
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *own = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QScreen *other = nullptr;
    for (QScreen *s : screens)
        if (s != own)
            other = s;
    if (other) {
        setGeometry(other->geometry());
        showFullScreen();
    } else {
        const QRect area = own ? own->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(area.width() * 3 / 4, area.height() * 3 / 4);
        move(area.center() - rect().center());
        showNormal();
    }
    raise();
    activateWindow();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace concerto
