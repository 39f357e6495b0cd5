// The Meeting (Séance) workspace: for now a title, what it will hold, and the next session.
#pragma once

#include "ui/workspaces/workspace.h"

class QLabel;

namespace concerto {

class MeetingWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit MeetingWorkspace(Services &services, QWidget *parent = nullptr);
    void refresh() override;

private:
    QLabel *m_next = nullptr;
};

} // namespace concerto
