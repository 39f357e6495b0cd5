// Search-as-you-type over an imported value set for a code field (see codepicker.h).
#include "ui/caseeditor/codepicker.h"

#include "services/nomenclatureservice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace concerto::ui {

namespace {
const QString kSeparator = QStringLiteral(" — ");
}

CodePicker::CodePicker(QLineEdit *field, NomenclatureService &repository, const QString &setName)
    : QObject(field)
    , m_field(field)
    , m_repository(repository)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this)) {
    const auto set = repository.activeSetByName(setName);
    if (set.ok() && set.value)
        m_oid = set.value->oid;
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(field);
    m_completer->popup()->setMinimumWidth(560);
    if (m_oid.isEmpty())
        field->setToolTip(tr("The national list of codes (%1) is not imported: type the code. "
                             "Administration > Nomenclatures imports it.")
                              .arg(setName));
    connect(field, &QLineEdit::textEdited, this, &CodePicker::search);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &entry) {
                const QString code = entry.section(kSeparator, 0, 0);
                m_field->setText(code);
                Q_EMIT codeChosen(code);
            });
}

void CodePicker::search(const QString &text) {
    if (m_oid.isEmpty() || text.trimmed().size() < 2) {
        m_model->setStringList({});
        return;
    }
    const StoreRead<std::vector<nomenclature::Concept>> found =
        m_repository.search(m_oid, text.trimmed(), 30);
    QStringList entries;
    if (found.ok())
        for (const nomenclature::Concept &c : *found)
            entries << c.code + kSeparator + c.displayName;
    m_model->setStringList(entries);
    if (!entries.isEmpty() && m_field->hasFocus())
        m_completer->complete();
}

QString CodePicker::labelOf(const QString &code) const {
    if (m_oid.isEmpty() || code.isEmpty())
        return {};
    const StoreRead<QString> name = m_repository.displayName(m_oid, code);
    return name.ok() ? *name : QString();
}

} // namespace concerto::ui
