// The fiches of the Fiches workspace, loaded page by page (fetchMore): status, version,
// meeting date, patient and committee. Filters by status, committee, meeting-date period and patient
// (name or IPP, as the patient search finds them) combine; each is a condition of the paged SQL on the
// fiche table's indexed columns. Every fiche is listed newest meeting first; the fiches of a status
// (drafts, to validate: worklists) newest change first, signed ones newest signature first. Pages by
// key; follows the store's changes.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "services/services.h"

#include <QDate>
#include <QHash>

namespace concerto {

// What the fiche list shows. The default shows every fiche.
struct FicheFilter {
    enum class Status { All, Draft, ToValidate, Signed };
    Status status = Status::All;
    QUuid rcpId;         // the committee of the fiche's session; null: every committee
    QDate from;          // meeting date on or after (boards' clock); invalid: no lower bound
    QDate to;            // meeting date on or before; invalid: no upper bound
    QString patientText; // words of a patient's names or IPP (the patient search's rules); empty: anyone

    bool isEmpty() const {
        return status == Status::All && rcpId.isNull() && !from.isValid() && !to.isValid() &&
               patientText.trimmed().isEmpty();
    }
    bool operator==(const FicheFilter &o) const {
        return status == o.status && rcpId == o.rcpId && from == o.from && to == o.to &&
               patientText.trimmed() == o.patientText.trimmed();
    }
    bool operator!=(const FicheFilter &o) const { return !(*this == o); }
};

class FicheListModel final : public StoreListModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        VersionColumn,
        MeetingDateColumn,
        PatientColumn,
        CommitteeColumn,
        ColumnCount
    };
    enum Role { FicheIdRole = Qt::UserRole + 1, SignedRole };

    // A patient filter that more patients match than this shows no fiche: more letters are needed.
    static constexpr int kMaxPatients = 1000;
    static constexpr int kPageSize = 200;

    explicit FicheListModel(Database &db, QObject *parent = nullptr);
    // On the services of the open database (what the screens hold).
    explicit FicheListModel(Services &services, QObject *parent = nullptr)
        : FicheListModel(services.store(), parent) {}

    void setFilter(const FicheFilter &filter);
    const FicheFilter &filter() const { return m_filter; }
    // Shortcuts for the status filter alone: signed fiches only, or all.
    void setSignedOnly(bool signedOnly);
    bool signedOnly() const { return m_filter.status == FicheFilter::Status::Signed; }
    void reload();

    // The whole list is read and holds no fiche (and no read failed): nothing matches the filters.
    bool matchesNothing() const;
    // The patient filter matches more than kMaxPatients patients: no fiche is listed.
    bool tooManyPatients() const { return m_tooManyPatients; }
    // How many patients the patient filter matches (-1 without a patient filter or when unreadable).
    int patientMatches() const { return m_patientMatches; }
    // Which filter leads the query (the others check what it finds); for the benchmark and tests.
    enum Lead { LeadByOrder, LeadByCases, LeadByPatients };
    Lead lead() const { return m_lead; }

    const Fiche *ficheAt(int row) const;
    // The row of the fiche among those loaded, else -1.
    int rowOf(const QUuid &ficheId) const;
    QString patientName(const QUuid &patientId) const;
    // The committee of the fiche: its own RCP, else its session's.
    QString committeeName(const Fiche &fiche) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The list was read again (new filter or change in the store), or a page was added.
    void contentsChanged();

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    // The SQL condition of the filter and its bound values; false when it cannot match (patients).
    bool buildCondition();
    bool resolvePatients();

    FicheRepository m_fiches;
    PatientRepository m_patients;
    RcpRepository m_rcps;
    SessionRepository m_sessions;
    FicheFilter m_filter;
    QString m_condition;
    QVariantList m_binds;
    bool m_complete = false;
    bool m_resetting = false;
    bool m_tooManyPatients = false;
    int m_patientMatches = -1;
    Lead m_lead = LeadByOrder;
    bool m_byMeeting = false;   // every fiche: newest meeting first (pageByMeeting)
    bool m_walkSessions = true; // … read by walking the sessions newest first
    QString m_patientIds;       // JSON array of the matching patients' ids
    std::vector<Fiche> m_rows;
    PageKey m_lastKey;
    mutable QHash<QUuid, QString> m_patientNames;
    mutable QHash<QUuid, QString> m_committees;
};

} // namespace concerto
