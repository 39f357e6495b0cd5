// The tumour cards of the case editor (see tumoursection.h).
#include "ui/caseeditor/tumoursection.h"

#include "editing/casedocument.h"
#include "editing/jsonpath.h"
#include "ui/caseeditor/codepicker.h"
#include "ui/caseeditor/fieldbinder.h"
#include "ui/caseeditor/listeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace concerto::ui {

TumourSection::TumourSection(FieldBinder *binder, NomenclatureService &nomenclatures, QWidget *parent)
    : QWidget(parent)
    , m_binder(binder)
    , m_document(binder->document())
    , m_nomenclatures(nomenclatures)
    , m_cards(new QVBoxLayout) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_cards);
    auto *add = new QPushButton(tr("Add a tumour"), this);
    add->setObjectName(QStringLiteral("tumours:add"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_document->appendItem(QStringLiteral("tumours"),
                               {{QStringLiteral("clinicalTnm"),
                                 QJsonObject{{QStringLiteral("prefix"), QStringLiteral("c")},
                                             {QStringLiteral("edition"), QStringLiteral("UICC 8")}}}});
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(m_document, &editing::CaseDocument::changed, this, [this](const QString &path) {
        if (path.isEmpty() || path == QLatin1String("tumours"))
            rebuild();
    });
    rebuild();
}

void TumourSection::rebuild() {
    // Later: the button that removed a tumour may be the one whose click is running.
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->setParent(nullptr);
            old->deleteLater();
        }
        delete item;
    }
    const int count = m_document->listSize(QStringLiteral("tumours"));
    for (int i = 0; i < count; ++i)
        m_cards->addWidget(makeCard(i));
    if (count == 0) {
        auto *none = new QLabel(tr("No tumour yet."), this);
        none->setObjectName(QStringLiteral("comingSoon"));
        m_cards->addWidget(none);
    }
    m_binder->refresh(QStringLiteral("tumours"));
    m_binder->showMessages();
}

QWidget *TumourSection::makeCard(int index) {
    auto at = [index](const QString &field) {
        return editing::itemPath(QStringLiteral("tumours"), index, field);
    };
    auto *card = new QGroupBox(tr("Tumour %1").arg(index + 1), this);
    card->setObjectName(at(QString()) + QStringLiteral(":card"));
    auto *form = new QFormLayout(card);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *head = new QHBoxLayout;
    head->addWidget(m_binder->withMessage(m_binder->date(at(QStringLiteral("diagnosisDate")), card),
                                          at(QStringLiteral("diagnosisDate"))));
    head->addStretch();
    auto *remove = new QPushButton(tr("Remove this tumour"), card);
    remove->setObjectName(at(QString()) + QStringLiteral(":remove"));
    remove->setToolTip(tr("Ctrl+Z brings it back"));
    connect(remove, &QPushButton::clicked, this,
            [this, index] { m_document->removeItem(QStringLiteral("tumours"), index); });
    head->addWidget(remove);
    form->addRow(tr("Date of diagnosis"), head);

    auto codeRow = [&](const QString &field, const QString &setName, const QString &placeholder) {
        auto *row = new QWidget(card);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        // A code starts with a letter and a digit (C50.4) or with digits (8140/3); other text searches.
        static const QRegularExpression codeLike(QStringLiteral("^([A-Za-z]\\d|\\d)\\S*$"));
        QLineEdit *edit = m_binder->line(at(field), row,
                                         [](const QString &text) { return codeLike.match(text).hasMatch(); });
        edit->setPlaceholderText(placeholder);
        edit->setMaximumWidth(160);
        auto *picker = new CodePicker(edit, m_nomenclatures, setName);
        auto *label = new QLabel(row);
        label->setObjectName(at(field) + QStringLiteral(":label"));
        label->setWordWrap(true);
        auto showLabel = [this, picker, label, path = at(field)] {
            label->setText(picker->labelOf(m_document->text(path)));
        };
        connect(picker, &CodePicker::codeChosen, this, [this, path = at(field)](const QString &code) {
            m_document->endTyping();
            m_document->setText(path, code);
        });
        connect(m_document, &editing::CaseDocument::changed, label, showLabel);
        showLabel();
        h->addWidget(edit);
        h->addWidget(label, 1);
        return m_binder->withMessage(row, at(field));
    };
    form->addRow(tr("Topography (ICD-10)"), codeRow(QStringLiteral("topography"),
                                                    QStringLiteral("JDV_Tumeur"), tr("e.g. C50.4 or sein")));
    form->addRow(tr("Laterality"), m_binder->combo(at(QStringLiteral("laterality")),
                                                   {{QString(), tr("Not given")},
                                                    {QStringLiteral("right"), tr("Right")},
                                                    {QStringLiteral("left"), tr("Left")},
                                                    {QStringLiteral("bilateral"), tr("Bilateral")},
                                                    {QStringLiteral("not applicable"), tr("Not applicable")}},
                                                   card));
    form->addRow(tr("Morphology (ICD-O-3)"),
                 codeRow(QStringLiteral("morphology"), QStringLiteral("JDV_Morphologie"),
                         tr("e.g. 8140/3 or adénocarcinome")));
    form->addRow(tr("Clinical TNM"), makeTnm(index, false, card));
    form->addRow(tr("Pathological TNM"), makeTnm(index, true, card));
    form->addRow(tr("Other staging"),
                 new ListEditor(m_document, at(QStringLiteral("otherStagings")),
                                {{QStringLiteral("name"), tr("System (FIGO, Ann Arbor…)"), {}, {}, 200},
                                 {QStringLiteral("version"), tr("Version"), {}, {}, 90},
                                 {QStringLiteral("value"), tr("Stage"), {}, {}, 0}},
                                tr("Add a staging"), card));
    return card;
}

