// The identity editor: create or edit a patient's identity, each field checked as it is typed (INS key,
// French birth date, INSEE code), the status in words, the INS only for a qualified identity. Before a
// new identity (or changed traits) is saved, the look-alike identities are shown side by side and the
// save waits for "this is a different person" (or the existing identity is opened instead: the default,
// so Enter never creates an identity); one saved over that warning is marked to review. Delete is
// offered only for a patient without a case or fiche.
#pragma once

#include "services/identityform.h"
#include "services/services.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace concerto {

class IdentityComparison;

class IdentityDialog final : public QDialog {
    Q_OBJECT
public:
    // A new identity when `existing` is empty.
    IdentityDialog(Services &services, std::optional<Patient> existing, QWidget *parent = nullptr);
    ~IdentityDialog() override;

    // The day birth dates are judged against (tests fix it).
    void setToday(const QDate &today);

    // After accept(): the saved or deleted patient, or the look-alike the user chose to open instead.
    QUuid savedId() const { return m_savedId; }
    QUuid openInstead() const { return m_openInstead; }
    bool deleted() const { return m_deleted; }

    // Asks the user to confirm a delete; tests replace it.
    void setDeleteConfirmation(std::function<bool(const QString &)> confirm) {
        m_confirmDelete = std::move(confirm);
    }

    // Save: checks, then shows the look-alikes if any, else saves and accepts.
    void save();
    // On the look-alikes page: the user says the identity is a different person; it is saved.
    void confirmDifferentPerson();
    bool showsLookAlikes() const;
    QLabel *formErrors() const { return m_errors; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildLookAlikes();
    void loadFields();
    void fieldsChanged();
    void statusChanged();
    void showLookAlike(int index);
    void openExisting();
    void deletePatient();
    QLineEdit *addLine(const QString &name, const QString &label, QLabel **message = nullptr);

    Services &m_services;
    identity::IdentityForm m_form;
    QDate m_today;
    std::vector<identity::DuplicateCandidate> m_lookAlikes;
    QUuid m_savedId;
    QUuid m_openInstead;
    bool m_deleted = false;
    bool m_loading = false;
    std::function<bool(const QString &)> m_confirmDelete;

    QStackedWidget *m_stack = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_birthName = nullptr;
    QLineEdit *m_givenNames = nullptr;
    QLineEdit *m_usedName = nullptr;
    QLineEdit *m_usedGivenName = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLabel *m_birthDateMessage = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    QLabel *m_birthPlaceMessage = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_statusExplanation = nullptr;
    QLineEdit *m_ins = nullptr;
    QLabel *m_insMessage = nullptr;
    QLabel *m_insHidden = nullptr;
    int m_insRow = 0;
    QLineEdit *m_ipp = nullptr;
    QLineEdit *m_addressLine = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_gp = nullptr;
    QLabel *m_errors = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;

    QPushButton *m_openExisting = nullptr;
    QLabel *m_lookAlikeHeading = nullptr;
    QComboBox *m_lookAlikeChoice = nullptr;
    QLabel *m_lookAlikeReason = nullptr;
    IdentityComparison *m_comparison = nullptr;
};

} // namespace concerto
