// The attachments of a case in the editor (see attachmentsection.h).
#include "ui/caseeditor/attachmentsection.h"
#include "ui/screenrights.h"

#include "editing/attachments.h"
#include "editing/casedocument.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace concerto::ui {

AttachmentSection::AttachmentSection(editing::CaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setMaximumHeight(120);
    layout->addWidget(m_list);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Attach a file…"), this);
    add->setToolTip(tr("A PDF report or an image, up to %1 MB; kept on this computer with the case")
                        .arg(editing::kMaxAttachmentBytes / (1024 * 1024)));
    auto *open = new QPushButton(tr("Open"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    needsRight(add, Action::EditCases);
    needsRight(remove, Action::EditCases);
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Attach a file"), QString(),
                                         tr("Reports and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
                                            "All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(open, &QPushButton::clicked, this, &AttachmentSection::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentSection::openSelected);
    connect(remove, &QPushButton::clicked, this, &AttachmentSection::removeSelected);
    reload();
}

bool AttachmentSection::addFile(const QString &path) {
    const editing::AttachmentAdded added = m_document->attachments().add(m_document->id(), path);
    m_error->setText(added.ok ? QString() : added.error);
    m_error->setVisible(!added.ok);
    reload();
    return added.ok;
}

void AttachmentSection::reload() {
    m_list->clear();
    const StoreRead<std::vector<editing::Attachment>> all = m_document->attachments().list(m_document->id());
    if (!all.ok()) {
        m_error->setText(all.error);
        m_error->show();
        return;
    }
    const QLocale locale;
    for (const editing::Attachment &a : *all) {
        auto *item =
            new QListWidgetItem(tr("%1 (%2, %3), added %4")
                                    .arg(a.name, a.mime, locale.formattedDataSize(a.size),
                                         locale.toString(a.addedAt.toLocalTime(), QLocale::ShortFormat)),
                                m_list);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.name);
        item->setToolTip(tr("SHA-256: %1").arg(a.sha256));
    }
    if (all->empty()) {
        auto *none = new QListWidgetItem(tr("No file attached."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void AttachmentSection::openSelected() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    editing::AttachmentStore &store = m_document->attachments();
    const StoreRead<QByteArray> bytes = store.bytes(item->data(Qt::UserRole).toUuid());
    const QString name = item->data(Qt::UserRole + 1).toString();
    const QString path = QDir::temp().filePath(
        item->data(Qt::UserRole).toUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-') + name);
    QFile file(path);
    if (!bytes.ok() || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
        m_error->setText(bytes.ok()
                             ? tr("The file could not be written to %1: %2").arg(path, file.errorString())
                             : bytes.error);
        m_error->show();
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void AttachmentSection::removeSelected() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    if (QMessageBox::question(this, tr("Remove the file"),
                              tr("Remove %1 from this case?").arg(item->text())) != QMessageBox::Yes)
        return;
    const StoreResult removed = m_document->attachments().remove(item->data(Qt::UserRole).toUuid());
    m_error->setText(removed.error);
    m_error->setVisible(!removed.ok);
    reload();
}

} // namespace concerto::ui
