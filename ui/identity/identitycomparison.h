// Two identities side by side, one trait a row (identity::compareIdentities), the traits that differ
// highlighted: what the identity editor shows before saving a look-alike, and the duplicate review.
#pragma once

#include "models/domain/patient.h"

#include <QTableWidget>

namespace concerto {

class IdentityComparison final : public QTableWidget {
    Q_OBJECT
public:
    explicit IdentityComparison(QWidget *parent = nullptr);

    // Shows `left` and `right` under their headings.
    void compare(const Patient &left, const QString &leftHeading, const Patient &right,
                 const QString &rightHeading);
    // How many traits differ (the highlighted rows).
    int differences() const { return m_differences; }

    static QColor differenceColour() { return QColor(0xfd, 0xe8, 0xc8); }

private:
    int m_differences = 0;
};

} // namespace concerto
