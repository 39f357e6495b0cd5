// The agenda panel: an AgendaModel in a table that takes drops and Ctrl+Up / Ctrl+Down, and the
// session's agenda actions. Write failures show in a banner above the list, never half-done.
#include "ui/workspaces/agendapanel.h"
#include "models/domain/clock.h"
#include "ui/screenrights.h"

#include "models/domain/boardtime.h"
#include "models/itemmodels/agendamodel.h"
#include "services/agendaservice.h"
#include "ui/workspaces/sessiondialogs.h"
#include "ui/workspaces/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace concerto {

AgendaPanel::AgendaPanel(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new AgendaModel(services, this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_registrations = new QLabel(this);
    m_registrations->setObjectName(QStringLiteral("registrationState"));
    m_registrations->setWordWrap(true);
    layout->addWidget(m_registrations);

    m_error = Workspace::makeErrorBanner(this);
    m_error->setObjectName(QStringLiteral("agendaWriteError"));
    layout->addWidget(m_error);
    auto *readError = Workspace::makeErrorBanner(this);
    layout->addWidget(readError);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_model);
    Workspace::setUpTable(m_view);
    m_view->setDragEnabled(!services.isReadOnly());
    m_view->setAcceptDrops(!services.isReadOnly());
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setToolTip(tr("Drag a case, or press Ctrl+Up / Ctrl+Down, to change its place. Enter or a double "
                          "click opens it."));
    const int widths[AgendaModel::ColumnCount] = {28, 160, 80, 40, 80, 150, 90};
    for (int c = 0; c < AgendaModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, std::max(widths[c], m_view->horizontalHeader()->sectionSizeHint(c)));
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    Workspace::showErrorsOf(m_model, readError, m_view);

    auto *hint =
        new QLabel(tr("Cases to discuss first, registered cases apart after them. Drag a case or press "
                      "Ctrl+Up / Ctrl+Down to change its place."),
                   this);
    hint->setObjectName(QStringLiteral("workspaceExplanation"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *actions = new QGridLayout; // two by two: the detail pane stays narrow
    m_moveToSession = new QPushButton(tr("Move to another &session…"), this);
    needsRight(m_moveToSession, Action::RegisterCases);
    m_moveToSession->setObjectName(QStringLiteral("moveCaseToSession"));
    m_moveToSession->setToolTip(tr("Move the selected case to a later session of the committee"));
    m_closeRegistrations = new QPushButton(tr("C&lose registrations"), this);
    needsRight(m_closeRegistrations, Action::PlanSessions);
    m_closeRegistrations->setObjectName(QStringLiteral("closeRegistrations"));
    m_copyMissing = new QPushButton(tr("Cop&y what is missing"), this);
    m_copyMissing->setObjectName(QStringLiteral("copyMissing"));
    m_copyMissing->setToolTip(
        tr("Copy what the incomplete cases lack, grouped by requesting physician, to paste "
           "into an e-mail"));
    m_printMissing = new QPushButton(tr("&Print what is missing…"), this);
    m_printMissing->setObjectName(QStringLiteral("printMissing"));
    m_printMissing->setToolTip(tr("Print what the incomplete cases lack, grouped by requesting physician"));
    actions->addWidget(m_moveToSession, 0, 0);
    actions->addWidget(m_closeRegistrations, 0, 1);
    actions->addWidget(m_copyMissing, 1, 0);
    actions->addWidget(m_printMissing, 1, 1);
    actions->setColumnStretch(2, 1);
    layout->addLayout(actions);

    connect(m_moveToSession, &QPushButton::clicked, this, &AgendaPanel::moveToSession);
    connect(m_closeRegistrations, &QPushButton::clicked, this, &AgendaPanel::toggleRegistrations);
    connect(m_copyMissing, &QPushButton::clicked, this, &AgendaPanel::copyMissing);
    connect(m_printMissing, &QPushButton::clicked, this, &AgendaPanel::printMissing);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUuid id = m_model->inscriptionAt(index.row());
        if (!id.isNull())
            Q_EMIT caseActivated(id);
    });
    connect(m_model, &AgendaModel::writeFailed, this, &AgendaPanel::showError);
    // The list reads again after every change of the store: the selected case stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_keepSelected.isNull())
            m_keepSelected = selectedCase();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_keepSelected);
        m_keepSelected = QUuid();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    updateActions();
}

