// Adds a guest to a session's attendance: a professional of the directory (found by name or RPPS), or, for
// someone without RPPS, a name, a specialty and an organisation; in the room or remote.
#pragma once

#include "models/domain/professional.h"
#include "models/domain/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace concerto {

class GuestDialog final : public QDialog {
    Q_OBJECT
public:
    // `professionals`: the directory, to choose a known professional from.
    GuestDialog(const std::vector<Professional> &professionals, QWidget *parent = nullptr);

    // The guest as the dialog describes them (valid once accepted).
    Attendance guest() const;

    void accept() override;

private:
    void updateMode();

    QRadioButton *m_known = nullptr;
    QRadioButton *m_unknown = nullptr;
    QComboBox *m_professional = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_specialty = nullptr;
    QLineEdit *m_organisation = nullptr;
    QCheckBox *m_remote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concerto
