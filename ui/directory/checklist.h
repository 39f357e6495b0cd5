// A filterable list of ticked entries (value, label): the organs of a committee, its permanent members,
// the case fields it requires. Ticked values that the list does not know are kept, shown first with
// their code, so that a save never drops them.
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace concerto {

class CheckList final : public QWidget {
    Q_OBJECT
public:
    explicit CheckList(const QString &objectName, QWidget *parent = nullptr);

    // The entries offered: (value, label) in the order shown.
    void setEntries(const std::vector<std::pair<QString, QString>> &entries);
    // Ticks these values, listed first; unknown ones are added (labelled "unknownLabel" with the value).
    void setTicked(const QStringList &values, const QString &unknownLabel);
    // The ticked values, unknown ones first, then in the order of the entries.
    QStringList ticked() const;
    void setTicked(const QString &value, bool ticked);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    void filter(const QString &text);

    std::vector<std::pair<QString, QString>> m_entries;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace concerto
