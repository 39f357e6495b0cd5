// Small modal dialogs over services/planningservice.h; times are read and shown in the boards'
// clock (Europe/Paris).
#include "ui/workspaces/sessiondialogs.h"
#include "models/domain/clock.h"
#include "services/directoryservice.h"

#include "models/domain/boardtime.h"
#include "models/planning/clashes.h"
#include "services/agendaservice.h"
#include "services/planningservice.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace concerto::sessiondialogs {

namespace {

QString when(const QDateTime &utc) {
    return QLocale().toString(toBoardTime(utc), QStringLiteral("dddd d MMMM yyyy, HH:mm"));
}

// A dialog whose OK button is enabled only while `required` holds text.
QDialogButtonBox *buttons(QDialog *dialog, QLineEdit *required) {
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (required) {
        QPushButton *ok = box->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        QObject::connect(required, &QLineEdit::textChanged, ok,
                         [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    }
    return box;
}

} // namespace

bool generate(QWidget *parent, Services &services) {
    const StoreRead<std::vector<Rcp>> rcps = services.directory().committees();
    if (!rcps.ok()) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("SessionDialogs", "Make sessions"),
            QCoreApplication::translate("SessionDialogs", "The committees could not be read: %1")
                .arg(rcps.error));
        return false;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SessionDialogs", "Make sessions from the schedules"));
    auto *form = new QFormLayout(&dialog);
    auto *committee = new QComboBox(&dialog);
    committee->addItem(QCoreApplication::translate("SessionDialogs", "Every committee"));
    for (const Rcp &r : *rcps)
        committee->addItem(r.name, r.meta.id);
    const QDate nextMonth = clock::today().addMonths(1);
    auto *from = new QDateEdit(QDate(nextMonth.year(), nextMonth.month(), 1), &dialog);
    auto *to = new QDateEdit(from->date().addMonths(3).addDays(-1), &dialog);
    for (QDateEdit *edit : {from, to})
        edit->setCalendarPopup(true);
    form->addRow(QCoreApplication::translate("SessionDialogs", "&Committee"), committee);
    form->addRow(QCoreApplication::translate("SessionDialogs", "&From"), from);
    form->addRow(QCoreApplication::translate("SessionDialogs", "&To"), to);
    form->addRow(buttons(&dialog, nullptr));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (to->date() < from->date()) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("SessionDialogs", "Make sessions"),
            QCoreApplication::translate("SessionDialogs", "The period ends before it starts."));
        return false;
    }
    int made = 0;
    int already = 0;
    for (const Rcp &r : *rcps) {
        if (committee->currentIndex() > 0 && committee->currentData().toUuid() != r.meta.id)
            continue;
        const StoreRead<planning::GeneratedSessions> result =
            services.planning().generate(r, from->date(), to->date());
        if (!result.ok()) {
            QMessageBox::warning(
                parent, QCoreApplication::translate("SessionDialogs", "Make sessions"),
                QCoreApplication::translate("SessionDialogs", "The sessions of %1 could not be made: %2")
                    .arg(r.name, result.error));
            return made > 0;
        }
        made += int(result->created.size());
        already += result->alreadyPlanned;
    }
    QString text = QCoreApplication::translate("SessionDialogs", "%Ln session(s) made", nullptr, made) +
                   QStringLiteral(", ") +
                   QCoreApplication::translate("SessionDialogs", "%Ln already planned.", nullptr, already);
    const StoreRead<std::vector<Session>> all = services.planning().onDays(from->date(), to->date());
    if (all.ok()) {
        const std::vector<planning::Clash> clashes = planning::clashes(*all);
        if (!clashes.empty())
            text +=
                QStringLiteral("\n\n") +
                QCoreApplication::translate("SessionDialogs",
                                            "%Ln session(s) share a room with another at the same time: the "
                                            "planning marks them.",
                                            nullptr, int(clashes.size()));
    }
    QMessageBox::information(parent, QCoreApplication::translate("SessionDialogs", "Make sessions"), text);
    return made > 0;
}

bool move(QWidget *parent, Services &services, const Session &session) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SessionDialogs", "Move the session"));
    auto *form = new QFormLayout(&dialog);
    const QDateTime local = toBoardTime(session.startsAt);
    auto *at = new QDateTimeEdit(QDateTime(local.date(), local.time()), &dialog);
    at->setCalendarPopup(true);
    at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(QCoreApplication::translate(
        "SessionDialogs", "Required: the members and the requesters will read it"));
    form->addRow(QCoreApplication::translate("SessionDialogs", "Now planned"),
                 new QLabel(when(session.startsAt), &dialog));
    form->addRow(QCoreApplication::translate("SessionDialogs", "&New date and time (Paris)"), at);
    form->addRow(QCoreApplication::translate("SessionDialogs", "&Reason"), reason);
    form->addRow(buttons(&dialog, reason));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StoreResult moved =
        services.planning().move(session.meta.id, fromBoardTime(at->date(), at->time()), reason->text());
    if (!moved.ok)
        QMessageBox::warning(parent, QCoreApplication::translate("SessionDialogs", "Move the session"),
                             moved.error);
    return moved.ok;
}

