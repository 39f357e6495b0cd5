// The files attached to a case: the list (name, type, size, date), Add (a file chooser; a file too large
// or unreadable is refused with its reason), Open (a copy in the temporary folder, opened by the
// system's viewer) and Remove (after a question).
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace concerto::editing {
class CaseDocument;
}

namespace concerto::ui {

class AttachmentSection final : public QWidget {
    Q_OBJECT
public:
    AttachmentSection(editing::CaseDocument *document, QWidget *parent);

    // Adds a file as the Add button does after its chooser; false with the reason shown when refused.
    bool addFile(const QString &path);
    QListWidget *list() const { return m_list; }
    QLabel *errorLabel() const { return m_error; }

private:
    void reload();
    void openSelected();
    void removeSelected();

    editing::CaseDocument *m_document;
    QListWidget *m_list;
    QLabel *m_error;
};

} // namespace concerto::ui
