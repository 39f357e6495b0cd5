// Month and week grids built from a SessionListModel loaded with the shown days; filters from the
// directory (committees and their 3C). Chips are flat buttons so that Tab and Space reach them too.
#include "ui/workspaces/planningcalendar.h"
#include "models/domain/clock.h"
#include "services/directorylists.h"
#include "ui/listerrors.h"

#include "models/domain/boardtime.h"
#include "models/itemmodels/sessionlistmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace concerto {

namespace {

// A calm colour per committee, stable from one run to the next.
QColor committeeColour(const QUuid &rcpId) {
    const int hue = int(qHash(rcpId.toString()) % 360u);
    return QColor::fromHsl(hue, 110, 222);
}

} // namespace

PlanningCalendar::PlanningCalendar(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_sessions(new SessionListModel(services, this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("‹"));
    previous->setToolTip(tr("Previous month or week"));
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("›"));
    next->setToolTip(tr("Next month or week"));
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_monthButton = new QToolButton(this);
    m_monthButton->setText(tr("Month"));
    m_weekButton = new QToolButton(this);
    m_weekButton->setText(tr("Week"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_monthButton, m_weekButton}) {
        b->setCheckable(true);
        modes->addButton(b);
    }
    m_centres = new QComboBox(this);
    m_centres->setObjectName(QStringLiteral("centreFilter"));
    m_centres->setToolTip(tr("Show the committees of one 3C"));
    m_committees = new QComboBox(this);
    m_committees->setObjectName(QStringLiteral("committeeFilter"));
    m_committees->setToolTip(tr("Show one committee"));
    for (QComboBox *combo : {m_centres, m_committees}) { // long names must not widen the window
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{previous, today, next, m_title})
        bar->addWidget(w);
    bar->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *>{m_centres, m_committees, m_monthButton, m_weekButton})
        bar->addWidget(w);
    layout->addLayout(bar);
    // The grid scrolls rather than widen or heighten the window: a busy day holds many sessions.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(m_scroll);
    m_scroll->setWidget(m_grid);
    layout->addWidget(m_scroll, 1);

    auto step = [this](int direction) {
        showPeriod(m_mode,
                   m_mode == Mode::Month ? m_anchor.addMonths(direction) : m_anchor.addDays(7 * direction));
    };
    connect(previous, &QToolButton::clicked, this, [step] { step(-1); });
    connect(next, &QToolButton::clicked, this, [step] { step(+1); });
    connect(today, &QToolButton::clicked, this, [this] { showPeriod(m_mode, clock::today()); });
    connect(m_monthButton, &QToolButton::clicked, this, [this] { showPeriod(Mode::Month, m_anchor); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { showPeriod(Mode::Week, m_anchor); });
    connect(m_centres, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setCentreFilter(m_centres->currentData().toUuid()); });
    connect(m_committees, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setCommitteeFilter(m_committees->currentData().toUuid()); });
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &PlanningCalendar::rebuild);
    connect(m_sessions, &SessionListModel::completenessCounted, this, &PlanningCalendar::rebuild);
    readFilters();
    connect(&m_services.directoryLists(), &DirectoryLists::changed, this, [this] {
        readFilters();
        rebuild();
    });
    showPeriod(Mode::Month, clock::today());
}

void PlanningCalendar::showPeriod(Mode mode, const QDate &day) {
    m_mode = mode;
    m_anchor = day;
    if (mode == Mode::Month) {
        const QDate first(day.year(), day.month(), 1);
        m_first = first.addDays(1 - first.dayOfWeek());
        const QDate last = first.addMonths(1).addDays(-1);
        m_last = last.addDays(7 - last.dayOfWeek());
    } else {
        m_first = day.addDays(1 - day.dayOfWeek());
        m_last = m_first.addDays(6);
    }
    m_monthButton->setChecked(mode == Mode::Month);
    m_weekButton->setChecked(mode == Mode::Week);
    const QLocale locale;
    m_title->setText(mode == Mode::Month
                         ? locale.toString(day, QStringLiteral("MMMM yyyy"))
                         : tr("Week of %1").arg(locale.toString(m_first, QLocale::ShortFormat)));
    m_stale = !isVisible();
    if (!m_stale)
        m_sessions->setPeriod(m_first, m_last); // rebuilds on its reset
}

void PlanningCalendar::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_sessions->setPeriod(m_first, m_last);
    }
}

void PlanningCalendar::refresh() {
    readFilters();
    if (!m_stale)
        m_sessions->reload();
}

void PlanningCalendar::readFilters() {
    DirectoryLists &lists = m_services.directoryLists();
    const StoreRead<std::vector<Organisation>> &organisations = lists.organisations();
    m_centres->clear();
    m_centres->addItem(tr("Every 3C"), QUuid());
    for (const Organisation &o : *organisations)
        if (o.kind == OrganisationKind::CoordinationCentre)
            m_centres->addItem(o.name, o.meta.id);
    if (const int at = m_centres->findData(m_centre); at >= 0)
        m_centres->setCurrentIndex(at);
    else if (!m_centre.isNull() && !lists.isLoaded())
        keepWhileReading(m_centres, m_centre);
    sayIfUnread(m_centres, organisations.error);
    m_centreOf.clear();
    for (const Rcp &r : *lists.committees())
        m_centreOf.insert(r.meta.id, r.organisationId);
    fillCommittees();
}

