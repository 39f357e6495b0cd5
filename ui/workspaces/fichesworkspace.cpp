// Fiches: a filter, the paged table and a summary card of the selected fiche.
#include "ui/workspaces/fichesworkspace.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "models/itemmodels/fichelistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace concerto {

FichesWorkspace::FichesWorkspace(Database &db, QWidget *parent)
    : Workspace(
          db, tr("Fiches"),
          tr("The fiches RCP: drafts, fiches to validate, signed fiches and their amendments. Validation, "
             "printing, PDF and CDA export will be done from here."),
          parent)
    , m_model(new FicheListModel(db, this)) {
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("All fiches"));
    m_filter->addItem(tr("Signed fiches only"));
    m_filter->setToolTip(tr("Choose which fiches the list shows"));
    bar->addWidget(m_filter);
    bar->addStretch();
    content()->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("ficheTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setColumnWidth(FicheListModel::StatusColumn, 130);
    m_table->setColumnWidth(FicheListModel::VersionColumn, 70);
    m_table->setColumnWidth(FicheListModel::MeetingDateColumn, 110);
    m_table->setColumnWidth(FicheListModel::PatientColumn, 200);
    splitter->addWidget(m_table);
    m_summary = new QLabel(splitter);
    m_summary->setObjectName(QStringLiteral("card"));
    m_summary->setAttribute(Qt::WA_StyledBackground);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMargin(16);
    splitter->addWidget(m_summary);
    splitter->setSizes({720, 380});
    auto *error = makeErrorBanner(this);
    content()->addWidget(error);
    showErrorsOf(m_model, error, m_table);
    content()->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_model->setSignedOnly(i == 1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FichesWorkspace::showFiche);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showFiche({}); });
    showFiche({});
}

void FichesWorkspace::refresh() {
    m_model->reload();
}

void FichesWorkspace::showFiche(const QModelIndex &index) {
    const Fiche *f = index.isValid() ? m_model->ficheAt(index.row()) : nullptr;
    if (!f) {
        m_summary->setText(QStringLiteral("<p style=\"color:#5b6877\">%1</p>")
                               .arg(tr("Select a fiche to see its summary. The PDF preview will appear here.")
                                        .toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    auto fact = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"color:#5b6877; padding-right:12px\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
    };
    QString rows = fact(tr("Patient"), m_model->patientName(f->patientId));
    rows += fact(tr("Committee"), m_model->committeeName(*f));
    rows += fact(tr("Meeting date"), locale.toString(f->meetingDate, QLocale::ShortFormat));
    rows += fact(tr("Status"), labels::ficheState(*f));
    rows += fact(tr("Version"), QString::number(f->versionNumber));
    if (!f->amendmentReason.isEmpty())
        rows += fact(tr("Reason for the amendment"), f->amendmentReason);
    if (f->isSigned())
        rows += fact(tr("Signed on"), locale.toString(toBoardTime(f->signedAt), QLocale::ShortFormat));
    rows += fact(tr("Proposal"), tr("%n line(s)", nullptr, int(f->proposal.size())));
    m_summary->setText(QStringLiteral("<h3>%1</h3><table>%2</table><p style=\"color:#5b6877\">%3</p>")
                           .arg(tr("Fiche RCP").toHtmlEscaped(), rows,
                                tr("The PDF preview and the actions (validate, amend, print, export) will "
                                   "appear here.")
                                    .toHtmlEscaped()));
}

} // namespace concerto
