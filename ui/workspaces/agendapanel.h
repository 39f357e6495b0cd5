// The agenda of the selected session in the Planning workspace: its cases in order (to discuss first,
// registered ones apart), each with its requester, completeness and late mark; reordered by drag and
// drop or Ctrl+Up / Ctrl+Down; a case moved to another session; registrations closed or opened; what is
// missing copied or printed, grouped by requester. Enter or a double click opens a case.
#pragma once

#include "services/services.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace concerto {

class AgendaModel;

class AgendaPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AgendaPanel(Services &services, QWidget *parent = nullptr);

    void setSession(const QUuid &sessionId);
    AgendaModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *errorLabel() const { return m_error; }

    // Moves the selected case by `delta` places (one journaled write) and keeps it selected.
    void moveSelected(int delta);
    // Puts what is missing, grouped by requester, on the clipboard.
    void copyMissing();

Q_SIGNALS:
    void caseActivated(const QUuid &inscriptionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QUuid selectedCase() const;
    void select(const QUuid &inscriptionId);
    void updateActions();
    void showError(const QString &error);
    void moveToSession();
    void toggleRegistrations();
    void printMissing();

    Services &m_services;
    AgendaModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_registrations = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_moveToSession = nullptr;
    QPushButton *m_closeRegistrations = nullptr;
    QPushButton *m_copyMissing = nullptr;
    QPushButton *m_printMissing = nullptr;
    QUuid m_keepSelected; // the case to select again once the list reads again after a move
};

} // namespace concerto
