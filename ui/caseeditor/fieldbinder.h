// Binds the case editor's widgets to the fields of a CaseDocument by path: a widget shows the field's
// value and sends each change to the document (one undo step, typing merged); undo, redo and restored
// drafts update the widgets; the message of validation shows under each field, and a field taken
// from an earlier fiche is tinted with a tooltip saying from where. Each bound widget is named by its
// path (objectName), so tests and the window find it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace concerto::editing {
class CaseDocument;
}

namespace concerto::ui {

class FieldBinder final : public QObject {
    Q_OBJECT
public:
    FieldBinder(editing::CaseDocument *document, QObject *parent);

    editing::CaseDocument *document() const { return m_document; }

    // `accepts`, when given, says whether a text is a value for the field (a code field takes words to
    // search with, which are not sent to the document; leaving the field shows the value again).
    QLineEdit *line(const QString &path, QWidget *parent, std::function<bool(const QString &)> accepts = {});
    QPlainTextEdit *text(const QString &path, QWidget *parent);
    QCheckBox *check(const QString &path, const QString &label, QWidget *parent);
    // A date typed DD/MM/YYYY (or MM/YYYY where only the month is known).
    QLineEdit *date(const QString &path, QWidget *parent);
    // A choice among codes (empty code: not given); `numeric` stores the code as a number (WHO status).
    QComboBox *combo(const QString &path, const std::vector<std::pair<QString, QString>> &codesAndLabels,
                     QWidget *parent, bool numeric = false);
    // The field with its message line under it.
    QWidget *withMessage(QWidget *field, const QString &path);
    // A message line for a path that is not one widget (a whole TNM, a list item).
    QLabel *messageLine(const QString &path, QWidget *parent);

    // Shows the document's values (the fields under `path`, all when empty) and every message.
    void refresh(const QString &path = {});
    void showMessages();

private:
    enum class Kind { Line, Text, Check, Date, Combo };
    struct Entry {
        QString path;
        Kind kind;
        QPointer<QWidget> widget;
        bool numeric = false;
    };
    void add(const QString &path, Kind kind, QWidget *widget, bool numeric = false);
    void show(Entry &entry);
    void markPrefilled(QWidget *widget, const QString &path);

    editing::CaseDocument *m_document;
    std::vector<Entry> m_entries;
    std::vector<std::pair<QString, QPointer<QLabel>>> m_messages;
    bool m_updating = false;
};

} // namespace concerto::ui
