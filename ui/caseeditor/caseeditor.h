// The case editor: one window per open case, reading like the fiche (a column of section names, the
// sections as one scrolling form), bound to a CaseDocument: Undo/Redo (Ctrl+Z / Ctrl+Shift+Z), Save
// (Ctrl+S), the patient and a modified mark in the title, a banner for a restored draft and for fields
// taken from an earlier fiche, and on close with unsaved edits a question (save / discard / cancel),
// while the draft is already safe. Others open it through the two functions below.
#pragma once

#include "services/services.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace concerto::editing {
class CaseDocument;
}

namespace concerto {

// Opens the case in its editor window (brought to the front when it is already open). A case that
// cannot be read is said in a message box.
void openCaseEditor(Services &services, const QUuid &inscriptionId, QWidget *parent);
// Starts a new case of the patient for the session in an editor window, pre-filled from the patient's
// last fiche or case; nothing is in the database until it is saved (its draft is kept meanwhile).
void openNewCaseEditor(Services &services, const QUuid &patientId, const QUuid &sessionId, QWidget *parent);
// Shows an open document (a case just registered) in its editor window.
void showCaseEditor(Services &services, std::unique_ptr<editing::CaseDocument> document, QWidget *parent);

namespace ui {
class FieldBinder;
}

class CaseEditorWindow final : public QMainWindow {
    Q_OBJECT
public:
    CaseEditorWindow(Services &services, std::unique_ptr<editing::CaseDocument> document,
                     QWidget *parent = nullptr);
    ~CaseEditorWindow() override;

    editing::CaseDocument *document() const { return m_document.get(); }
    // The open editor of a case, if any.
    static CaseEditorWindow *find(const QUuid &inscriptionId);

    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    bool save();

    // What closing with unsaved edits asks (Save, Discard or Cancel); tests replace it.
    std::function<QMessageBox::StandardButton(QWidget *)> askOnClose;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildSections();
    void addSection(const QString &name, QWidget *content, const QString &note = {});
    void updateTitle();
    void updateBanners();

    Services &m_services;
    std::unique_ptr<editing::CaseDocument> m_document;
    ui::FieldBinder *m_binder = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QListWidget *m_sectionList = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    std::vector<QWidget *> m_sections;
    QLabel *m_draftBanner = nullptr;
    QPushButton *m_draftButton = nullptr;
    QLabel *m_prefillBanner = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_missing = nullptr; // what the committee requires and the case does not hold yet
};

} // namespace concerto