QWidget *TumourSection::makeTnm(int index, bool pathological, QWidget *parent) {
    const QString base =
        editing::itemPath(QStringLiteral("tumours"), index,
                          pathological ? QStringLiteral("pathologicalTnm") : QStringLiteral("clinicalTnm"));
    auto at = [&base](const char *field) -> QString {
        return base + QLatin1Char('/') + QLatin1String(field);
    };
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *row = new QHBoxLayout;
    std::vector<std::pair<QString, QString>> prefixes{{QString(), QStringLiteral("–")}};
    const QStringList written =
        pathological ? QStringList{QStringLiteral("p"), QStringLiteral("yp"), QStringLiteral("rp")}
                     : QStringList{QStringLiteral("c"), QStringLiteral("yc"), QStringLiteral("r"),
                                   QStringLiteral("rc")};
    for (const QString &p : written)
        prefixes.emplace_back(p, p);
    QComboBox *prefix = m_binder->combo(at("prefix"), prefixes, box);
    prefix->setToolTip(tr("Prefix: c clinical, p pathological, y after neoadjuvant treatment, r relapse"));
    row->addWidget(prefix);
    for (const auto &[field, hint] :
         {std::pair<const char *, const char *>{"t", "T"}, {"n", "N"}, {"m", "M"}}) {
        QLineEdit *edit = m_binder->line(at(field), box);
        edit->setPlaceholderText(QLatin1String(hint));
        edit->setMaximumWidth(70);
        row->addWidget(edit);
    }
    row->addWidget(new QLabel(tr("Stage"), box));
    QLineEdit *stage = m_binder->line(at("stage"), box);
    stage->setMaximumWidth(60);
    row->addWidget(stage);
    QLineEdit *edition = m_binder->line(at("edition"), box);
    edition->setPlaceholderText(tr("UICC 8"));
    edition->setMaximumWidth(80);
    row->addWidget(edition);
    row->addWidget(new QLabel(tr("on"), box));
    row->addWidget(m_binder->date(at("date"), box));
    row->addStretch();
    v->addLayout(row);
    for (const char *field : {"prefix", "t", "n", "m", "stage", "edition", "date"})
        v->addWidget(m_binder->messageLine(at(field), box));
    v->addWidget(m_binder->messageLine(base, box));
    auto *computed = new QLabel(box);
    computed->setObjectName(base + QStringLiteral(":stage"));
    computed->setStyleSheet(QStringLiteral("color: #3a6ea5;"));
    auto showStage = [this, computed, index, pathological] {
        const staging::StageResult r = m_document->stageOf(index, pathological);
        const std::vector<Tumour> &tumours = m_document->current().tumours;
        if (index >= int(tumours.size()) || (pathological ? tumours[std::size_t(index)].pathologicalTnm
                                                          : tumours[std::size_t(index)].clinicalTnm)
                                                .isEmpty()) {
            computed->hide();
            return;
        }
        if (r.outcome == staging::StageOutcome::Staged && r.site)
            computed->setText(
                tr("Stage group from T, N and M: %1 (%2, %3)").arg(r.stage, r.site->label, r.site->edition));
        else if (r.outcome == staging::StageOutcome::Missing && !r.missing.isEmpty())
            computed->setText(tr("Stage group: needs %1").arg(r.missing.join(QStringLiteral(", "))));
        else
            computed->clear();
        computed->setVisible(!computed->text().isEmpty());
    };
    connect(m_document, &editing::CaseDocument::changed, computed, showStage);
    showStage();
    v->addWidget(computed);
    return box;
}

} // namespace concerto::ui
