// The Statistics workspace: indicator tiles counted from the local store (sessions, cases, fiches,
// signed fiches, patients); filters, charts and CSV export come later.
#pragma once

#include "ui/workspaces/workspace.h"

class QLabel;

namespace concerto {

class StatisticsWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit StatisticsWorkspace(Database &db, QWidget *parent = nullptr);
    void refresh() override;

    // The figure shown on a tile, by key: "sessions", "cases", "fiches", "signed", "patients".
    QString figure(const QString &key) const;

private:
    QLabel *m_sessions = nullptr;
    QLabel *m_cases = nullptr;
    QLabel *m_fiches = nullptr;
    QLabel *m_signed = nullptr;
    QLabel *m_patients = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concerto
