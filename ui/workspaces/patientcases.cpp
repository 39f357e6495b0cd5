// A patient's cases and fiches, read from the store, and what opening one of them does.
#include "ui/workspaces/patientcases.h"
#include "services/patientservice.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "ui/caseeditor/caseeditor.h"
#include "ui/printing/fichedialog.h"
#include "ui/workspaces/workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace concerto {

PatientCases::PatientCases(Services &services, QWidget *parent)
    : QTreeWidget(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("patientCases"));
    setHeaderLabels({QCoreApplication::translate("concerto::PatientsWorkspace", "Meeting"),
                     QCoreApplication::translate("concerto::PatientsWorkspace", "Committee"),
                     QCoreApplication::translate("concerto::PatientsWorkspace", "Question or fiche")});
    setRootIsDecorated(true);
    setColumnWidth(0, 110);
    setColumnWidth(1, 150);
    // A double-click opens the case: it does not also fold its fiches away.
    setExpandsOnDoubleClick(false);
    setToolTip(tr("Enter or double-click: open the case in its editor, or the fiche as its pages"));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { open(item); });
}

void PatientCases::open(QTreeWidgetItem *item) {
    if (!item)
        return;
    const QUuid id = item->data(0, IdRole).toUuid();
    switch (item->data(0, KindRole).toInt()) {
    case CaseItem:
        openCaseEditor(m_services, id, window());
        break;
    case FicheItem:
        FicheDialog::open(m_services, id, window());
        break;
    default:
        break;
    }
}

QTreeWidgetItem *PatientCases::itemOf(const QUuid &id) const {
    for (QTreeWidgetItemIterator it(const_cast<PatientCases *>(this)); *it; ++it)
        if ((*it)->data(0, IdRole).toUuid() == id)
            return *it;
    return nullptr;
}

void PatientCases::fill(const Patient &patient) {
    const int ask = ++m_asked;
    sayOnly(QCoreApplication::translate("concerto::PatientsWorkspace", "Reading…"));
    m_services.patients().readCases(patient.meta.id, this,
                                    [this, ask](const StoreRead<std::vector<PatientCase>> &cases) {
                                        if (ask != m_asked)
                                            return; // another patient was asked for since
                                        m_shown = ask;
                                        show(cases);
                                    });
}

void PatientCases::sayOnly(const QString &line) {
    clear();
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, line);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::NoItemFlags);
}

void PatientCases::show(const StoreRead<std::vector<PatientCase>> &cases) {
    clear();
    if (!cases.ok()) {
        Workspace::showCasesUnreadable(this, cases.error);
        return;
    }
    const QLocale locale;
    for (const PatientCase &c : *cases) {
        const Inscription &i = c.inscription;
        const std::optional<Session> &s = c.session;
        const std::optional<Rcp> &rcp = c.committee;
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, KindRole, CaseItem);
        item->setData(0, IdRole, i.meta.id);
        item->setText(0,
                      s ? locale.toString(toBoardTime(s->startsAt).date(), QLocale::ShortFormat) : QString());
        item->setText(1, rcp ? rcp->name : QString());
        item->setText(2, i.question);
        item->setToolTip(2, i.question);
        for (const Fiche &f : c.fiches) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, KindRole, FicheItem);
            child->setData(0, IdRole, f.meta.id);
            child->setText(0,
                           QCoreApplication::translate("concerto::PatientsWorkspace", "Fiche, version %1: %2")
                               .arg(f.versionNumber)
                               .arg(labels::ficheState(f)));
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    if (topLevelItemCount() == 0)
        sayOnly(QCoreApplication::translate("concerto::PatientsWorkspace", "No case yet"));
    if (QTreeWidgetItem *first = topLevelItem(0); first && first->flags() != Qt::NoItemFlags)
        setCurrentItem(first, 0, QItemSelectionModel::NoUpdate); // Enter works once it has the focus
}

} // namespace concerto
