// The sections of the case editor other than the tumours (see casesections.h).
#include "ui/caseeditor/casesections.h"

#include "editing/casedocument.h"
#include "models/nomenclature/builtinsets.h"
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

QString tr(const char *text) {
    return QCoreApplication::translate("CaseEditor", text);
}

std::vector<std::pair<QString, QString>> choicesOf(const nomenclature::BuiltinSet &set, bool withEmpty) {
    std::vector<std::pair<QString, QString>> choices;
    if (withEmpty)
        choices.emplace_back(QString(), tr("Not given"));
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
    form->addRow(tr("Motif"),
                 row(w, {b->check(QStringLiteral("motif/diagnosticOpinion"), tr("Diagnostic opinion"), w),
                         b->check(QStringLiteral("motif/treatmentProposal"),
                                  tr("Treatment proposal (incl. surveillance)"), w),
                         b->check(QStringLiteral("motif/recours"), tr("Recours"), w),
                         b->check(QStringLiteral("motif/paediatrics"), tr("Paediatrics"), w)}));
    form->addRow(tr("Case"),
                 b->combo(QStringLiteral("intent"), choicesOf(nomenclature::caseStatuses(), false), w));
    return w;
}

QWidget *makeClinicalSection(FieldBinder *b, QWidget *parent) {
    auto *w = new QWidget(parent);
    QFormLayout *form = formOf(w);
    form->addRow(tr("Discovery"),
                 row(w, {b->check(QStringLiteral("clinical/fromScreening"), tr("From screening, on"), w),
                         b->withMessage(b->date(QStringLiteral("clinical/screeningDate"), w),
                                        QStringLiteral("clinical/screeningDate"))}));
    std::vector<std::pair<QString, QString>> who{{QString(), tr("Not given")}};
    for (const nomenclature::BuiltinEntry &e : nomenclature::performanceStatuses().entries())
        who.emplace_back(e.code, e.code + QStringLiteral(" – ") + e.label);
    QComboBox *whoBox = b->combo(QStringLiteral("clinical/whoStatus"), who, w, true);
    whoBox->setMaximumWidth(300);
    auto *on = new QLabel(tr("on"), w);
    form->addRow(tr("WHO status"),
                 row(w, {b->withMessage(whoBox, QStringLiteral("clinical/whoStatus")), on,
                         b->withMessage(b->date(QStringLiteral("clinical/whoStatusDate"), w),
                                        QStringLiteral("clinical/whoStatusDate"))}));
    QLineEdit *tool = b->line(QStringLiteral("clinical/geriatricTool"), w);
    tool->setPlaceholderText(tr("Tool, e.g. G8"));
    tool->setMaximumWidth(140);
    QLineEdit *score = b->line(QStringLiteral("clinical/geriatricScore"), w);
    score->setPlaceholderText(tr("Score"));
    score->setMaximumWidth(100);
    form->addRow(tr("Geriatric screening"), row(w, {tool, score}));
    form->addRow(tr("Phase"), row(w, {b->combo(QStringLiteral("clinical/phase"),
                                               choicesOf(nomenclature::phases(), false), w),
                                      new QLabel(tr("relapse on"), w),
                                      b->withMessage(b->date(QStringLiteral("clinical/relapseDate"), w),
                                                     QStringLiteral("clinical/relapseDate"))}));
    form->addRow(tr("Progression"),
                 row(w, {b->check(QStringLiteral("clinical/progressionLocal"), tr("Local"), w),
                         b->check(QStringLiteral("clinical/progressionRegional"), tr("Regional"), w),
                         b->check(QStringLiteral("clinical/progressionDistant"), tr("Distant"), w)}));
    form->addRow(tr("History"), b->text(QStringLiteral("clinical/history"), w));
    form->addRow(tr("Comorbidities"), b->text(QStringLiteral("clinical/comorbidities"), w));
    return w;
}

QWidget *makeResultsSection(FieldBinder *b, QWidget *parent) {
    using C = ListEditor::Column;
    return new ListEditor(b->document(), QStringLiteral("clinical/tests"),
                          {{QStringLiteral("date"), tr("Date"), C::Type::Date, {}, 100},
                           {QStringLiteral("exam"), tr("Exam"), C::Type::Text, {}, 220},
                           {QStringLiteral("result"), tr("Result"), C::Type::Text, {}, 0}},
                          tr("Add a result"), parent);
}

QWidget *makeTreatmentsSection(FieldBinder *b, QWidget *parent) {
    using C = ListEditor::Column;
    std::vector<std::pair<QString, QString>> types{{QString(), tr("Type…")}};
    for (const nomenclature::BuiltinEntry &e : nomenclature::treatmentTypes().entries())
        types.emplace_back(e.code, e.label);
    return new ListEditor(b->document(), QStringLiteral("clinical/treatments"),
                          {{QStringLiteral("type"), tr("Type"), C::Type::Choice, types, 190},
                           {QStringLiteral("details"), tr("Details"), C::Type::Text, {}, 220},
                           {QStringLiteral("start"), tr("Start"), C::Type::Date, {}, 95},
                           {QStringLiteral("end"), tr("End"), C::Type::Date, {}, 95},
                           {QStringLiteral("state"),
                            tr("Status"),
                            C::Type::Choice,
                            {{QStringLiteral("done"), tr("Done")},
                             {QStringLiteral("ongoing"), tr("Ongoing")},
                             {QStringLiteral("not-done"), tr("Not done")}},
                            0}},
                          tr("Add a treatment"), parent);
}

QWidget *makeReportsSection(FieldBinder *b, QWidget *parent) {
    using C = ListEditor::Column;
    return new ListEditor(b->document(), QStringLiteral("clinical/reports"),
                          {{QStringLiteral("kind"),
                            tr("Report"),
                            C::Type::Choice,
                            {{QString(), tr("Kind…")},
                             {QStringLiteral("operative"), tr("Operative")},
                             {QStringLiteral("pathology"), tr("Pathology")},
                             {QStringLiteral("molecular"), tr("Molecular")}},
                            130},
                           {QStringLiteral("date"), tr("Date"), C::Type::Date, {}, 95},
                           {QStringLiteral("author"), tr("Author"), C::Type::Text, {}, 140},
                           {QStringLiteral("text"), tr("Conclusion"), C::Type::Text, {}, 0}},
                          tr("Add a conclusion"), parent);
}

QWidget *makeSummarySection(FieldBinder *b, QWidget *parent) {
    auto *w = new QWidget(parent);
    QFormLayout *form = formOf(w);
    QPlainTextEdit *summary = b->text(QStringLiteral("clinical/summary"), w);
    summary->setMaximumHeight(160);
    form->addRow(tr("Summary"), summary);
    form->addRow(tr("Question to the board"), b->text(QStringLiteral("question"), w));
    return w;
}

} // namespace concerto::ui
