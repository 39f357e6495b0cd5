// The sections of the case editor other than the tumours (see casesections.h).
#include "ui/caseeditor/casesections.h"

#include "editing/casedocument.h"
#include "models/domain/builtinsets.h"
#include "ui/caseeditor/fieldbinder.h"
#include "ui/caseeditor/listeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace concerto::ui {

namespace {

std::vector<std::pair<QString, QString>> choicesOf(const nomenclature::BuiltinSet &set, bool withEmpty) {
    std::vector<std::pair<QString, QString>> choices;
    if (withEmpty)
        choices.emplace_back(QString(), QCoreApplication::translate("CaseEditor", "Not given"));
    for (const nomenclature::BuiltinEntry &e : set.entries())
        choices.emplace_back(e.code, e.label);
    return choices;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets) {
    auto *box = new QWidget(parent);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        h->addWidget(w);
    h->addStretch();
    return box;
}

QFormLayout *formOf(QWidget *w) {
    auto *form = new QFormLayout(w);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    return form;
}

} // namespace

QWidget *makeMotifSection(FieldBinder *b, QWidget *parent) {
    auto *w = new QWidget(parent);
    QFormLayout *form = formOf(w);
    form->addRow(
        QCoreApplication::translate("CaseEditor", "Reason for referral"),
        row(w, {b->check(QStringLiteral("motif/diagnosticOpinion"),
                         QCoreApplication::translate("CaseEditor", "Diagnostic opinion"), w),
                b->check(QStringLiteral("motif/treatmentProposal"),
                         QCoreApplication::translate("CaseEditor", "Treatment proposal (incl. surveillance)"),
                         w),
                b->check(QStringLiteral("motif/recours"),
                         QCoreApplication::translate("CaseEditor", "Second opinion"), w),
                b->check(QStringLiteral("motif/paediatrics"),
                         QCoreApplication::translate("CaseEditor", "Paediatrics"), w)}));
    form->addRow(QCoreApplication::translate("CaseEditor", "Case"),
                 b->combo(QStringLiteral("intent"), choicesOf(nomenclature::caseStatuses(), false), w));
    return w;
}

QWidget *makeClinicalSection(FieldBinder *b, QWidget *parent) {
    auto *w = new QWidget(parent);
    QFormLayout *form = formOf(w);
    form->addRow(QCoreApplication::translate("CaseEditor", "Discovery"),
                 row(w, {b->check(QStringLiteral("clinical/fromScreening"),
                                  QCoreApplication::translate("CaseEditor", "From screening, on"), w),
                         b->withMessage(b->date(QStringLiteral("clinical/screeningDate"), w),
                                        QStringLiteral("clinical/screeningDate"))}));
    std::vector<std::pair<QString, QString>> who{
        {QString(), QCoreApplication::translate("CaseEditor", "Not given")}};
    for (const nomenclature::BuiltinEntry &e : nomenclature::performanceStatuses().entries())
        who.emplace_back(e.code, e.code + QStringLiteral(" – ") + e.label);
    QComboBox *whoBox = b->combo(QStringLiteral("clinical/whoStatus"), who, w, true);
    whoBox->setMaximumWidth(300);
    auto *on = new QLabel(QCoreApplication::translate("CaseEditor", "on"), w);
    form->addRow(QCoreApplication::translate("CaseEditor", "WHO status"),
                 row(w, {b->withMessage(whoBox, QStringLiteral("clinical/whoStatus")), on,
                         b->withMessage(b->date(QStringLiteral("clinical/whoStatusDate"), w),
                                        QStringLiteral("clinical/whoStatusDate"))}));
    QLineEdit *tool = b->line(QStringLiteral("clinical/geriatricTool"), w);
    tool->setPlaceholderText(QCoreApplication::translate("CaseEditor", "Tool, e.g. G8"));
    tool->setMaximumWidth(140);
    QLineEdit *score = b->line(QStringLiteral("clinical/geriatricScore"), w);
    score->setPlaceholderText(QCoreApplication::translate("CaseEditor", "Score"));
    score->setMaximumWidth(100);
    form->addRow(QCoreApplication::translate("CaseEditor", "Geriatric screening"), row(w, {tool, score}));
    form->addRow(
        QCoreApplication::translate("CaseEditor", "Phase"),
        row(w, {b->combo(QStringLiteral("clinical/phase"), choicesOf(nomenclature::phases(), false), w),
                new QLabel(QCoreApplication::translate("CaseEditor", "relapse on"), w),
                b->withMessage(b->date(QStringLiteral("clinical/relapseDate"), w),
                               QStringLiteral("clinical/relapseDate"))}));
    form->addRow(QCoreApplication::translate("CaseEditor", "Progression"),
                 row(w, {b->check(QStringLiteral("clinical/progressionLocal"),
                                  QCoreApplication::translate("CaseEditor", "Local"), w),
                         b->check(QStringLiteral("clinical/progressionRegional"),
                                  QCoreApplication::translate("CaseEditor", "Regional"), w),
                         b->check(QStringLiteral("clinical/progressionDistant"),
                                  QCoreApplication::translate("CaseEditor", "Distant"), w)}));
    form->addRow(QCoreApplication::translate("CaseEditor", "History"),
                 b->text(QStringLiteral("clinical/history"), w));
    form->addRow(QCoreApplication::translate("CaseEditor", "Comorbidities"),
                 b->text(QStringLiteral("clinical/comorbidities"), w));
    return w;
}

