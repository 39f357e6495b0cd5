// The postponement dialog: later session and reason.
#include "ui/meeting/postponedialog.h"

#include "models/domain/boardtime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace concerto {

PostponeDialog::PostponeDialog(const QString &patient, const std::vector<Session> &later, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("postponeDialog"));
    setWindowTitle(tr("Postpone the case"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("%1 will be presented again at a later session of the committee.").arg(patient), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("laterSession"));
    for (const Session &s : later) {
        const QDateTime local = toBoardTime(s.startsAt);
        m_session->addItem(
            QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                        QLocale().toString(local.time(), QLocale::ShortFormat)),
            s.meta.id);
    }
    form->addRow(tr("&Session"), m_session);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("postponeReason"));
    m_reason->setPlaceholderText(tr("e.g. awaiting the liver MRI; the surgeon absent"));
    form->addRow(tr("&Reason"), m_reason);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    m_error->setWordWrap(true);
    m_error->setVisible(later.empty());
    if (later.empty())
        m_error->setText(tr("The committee has no later session that takes cases: plan one first."));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Postpone"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!later.empty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QUuid PostponeDialog::sessionId() const {
    return m_session->currentData().toUuid();
}

QString PostponeDialog::reason() const {
    return m_reason->text().trimmed();
}

void PostponeDialog::accept() {
    if (sessionId().isNull())
        return;
    if (reason().isEmpty()) {
        m_error->setText(tr("Give the reason why the case is postponed."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace concerto
