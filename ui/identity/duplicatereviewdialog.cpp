// Duplicate review: the marked identity beside the one it may duplicate, the reason the import gave,
// and "Different persons" (clears the mark through identity::clearDuplicateMark).
#include "ui/identity/duplicatereviewdialog.h"
#include "services/patientservice.h"
#include "services/services.h"

#include "services/identityform.h"
#include "ui/identity/identitycomparison.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace concerto {

DuplicateReviewDialog::DuplicateReviewDialog(Services &services, const Patient &marked, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_marked(marked) {
    setObjectName(QStringLiteral("duplicateReviewDialog"));
    setWindowTitle(tr("Possible duplicate identity"));
    auto *layout = new QVBoxLayout(this);
    const StoreRead<std::optional<Patient>> other = services.patients().find(marked.possibleDuplicateOf);
    const std::optional<identity::DuplicateReason> reason =
        identity::reasonFromCode(marked.possibleDuplicateReason);
    auto *heading =
        new QLabel(reason ? tr("These two identities may be the same person (%1). Compare each trait.")
                                .arg(identity::describe(*reason))
                          : tr("These two identities may be the same person. Compare each trait."),
                   this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_comparison = new IdentityComparison(this);
    layout->addWidget(m_comparison, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);
    auto *note =
        new QLabel(tr("If they are different persons, say so: the mark is cleared and both identities "
                      "stay. If they are the same person, keep this one aside and complete the "
                      "other; identities are never merged here."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *different = buttons->addButton(tr("Different persons"), QDialogButtonBox::AcceptRole);
    different->setObjectName(QStringLiteral("differentPersons"));
    different->setToolTip(tr("Clears the mark; the review is recorded in the journal"));
    connect(different, &QPushButton::clicked, this, &DuplicateReviewDialog::markDifferent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (other.ok() && other.value) {
        m_comparison->compare(marked, tr("Marked identity"), *other.value, tr("Possible duplicate of"));
    } else {
        m_comparison->compare(marked, tr("Marked identity"), Patient{}, tr("Possible duplicate of"));
        m_error->setText(other.ok() ? tr("The other identity is no longer in the registry.") : other.error);
    }
    resize(760, 560);
}

void DuplicateReviewDialog::markDifferent() {
    const StoreResult r = m_services.patients().clearDuplicateMark(m_marked.meta.id);
    if (!r.ok) {
        m_error->setText(r.error);
        return;
    }
    accept();
}

} // namespace concerto
