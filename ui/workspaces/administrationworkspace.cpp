// Administration: committees and professionals (ui/directory), nomenclatures in use and their import,
// and the settings form, which writes QSettings ("language", "sync/server") as soon as a value changes.
#include "ui/workspaces/administrationworkspace.h"
#include "ui/directory/committeespanel.h"
#include "ui/directory/professionalspanel.h"
#include "ui/workspaces/nomenclaturepanel.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QUrl>

namespace concerto {

AdministrationWorkspace::AdministrationWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Administration"),
                tr("The directory the boards rely on (committees, professionals, nomenclatures), and the "
                   "settings of this computer."),
                parent) {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_committees = new CommitteesPanel(services, m_tabs);
    m_tabs->addTab(m_committees, tr("Committees"));
    m_professionals = new ProfessionalsPanel(services, m_tabs);
    m_tabs->addTab(m_professionals, tr("Professionals"));
    auto *nomenclatures = new QWidget(m_tabs);
    auto *nomenclatureLayout = new QVBoxLayout(nomenclatures);
    nomenclatureLayout->addWidget(new NomenclaturePanel(services, nomenclatures));
    nomenclatureLayout->addStretch();
    m_tabs->addTab(nomenclatures, tr("Nomenclatures"));
    m_tabs->addTab(buildSettings(services), tr("Settings"));
    content()->addWidget(m_tabs, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString setting = m_language->currentData().toString();
        QSettings().setValue(QStringLiteral("language"), setting);
        Q_EMIT languageChanged(setting);
    });
    connect(m_server, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("sync/server"), m_server->text().trimmed()); });
}

void AdministrationWorkspace::refresh() {
    m_professionals->reload();
    m_committees->reload();
}

QWidget *AdministrationWorkspace::buildSettings(Services &services) {
    auto *page = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(page);
    auto *settingsCard = new QWidget(page);
    settingsCard->setObjectName(QStringLiteral("card"));
    settingsCard->setAttribute(Qt::WA_StyledBackground);
    settingsCard->setMaximumWidth(760);
    auto *cardLayout = new QVBoxLayout(settingsCard);
    cardLayout->setContentsMargins(18, 14, 18, 14);
    auto *heading = new QLabel(tr("Settings"), settingsCard);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    cardLayout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);

    QSettings settings;
    m_language = new QComboBox(settingsCard);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Automatic (system language)"), QString());
    // Language names are written in their own language, as users look for them.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of the interface; it changes at once"));
    const int current = m_language->findData(settings.value(QStringLiteral("language")).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    form->addRow(tr("Language"), m_language);

    m_server = new QLineEdit(settingsCard);
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(QStringLiteral("https://rcp.example.fr"));
    m_server->setToolTip(tr("The address of the regional server; synchronisation will use it once it is "
                            "available"));
    m_server->setText(settings.value(QStringLiteral("sync/server")).toString());
    form->addRow(tr("Regional server"), m_server);
    auto *serverNote = new QLabel(tr("Stored now, used when synchronisation arrives."), settingsCard);
    serverNote->setObjectName(QStringLiteral("workspaceExplanation"));
    form->addRow(QString(), serverNote);
    form->addRow(tr("Database"), new QLabel(QDir::toNativeSeparators(services.path()), settingsCard));
    cardLayout->addLayout(form);
    pageLayout->addWidget(settingsCard);
    pageLayout->addStretch();
    return page;
}

} // namespace concerto
