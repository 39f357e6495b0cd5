// Administration: the settings form writes QSettings ("language", "sync/server") as soon as a value changes;
// the nomenclatures in use and their import.
#include "ui/workspaces/administrationworkspace.h"
#include "ui/workspaces/nomenclaturepanel.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>

namespace concerto {

AdministrationWorkspace::AdministrationWorkspace(Database &db, QWidget *parent)
    : Workspace(db, tr("Administration"),
                tr("Settings of this computer, and the directory the boards rely on."), parent) {
    auto *settingsCard = new QWidget(this);
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
    form->addRow(tr("Database"), new QLabel(QDir::toNativeSeparators(db.path()), settingsCard));
    cardLayout->addLayout(form);
    content()->addWidget(settingsCard);

    auto *later = new QHBoxLayout;
    later->setSpacing(12);
    later->addWidget(
        makeComingSoon(tr("Committees"),
                       {tr("The RCP directory and schedules"), tr("Quorum rules and permanent members"),
                        tr("Guidelines and completeness rules")},
                       this),
        1, Qt::AlignTop);
    later->addWidget(makeComingSoon(tr("Professionals"),
                                    {tr("Physicians with their RPPS and specialty"), tr("Roles and 3C")},
                                    this),
                     1, Qt::AlignTop);
    content()->addLayout(later);
    content()->addWidget(new NomenclaturePanel(db, this));
    content()->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString setting = m_language->currentData().toString();
        QSettings().setValue(QStringLiteral("language"), setting);
        Q_EMIT languageChanged(setting);
    });
    connect(m_server, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(QStringLiteral("sync/server"), m_server->text().trimmed()); });
}

} // namespace concerto
