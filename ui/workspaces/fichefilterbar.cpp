// The fiche filters: four fields, a pause before the patient search, dates read the French way, and
// what was chosen kept for the next start (the patient typed: for the rest of the run).
#include "ui/workspaces/fichefilterbar.h"
#include "models/domain/clock.h"
#include "services/directorylists.h"
#include "ui/listerrors.h"

#include "models/domain/boardtime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <algorithm>

namespace concerto {

namespace {

// The filters of the last Fiches workspace, for the next one: status, committee and period are kept in
// the user's settings (fiches/filter/…) and come back at the next start; the patient typed only while the
// application runs (a patient's name has no place in a settings file).
struct Remembered {
    bool set = false;
    int status = 0;
    QUuid rcpId;
    int period = 0;
    QString from;
    QString to;
    QString patient;
};
QString &patientTyped() {
    static QString typed;
    return typed;
}
const QString kGroup = QStringLiteral("fiches/filter");

Remembered remembered() {
    QSettings settings;
    settings.beginGroup(kGroup);
    Remembered r;
    r.set = settings.contains(QStringLiteral("status"));
    // A settings file edited by hand, or by another version, gives nothing out of range.
    r.status = std::clamp(settings.value(QStringLiteral("status")).toInt(), 0, 3);
    r.rcpId = QUuid::fromString(settings.value(QStringLiteral("committee")).toString());
    r.period =
        std::clamp(settings.value(QStringLiteral("period")).toInt(), 0, int(FicheFilterBar::ChosenDates));
    if (r.period == FicheFilterBar::ChosenDates) { // a preset's dates are worked out as of today
        r.from = settings.value(QStringLiteral("from")).toString().left(10);
        r.to = settings.value(QStringLiteral("to")).toString().left(10);
    }
    r.patient = patientTyped();
    return r;
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

FicheFilterBar::FicheFilterBar(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto label = [this, row](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        row->addWidget(l);
        row->addWidget(buddy);
    };
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("ficheStatusFilter"));
    m_status->addItem(tr("All fiches"));
    m_status->addItem(tr("Drafts"));
    m_status->addItem(tr("To validate"));
    m_status->addItem(tr("Signed"));
    m_status->setToolTip(tr("Show the fiches of one status only"));
    label(tr("&Status:"), m_status);

    m_committee = new QComboBox(this);
    m_committee->setObjectName(QStringLiteral("ficheCommitteeFilter"));
    m_committee->setToolTip(tr("Show the fiches of one committee only"));
    // Long committee names are cut in the closed box (the list shows them whole): the patient field
    // keeps its room.
    m_committee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_committee->setMinimumContentsLength(22);
    label(tr("&Committee:"), m_committee);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("fichePeriodFilter"));
    m_period->addItem(tr("Any date"));
    m_period->addItem(tr("Last 30 days"));
    m_period->addItem(tr("Last 3 months"));
    m_period->addItem(tr("Last 12 months"));
    m_period->addItem(tr("This year"));
    m_period->addItem(tr("Last year"));
    m_period->addItem(tr("Chosen dates"));
    m_period->setToolTip(tr("Show the fiches of the meetings of a period"));
    label(tr("&Meetings:"), m_period);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("ficheFromFilter"));
    label(tr("from"), m_from);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("ficheToFilter"));
    label(tr("to"), m_to);
    for (QLineEdit *field : {m_from, m_to}) {
        field->setPlaceholderText(tr("dd/mm/yyyy"));
        field->setToolTip(tr("A meeting date, typed as 18/09/2025; empty: no limit"));
        field->setMaxLength(10);
        field->setFixedWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
        connect(field, &QLineEdit::textEdited, this, &FicheFilterBar::dateTyped);
        connect(field, &QLineEdit::editingFinished, this, [this] {
            markDates();
            announce();
        });
    }

    m_patient = new QLineEdit(this);
    m_patient->setObjectName(QStringLiteral("fichePatientFilter"));
    m_patient->setPlaceholderText(tr("Name or IPP"));
    m_patient->setClearButtonEnabled(true);
    m_patient->setToolTip(tr("Show the fiches of the patients whose names or IPP begin with the words "
                             "typed. Escape clears it."));
    m_patient->setMinimumWidth(160);
    m_patient->installEventFilter(this);
    label(tr("&Patient:"), m_patient);
    row->setStretchFactor(m_patient, 1);

    m_patientDelay = new QTimer(this);
    m_patientDelay->setSingleShot(true);
    m_patientDelay->setInterval(300);
    connect(m_patientDelay, &QTimer::timeout, this, &FicheFilterBar::announce);
    connect(m_patient, &QLineEdit::textChanged, m_patientDelay, qOverload<>(&QTimer::start));
    connect(m_patient, &QLineEdit::returnPressed, this, &FicheFilterBar::announce);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FicheFilterBar::announce);
    connect(m_committee, &QComboBox::currentIndexChanged, this, &FicheFilterBar::announce);
    connect(m_period, &QComboBox::currentIndexChanged, this, &FicheFilterBar::periodChosen);

    m_filling = true;
    const Remembered r = remembered();
    if (r.set) {
        m_status->setCurrentIndex(r.status);
        m_period->setCurrentIndex(r.period);
        m_from->setText(r.from);
        m_to->setText(r.to);
        m_patient->setText(r.patient);
    }
    m_filling = false;
    reloadCommittees(); // chooses the remembered committee
    connect(&m_services.directoryLists(), &DirectoryLists::changed, this, &FicheFilterBar::reloadCommittees);
    if (r.set && r.period != AnyDate && r.period != ChosenDates)
        periodChosen(r.period); // "last 12 months" as of today
    m_announced = filter();
    m_patientDelay->stop();
}