void AgendaPanel::setSession(const QUuid &sessionId) {
    if (sessionId != m_model->sessionId()) {
        m_error->hide();
        m_keepSelected = QUuid();
        m_view->clearSelection();
    }
    m_model->setSession(sessionId);
}

QUuid AgendaPanel::selectedCase() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {})
               ? m_model->inscriptionAt(current.row())
               : QUuid();
}

void AgendaPanel::select(const QUuid &inscriptionId) {
    const int row = inscriptionId.isNull() ? -1 : m_model->rowOf(inscriptionId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, AgendaModel::PatientColumn));
        m_view->selectRow(row);
    }
}

void AgendaPanel::moveSelected(int delta) {
    const QUuid id = selectedCase();
    if (id.isNull())
        return;
    m_error->hide();
    m_keepSelected = id;
    if (!m_model->moveBy(m_model->rowOf(id), delta))
        m_keepSelected = QUuid();
}

void AgendaPanel::showError(const QString &error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool AgendaPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() == Qt::ControlModifier;
        if (ctrl && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            if (!m_services.isReadOnly())
                moveSelected(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::KeyboardModifiers()) {
            const QUuid id = selectedCase();
            if (!id.isNull())
                Q_EMIT caseActivated(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgendaPanel::updateActions() {
    const Session &s = m_model->summary().session;
    const bool loaded = !m_model->sessionId().isNull() && m_model->errorText().isEmpty();
    const bool planned = loaded && s.status == SessionStatus::Planned && !m_services.isReadOnly();
    const QLocale locale;
    QString state;
    if (!loaded)
        state.clear();
    else if (s.status != SessionStatus::Planned)
        state = tr("Registrations are over: the session is no longer planned.");
    else if (s.registrationsClosed)
        state = tr("Registrations are closed: a new case needs the coordinator's agreement.");
    else if (s.registrationDeadline.isValid() && s.registrationDeadline < clock::nowUtc())
        state = tr("Registration deadline passed (%1): cases added now are marked late.")
                    .arg(locale.toString(toBoardTime(s.registrationDeadline), QLocale::ShortFormat));
    else if (s.registrationDeadline.isValid())
        state = tr("Registrations open until %1.")
                    .arg(locale.toString(toBoardTime(s.registrationDeadline), QLocale::ShortFormat));
    else
        state = tr("Registrations open.");
    const int incomplete = m_model->summary().incompleteCount();
    if (loaded && m_model->rowCount() > 0)
        state += QLatin1Char(' ') + (incomplete == 0 ? tr("Every case is complete.")
                                                     : tr("%Ln case(s) incomplete.", nullptr, incomplete));
    m_registrations->setText(state);
    m_closeRegistrations->setText(s.registrationsClosed ? tr("Re&open registrations")
                                                        : tr("C&lose registrations"));
    m_closeRegistrations->setToolTip(
        s.registrationsClosed ? tr("Let requesters register cases for this session again")
                              : tr("Refuse new cases for this session (the coordinator may still add "
                                   "one)"));
    m_closeRegistrations->setEnabled(planned);
    m_moveToSession->setEnabled(planned && !selectedCase().isNull());
    m_copyMissing->setEnabled(loaded && incomplete > 0);
    m_printMissing->setEnabled(loaded && incomplete > 0);
}

void AgendaPanel::copyMissing() {
    QApplication::clipboard()->setText(m_model->summary().missingByRequester());
}

void AgendaPanel::printMissing() {
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print what is missing"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setPlainText(m_model->summary().missingByRequester());
    document.print(&printer);
}

void AgendaPanel::moveToSession() {
    const QUuid id = selectedCase();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_error->hide();
    const QString patient = m_model->data(m_model->index(row, AgendaModel::PatientColumn)).toString();
    sessiondialogs::moveCase(this, m_services, id, patient, m_model->summary().session);
}

void AgendaPanel::toggleRegistrations() {
    m_error->hide();
    const Session &s = m_model->summary().session;
    const StoreResult done = m_services.agenda().setRegistrationsClosed(s.meta.id, !s.registrationsClosed);
    if (!done.ok)
        showError(done.error);
}

} // namespace concerto