QWidget *makeResultsSection(FieldBinder *b, QWidget *parent) {
    using C = ListEditor::Column;
    return new ListEditor(
        b->document(), QStringLiteral("clinical/tests"),
        {{QStringLiteral("date"), QCoreApplication::translate("CaseEditor", "Date"), C::Type::Date, {}, 100},
         {QStringLiteral("exam"), QCoreApplication::translate("CaseEditor", "Exam"), C::Type::Text, {}, 220},
         {QStringLiteral("result"),
          QCoreApplication::translate("CaseEditor", "Result"),
          C::Type::Text,
          {},
          0}},
        QCoreApplication::translate("CaseEditor", "Add a result"), parent);
}

QWidget *makeTreatmentsSection(FieldBinder *b, QWidget *parent) {
    using C = ListEditor::Column;
    std::vector<std::pair<QString, QString>> types{
        {QString(), QCoreApplication::translate("CaseEditor", "Type…")}};
    for (const nomenclature::BuiltinEntry &e : nomenclature::treatmentTypes().entries())
        types.emplace_back(e.code, e.label);
    return new ListEditor(
        b->document(), QStringLiteral("clinical/treatments"),
        {{QStringLiteral("type"), QCoreApplication::translate("CaseEditor", "Type"), C::Type::Choice, types,
          190},
         {QStringLiteral("details"),
          QCoreApplication::translate("CaseEditor", "Details"),
          C::Type::Text,
          {},
          220},
         {QStringLiteral("start"), QCoreApplication::translate("CaseEditor", "Start"), C::Type::Date, {}, 95},
         {QStringLiteral("end"), QCoreApplication::translate("CaseEditor", "End"), C::Type::Date, {}, 95},
         {QStringLiteral("state"),
          QCoreApplication::translate("CaseEditor", "Status"),
          C::Type::Choice,
          {{QStringLiteral("done"), QCoreApplication::translate("CaseEditor", "Done")},
           {QStringLiteral("ongoing"), QCoreApplication::translate("CaseEditor", "Ongoing")},
           {QStringLiteral("not-done"), QCoreApplication::translate("CaseEditor", "Not done")}},
          0}},
        QCoreApplication::translate("CaseEditor", "Add a treatment"), parent);
}

QWidget *makeReportsSection(FieldBinder *b, QWidget *parent) {
    using C = ListEditor::Column;
    return new ListEditor(
        b->document(), QStringLiteral("clinical/reports"),
        {{QStringLiteral("kind"),
          QCoreApplication::translate("CaseEditor", "Report"),
          C::Type::Choice,
          {{QString(), QCoreApplication::translate("CaseEditor", "Kind…")},
           {QStringLiteral("operative"), QCoreApplication::translate("CaseEditor", "Operative")},
           {QStringLiteral("pathology"), QCoreApplication::translate("CaseEditor", "Pathology")},
           {QStringLiteral("molecular"), QCoreApplication::translate("CaseEditor", "Molecular")}},
          130},
         {QStringLiteral("date"), QCoreApplication::translate("CaseEditor", "Date"), C::Type::Date, {}, 95},
         {QStringLiteral("author"),
          QCoreApplication::translate("CaseEditor", "Author"),
          C::Type::Text,
          {},
          140},
         {QStringLiteral("text"),
          QCoreApplication::translate("CaseEditor", "Conclusion"),
          C::Type::Text,
          {},
          0}},
        QCoreApplication::translate("CaseEditor", "Add a conclusion"), parent);
}

QWidget *makeSummarySection(FieldBinder *b, QWidget *parent) {
    auto *w = new QWidget(parent);
    QFormLayout *form = formOf(w);
    QPlainTextEdit *summary = b->text(QStringLiteral("clinical/summary"), w);
    summary->setMaximumHeight(160);
    form->addRow(QCoreApplication::translate("CaseEditor", "Summary"), summary);
    form->addRow(QCoreApplication::translate("CaseEditor", "Question to the board"),
                 b->text(QStringLiteral("question"), w));
    return w;
}

} // namespace concerto::ui
