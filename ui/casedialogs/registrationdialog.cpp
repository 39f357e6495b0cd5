// The dialog that registers a patient for a session (see registrationdialog.h).
#include "ui/casedialogs/registrationdialog.h"
#include "services/directoryservice.h"
#include "services/patientservice.h"
#include "ui/listerrors.h"

#include "editing/casedocument.h"
#include "editing/registration.h"
#include "models/domain/boardtime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

namespace concerto {

RegistrationDialog::RegistrationDialog(Services &services, const QUuid &patientId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_patientId(patientId)
    , m_session(new QComboBox(this))
    , m_requester(new QComboBox(this))
    , m_presenter(new QComboBox(this))
    , m_diagnostic(new QCheckBox(tr("Diagnostic opinion"), this))
    , m_treatment(new QCheckBox(tr("Treatment proposal (incl. surveillance)"), this))
    , m_recours(new QCheckBox(tr("Second opinion"), this))
    , m_paediatrics(new QCheckBox(tr("Paediatrics"), this))
    , m_discussed(new QRadioButton(tr("To be discussed"), this))
    , m_registered(new QRadioButton(tr("Registered without discussion (follows a guideline)"), this))
    , m_question(new QPlainTextEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("registrationDialog"));
    const auto patient = services.patients().find(patientId);
    setWindowTitle(
        tr("Register %1 for a session")
            .arg(patient.ok() && patient.value ? patient.value->displayName() : tr("the patient")));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);

    m_session->setObjectName(QStringLiteral("session"));
    const StoreRead<std::vector<Session>> sessions = editing::sessionsOpenForRegistration(services);
    const StoreRead<std::vector<Rcp>> committees = services.directory().committees();
    auto committeeName = [&committees](const QUuid &id) {
        for (const Rcp &r : *committees)
            if (r.meta.id == id)
                return r.name;
        return committees.ok() ? QString() : tr("committee unread");
    };
    const QLocale locale;
    if (sessions.ok())
        for (const Session &s : *sessions) {
            QString text = locale.toString(toBoardTime(s.startsAt), QStringLiteral("ddd dd/MM/yyyy HH:mm")) +
                           QStringLiteral(" — ") + committeeName(s.rcpId);
            if (s.registrationDeadline.isValid())
                text += tr(" (registration until %1)")
                            .arg(locale.toString(toBoardTime(s.registrationDeadline), QLocale::ShortFormat));
            m_session->addItem(text, s.meta.id);
        }
    // The committee that saw the patient last comes first.
    const StoreRead<std::vector<PatientCase>> earlier = services.patients().cases(patientId);
    const PatientCase *last = nullptr;
    if (earlier.ok())
        for (const PatientCase &c : *earlier)
            if (!last || c.inscription.registeredAt > last->inscription.registeredAt)
                last = &c;
    if (sessions.ok() && last && last->session)
        for (int i = 0; i < int(sessions->size()); ++i)
            if ((*sessions)[std::size_t(i)].rcpId == last->session->rcpId) {
                m_session->setCurrentIndex(i);
                break;
            }
    if (m_session->count() == 0)
        m_session->addItem(sessions.ok() ? tr("No session open for registration") : sessions.error, QUuid());
    form->addRow(tr("Session"), m_session);

    m_requester->setObjectName(QStringLiteral("requester"));
    m_presenter->setObjectName(QStringLiteral("presenter"));
    m_requester->addItem(tr("Choose…"), QUuid());
    m_presenter->addItem(tr("The requesting physician"), QUuid());
    StoreRead<std::vector<Professional>> people = services.directory().professionals();
    std::sort(people->begin(), people->end(), [](const Professional &a, const Professional &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    for (const Professional &p : *people) {
        m_requester->addItem(p.displayName(), p.meta.id);
        m_presenter->addItem(p.displayName(), p.meta.id);
    }
    sayIfUnread(m_requester, people.error);
    sayIfUnread(m_presenter, people.error);
    m_requester->setEditable(true); // type to find a name in a long directory
    m_requester->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("Requesting physician"), m_requester);
    form->addRow(tr("Presenting physician"), m_presenter);

    auto *motifs = new QVBoxLayout;
    for (QCheckBox *box : {m_diagnostic, m_treatment, m_recours, m_paediatrics})
        motifs->addWidget(box);
    m_treatment->setChecked(true);
    form->addRow(tr("Reason for referral"), motifs);
    auto *intent = new QVBoxLayout;
    intent->addWidget(m_discussed);
    intent->addWidget(m_registered);
    m_discussed->setChecked(true);
    form->addRow(tr("Case"), intent);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setPlaceholderText(tr("The question put to the board"));
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(90);
    form->addRow(tr("Question"), m_question);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("registrationError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register and open the case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void RegistrationDialog::accept() {
    editing::RegistrationForm form;
    form.patientId = m_patientId;
    form.sessionId = m_session->currentData().toUuid();
    const int requester = m_requester->findText(m_requester->currentText());
    form.requesterId = requester >= 0 ? m_requester->itemData(requester).toUuid() : QUuid();
    form.presenterId = m_presenter->currentData().toUuid();
    form.motif.diagnosticOpinion = m_diagnostic->isChecked();
    form.motif.treatmentProposal = m_treatment->isChecked();
    form.motif.recours = m_recours->isChecked();
    form.motif.paediatrics = m_paediatrics->isChecked();
    form.intent = QString::fromLatin1(m_registered->isChecked() ? kCaseRegistered : kCaseDiscussed);
    form.question = m_question->toPlainText();
    QString error;
    m_document = editing::registerCaseDocument(m_services, form, &error);
    if (!m_document) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_caseId = m_document->id();
    QDialog::accept();
}

RegistrationDialog::~RegistrationDialog() = default;

std::unique_ptr<editing::CaseDocument> RegistrationDialog::takeDocument() {
    return std::move(m_document);
}

} // namespace concerto
