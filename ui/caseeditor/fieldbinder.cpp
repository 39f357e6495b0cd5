// Widgets bound to the fields of a case by path (see fieldbinder.h).
#include "ui/caseeditor/fieldbinder.h"

#include "editing/casedocument.h"
#include "models/validation/clinicalchecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace concerto::ui {

namespace {

bool under(const QString &path, const QString &changed) {
    return changed.isEmpty() || path == changed || path.startsWith(changed + QLatin1Char('/')) ||
           changed.startsWith(path + QLatin1Char('/'));
}

// A month-precision date (the day of diagnosis not known) is shown MM/YYYY.
bool monthOnly(const editing::CaseDocument *document, const QString &path) {
    if (!path.endsWith(QLatin1String("/diagnosisDate")))
        return false;
    const QString known =
        path.left(path.size() - int(qstrlen("diagnosisDate"))) + QStringLiteral("diagnosisDayKnown");
    return !document->value(known).toBool();
}

} // namespace

FieldBinder::FieldBinder(editing::CaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document) {
    connect(document, &editing::CaseDocument::changed, this, [this](const QString &path) {
        refresh(path);
        showMessages();
    });
}

void FieldBinder::add(const QString &path, Kind kind, QWidget *widget, bool numeric) {
    widget->setObjectName(path);
    m_entries.push_back({path, kind, widget, numeric});
    markPrefilled(widget, path);
    show(m_entries.back());
}

void FieldBinder::markPrefilled(QWidget *widget, const QString &path) {
    const editing::Prefill &prefill = m_document->prefill();
    if (prefill.isEmpty() || !prefill.covers(path))
        return;
    widget->setProperty("prefilled", true);
    widget->setToolTip(prefill.description());
    widget->setStyleSheet(QStringLiteral("background: #fff6d8;"));
}

QLineEdit *FieldBinder::line(const QString &path, QWidget *parent,
                             std::function<bool(const QString &)> accepts) {
    auto *edit = new QLineEdit(parent);
    add(path, Kind::Line, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, path, accepts](const QString &text) {
        if (!m_updating && (!accepts || text.trimmed().isEmpty() || accepts(text.trimmed())))
            m_document->setText(path, text.trimmed());
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, path, accepts, edit] {
        m_document->endTyping();
        if (accepts && !edit->text().trimmed().isEmpty() && !accepts(edit->text().trimmed()))
            refresh(path);
    });
    return edit;
}

QPlainTextEdit *FieldBinder::text(const QString &path, QWidget *parent) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    edit->setMaximumHeight(110);
    add(path, Kind::Text, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, path, edit] {
        if (!m_updating)
            m_document->setText(path, edit->toPlainText());
    });
    return edit;
}

QCheckBox *FieldBinder::check(const QString &path, const QString &label, QWidget *parent) {
    auto *box = new QCheckBox(label, parent);
    add(path, Kind::Check, box);
    connect(box, &QCheckBox::toggled, this, [this, path](bool on) {
        if (!m_updating)
            m_document->setBool(path, on);
    });
    return box;
}

QLineEdit *FieldBinder::date(const QString &path, QWidget *parent) {
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("DD/MM/YYYY"));
    edit->setMaximumWidth(120);
    add(path, Kind::Date, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) {
        if (m_updating)
            return;
        if (text.trimmed().isEmpty()) {
            m_document->setDate(path, {});
            return;
        }
        const validation::DateParse parsed = validation::parsePartialDate(text.trimmed());
        if (!parsed.value.isValid())
            return; // not a date yet: the field waits for the rest
        const bool dayKnown = parsed.value.precision == validation::DatePrecision::Day;
        if (path.endsWith(QLatin1String("/diagnosisDate"))) {
            const QString known =
                path.left(path.size() - int(qstrlen("diagnosisDate"))) + QStringLiteral("diagnosisDayKnown");
            if (m_document->value(known).toBool() != dayKnown)
                m_document->setBool(known, dayKnown);
        } else if (!dayKnown) {
            return;
        }
        m_document->setDate(path, parsed.value.date);
    });
    return edit;
}

QComboBox *FieldBinder::combo(const QString &path,
                              const std::vector<std::pair<QString, QString>> &codesAndLabels, QWidget *parent,
                              bool numeric) {
    auto *box = new QComboBox(parent);
    for (const auto &[code, label] : codesAndLabels)
        box->addItem(label, code);
    add(path, Kind::Combo, box, numeric);
    connect(box, &QComboBox::activated, this, [this, path, box, numeric](int index) {
        if (m_updating)
            return;
        const QString code = box->itemData(index).toString();
        if (numeric)
            m_document->setValue(path, code.isEmpty() ? QJsonValue() : QJsonValue(code.toInt()));
        else
            m_document->setText(path, code);
    });
    return box;
}

QWidget *FieldBinder::withMessage(QWidget *field, const QString &path) {
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(messageLine(path, box));
    return box;
}

QLabel *FieldBinder::messageLine(const QString &path, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message:") + path);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    m_messages.emplace_back(path, label);
    return label;
}

void FieldBinder::show(Entry &e) {
    if (!e.widget)
        return;
    const QSignalBlocker blockWidget(e.widget);
    m_updating = true;
    const QJsonValue v = m_document->value(e.path);
    switch (e.kind) {
    case Kind::Line:
        if (auto *edit = qobject_cast<QLineEdit *>(e.widget); edit->text().trimmed() != v.toString())
            edit->setText(v.toString());
        break;
    case Kind::Text:
        if (auto *edit = qobject_cast<QPlainTextEdit *>(e.widget); edit->toPlainText() != v.toString())
            edit->setPlainText(v.toString());
        break;
    case Kind::Check:
        qobject_cast<QCheckBox *>(e.widget)->setChecked(v.toBool());
        break;
    case Kind::Date: {
        auto *edit = qobject_cast<QLineEdit *>(e.widget);
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        const QString shown =
            !date.isValid() ? QString()
                            : date.toString(monthOnly(m_document, e.path) ? QStringLiteral("MM/yyyy")
                                                                          : QStringLiteral("dd/MM/yyyy"));
        const validation::DateParse typed = validation::parsePartialDate(edit->text().trimmed());
        if (!(typed.value.isValid() && typed.value.date == date) && !(shown.isEmpty() && edit->hasFocus()))
            edit->setText(shown);
        break;
    }
    case Kind::Combo: {
        auto *box = qobject_cast<QComboBox *>(e.widget);
        const QString code = v.isDouble() ? QString::number(v.toInt()) : v.toString();
        int index = box->findData(code);
        if (index < 0 && !code.isEmpty()) { // a code this screen does not list: shown as it is
            box->addItem(code, code);
            index = box->count() - 1;
        }
        box->setCurrentIndex(std::max(index, 0));
        break;
    }
    }
    m_updating = false;
}

void FieldBinder::refresh(const QString &path) {
    m_entries.erase(
        std::remove_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return !e.widget; }),
        m_entries.end());
    for (Entry &e : m_entries)
        if (under(e.path, path))
            show(e);
}

void FieldBinder::showMessages() {
    const editing::FieldMessages all = m_document->validation();
    m_messages.erase(
        std::remove_if(m_messages.begin(), m_messages.end(), [](const auto &m) { return !m.second; }),
        m_messages.end());
    for (auto &[path, label] : m_messages) {
        const auto it = all.find(path);
        const QString text = it == all.end() ? QString() : it->second.join(QLatin1Char('\n'));
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

} // namespace concerto::ui
