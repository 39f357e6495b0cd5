// The committee form in four tabs (general, schedule, quorum, guidelines and case fields). A tab whose
// fields have a fault says so in its title; the summary under the tabs lists every fault.
#include "ui/directory/committeeeditor.h"
#include "services/directoryservice.h"

#include "editing/committeedocument.h"
#include "models/domain/labels.h"
#include "services/nomenclatureservice.h"
#include "ui/directory/checklist.h"
#include "ui/directory/fieldmessages.h"
#include "ui/directory/quorumeditor.h"
#include "ui/directory/scheduleeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace concerto {

namespace {
using validation::RcpField;

QWidget *fieldWithMessage(QWidget *field, QLabel *message) {
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

// Fills an editable combo box with the codes of a loaded value set ("code — label"); returns whether
// the set is loaded. A code typed by hand is kept as it is.
bool fillCodes(QComboBox *box, NomenclatureService &repository, const QString &setName) {
    box->clear();
    box->addItem(QString(), QString());
    const StoreRead<std::optional<nomenclature::SetInfo>> set = repository.activeSetByName(setName);
    if (!set.ok() || !set.value)
        return false;
    const StoreRead<std::vector<nomenclature::Concept>> concepts = repository.concepts(set.value->oid);
    if (!concepts.ok())
        return false;
    for (const nomenclature::Concept &c : *concepts)
        box->addItem(QStringLiteral("%1 — %2").arg(c.code, c.displayName), c.code);
    return true;
}

QString cellText(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString codeOf(const QComboBox *box) {
    const int i = box->findText(box->currentText());
    return i >= 0 ? box->itemData(i).toString() : box->currentText().trimmed();
}

void showCode(QComboBox *box, const QString &code) {
    const int i = box->findData(code);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(code);
}

QComboBox *codeBox(const QString &name, const QString &tip, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setToolTip(tip);
    return box;
}
} // namespace

CommitteeEditor::CommitteeEditor(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("committeeTabs"));
    m_tabs->addTab(buildGeneral(), tr("General"));
    m_schedule = new ScheduleEditor(m_tabs);
    m_tabs->addTab(m_schedule, tr("Schedule"));
    m_quorum = new QuorumEditor(m_tabs);
    m_tabs->addTab(m_quorum, tr("Quorum"));
    m_tabs->addTab(buildGuidelinesAndFields(), tr("Guidelines and case fields"));
    layout->addWidget(m_tabs, 1);
    m_summary = makeFieldMessage(QStringLiteral("committeeErrors"), this);
    layout->addWidget(m_summary);
    connect(m_schedule, &ScheduleEditor::changed, this, &CommitteeEditor::markDirty);
    connect(m_quorum, &QuorumEditor::changed, this, &CommitteeEditor::markDirty);
    // Undo and redo of the committee's edits (a text field's own Ctrl+Z works inside it first).
    for (const auto &[key, redo] :
         {std::pair{QKeySequence::Undo, false}, std::pair{QKeySequence::Redo, true}}) {
        auto *action = new QAction(redo ? tr("Redo") : tr("Undo"), this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, redo = redo] {
            if (m_document)
                redo ? m_document->undoStack()->redo() : m_document->undoStack()->undo();
        });
        addAction(action);
    }
    setRcp(Rcp{});
}

