// The versions and history of one fiche RCP: every version listed (number, state, the reason of a
// correction); the selected version's pages beside the version before it, with the fields that changed
// between them; the history from the audit rows (when, who, what). The coordinator corrects the latest
// signed version from here (Ctrl+N): a new version with its reason, the signed one untouched.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/auditentry.h"
#include "services/services.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace concerto {

class FicheVersionsDialog final : public QDialog {
    Q_OBJECT
public:
    FicheVersionsDialog(Services &services, const QUuid &setId, QWidget *parent = nullptr);

    QListWidget *versionList() const { return m_versions; }
    QListWidget *changeList() const { return m_changes; }
    QTableWidget *historyTable() const { return m_history; }
    QTextBrowser *before() const { return m_before; }
    QTextBrowser *after() const { return m_after; }

    // Corrects the latest version, signed, with `reason`: a new version. The reason in words when refused.
    QString amendLatest(const QString &reason);

    // What changed between two versions of a fiche, one line each: "Proposal: … → …".
    static QStringList changedFields(const Fiche &before, const Fiche &after);
    // One audit row of version `version` in words: "Fiche made", "Correction made (new version)",
    // "Signed", "Changed: Proposal".
    static QString describe(const AuditEntry &entry, int version);

private:
    void reload();
    void showVersion(int index);
    void askAmendment();
    QString pagesOf(const Fiche &fiche);

    Services &m_services;
    QUuid m_setId;
    std::vector<Fiche> m_all;
    QListWidget *m_versions = nullptr;
    QTextBrowser *m_before = nullptr;
    QTextBrowser *m_after = nullptr;
    QLabel *m_beforeTitle = nullptr;
    QLabel *m_afterTitle = nullptr;
    QListWidget *m_changes = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_amend = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concerto
