// A list of the case edited as a table (see listeditor.h).
#include "ui/caseeditor/listeditor.h"

#include "editing/casedocument.h"
#include "editing/jsonpath.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concerto::ui {

ListEditor::ListEditor(editing::CaseDocument *document, QString listPath, std::vector<Column> columns,
                       const QString &addLabel, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_listPath(std::move(listPath))
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(this))
    , m_messages(new QLabel(this)) {
    setObjectName(m_listPath);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(m_listPath + QStringLiteral(":table"));
    m_table->setColumnCount(int(m_columns.size()));
    QStringList titles;
    for (const Column &c : m_columns)
        titles << c.title;
    m_table->setHorizontalHeaderLabels(titles);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(80);
    m_table->setMaximumHeight(130);
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (m_columns[std::size_t(c)].width > 0)
            m_table->setColumnWidth(c, m_columns[std::size_t(c)].width);
    layout->addWidget(m_table);
    m_messages->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_messages->setWordWrap(true);
    m_messages->hide();
    layout->addWidget(m_messages);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(addLabel, this);
    add->setObjectName(m_listPath + QStringLiteral(":add"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(m_listPath + QStringLiteral(":remove"));
    remove->setToolTip(tr("Removes the selected line (Ctrl+Z brings it back)"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_document->appendItem(m_listPath);
        if (row >= 0) {
            m_table->setCurrentCell(row, 0);
            m_table->editItem(m_table->item(row, 0));
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_document->removeItem(m_listPath, m_table->currentRow());
    });
    connect(m_table, &QTableWidget::cellChanged, this, &ListEditor::cellEdited);
    connect(m_document, &editing::CaseDocument::changed, this, [this](const QString &path) {
        if (path.isEmpty() || path == m_listPath || path.startsWith(m_listPath + QLatin1Char('/')) ||
            m_listPath.startsWith(path + QLatin1Char('/')))
            reload();
        else
            showMessages();
    });
    reload();
}

void ListEditor::reload() {
    m_loading = true;
    const int current = m_table->currentRow();
    const int rows = m_document->listSize(m_listPath);
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < int(m_columns.size()); ++c) {
            const Column &column = m_columns[std::size_t(c)];
            const QString path = editing::itemPath(m_listPath, r, column.field);
            const QString value = m_document->text(path);
            if (column.type == Column::Type::Choice) {
                auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(r, c));
                if (!box) {
                    box = new QComboBox(m_table);
                    for (const auto &[code, label] : column.choices)
                        box->addItem(label, code);
                    connect(box, &QComboBox::activated, this, [this, box, c](int index) {
                        for (int row = 0; row < m_table->rowCount(); ++row)
                            if (m_table->cellWidget(row, c) == box)
                                m_document->setText(
                                    editing::itemPath(m_listPath, row, m_columns[std::size_t(c)].field),
                                    box->itemData(index).toString());
                    });
                    m_table->setCellWidget(r, c, box);
                }
                const QSignalBlocker block(box);
                box->setCurrentIndex(std::max(0, box->findData(value)));
                continue;
            }
            QString shown = value;
            if (column.type == Column::Type::Date) {
                const QDate d = QDate::fromString(value, Qt::ISODate);
                shown = d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
            }
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item)
                m_table->setItem(r, c, item = new QTableWidgetItem);
            item->setText(shown);
        }
    if (current >= 0 && current < rows)
        m_table->setCurrentCell(current, std::max(0, m_table->currentColumn()));
    m_loading = false;
    showMessages();
}

void ListEditor::cellEdited(int row, int column) {
    if (m_loading)
        return;
    const Column &c = m_columns[std::size_t(column)];
    const QString path = editing::itemPath(m_listPath, row, c.field);
    const QString text = m_table->item(row, column)->text().trimmed();
    if (c.type == Column::Type::Date) {
        const QDate d = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
        if (!text.isEmpty() && !d.isValid()) {
            m_messages->setText(tr("Line %1: \"%2\" is not a date (DD/MM/YYYY).").arg(row + 1).arg(text));
            m_messages->show();
            return;
        }
        m_document->endTyping();
        m_document->setDate(path, d);
    } else {
        m_document->endTyping();
        m_document->setText(path, text);
    }
}

void ListEditor::showMessages() {
    QStringList lines;
    for (const auto &[path, messages] : m_document->validation())
        if (path.startsWith(m_listPath + QLatin1Char('/'))) {
            const int row = path.section(QLatin1Char('/'), m_listPath.count(QLatin1Char('/')) + 1,
                                         m_listPath.count(QLatin1Char('/')) + 1)
                                .toInt();
            for (const QString &m : messages)
                lines << tr("Line %1: %2").arg(row + 1).arg(m);
        }
    m_messages->setText(lines.join(QLatin1Char('\n')));
    m_messages->setVisible(!lines.isEmpty());
}

} // namespace concerto::ui
