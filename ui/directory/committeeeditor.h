// One committee (RCP) of the directory, as a 3C administrator edits it: name and national identifier,
// its 3C, nature with appareil and organs or theme (pickers over the imported value sets, free codes
// otherwise), recours and paediatric flags, schedule, permanent members, guidelines, quorum rule and
// the case fields it requires. The check (validation::rcpFaults) is shown at the fields; what the form
// does not show is kept from the record it was given. The form edits a CommitteeDocument: every change
// is an undo step (Ctrl+Z, Ctrl+Shift+Z), a draft is kept while it is edited, and the save merges what
// another writer saved meanwhile (or refuses the same field changed twice, with both values).
#pragma once

#include "models/domain/rcp.h"
#include "models/validation/rcpcheck.h"
#include "services/services.h"

#include <memory>

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace concerto::editing {
class CommitteeDocument;
}

namespace concerto {

class CheckList;
class QuorumEditor;
class ScheduleEditor;

class CommitteeEditor final : public QWidget {
    Q_OBJECT
public:
    explicit CommitteeEditor(Services &services, QWidget *parent = nullptr);
    ~CommitteeEditor() override;

    // Reloads the pickers (value sets, 3C, professionals) and opens `rcp` (a stored committee with its
    // draft when newer, or a new one); the edits of the committee shown before are discarded.
    void setRcp(const Rcp &rcp);
    // The committee the fields describe.
    Rcp rcp() const;
    // Checks the fields and shows the faults at them; true when there is none.
    bool validate();
    // Validates and saves in one write transaction (journal, audit). `error` says why not.
    bool save(QString *error = nullptr);
    bool isDirty() const;
    editing::CommitteeDocument *document() const { return m_document.get(); }

    ScheduleEditor *scheduleEditor() const { return m_schedule; }
    QuorumEditor *quorumEditor() const { return m_quorum; }
    CheckList *caseFieldList() const { return m_caseFields; }
    CheckList *memberList() const { return m_members; }
    QTableWidget *guidelineTable() const { return m_guidelines; }
    void addGuideline(const QString &name, const QString &version, const QString &date);

Q_SIGNALS:
    void changed();
    void saved(const QUuid &id);

private:
    QWidget *buildGeneral();
    QWidget *buildGuidelinesAndFields();
    void loadPickers();
    void natureChanged();
    void markDirty();
    // Sets in the document each field of `after` that differs from `before`, at its path under `prefix`.
    void setChangedFields(const QString &prefix, const QJsonObject &before, const QJsonObject &after);
    // Shows `rcp` in the fields, without an edit.
    void showCommittee(const Rcp &rcp);
    std::vector<validation::RcpFault> faults() const;

    Services &m_services;
    Rcp m_rcp;
    std::unique_ptr<editing::CommitteeDocument> m_document;
    QJsonObject m_shownFields; // what the fields showed after the last edit or load
    bool m_loading = false;
    bool m_organSetLoaded = false;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_generalForm = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nationalId = nullptr;
    QComboBox *m_centre = nullptr;
    QComboBox *m_host = nullptr; // host establishment
    QComboBox *m_nature = nullptr;
    QComboBox *m_appareil = nullptr;
    CheckList *m_organs = nullptr;
    QLineEdit *m_organCodes = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_recours = nullptr;
    QCheckBox *m_paediatric = nullptr;
    ScheduleEditor *m_schedule = nullptr;
    CheckList *m_members = nullptr;
    QComboBox *m_coordinator = nullptr; // signs the fiches
    CheckList *m_deputies = nullptr;    // may sign them too
    QTableWidget *m_guidelines = nullptr;
    QuorumEditor *m_quorum = nullptr;
    CheckList *m_caseFields = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_nationalIdMessage = nullptr;
    QLabel *m_natureMessage = nullptr;
    QLabel *m_scopeMessage = nullptr;
    QLabel *m_guidelinesMessage = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_organRow = nullptr;
    QWidget *m_appareilRow = nullptr;
    QWidget *m_themeRow = nullptr;
};

} // namespace concerto