FicheFilterBar::~FicheFilterBar() {
    remember();
}

void FicheFilterBar::remember() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("status"), m_status->currentIndex());
    settings.setValue(QStringLiteral("committee"),
                      m_committee->currentData().toUuid().toString(QUuid::WithoutBraces));
    settings.setValue(QStringLiteral("period"), m_period->currentIndex());
    // A preset period is worked out again as of the day it is used; chosen dates stay as typed.
    const bool chosen = m_period->currentIndex() == ChosenDates;
    settings.setValue(QStringLiteral("from"), chosen ? m_from->text() : QString());
    settings.setValue(QStringLiteral("to"), chosen ? m_to->text() : QString());
    patientTyped() = m_patient->text();
}

void FicheFilterBar::reloadCommittees() {
    const QUuid chosen = m_committee->count() > 0 ? m_committee->currentData().toUuid() : remembered().rcpId;
    const bool filling = m_filling;
    m_filling = true;
    m_committee->clear();
    m_committee->addItem(tr("All committees"), QUuid());
    const StoreRead<std::vector<Rcp>> &rcps = m_services.directoryLists().committees();
    for (const Rcp &rcp : *rcps)
        m_committee->addItem(rcp.name, rcp.meta.id);
    chooseCommittee(chosen);
    sayIfUnread(m_committee, rcps.error);
    m_filling = filling;
    if (!filling && filter() != m_announced)
        announce(); // the committee chosen was removed
}

FicheFilter FicheFilterBar::filter() const {
    FicheFilter f;
    f.status = FicheFilter::Status(m_status->currentIndex());
    f.rcpId = m_committee->currentData().toUuid();
    f.from = parseDate(m_from->text());
    f.to = parseDate(m_to->text());
    f.patientText = m_patient->text().trimmed();
    return f;
}

void FicheFilterBar::setFilter(const FicheFilter &f) {
    m_filling = true;
    m_status->setCurrentIndex(int(f.status));
    chooseCommittee(f.rcpId);
    m_period->setCurrentIndex(f.from.isValid() || f.to.isValid() ? ChosenDates : AnyDate);
    m_from->setText(dateText(f.from));
    m_to->setText(dateText(f.to));
    m_patient->setText(f.patientText);
    m_filling = false;
    markDates();
    announce();
}

