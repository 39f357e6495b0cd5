// The professionals of the directory: a filterable list and the form of the selected one (RPPS with
// its Luhn key checked as it is typed, names, national specialty TRE_R38, establishment, contact). A
// save is checked (validation::checkProfessional, an RPPS not already used) and journaled.
#pragma once

#include "models/domain/professional.h"
#include "services/services.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace concerto {

class ProfessionalsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ProfessionalsPanel(Services &services, QWidget *parent = nullptr);

    void reload();
    // Clears the form for a new professional.
    void newProfessional();
    // Shows a stored professional in the form.
    void edit(const Professional &professional);
    // Checks and saves the form; `error` says why not.
    bool save(QString *error = nullptr);
    Professional professional() const;
    QListWidget *list() const { return m_list; }

private:
    void selectionChanged();
    void rppsTyped();
    void filter(const QString &text);

    Services &m_services;
    Professional m_current;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_rpps = nullptr;
    QLabel *m_rppsMessage = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QComboBox *m_specialty = nullptr;
    QComboBox *m_establishment = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_errors = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace concerto
