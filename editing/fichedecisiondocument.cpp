// The decision document: the decision's rules by field path, read and written through the fiche service.
#include "editing/fichedecisiondocument.h"

#include "models/validation/fichecheck.h"
#include "services/ficheservice.h"

#include <QJsonArray>

namespace concerto::editing {

FicheDecisionDocument::FicheDecisionDocument(Services &services, const Fiche &fiche)
    : DraftedDocument(services.store(), QStringLiteral("fiche"), fiche.meta.id, fiche.toJson(), false,
                      fiche.meta.updatedAt)
    , m_services(services)
    , m_meta(fiche.meta) {}

FicheDecisionDocument::~FicheDecisionDocument() {
    flushDraft();
}

std::unique_ptr<FicheDecisionDocument> FicheDecisionDocument::open(Services &services, const QUuid &ficheId,
                                                                   QString *error) {
    const StoreRead<std::optional<Fiche>> found = services.fiches().find(ficheId);
    if (!found.ok() || !found.value || found.value->meta.deleted) {
        *error = found.ok() ? tr("This fiche no longer exists.") : found.error;
        return nullptr;
    }
    if (found.value->isSigned()) {
        *error = tr("This fiche is signed and can no longer change: a correction is a new version.");
        return nullptr;
    }
    std::unique_ptr<FicheDecisionDocument> document(new FicheDecisionDocument(services, *found.value));
    document->takeUpDraft();
    return document;
}

Fiche FicheDecisionDocument::fiche() const {
    Fiche f = Fiche::fromJson(m_body);
    f.meta = m_meta;
    return f;
}

void FicheDecisionDocument::offerFirstLine() {
    if (listSize(QStringLiteral("proposal")) > 0)
        return;
    QJsonObject body = m_body;
    body.insert(QStringLiteral("proposal"), QJsonArray{ProposalLine{1, 1, {}, {}, {}, {}, {}}.toJson()});
    applyBody(body, QStringLiteral("proposal"));
}

FieldMessages FicheDecisionDocument::validation() const {
    FieldMessages messages;
    for (const validation::FicheFault &fault : validation::ficheDecisionFaults(fiche()))
        messages[fault.path] << fault.message;
    return messages;
}

QJsonObject FicheDecisionDocument::normalised(const QJsonObject &body) const {
    return Fiche::fromJson(body).toJson();
}

QString FicheDecisionDocument::fieldName(const QString &path) const {
    static const std::map<QString, const char *> names{
        {QStringLiteral("status"), QT_TR_NOOP("the status")},
        {QStringLiteral("proposal"), QT_TR_NOOP("the proposal")},
        {QStringLiteral("exams"), QT_TR_NOOP("the further exams")},
        {QStringLiteral("framework"), QT_TR_NOOP("the guideline and conformity")},
        {QStringLiteral("patientComments"), QT_TR_NOOP("the comments")},
        {QStringLiteral("surveillanceOnly"), QT_TR_NOOP("the surveillance")},
        {QStringLiteral("referToRecours"), QT_TR_NOOP("the referral to a recours RCP")}};
    const auto it = names.find(path.section(QLatin1Char('/'), 0, 0));
    return it == names.end() ? path : tr(it->second);
}

StoreRead<std::optional<QJsonObject>> FicheDecisionDocument::readStored() const {
    using Read = StoreRead<std::optional<QJsonObject>>;
    const StoreRead<std::optional<Fiche>> found = m_services.fiches().find(id());
    if (!found.ok())
        return Read::failure(found.error);
    if (!found.value || found.value->meta.deleted)
        return Read::success(std::nullopt);
    m_storedMeta = found.value->meta;
    return Read::success(found.value->toJson());
}

StoreResult FicheDecisionDocument::write(const QJsonObject &body) {
    Fiche f = Fiche::fromJson(body);
    f.meta = m_storedMeta; // the copy the merge was made against
    const StoreResult saved = m_services.fiches().saveDecision(f);
    if (saved.ok)
        m_meta = f.meta;
    return saved;
}

QString FicheDecisionDocument::recordName() const {
    return tr("This fiche");
}

} // namespace concerto::editing
