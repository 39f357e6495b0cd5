// A list of the case as a table (test results, past treatments, report conclusions, other stagings):
// one row an item, one column a field (text, date DD/MM/YYYY, or a choice of codes), Add and Remove
// buttons; every cell edit, addition and removal is one undo step of the CaseDocument, and the table
// follows undo and redo. A message line under the table shows the items' validation messages.
#pragma once

#include <QWidget>
#include <vector>

class QLabel;
class QTableWidget;

namespace concerto::editing {
class CaseDocument;
}

namespace concerto::ui {

class ListEditor final : public QWidget {
    Q_OBJECT
public:
    struct Column {
        QString field; // the item's key, e.g. "exam"
        QString title;
        enum class Type { Text, Date, Choice } type = Type::Text;
        std::vector<std::pair<QString, QString>> choices{}; // code, label
        int width = 0;
    };
    ListEditor(editing::CaseDocument *document, QString listPath, std::vector<Column> columns,
               const QString &addLabel, QWidget *parent);

    QTableWidget *table() const { return m_table; }
    void reload();

private:
    void cellEdited(int row, int column);
    void showMessages();

    editing::CaseDocument *m_document;
    QString m_listPath;
    std::vector<Column> m_columns;
    QTableWidget *m_table;
    QLabel *m_messages;
    bool m_loading = false;
};

} // namespace concerto::ui
