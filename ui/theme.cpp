// Fusion with a calm palette; object names set by the widgets select the style rules below.
#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace concerto::theme {

namespace {

const char *kStyleSheet = R"(
#navigationRail { background: #e6ebf0; border-right: 1px solid #d3dae1; }
#navigationRail QToolButton { border: none; border-radius: 8px; padding: 6px 2px; margin: 1px 6px;
    color: #2d3a4a; }
#navigationRail QToolButton:hover { background: #d9e2ea; }
#navigationRail QToolButton:checked { background: #2b6f8e; color: white; }
#navigationRail QToolButton:focus { border: 2px solid #e0a526; }
#topBar { background: white; border-bottom: 1px solid #d3dae1; }
#topBar QLineEdit { border: 1px solid #c6cfd8; border-radius: 6px; padding: 4px 6px; background: #f7f9fa; }
#topBar QLineEdit:focus { border-color: #2b6f8e; background: white; }
#syncState { border: 1px solid #c6cfd8; border-radius: 6px; padding: 3px 8px; }
#workspaceTitle { font-weight: 600; }
#workspaceExplanation { color: #5b6877; }
#tile { background: white; border: 1px solid #d8dee4; border-radius: 8px; }
#tileValue { color: #2b6f8e; font-weight: 600; }
#tileLabel { color: #5b6877; }
#card { background: white; border: 1px solid #d8dee4; border-radius: 8px; }
#comingSoon { background: white; border: 1px dashed #c6cfd8; border-radius: 8px; }
#badge { border-radius: 9px; padding: 1px 8px; color: white; font-weight: 600; }
#offlineIndicator { color: #8a5a00; }
)";

} // namespace

void apply(QApplication &app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor text(0x1f, 0x29, 0x33);
    p.setColor(QPalette::Window, kWindow);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xf2));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x7b, 0x87, 0x94));
    p.setColor(QPalette::Highlight, kAccent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, kAccent);
    p.setColor(QPalette::Mid, QColor(0xc6, 0xcf, 0xd8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa4, 0xae));
    app.setPalette(p);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

} // namespace concerto::theme