QWidget *CommitteeEditor::buildGeneral() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_generalForm = form;
    form->setLabelAlignment(Qt::AlignRight);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("committeeName"));
    m_nameMessage = makeFieldMessage(QStringLiteral("committeeNameMessage"), page);
    form->addRow(tr("Name"), fieldWithMessage(m_name, m_nameMessage));
    m_nationalId = new QLineEdit(page);
    m_nationalId->setObjectName(QStringLiteral("committeeNationalId"));
    m_nationalId->setToolTip(tr("The RCP's national identifier (digits), written in the fiche's header"));
    m_nationalIdMessage = makeFieldMessage(QStringLiteral("committeeNationalIdMessage"), page);
    form->addRow(tr("National identifier"), fieldWithMessage(m_nationalId, m_nationalIdMessage));
    m_centre = new QComboBox(page);
    m_centre->setObjectName(QStringLiteral("coordinationCentre"));
    form->addRow(tr("3C"), m_centre);
    m_host = new QComboBox(page);
    m_host->setObjectName(QStringLiteral("hostEstablishment"));
    m_host->setToolTip(tr("The establishment where the committee meets"));
    form->addRow(tr("Host establishment"), m_host);
    m_nature = new QComboBox(page);
    m_nature->setObjectName(QStringLiteral("nature"));
    m_nature->addItem(tr("Organ RCP (organ system and organs)"), QString::fromLatin1(kNatureOrganRcp));
    m_nature->addItem(tr("Transversal RCP (treatment or care theme)"),
                      QString::fromLatin1(kNatureTransversalRcp));
    m_natureMessage = makeFieldMessage(QStringLiteral("natureMessage"), page);
    form->addRow(tr("Nature"), fieldWithMessage(m_nature, m_natureMessage));
    m_appareil = codeBox(QStringLiteral("appareil"), tr("JDV_RCP_Appareil: pick one, or type a code"), page);
    m_appareilRow = m_appareil;
    form->addRow(tr("Organ system"), m_appareil);
    m_organRow = new QWidget(page);
    auto *organs = new QVBoxLayout(m_organRow);
    organs->setContentsMargins(0, 0, 0, 0);
    m_organs = new CheckList(QStringLiteral("organs"), m_organRow);
    m_organs->setMinimumHeight(120);
    organs->addWidget(m_organs);
    m_organCodes = new QLineEdit(m_organRow);
    m_organCodes->setObjectName(QStringLiteral("organCodes"));
    m_organCodes->setPlaceholderText(
        tr("Organ codes separated by commas (import JDV_RCP_Organe for a list)"));
    organs->addWidget(m_organCodes);
    form->addRow(tr("Organs"), m_organRow);
    m_theme =
        codeBox(QStringLiteral("theme"), tr("JDV_TraitementSoins_FRCP: pick one, or type a code"), page);
    m_themeRow = m_theme;
    form->addRow(tr("Theme"), m_theme);
    m_scopeMessage = makeFieldMessage(QStringLiteral("scopeMessage"), page);
    form->addRow(QString(), m_scopeMessage);
    auto *flags = new QHBoxLayout;
    m_recours = new QCheckBox(tr("Recours (regional expert RCP)"), page);
    m_recours->setObjectName(QStringLiteral("recours"));
    m_paediatric = new QCheckBox(tr("Paediatric"), page);
    m_paediatric->setObjectName(QStringLiteral("paediatric"));
    flags->addWidget(m_recours);
    flags->addWidget(m_paediatric);
    flags->addStretch();
    form->addRow(QString(), flags);
    m_members = new CheckList(QStringLiteral("permanentMembers"), page);
    m_members->setMinimumHeight(140);
    form->addRow(tr("Permanent members"), m_members);
    m_coordinator = new QComboBox(page);
    m_coordinator->setObjectName(QStringLiteral("coordinator"));
    m_coordinator->setToolTip(tr("The coordinator signs the committee's fiches"));
    form->addRow(tr("Coordinator"), m_coordinator);
    m_deputies = new CheckList(QStringLiteral("deputyCoordinators"), page);
    m_deputies->setMinimumHeight(90);
    m_deputies->setToolTip(tr("Deputies sign the committee's fiches when the coordinator is away"));
    form->addRow(tr("Deputy coordinators"), m_deputies);

    for (QLineEdit *e : {m_name, m_nationalId, m_organCodes})
        connect(e, &QLineEdit::textChanged, this, &CommitteeEditor::markDirty);
    for (QComboBox *c : {m_centre, m_host, m_nature, m_coordinator})
        connect(c, &QComboBox::currentIndexChanged, this, &CommitteeEditor::markDirty);
    for (QComboBox *c : {m_appareil, m_theme})
        connect(c, &QComboBox::currentTextChanged, this, &CommitteeEditor::markDirty);
    connect(m_nature, &QComboBox::currentIndexChanged, this, &CommitteeEditor::natureChanged);
    for (QCheckBox *c : {m_recours, m_paediatric})
        connect(c, &QCheckBox::toggled, this, &CommitteeEditor::markDirty);
    connect(m_organs, &CheckList::changed, this, &CommitteeEditor::markDirty);
    connect(m_members, &CheckList::changed, this, &CommitteeEditor::markDirty);
    connect(m_deputies, &CheckList::changed, this, &CommitteeEditor::markDirty);
    return page;
}

