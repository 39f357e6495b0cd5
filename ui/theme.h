// The look of the desktop app: Qt's Fusion style, a calm light palette with one accent colour, and the
// few style rules the navigation rail, top bar, tiles and badges need.
#pragma once

#include <QColor>

class QApplication;

namespace concerto::theme {

inline const QColor kAccent(0x2b, 0x6f, 0x8e);
inline const QColor kWindow(0xf3, 0xf5, 0xf7);

void apply(QApplication &app);

} // namespace concerto::theme