bool cancel(QWidget *parent, Services &services, const Session &session, int caseCount) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SessionDialogs", "Cancel the session"));
    auto *form = new QFormLayout(&dialog);
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(QCoreApplication::translate(
        "SessionDialogs", "Required: the members and the requesters will read it"));
    form->addRow(QCoreApplication::translate("SessionDialogs", "Session"),
                 new QLabel(when(session.startsAt), &dialog));
    form->addRow(QCoreApplication::translate("SessionDialogs", "&Reason"), reason);
    form->addRow(buttons(&dialog, reason));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StoreResult cancelled = services.planning().cancel(session.meta.id, reason->text());
    if (!cancelled.ok) {
        QMessageBox::warning(parent, QCoreApplication::translate("SessionDialogs", "Cancel the session"),
                             cancelled.error);
        return false;
    }
    if (caseCount > 0) {
        const StoreRead<std::vector<Session>> offered = services.planning().sessionsToOffer(session);
        QStringList lines;
        if (offered.ok())
            for (const Session &s : *offered)
                lines << QStringLiteral("• ") + when(s.startsAt);
        QMessageBox::information(
            parent, QCoreApplication::translate("SessionDialogs", "Cancel the session"),
            QCoreApplication::translate(
                "SessionDialogs",
                "The session is cancelled. Its %Ln case(s) stay registered to it until they are moved.",
                nullptr, caseCount) +
                QStringLiteral("\n\n") +
                (lines.isEmpty()
                     ? QCoreApplication::translate(
                           "SessionDialogs",
                           "The committee has no later session planned yet: make some first.")
                     : QCoreApplication::translate("SessionDialogs", "The next sessions of the committee:") +
                           QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
    }
    return true;
}

bool moveCase(QWidget *parent, Services &services, const QUuid &inscriptionId, const QString &patient,
              const Session &session) {
    const QString title = QCoreApplication::translate("SessionDialogs", "Move the case to another session");
    const StoreRead<std::vector<Session>> all = services.planning().ofCommittee(session.rcpId);
    if (!all.ok()) {
        QMessageBox::warning(
            parent, title,
            QCoreApplication::translate("SessionDialogs", "The sessions could not be read: %1")
                .arg(all.error));
        return false;
    }
    const QDateTime now = clock::nowUtc();
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *target = new QComboBox(&dialog);
    target->setObjectName(QStringLiteral("targetSession"));
    for (const Session &s : *all) {
        if (s.meta.id == session.meta.id || s.status != SessionStatus::Planned || s.startsAt < now)
            continue;
        QString label = when(s.startsAt);
        if (s.registrationsClosed)
            label +=
                QStringLiteral(" — ") + QCoreApplication::translate("SessionDialogs", "registrations closed");
        else if (s.registrationDeadline.isValid() && s.registrationDeadline < now)
            label += QStringLiteral(" — ") +
                     QCoreApplication::translate("SessionDialogs",
                                                 "after the deadline: the case will be marked late");
        target->addItem(label, s.meta.id);
    }
    auto *force = new QCheckBox(
        QCoreApplication::translate("SessionDialogs",
                                    "The &coordinator agrees to add it to a session whose registrations are "
                                    "closed"),
        &dialog);
    form->addRow(QCoreApplication::translate("SessionDialogs", "Case"), new QLabel(patient, &dialog));
    form->addRow(QCoreApplication::translate("SessionDialogs", "Now on"),
                 new QLabel(when(session.startsAt), &dialog));
    form->addRow(QCoreApplication::translate("SessionDialogs", "&To the session"), target);
    form->addRow(force);
    auto *box = buttons(&dialog, nullptr);
    box->button(QDialogButtonBox::Ok)->setEnabled(target->count() > 0);
    if (target->count() == 0)
        form->addRow(
            new QLabel(QCoreApplication::translate(
                           "SessionDialogs", "The committee has no later planned session: make some first."),
                       &dialog));
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StoreResult moved =
        services.agenda().moveToSession(inscriptionId, target->currentData().toUuid(), force->isChecked());
    if (!moved.ok)
        QMessageBox::warning(parent, title, moved.error);
    return moved.ok;
}

} // namespace concerto::sessiondialogs