QWidget *CommitteeEditor::buildGuidelinesAndFields() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Guidelines (référentiels) the committee follows"), page));
    m_guidelines = new QTableWidget(0, 3, page);
    m_guidelines->setObjectName(QStringLiteral("guidelines"));
    m_guidelines->setHorizontalHeaderLabels({tr("Name"), tr("Version"), tr("Date (dd/mm/yyyy)")});
    m_guidelines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_guidelines->verticalHeader()->hide();
    layout->addWidget(m_guidelines, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a guideline"), page);
    add->setObjectName(QStringLiteral("addGuideline"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeGuideline"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_guidelinesMessage = makeFieldMessage(QStringLiteral("guidelinesMessage"), page);
    layout->addWidget(m_guidelinesMessage);
    layout->addWidget(new QLabel(tr("What a case must hold before the meeting"), page));
    m_caseFields = new CheckList(QStringLiteral("requiredCaseFields"), page);
    std::vector<std::pair<QString, QString>> entries;
    for (const CaseField &f : caseFields())
        entries.emplace_back(QString::fromLatin1(f.code), caseFieldLabel(QString::fromLatin1(f.code)));
    m_caseFields->setEntries(entries);
    layout->addWidget(m_caseFields, 1);
    connect(add, &QPushButton::clicked, this, [this] {
        addGuideline(QString(), QString(), QString());
        m_guidelines->editItem(m_guidelines->item(m_guidelines->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_guidelines->currentRow() >= 0) {
            m_guidelines->removeRow(m_guidelines->currentRow());
            markDirty();
        }
    });
    connect(m_guidelines, &QTableWidget::itemChanged, this, &CommitteeEditor::markDirty);
    connect(m_caseFields, &CheckList::changed, this, &CommitteeEditor::markDirty);
    return page;
}

void CommitteeEditor::addGuideline(const QString &name, const QString &version, const QString &date) {
    {
        const QSignalBlocker blocker(m_guidelines);
        const int row = m_guidelines->rowCount();
        m_guidelines->insertRow(row);
        m_guidelines->setItem(row, 0, new QTableWidgetItem(name));
        m_guidelines->setItem(row, 1, new QTableWidgetItem(version));
        m_guidelines->setItem(row, 2, new QTableWidgetItem(date));
    }
    markDirty();
}

void CommitteeEditor::loadPickers() {
    fillCodes(m_appareil, m_services.nomenclature(), QStringLiteral("JDV_RCP_Appareil"));
    fillCodes(m_theme, m_services.nomenclature(), QStringLiteral("JDV_TraitementSoins_FRCP"));
    QComboBox organs;
    m_organSetLoaded = fillCodes(&organs, m_services.nomenclature(), QStringLiteral("JDV_RCP_Organe"));
    std::vector<std::pair<QString, QString>> organEntries;
    for (int i = 1; i < organs.count(); ++i)
        organEntries.emplace_back(organs.itemData(i).toString(), organs.itemText(i));
    m_organs->setEntries(organEntries);
    m_organs->setVisible(m_organSetLoaded);
    m_organCodes->setVisible(!m_organSetLoaded);

    // A list that cannot be read greys its field and says why; the committee's own values are kept
    // (showCommittee adds what the list lacks), never dropped on save.
    auto sayUnread = [](QWidget *field, const QString &error) {
        field->setEnabled(error.isEmpty());
        if (!error.isEmpty())
            field->setToolTip(tr("The list could not be read: %1").arg(error));
    };
    const StoreRead<std::vector<Organisation>> organisations = m_services.directory().organisations();
    m_centre->clear();
    m_centre->addItem(tr("Not given"), QUuid());
    m_host->clear();
    m_host->addItem(tr("Not given"), QUuid());
    for (const Organisation &o : *organisations) {
        if (o.kind == OrganisationKind::CoordinationCentre)
            m_centre->addItem(o.name, o.meta.id);
        else if (o.kind == OrganisationKind::Establishment)
            m_host->addItem(o.name, o.meta.id);
    }
    sayUnread(m_centre, organisations.error);
    sayUnread(m_host, organisations.error);
    std::vector<std::pair<QString, QString>> people;
    const StoreRead<std::vector<Professional>> professionals = m_services.directory().professionals();
    for (const Professional &p : *professionals)
        people.emplace_back(p.meta.id.toString(QUuid::WithoutBraces),
                            QStringLiteral("%1 — %2").arg(p.displayName(), labels::specialty(p.specialty)));
    m_members->setEntries(people);
    m_deputies->setEntries(people);
    m_coordinator->clear();
    m_coordinator->addItem(tr("Not named"), QUuid());
    for (const Professional &p : *professionals)
        m_coordinator->addItem(QStringLiteral("%1 — %2").arg(p.displayName(), labels::specialty(p.specialty)),
                               p.meta.id);
    for (QWidget *field : std::initializer_list<QWidget *>{m_members, m_deputies, m_coordinator})
        sayUnread(field, professionals.error);
}

CommitteeEditor::~CommitteeEditor() = default;

bool CommitteeEditor::isDirty() const {
    return m_document && !m_document->undoStack()->isClean();
}

void CommitteeEditor::setRcp(const Rcp &given) {
    if (m_document && isDirty())
        m_document->discard(); // the panel asked before leaving unsaved edits
    m_document.reset();
    QString error;
    if (!given.meta.id.isNull() && !given.meta.updatedAt.isNull())
        m_document = editing::CommitteeDocument::open(m_services, given.meta.id, &error);
    if (!m_document)
        m_document = editing::CommitteeDocument::create(m_services, given);
    connect(m_document.get(), &editing::RecordDocument::changed, this, [this] {
        if (!m_loading) // an undo, a redo, or another writer's fields taken in by a save
            showCommittee(m_document->committee());
    });
    connect(m_document.get(), &editing::RecordDocument::dirtyChanged, this, &CommitteeEditor::changed);
    m_loading = true; // filling the pickers is not an edit
    loadPickers();
    showCommittee(m_document->committee());
}

void CommitteeEditor::showCommittee(const Rcp &rcp) {
    m_loading = true;
    m_rcp = rcp;
    m_name->setText(rcp.name);
    m_nationalId->setText(rcp.nationalId);
    const int centre = m_centre->findData(rcp.organisationId);
    if (centre < 0 && !rcp.organisationId.isNull())
        m_centre->addItem(tr("Unknown 3C (%1)").arg(rcp.organisationId.toString(QUuid::WithoutBraces)),
                          rcp.organisationId);
    m_centre->setCurrentIndex(qMax(0, m_centre->findData(rcp.organisationId)));
    if (m_host->findData(rcp.hostEstablishmentId) < 0) // kept, never silently dropped
        m_host->addItem(
            tr("Unknown establishment (%1)").arg(rcp.hostEstablishmentId.toString(QUuid::WithoutBraces)),
            rcp.hostEstablishmentId);
    m_host->setCurrentIndex(qMax(0, m_host->findData(rcp.hostEstablishmentId)));
    if (m_nature->findData(rcp.nature) < 0)
        m_nature->addItem(rcp.nature, rcp.nature); // an unknown nature is kept, and said wrong
    m_nature->setCurrentIndex(m_nature->findData(rcp.nature));
    showCode(m_appareil, rcp.appareil);
    m_organs->setTicked(rcp.organs, tr("%1 (code not in the value set)"));
    m_organCodes->setText(rcp.organs.join(QStringLiteral(", ")));
    showCode(m_theme, rcp.theme);
    m_recours->setChecked(rcp.recours);
    m_paediatric->setChecked(rcp.paediatric);
    QStringList members;
    for (const QUuid &id : rcp.permanentMembers)
        members << id.toString(QUuid::WithoutBraces);
    m_members->setTicked(members, tr("Unknown professional (%1)"));
    if (m_coordinator->findData(rcp.coordinatorId) < 0) // kept, never silently dropped
        m_coordinator->addItem(
            tr("Unknown professional (%1)").arg(rcp.coordinatorId.toString(QUuid::WithoutBraces)),
            rcp.coordinatorId);
    m_coordinator->setCurrentIndex(qMax(0, m_coordinator->findData(rcp.coordinatorId)));
    QStringList deputies;
    for (const QUuid &id : rcp.deputyCoordinatorIds)
        deputies << id.toString(QUuid::WithoutBraces);
    m_deputies->setTicked(deputies, tr("Unknown professional (%1)"));
    m_schedule->setSchedule(rcp.schedule);
    m_quorum->setRule(rcp.quorum);
    m_guidelines->setRowCount(0);
    for (const Guideline &g : rcp.guidelines)
        addGuideline(g.name, g.version,
                     g.date.isValid() ? g.date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_caseFields->setTicked(rcp.requiredCaseFields, tr("%1 (unknown field, kept)"));
    natureChanged();
    m_loading = false;
    m_shownFields = this->rcp().toJson();
    validate();
}

Rcp CommitteeEditor::rcp() const {
    Rcp r = m_rcp;
    r.name = m_name->text().trimmed();
    r.nationalId = m_nationalId->text().trimmed();
    r.organisationId = m_centre->currentData().toUuid();
    r.hostEstablishmentId = m_host->currentData().toUuid();
    r.nature = m_nature->currentData().toString();
    const bool organ = r.nature == QLatin1String(kNatureOrganRcp);
    r.appareil = organ ? codeOf(m_appareil) : QString();
    r.theme = organ ? QString() : codeOf(m_theme);
    if (!organ)
        r.organs.clear();
    else if (m_organSetLoaded)
        r.organs = m_organs->ticked();
    else
        r.organs = m_organCodes->text()
                       .split(QLatin1Char(','), Qt::SkipEmptyParts)
                       .replaceInStrings(QStringLiteral(" "), QString());
    r.recours = m_recours->isChecked();
    r.paediatric = m_paediatric->isChecked();
    r.permanentMembers.clear();
    for (const QString &id : m_members->ticked())
        r.permanentMembers.push_back(QUuid::fromString(id));
    r.coordinatorId = m_coordinator->currentData().toUuid();
    r.deputyCoordinatorIds.clear();
    for (const QString &id : m_deputies->ticked())
        r.deputyCoordinatorIds.push_back(QUuid::fromString(id));
    r.schedule = m_schedule->schedule();
    r.quorum = m_quorum->rule();
    r.guidelines.clear();
    for (int row = 0; row < m_guidelines->rowCount(); ++row) {
        Guideline g = row < int(m_rcp.guidelines.size()) ? m_rcp.guidelines[std::size_t(row)] : Guideline{};
        g.name = cellText(m_guidelines, row, 0);
        g.version = cellText(m_guidelines, row, 1);
        g.date = QDate::fromString(cellText(m_guidelines, row, 2), QStringLiteral("dd/MM/yyyy"));
        r.guidelines.push_back(g);
    }
    r.requiredCaseFields = m_caseFields->ticked();
    return r;
}

std::vector<validation::RcpFault> CommitteeEditor::faults() const {
    std::vector<validation::RcpFault> found = validation::rcpFaults(rcp());
    for (int row = 0; row < m_guidelines->rowCount(); ++row) {
        const QString date = cellText(m_guidelines, row, 2);
        if (!date.isEmpty() && !QDate::fromString(date, QStringLiteral("dd/MM/yyyy")).isValid())
            found.push_back({RcpField::Guidelines,
                             tr("The date of guideline %1 is day/month/year: 01/03/2024.").arg(row + 1)});
    }
    return found;
}

bool CommitteeEditor::validate() {
    const std::vector<validation::RcpFault> found = faults();
    auto at = [&found](RcpField f) { return validation::faultsOf(found, f); };
    showFieldMessages(m_nameMessage, at(RcpField::Name));
    showFieldMessages(m_nationalIdMessage, at(RcpField::NationalId));
    showFieldMessages(m_natureMessage, at(RcpField::Nature));
    showFieldMessages(m_scopeMessage, at(RcpField::Scope));
    showFieldMessages(m_guidelinesMessage, at(RcpField::Guidelines));
    m_schedule->showFaults(at(RcpField::Weekday), at(RcpField::Recurrence), at(RcpField::Time),
                           at(RcpField::RegistrationDays), at(RcpField::VideoLink));
    m_quorum->showFaults(at(RcpField::QuorumGroups), at(RcpField::QuorumMinimum));
    const bool general = !(at(RcpField::Name).isEmpty() && at(RcpField::NationalId).isEmpty() &&
                           at(RcpField::Nature).isEmpty() && at(RcpField::Scope).isEmpty());
    const bool schedule = !(at(RcpField::Weekday).isEmpty() && at(RcpField::Recurrence).isEmpty() &&
                            at(RcpField::Time).isEmpty() && at(RcpField::RegistrationDays).isEmpty() &&
                            at(RcpField::VideoLink).isEmpty());
    const bool quorum = !(at(RcpField::QuorumGroups).isEmpty() && at(RcpField::QuorumMinimum).isEmpty());
    const bool guidelines = !at(RcpField::Guidelines).isEmpty();
    const QString mark = QStringLiteral(" ⚠");
    m_tabs->setTabText(0, tr("General") + (general ? mark : QString()));
    m_tabs->setTabText(1, tr("Schedule") + (schedule ? mark : QString()));
    m_tabs->setTabText(2, tr("Quorum") + (quorum ? mark : QString()));
    m_tabs->setTabText(3, tr("Guidelines and case fields") + (guidelines ? mark : QString()));
    showFieldMessages(m_summary, found.empty() ? QStringList()
                                               : QStringList{tr("%Ln fault(s) to correct before saving.",
                                                                nullptr, int(found.size()))});
    return found.empty();
}

bool CommitteeEditor::save(QString *error) {
    if (!validate()) {
        if (error)
            *error = tr("Correct the fields marked in red.");
        return false;
    }
    // The directory service checks the committee again and writes it, merged with another writer's save.
    if (!m_document->save()) {
        showFieldMessages(m_summary, {m_document->lastError()});
        if (error)
            *error = m_document->lastError();
        return false;
    }
    const Rcp stored = m_document->committee();
    showCommittee(stored);
    Q_EMIT saved(stored.meta.id);
    return true;
}

void CommitteeEditor::natureChanged() {
    const bool organ = m_nature->currentData().toString() == QLatin1String(kNatureOrganRcp);
    m_generalForm->setRowVisible(m_appareilRow, organ);
    m_generalForm->setRowVisible(m_organRow, organ);
    m_generalForm->setRowVisible(m_themeRow, !organ);
}

void CommitteeEditor::setChangedFields(const QString &prefix, const QJsonObject &before,
                                       const QJsonObject &after) {
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        if (was == now)
            continue;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('/') + key;
        if (was.isObject() && now.isObject())
            setChangedFields(path, was.toObject(), now.toObject());
        else
            m_document->setValue(path, now);
    }
}

void CommitteeEditor::markDirty() {
    if (m_loading || !m_document)
        return;
    // Each field that changed since the last edit or load becomes an undo step at its own path
    // ("schedule/place"), so that typing in one field merges into one step. The fields are compared with
    // what they showed, not with the document: a list the form writes in its own order is no edit.
    const QJsonObject fields = rcp().toJson();
    m_loading = true; // the document's change signal comes back here
    setChangedFields(QString(), m_shownFields, fields);
    m_loading = false;
    m_shownFields = fields;
    validate();
    Q_EMIT changed();
}

} // namespace concerto
