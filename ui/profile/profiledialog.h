// "Who is working?": the person at the desktop picks their profile, or makes one (name, role, the
// professional of the directory they are, whose RPPS then goes with every signature). Shown at first start
// and from the top bar's user button.
#pragma once

#include "models/domain/roles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace concerto {

class Services;

class ProfileDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(Services &services, QWidget *parent = nullptr);

    // The profile chosen or made, once accepted (also saved and made the current one).
    const Actor &chosen() const { return m_chosen; }

    void accept() override;

private:
    void fillProfessionals();
    // The new profile the form describes; empty name: none. `error` says what is wrong.
    std::optional<Actor> formProfile(QString *error) const;

    Services &m_services;
    QListWidget *m_profiles = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_professional = nullptr;
    QLabel *m_error = nullptr;
    Actor m_chosen;
};

} // namespace concerto
