// The Cases (Dossiers) and Meeting (Séance) workspaces: for now a title, what they will hold, and the
// figures already known (cases registered, next session).
#pragma once

#include "ui/workspaces/workspace.h"

class QLabel;

namespace concerto {

class CasesWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit CasesWorkspace(Database &db, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLabel *m_cases = nullptr;
};

class MeetingWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit MeetingWorkspace(Database &db, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLabel *m_next = nullptr;
};

} // namespace concerto