void PlanningCalendar::fillCommittees() {
    DirectoryLists &lists = m_services.directoryLists();
    const StoreRead<std::vector<Rcp>> &rcps = lists.committees();
    m_committees->clear();
    m_committees->addItem(tr("Every committee"), QUuid());
    for (const Rcp &r : *rcps)
        if (m_centre.isNull() || r.organisationId == m_centre)
            m_committees->addItem(r.name, r.meta.id);
    if (const int at = m_committees->findData(m_committee); at >= 0)
        m_committees->setCurrentIndex(at);
    else if (!m_committee.isNull() && !lists.isLoaded())
        keepWhileReading(m_committees, m_committee);
    else
        m_committee = QUuid(); // the committee shown is gone, or not of the 3C chosen
    sayIfUnread(m_committees, rcps.error);
}

void PlanningCalendar::setCentreFilter(const QUuid &centreId) {
    m_centre = centreId;
    m_centres->setCurrentIndex(std::max(0, m_centres->findData(centreId)));
    fillCommittees();
    rebuild();
}

void PlanningCalendar::setCommitteeFilter(const QUuid &rcpId) {
    m_committee = rcpId;
    m_committees->setCurrentIndex(std::max(0, m_committees->findData(rcpId)));
    rebuild();
}

bool PlanningCalendar::shown(const QUuid &rcpId) const {
    if (!m_committee.isNull() && rcpId != m_committee)
        return false;
    return m_centre.isNull() || m_centreOf.value(rcpId) == m_centre;
}

QStringList PlanningCalendar::chipsOn(const QDate &day) const {
    return m_chips.value(day);
}

void PlanningCalendar::rebuild() {
    m_chips.clear();
    auto *grid = new QWidget;
    auto *cells = new QGridLayout(grid);
    cells->setSpacing(2);
    cells->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        auto *name = new QLabel(locale.standaloneDayName(d + 1, QLocale::ShortFormat), grid);
        name->setAlignment(Qt::AlignCenter);
        cells->addWidget(name, 0, d);
    }
    QHash<QDate, QVBoxLayout *> dayLayouts;
    const int days = int(m_first.daysTo(m_last)) + 1;
    for (int n = 0; n < days; ++n) {
        const QDate day = m_first.addDays(n);
        auto *cell = new QFrame(grid);
        cell->setFrameShape(QFrame::StyledPanel);
        const bool inMonth = m_mode == Mode::Week || day.month() == m_anchor.month();
        cell->setStyleSheet(QStringLiteral("QFrame { background: %1; }")
                                .arg(inMonth ? QStringLiteral("#ffffff") : QStringLiteral("#eef1f4")));
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(4, 2, 4, 2);
        v->setSpacing(2);
        auto *number = new QLabel(m_mode == Mode::Week ? locale.toString(day, QStringLiteral("d MMM"))
                                                       : QString::number(day.day()),
                                  cell);
        number->setStyleSheet(QStringLiteral("color: %1; background: transparent;")
                                  .arg(inMonth ? QStringLiteral("#1d2733") : QStringLiteral("#8a96a3")));
        v->addWidget(number);
        dayLayouts.insert(day, v);
        cells->addWidget(cell, 1 + n / 7, n % 7);
    }
    for (int r = 0; r < m_sessions->rowCount(); ++r) {
        const SessionListModel::Row *row = m_sessions->rowAt(r);
        if (!row || !shown(row->session.rcpId))
            continue;
        const QDateTime local = toBoardTime(row->session.startsAt);
        QVBoxLayout *v = dayLayouts.value(local.date());
        if (!v)
            continue;
        QString text =
            locale.toString(local.time(), QLocale::ShortFormat) + QLatin1Char(' ') + row->committee;
        QString counts = tr("%Ln case(s)", nullptr, row->caseCount);
        if (row->incompleteCount > 0)
            counts += QStringLiteral(", ") + tr("%Ln incomplete", nullptr, row->incompleteCount);
        if (row->session.status == SessionStatus::Cancelled)
            counts = tr("cancelled");
        text += QStringLiteral(" · ") + counts;
        m_chips[local.date()] << text;
        // A month's day is narrow: the time and the committee's short name ("Thoracique" for "RCP
        // Thoracique – 3C Montpellier"); the tooltip and the week view hold the whole text.
        QString shortName = row->committee.section(QStringLiteral(" – "), 0, 0);
        if (shortName.startsWith(QLatin1String("RCP ")))
            shortName = shortName.mid(4);
        const QString shown = m_mode == Mode::Month ? locale.toString(local.time(), QLocale::ShortFormat) +
                                                          QLatin1Char(' ') + shortName
                                                    : text;
        auto *chip = new QPushButton(shown, v->parentWidget());
        chip->setFlat(true);
        // Narrow days clip the text (the tooltip holds it whole) rather than widen the window.
        chip->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setToolTip(row->session.place.isEmpty() ? text
                                                      : text + QStringLiteral("\n") + row->session.place);
        const QColor colour = committeeColour(row->session.rcpId);
        chip->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; background: %1; border: 1px solid %2;"
                           " border-radius: 3px; padding: 1px 4px; %3 }")
                .arg(colour.name(), colour.darker(130).name(),
                     row->incompleteCount > 0 ? QStringLiteral("color: #8a1c12;") : QString()));
        const QUuid id = row->session.meta.id;
        const QDate day = local.date();
        connect(chip, &QPushButton::clicked, this, [this, id, day] { Q_EMIT sessionChosen(id, day); });
        v->addWidget(chip);
    }
    for (QVBoxLayout *v : std::as_const(dayLayouts))
        v->addStretch();
    for (int row = 1; row <= (days + 6) / 7; ++row)
        cells->setRowStretch(row, 1);
    for (int c = 0; c < 7; ++c)
        cells->setColumnStretch(c, 1);
    QWidget *old = m_scroll->takeWidget();
    old->hide();
    old->deleteLater(); // a chip of it may be the sender being handled
    m_grid = grid;
    m_scroll->setWidget(grid);
}

} // namespace concerto
