// The top search's drop-down: a QCompleter showing every suggestion as it is (no filtering of its own),
// each row with its kind's icon and a second line; choosing one leaves the typed text in the field.
#include "ui/search/topsearchcompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <algorithm>

namespace concerto {

namespace {

// The role the completer writes back into the field: the text typed, so that choosing changes nothing.
constexpr int kTypedRole = Qt::UserRole + 1;

QIcon iconOf(Suggestion::Kind kind) {
    switch (kind) {
    case Suggestion::Kind::Patient:
        return QIcon(QStringLiteral(":/icons/patients.svg"));
    case Suggestion::Kind::Case:
        return QIcon(QStringLiteral(":/icons/cases.svg"));
    case Suggestion::Kind::Session:
        return QIcon(QStringLiteral(":/icons/planning.svg"));
    }
    return {};
}

} // namespace

TopSearchCompleter::TopSearchCompleter(Services &services, QLineEdit *field)
    : QObject(field)
    , m_services(services)
    , m_field(field)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_pause(new QTimer(this)) {
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kTypedRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(field);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &TopSearchCompleter::update);
    connect(field, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const int row = index.row();
                if (row >= 0 && row < int(m_suggestions.size()))
                    Q_EMIT chosen(m_suggestions[size_t(row)]);
            });
}

void TopSearchCompleter::update() {
    m_pause->stop();
    const QString typed = m_field->text();
    const StoreRead<std::vector<Suggestion>> found = topsearch::suggest(m_services, typed);
    // A failed read shows no suggestion; Enter still runs the Patients search, which reports it.
    m_suggestions = found.ok() ? *found : std::vector<Suggestion>{};
    m_model->clear();
    for (const Suggestion &s : m_suggestions) {
        auto *item = new QStandardItem(
            iconOf(s.kind), s.detail.isEmpty() ? s.text : s.text + QStringLiteral("\n") + s.detail);
        item->setData(typed, kTypedRole);
        item->setToolTip(s.detail);
        m_model->appendRow(item);
    }
    if (m_suggestions.empty() || !m_field->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    // Wider than the field: a case's line names its committee and session.
    QRect under = m_field->rect();
    under.setWidth(std::max(under.width(), m_field->fontMetrics().averageCharWidth() * 90));
    m_completer->complete(under);
}

} // namespace concerto
