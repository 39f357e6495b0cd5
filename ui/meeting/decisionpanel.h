// The decision panel of the meeting, on the fiche's decision document (editing/fichedecisiondocument.h):
// the case status, the proposal lines (treatment type, details, intention), the further exams with their
// dates, the referral to a recours board, surveillance only, the guideline used (from the committee's
// list) with conformity and its justification, the trial proposed, the comments. Every edit is an undo
// step (Ctrl+Z, Ctrl+Shift+Z) and is drafted at once: a crash or a closed window loses nothing. The
// decision's faults are listed under the fields. Everything is reached with Tab; the workspace saves it.
#pragma once

#include "models/domain/rcp.h"
#include "services/services.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace concerto {

namespace editing {
class FicheDecisionDocument;
}

class DecisionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit DecisionPanel(Services &services, QWidget *parent = nullptr);
    ~DecisionPanel() override;

    // Opens the decision of fiche `ficheId`, with the guidelines of its committee to choose from; a
    // fiche without a proposal line gets an empty first one. False, with the reason shown, when the fiche
    // cannot be edited (signed, gone).
    bool open(const QUuid &ficheId, const std::vector<Guideline> &guidelines);
    // Writes the draft and shows nothing (`message` in its place).
    void closeDocument(const QString &message = {});
    // Saves the working copy (merged with what another writer saved meanwhile); false with the reason
    // shown.
    bool save();

    editing::FicheDecisionDocument *document() const { return m_document.get(); }
    QUuid ficheId() const;
    // Where the keyboard goes when a case is taken up: the first proposal line's treatment type.
    QWidget *firstField() const;
    void showError(const QString &error);
    // What became of the fiche's draft on opening (restored, and whose; or damaged); empty when none.
    QString draftNote() const;

private:
    void build();
    void refresh(const QString &path);
    void rebuildLines();
    void rebuildExams();
    void fillFromDocument();
    void addLine();
    void addExam();
    void showFaults();

    Services &m_services;
    std::unique_ptr<editing::FicheDecisionDocument> m_document;
    std::vector<Guideline> m_guidelines;
    bool m_filling = false;

    QLabel *m_placeholder = nullptr;
    QWidget *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_caseStatus = nullptr;
    QVBoxLayout *m_lines = nullptr;
    QPushButton *m_addLine = nullptr;
    QVBoxLayout *m_exams = nullptr;
    QPushButton *m_addExam = nullptr;
    QCheckBox *m_recours = nullptr;
    QCheckBox *m_surveillance = nullptr;
    QComboBox *m_guideline = nullptr;
    QCheckBox *m_conform = nullptr;
    QLineEdit *m_justification = nullptr;
    QCheckBox *m_trial = nullptr;
    QLineEdit *m_trialName = nullptr;
    QPlainTextEdit *m_comments = nullptr;
    QLabel *m_faults = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_draftNote = nullptr;
    int m_lineRows = -1;
    int m_examRows = -1;
};

} // namespace concerto
