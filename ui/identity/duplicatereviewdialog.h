// The review of a patient marked as a possible duplicate (Patient::possibleDuplicateOf): both
// identities side by side, and the reviewer's answer "different persons", which clears the mark
// (journaled). Nothing is ever merged; the same person is handled by opening and completing one
// identity.
#pragma once

#include "models/domain/patient.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace concerto {

class Services;
class IdentityComparison;

class DuplicateReviewDialog final : public QDialog {
    Q_OBJECT
public:
    DuplicateReviewDialog(Services &services, const Patient &marked, QWidget *parent = nullptr);

    // "Different persons": clears the mark and accepts; the reason stays on the dialog when refused.
    void markDifferent();
    IdentityComparison *comparison() const { return m_comparison; }
    QLabel *errorLabel() const { return m_error; }

private:
    Services &m_services;
    Patient m_marked;
    IdentityComparison *m_comparison = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concerto
