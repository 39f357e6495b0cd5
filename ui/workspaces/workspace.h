// The base of every workspace of the main window: access to the database, a title with a short
// explanation at the top, and small building blocks (indicator tiles, badges, "what will come" panels).
#pragma once

#include "services/services.h"

#include <QWidget>

class QLabel;
class QAbstractItemView;
class QTableView;
class QTreeWidget;
class QVBoxLayout;

namespace concerto {

class StoreListModel;

class Workspace : public QWidget {
    Q_OBJECT
public:
    Workspace(Services &services, const QString &title, const QString &explanation,
              QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Called each time the workspace is shown: reloads what may have changed meanwhile.
    virtual void refresh() {}

    // A white tile with a large figure and its label; the figure label is returned through `value`.
    static QWidget *makeTile(const QString &label, QLabel **value, QWidget *parent);
    // A coloured pill with a short text.
    static QLabel *makeBadge(const QString &text, const QColor &colour, QWidget *parent);
    // A compact, single-selection, row-wise table with a header that does not highlight; Tab leaves it.
    static void setUpTable(QTableView *table);
    // A red banner that says why something could not be read; hidden until it has a text.
    static QLabel *makeErrorBanner(QWidget *parent);
    // Shows the model's read errors in `banner`; the view is greyed out while its list is incomplete.
    static void showErrorsOf(StoreListModel *model, QLabel *banner, QAbstractItemView *view);
    // Replaces a tree of cases by one line saying why they could not be read.
    static void showCasesUnreadable(QTreeWidget *tree, const QString &error);
    // A dashed panel listing what this part of the screen will hold.
    static QWidget *makeComingSoon(const QString &heading, const QStringList &items, QWidget *parent);

protected:
    // The layout under the title, where the workspace puts its content.
    QVBoxLayout *content() const { return m_content; }

    Services &m_services;

private:
    QString m_title;
    QVBoxLayout *m_content = nullptr;
};

} // namespace concerto