void FicheFilterBar::chooseCommittee(const QUuid &id) {
    const int index = m_committee->findData(id);
    if (index >= 0)
        m_committee->setCurrentIndex(index);
    else if (!id.isNull() && !m_services.directoryLists().isLoaded())
        keepWhileReading(m_committee, id);
    else
        m_committee->setCurrentIndex(0);
}

void FicheFilterBar::clear() {
    setFilter(FicheFilter());
}

void FicheFilterBar::setPeriod(Period period) {
    m_period->setCurrentIndex(period);
}

void FicheFilterBar::periodChosen(int index) {
    if (index == ChosenDates) {
        m_from->setFocus(Qt::OtherFocusReason);
        return; // the dates typed stay
    }
    const auto [from, to] = periodDates(Period(index), clock::today());
    const bool filling = m_filling;
    m_filling = true;
    m_from->setText(dateText(from));
    m_to->setText(dateText(to));
    m_filling = filling;
    markDates();
    announce();
}

void FicheFilterBar::dateTyped() {
    // A date typed is a chosen period; it applies once complete with its four-digit year (or erased),
    // not on the way ("01/06/20" on the way to 2026); a two-digit year applies when the field is left.
    if (m_period->currentIndex() != ChosenDates) {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(ChosenDates);
    }
    static const QRegularExpression longYear(QStringLiteral("\\d{4}\\s*$"));
    auto complete = [](const QLineEdit *field) {
        const QString text = field->text().trimmed();
        return text.isEmpty() || (parseDate(text).isValid() && longYear.match(text).hasMatch());
    };
    if (complete(m_from) && complete(m_to)) {
        markDates();
        announce();
    }
}

void FicheFilterBar::markDates() {
    const QDate from = parseDate(m_from->text());
    const QDate to = parseDate(m_to->text());
    for (QLineEdit *field : {m_from, m_to}) {
        const bool wrong = !field->text().trimmed().isEmpty() && !parseDate(field->text()).isValid();
        field->setStyleSheet(wrong ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
        field->setToolTip(wrong ? tr("Not a date: type it as 18/09/2025. It is left out of the filter.")
                                : tr("A meeting date, typed as 18/09/2025; empty: no limit"));
    }
    if (from.isValid() && to.isValid() && to < from) {
        m_to->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        m_to->setToolTip(tr("This date is before the first one: no meeting is in between."));
    }
}

void FicheFilterBar::announce() {
    m_patientDelay->stop();
    if (m_filling)
        return;
    const FicheFilter f = filter();
    remember();
    if (f == m_announced)
        return;
    m_announced = f;
    Q_EMIT filterChanged(f);
}

bool FicheFilterBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_patient && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_patient->text().isEmpty()) {
        m_patient->clear();
        announce();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QDate FicheFilterBar::parseDate(const QString &text) {
    static const QRegularExpression separated(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})\\s*$"));
    static const QRegularExpression packed(QStringLiteral("^\\s*(\\d{2})(\\d{2})(\\d{4})\\s*$"));
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch())
        m = packed.match(text);
    if (!m.hasMatch())
        return {};
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2) // 25 is 2025, 70 is 1970: the last hundred years up to 2069
        year += year < 70 ? 2000 : 1900;
    return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
}

std::pair<QDate, QDate> FicheFilterBar::periodDates(Period period, const QDate &today) {
    switch (period) {
    case Last30Days:
        return {today.addDays(-30), today};
    case Last3Months:
        return {today.addMonths(-3), today};
    case Last12Months:
        return {today.addMonths(-12), today};
    case ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case AnyDate:
    case ChosenDates:
        break;
    }
    return {};
}

} // namespace concerto
