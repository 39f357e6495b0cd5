// Lists the loaded value sets and imports national value-set files chosen by the user.
#include "ui/workspaces/nomenclaturepanel.h"
#include "services/nomenclatureservice.h"
#include "ui/screenrights.h"
#include "ui/workspaces/workspace.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concerto {

NomenclaturePanel::NomenclaturePanel(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_repository(services.nomenclature()) {
    setObjectName(QStringLiteral("card"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Nomenclatures"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    top->addWidget(heading);
    top->addStretch();
    auto *import = new QPushButton(tr("Import value sets…"), this);
    needsRight(import, Action::ImportNomenclatures);
    import->setObjectName(QStringLiteral("importNomenclatures"));
    import->setToolTip(tr("Load national value-set files (IHE SVS XML, JDV_*.xml); a file that cannot be "
                          "read is refused and the version in use stays"));
    top->addWidget(import);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("nomenclatureTable"));
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels(
        {tr("Value set"), tr("Version"), tr("Concepts"), tr("Imported on"), tr("In use")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table);
    m_error = Workspace::makeErrorBanner(this);
    layout->addWidget(m_error);

    connect(import, &QPushButton::clicked, this, &NomenclaturePanel::chooseAndImport);
    reload();
}

void NomenclaturePanel::reload() {
    const StoreRead<std::vector<nomenclature::SetInfo>> read = m_repository.sets();
    m_error->setVisible(!read.ok());
    m_error->setText(tr("The value sets could not be read: %1").arg(read.error));
    const std::vector<nomenclature::SetInfo> &sets = *read;
    m_table->setRowCount(int(sets.size()));
    const QLocale locale;
    for (int row = 0; row < int(sets.size()); ++row) {
        const nomenclature::SetInfo &set = sets[std::size_t(row)];
        const QStringList cells{set.name, set.version, locale.toString(set.conceptCount),
                                locale.toString(set.importedAt.toLocalTime(), QLocale::ShortFormat),
                                set.active ? tr("yes") : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setToolTip(set.oid);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QStringList NomenclaturePanel::importFiles(const QStringList &paths) {
    QStringList errors;
    QProgressDialog progress(tr("Importing the value sets…"), tr("Stop"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < paths.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        const nomenclature::ImportResult result = m_repository.importFile(paths.at(i));
        if (!result)
            errors << result.error;
    }
    progress.setValue(int(paths.size()));
    reload();
    return errors;
}

void NomenclaturePanel::chooseAndImport() {
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import value sets"), QString(),
                                                            tr("Value sets (*.xml);;All files (*)"));
    if (paths.isEmpty())
        return;
    const QStringList errors = importFiles(paths);
    if (errors.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import value sets"),
                    tr("%Ln file(s) could not be imported; the versions in use are unchanged.", nullptr,
                       int(errors.size())),
                    QMessageBox::Ok, this);
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace concerto
