// The fiche's versions side by side, what changed, and its history.
#include "ui/printing/ficheversionsdialog.h"
#include "ui/screenrights.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "reports/fichehtml.h"
#include "services/ficheservice.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace concerto {

namespace {

// The fields of a fiche a reader compares, with their names; the version's own marks are left out.
const std::vector<std::pair<const char *, const char *>> &comparedFields() {
    static const std::vector<std::pair<const char *, const char *>> fields = {
        {"caseStatus", QT_TRANSLATE_NOOP("FicheVersions", "Case status")},
        {"quorum", QT_TRANSLATE_NOOP("FicheVersions", "Quorum")},
        {"quorumOverride", QT_TRANSLATE_NOOP("FicheVersions", "Quorum override")},
        {"fileComplete", QT_TRANSLATE_NOOP("FicheVersions", "File complete")},
        {"referToRecours", QT_TRANSLATE_NOOP("FicheVersions", "Referral to a recours RCP")},
        {"surveillanceOnly", QT_TRANSLATE_NOOP("FicheVersions", "Surveillance only")},
        {"exams", QT_TRANSLATE_NOOP("FicheVersions", "Further exams")},
        {"proposal", QT_TRANSLATE_NOOP("FicheVersions", "Proposal")},
        {"framework", QT_TRANSLATE_NOOP("FicheVersions", "Guideline, conformity and trial")},
        {"patientComments", QT_TRANSLATE_NOOP("FicheVersions", "Comments")},
        {"attendees", QT_TRANSLATE_NOOP("FicheVersions", "Attendees")},
        {"writtenOpinions", QT_TRANSLATE_NOOP("FicheVersions", "Written opinions")},
        {"correspondents", QT_TRANSLATE_NOOP("FicheVersions", "Correspondents")},
        {"meetingDate", QT_TRANSLATE_NOOP("FicheVersions", "Meeting date")},
        {"coordinatorId", QT_TRANSLATE_NOOP("FicheVersions", "Coordinator")},
        {"caseSnapshot", QT_TRANSLATE_NOOP("FicheVersions", "The case as frozen")},
    };
    return fields;
}

QString fieldName(const QString &key) {
    for (const auto &[code, name] : comparedFields())
        if (key == QLatin1String(code))
            return QCoreApplication::translate("FicheVersions", name);
    return key;
}

// A value shown in one line: text as it is, anything else as compact JSON, cut when long.
QString shortText(const QJsonValue &v) {
    QString text;
    if (v.isUndefined() || v.isNull())
        text = QStringLiteral("—");
    else if (v.isString())
        text = v.toString();
    else if (v.isBool())
        text = v.toBool() ? QCoreApplication::translate("FicheVersions", "yes")
                          : QCoreApplication::translate("FicheVersions", "no");
    else if (v.isDouble()) { // the user's decimal mark (5,9 in French), no grouping: it may be a code
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        text = locale.toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    } else
        text = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return text.size() > 140 ? text.left(139) + QStringLiteral("…") : text;
}

QString when(const QDateTime &utc) {
    const QDateTime local = toBoardTime(utc);
    return QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                       QLocale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace

FicheVersionsDialog::FicheVersionsDialog(Services &services, const QUuid &setId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_setId(setId) {
    setObjectName(QStringLiteral("ficheVersions"));
    setWindowTitle(tr("Versions and history of the fiche"));
    resize(1200, 760);
    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Versions"), left));
    m_versions = new QListWidget(left);
    m_versions->setObjectName(QStringLiteral("versionList"));
    leftLayout->addWidget(m_versions, 1);
    m_amend = new QPushButton(tr("Correct: new version… (Ctrl+N)"), left);
    m_amend->setObjectName(QStringLiteral("amendFiche"));
    m_amend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_amend->setToolTip(
        tr("A signed fiche never changes: a correction is its next version, with its reason"));
    needsRight(m_amend, Action::AmendFiches);
    leftLayout->addWidget(m_amend);

    auto *tabs = new QTabWidget(split);
    auto *compare = new QWidget(tabs);
    auto *compareLayout = new QVBoxLayout(compare);
    auto *pages = new QSplitter(compare);
    auto *beforeBox = new QWidget(pages);
    auto *beforeLayout = new QVBoxLayout(beforeBox);
    beforeLayout->setContentsMargins(0, 0, 0, 0);
    m_beforeTitle = new QLabel(beforeBox);
    beforeLayout->addWidget(m_beforeTitle);
    m_before = new QTextBrowser(beforeBox);
    m_before->setObjectName(QStringLiteral("previousVersion"));
    beforeLayout->addWidget(m_before, 1);
    auto *afterBox = new QWidget(pages);
    auto *afterLayout = new QVBoxLayout(afterBox);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    m_afterTitle = new QLabel(afterBox);
    afterLayout->addWidget(m_afterTitle);
    m_after = new QTextBrowser(afterBox);
    m_after->setObjectName(QStringLiteral("selectedVersion"));
    afterLayout->addWidget(m_after, 1);
    compareLayout->addWidget(pages, 3);
    compareLayout->addWidget(new QLabel(tr("What changed from the version before"), compare));
    m_changes = new QListWidget(compare);
    m_changes->setObjectName(QStringLiteral("changedFields"));
    compareLayout->addWidget(m_changes, 1);
    tabs->addTab(compare, tr("&Versions side by side"));

    m_history = new QTableWidget(0, 4, tabs);
    m_history->setObjectName(QStringLiteral("ficheHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Version"), tr("What")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabs->addTab(m_history, tr("&History"));
    split->addWidget(left);
    split->addWidget(tabs);
    split->setSizes({260, 940});
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_versions, &QListWidget::currentRowChanged, this, &FicheVersionsDialog::showVersion);
    connect(m_amend, &QPushButton::clicked, this, &FicheVersionsDialog::askAmendment);
    applyRights(this, services);
    reload();
}

void FicheVersionsDialog::reload() {
    const StoreRead<std::vector<Fiche>> all = m_services.fiches().versions(m_setId);
    m_versions->clear();
    if (!all.ok()) {
        m_error->setText(tr("The versions could not be read: %1").arg(all.error));
        m_error->show();
        return;
    }
    m_all = *all;
    for (const Fiche &f : m_all) {
        QString line = tr("Version %1 · %2").arg(f.versionNumber).arg(labels::ficheState(f));
        if (f.isSigned())
            line += QStringLiteral("\n") + tr("signed %1").arg(when(f.signedAt));
        if (!f.amendmentReason.isEmpty())
            line += QStringLiteral("\n") + tr("why: %1").arg(f.amendmentReason);
        m_versions->addItem(line);
    }
    m_amend->setEnabled(!m_all.empty() && m_all.back().isSigned());

    const StoreRead<std::vector<AuditEntry>> history = m_services.fiches().history(m_setId);
    m_history->setRowCount(0);
    if (!history.ok()) {
        m_error->setText(tr("The history could not be read: %1").arg(history.error));
        m_error->show();
    } else {
        for (const AuditEntry &e : *history) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            int version = 0;
            for (const Fiche &f : m_all)
                if (f.meta.id == e.recordId)
                    version = f.versionNumber;
            m_history->setItem(row, 0, new QTableWidgetItem(when(e.at)));
            m_history->setItem(row, 1, new QTableWidgetItem(e.actor));
            m_history->setItem(row, 2, new QTableWidgetItem(QString::number(version)));
            m_history->setItem(row, 3, new QTableWidgetItem(describe(e, version)));
        }
        m_history->resizeColumnsToContents();
    }
    m_versions->setCurrentRow(int(m_all.size()) - 1);
}

QString FicheVersionsDialog::pagesOf(const Fiche &fiche) {
    const StoreRead<reports::FicheContext> context = m_services.fiches().printable(fiche);
    if (!context.ok())
        return QStringLiteral("<p>%1</p>").arg(context.error.toHtmlEscaped());
    return reports::ficheHtml(*context, m_services.fiches().codeLabels(*context));
}

void FicheVersionsDialog::showVersion(int index) {
    m_changes->clear();
    if (index < 0 || index >= int(m_all.size())) {
        m_before->clear();
        m_after->clear();
        return;
    }
    const Fiche &shown = m_all[std::size_t(index)];
    m_afterTitle->setText(tr("Version %1").arg(shown.versionNumber));
    m_after->setHtml(pagesOf(shown));
    if (index == 0) {
        m_beforeTitle->setText(tr("No version before"));
        m_before->clear();
        m_changes->addItem(tr("First version."));
        return;
    }
    const Fiche &previous = m_all[std::size_t(index - 1)];
    m_beforeTitle->setText(tr("Version %1").arg(previous.versionNumber));
    m_before->setHtml(pagesOf(previous));
    const QStringList changes = changedFields(previous, shown);
    m_changes->addItems(changes.isEmpty() ? QStringList{tr("Nothing changed but the version's marks.")}
                                          : changes);
}

QStringList FicheVersionsDialog::changedFields(const Fiche &before, const Fiche &after) {
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QStringList out;
    for (const auto &[code, name] : comparedFields()) {
        const QString key = QLatin1String(code);
        if (a.value(key) != b.value(key))
            out << QStringLiteral("%1: %2 → %3")
                       .arg(fieldName(key), shortText(a.value(key)), shortText(b.value(key)));
    }
    return out;
}

QString FicheVersionsDialog::describe(const AuditEntry &entry, int version) {
    if (entry.action == QLatin1String("create"))
        return version > 1 ? tr("Correction made (new version)") : tr("Fiche made");
    if (entry.action == QLatin1String("delete"))
        return tr("Withdrawn");
    if (entry.action == QLatin1String("pull"))
        return tr("Received from the regional server");
    if (entry.changes.contains(QLatin1String("signedAt")))
        return tr("Signed");
    QStringList fields;
    for (const QString &key : entry.changes.keys())
        if (std::any_of(comparedFields().begin(), comparedFields().end(),
                        [&](const auto &f) { return key == QLatin1String(f.first); }))
            fields << fieldName(key);
    if (entry.changes.contains(QLatin1String("status")) && fields.isEmpty())
        return tr("Status changed");
    return fields.isEmpty() ? tr("Changed") : tr("Changed: %1").arg(fields.join(QStringLiteral(", ")));
}

QString FicheVersionsDialog::amendLatest(const QString &reason) {
    if (m_all.empty() || !m_all.back().isSigned())
        return tr("Only the latest version, signed, is corrected.");
    const StoreResult done = m_services.fiches().amend(m_all.back(), reason);
    if (!done.ok)
        return done.error;
    reload();
    return {};
}

void FicheVersionsDialog::askAmendment() {
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Correct the fiche"),
                                                 tr("Why is the signed fiche corrected? (required)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString error = amendLatest(reason);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace concerto
