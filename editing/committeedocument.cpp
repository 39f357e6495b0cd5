// The committee document: the directory's rules by field path, read and written through the services.
#include "editing/committeedocument.h"

#include "models/store/repositories.h"
#include "models/validation/rcpcheck.h"
#include "services/directoryservice.h"

namespace concerto::editing {

namespace {

QString pathOf(validation::RcpField field, const Rcp &rcp) {
    using validation::RcpField;
    switch (field) {
    case RcpField::Name:
        return QStringLiteral("name");
    case RcpField::NationalId:
        return QStringLiteral("nationalId");
    case RcpField::Nature:
        return QStringLiteral("nature");
    case RcpField::Scope:
        return rcp.nature == QLatin1String(kNatureOrganRcp) ? QStringLiteral("appareil")
                                                            : QStringLiteral("theme");
    case RcpField::Weekday:
        return QStringLiteral("schedule/weekday");
    case RcpField::Recurrence:
        return QStringLiteral("schedule/everyWeeks");
    case RcpField::Time:
        return QStringLiteral("schedule/start");
    case RcpField::RegistrationDays:
        return QStringLiteral("schedule/registrationDays");
    case RcpField::VideoLink:
        return QStringLiteral("schedule/videoLink");
    case RcpField::Guidelines:
        return QStringLiteral("guidelines");
    case RcpField::QuorumGroups:
        return QStringLiteral("quorum/requiredGroups");
    case RcpField::QuorumMinimum:
        return QStringLiteral("quorum/minimumSpecialties");
    }
    return {};
}

} // namespace

CommitteeDocument::CommitteeDocument(Services &services, const Rcp &rcp, bool isNew)
    : DraftedDocument(services.store(), QStringLiteral("rcp"), rcp.meta.id, rcp.toJson(), isNew,
                      rcp.meta.updatedAt)
    , m_services(services)
    , m_meta(rcp.meta) {}

CommitteeDocument::~CommitteeDocument() {
    flushDraft();
}

std::unique_ptr<CommitteeDocument> CommitteeDocument::open(Services &services, const QUuid &rcpId,
                                                           QString *error) {
    const StoreRead<std::optional<Rcp>> found = services.directory().committee(rcpId);
    if (!found.ok() || !found.value || found.value->meta.deleted) {
        *error = found.ok() ? tr("This committee is no longer in the directory.") : found.error;
        return nullptr;
    }
    std::unique_ptr<CommitteeDocument> document(new CommitteeDocument(services, *found.value, false));
    document->takeUpDraft();
    return document;
}

std::unique_ptr<CommitteeDocument> CommitteeDocument::create(Services &services, const Rcp &start) {
    Rcp rcp = start;
    rcp.meta = RecordMeta();
    rcp.meta.id = start.meta.id.isNull() ? RecordMeta::newId() : start.meta.id;
    std::unique_ptr<CommitteeDocument> document(new CommitteeDocument(services, rcp, true));
    document->takeUpDraft();
    return document;
}

Rcp CommitteeDocument::committee() const {
    Rcp rcp = Rcp::fromJson(m_body);
    rcp.meta = m_meta;
    return rcp;
}

FieldMessages CommitteeDocument::validation() const {
    const Rcp rcp = committee();
    FieldMessages messages;
    for (const validation::RcpFault &fault : validation::rcpFaults(rcp))
        messages[pathOf(fault.field, rcp)] << fault.message;
    return messages;
}

QJsonObject CommitteeDocument::normalised(const QJsonObject &body) const {
    return Rcp::fromJson(body).toJson();
}

QString CommitteeDocument::fieldName(const QString &path) const {
    static const std::map<QString, const char *> names{
        {QStringLiteral("name"), QT_TR_NOOP("the name")},
        {QStringLiteral("nationalId"), QT_TR_NOOP("the national identifier")},
        {QStringLiteral("nature"), QT_TR_NOOP("the nature")},
        {QStringLiteral("schedule"), QT_TR_NOOP("the schedule")},
        {QStringLiteral("quorum"), QT_TR_NOOP("the quorum")},
        {QStringLiteral("guidelines"), QT_TR_NOOP("the guidelines")},
        {QStringLiteral("permanentMembers"), QT_TR_NOOP("the permanent members")},
        {QStringLiteral("coordinatorId"), QT_TR_NOOP("the coordinator")},
        {QStringLiteral("deputyCoordinatorIds"), QT_TR_NOOP("the deputy coordinators")}};
    const auto it = names.find(path.section(QLatin1Char('/'), 0, 0));
    return it == names.end() ? path : tr(it->second);
}

StoreRead<std::optional<QJsonObject>> CommitteeDocument::readStored() const {
    using Read = StoreRead<std::optional<QJsonObject>>;
    const StoreRead<std::optional<Rcp>> found = m_services.directory().committee(id());
    if (!found.ok())
        return Read::failure(found.error);
    if (!found.value || found.value->meta.deleted)
        return Read::success(std::nullopt);
    m_storedMeta = found.value->meta;
    return Read::success(found.value->toJson());
}

StoreResult CommitteeDocument::write(const QJsonObject &body) {
    Rcp rcp = Rcp::fromJson(body);
    rcp.meta = isNew() ? m_meta : m_storedMeta; // the copy the merge was made against
    const StoreResult saved = m_services.directory().saveCommittee(rcp);
    if (saved.ok)
        m_meta = rcp.meta;
    return saved;
}

QString CommitteeDocument::recordName() const {
    return tr("This committee");
}

} // namespace concerto::editing
