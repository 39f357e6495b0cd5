// Registering a patient for a session: the open sessions (editing::sessionsOpenForRegistration), the
// requesting and presenting physicians, the motif, registered or discussed, and the question. What is
// missing is said in the dialog; the case is saved in one transaction (editing::registerCase). The first
// open session of the committee that saw the patient last is chosen to begin with.
#pragma once

#include "services/services.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace concerto::editing {
class CaseDocument;
}

namespace concerto {

class RegistrationDialog final : public QDialog {
    Q_OBJECT
public:
    RegistrationDialog(Services &services, const QUuid &patientId, QWidget *parent = nullptr);

    // The new case, once accepted.
    QUuid caseId() const { return m_caseId; }
    // Its document, saved, knowing what was taken from the patient's history (for the case editor).
    std::unique_ptr<editing::CaseDocument> takeDocument();

    QComboBox *sessionBox() const { return m_session; }
    QComboBox *requesterBox() const { return m_requester; }
    QPlainTextEdit *questionField() const { return m_question; }
    QLabel *errorLabel() const { return m_error; }

    ~RegistrationDialog() override;
    void accept() override;

private:
    Services &m_services;
    QUuid m_patientId;
    QUuid m_caseId;
    std::unique_ptr<editing::CaseDocument> m_document;
    QComboBox *m_session;
    QComboBox *m_requester;
    QComboBox *m_presenter;
    QCheckBox *m_diagnostic;
    QCheckBox *m_treatment;
    QCheckBox *m_recours;
    QCheckBox *m_paediatrics;
    QRadioButton *m_discussed;
    QRadioButton *m_registered;
    QPlainTextEdit *m_question;
    QLabel *m_error;
};

} // namespace concerto
