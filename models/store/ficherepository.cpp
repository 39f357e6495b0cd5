// The fiche RCP's versions as stored: the signature written, an amendment as a new version. Whether a
// fiche may be signed is decided above the store (services/ficheservice.h).
#include "models/store/ficherepository.h"

#include <QCoreApplication>

namespace concerto {

StoreResult FicheRepository::save(Fiche &fiche) {
    if (!fiche.meta.id.isNull()) {
        const StoreRead<std::optional<Fiche>> stored = find(fiche.meta.id);
        if (!stored.ok())
            return StoreResult::failure(stored.error);
        if (stored.value && stored.value->isSigned())
            return StoreResult::failure(signedFicheLockedMessage());
    }
    if (fiche.setId.isNull())
        fiche.setId = RecordMeta::newId();
    if (fiche.patientId.isNull())
        return StoreResult::failure(QCoreApplication::translate("Store", "A fiche must name its patient."));
    return Repository::save(fiche);
}

StoreResult FicheRepository::remove(const QUuid &id) {
    const StoreRead<std::optional<Fiche>> stored = find(id);
    if (!stored.ok())
        return StoreResult::failure(stored.error);
    if (stored.value && stored.value->isSigned())
        return StoreResult::failure(signedFicheLockedMessage());
    return Repository::remove(id);
}

StoreResult FicheRepository::saveSigned(Fiche &fiche, const QUuid &signerId,
                                        const QJsonObject &caseSnapshot) {
    Fiche signedFiche = fiche;
    signedFiche.markSigned(signerId, database().now(), caseSnapshot);
    StoreResult result = save(signedFiche);
    if (result)
        fiche = signedFiche;
    return result;
}

StoreResult FicheRepository::amend(const Fiche &signedFiche, const QString &reason, Fiche *amendment) {
    if (!signedFiche.isSigned())
        return StoreResult::failure(QCoreApplication::translate(
            "Store", "Only a signed fiche is amended; this one can still be edited."));
    if (reason.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate("Store", "Say why the fiche is amended."));
    const StoreRead<std::vector<Fiche>> all = versions(signedFiche.setId);
    if (!all.ok())
        return StoreResult::failure(all.error);
    if (!all->empty() && all->back().versionNumber != signedFiche.versionNumber)
        return StoreResult::failure(
            QCoreApplication::translate("Store",
                                        "A newer version of this fiche exists (version %1): amend that one.")
                .arg(all->back().versionNumber));
    // Numbered here, v+1, even offline: the server keeps the first amendment of a version it receives
    // (its (set, version) key), and a second one made apart ends as a conflict on both ends, never an
    // error (serverapply.h).
    Fiche next = signedFiche.nextVersion(reason);
    StoreResult result = save(next);
    if (result && amendment)
        *amendment = next;
    return result;
}

StoreRead<std::vector<Fiche>> FicheRepository::versions(const QUuid &setId) const {
    return select(QStringLiteral("set_id = ? AND deleted = 0 ORDER BY version_number"),
                  {json::idText(setId)});
}

StoreRead<std::vector<Fiche>> FicheRepository::forPatient(const QUuid &patientId) const {
    return select(QStringLiteral("patient_id = ? AND deleted = 0 ORDER BY set_id, version_number"),
                  {json::idText(patientId)});
}

StoreRead<std::optional<Fiche>> FicheRepository::latestForCase(const QUuid &inscriptionId) const {
    const StoreRead<std::vector<Fiche>> found =
        select(QStringLiteral("inscription_id = ? AND deleted = 0 ORDER BY version_number DESC LIMIT 1"),
               {json::idText(inscriptionId)});
    if (!found.ok())
        return StoreRead<std::optional<Fiche>>::failure(found.error);
    return StoreRead<std::optional<Fiche>>::success(found->empty() ? std::nullopt
                                                                   : std::optional<Fiche>(found->front()));
}

namespace {
const ListOrder &signedOrder() {
    static const ListOrder order = ListOrder::parse(QStringLiteral("signed_at DESC, id"));
    return order;
}
} // namespace

StoreRead<PageOf<Fiche>> FicheRepository::signedPageAfter(const PageKey &after, int limit) const {
    return listPage(QStringLiteral("signed_at IS NOT NULL"), {}, signedOrder(), after, true, limit);
}

StoreRead<PageOf<Fiche>> FicheRepository::signedPageBefore(const PageKey &before, int limit) const {
    return listPage(QStringLiteral("signed_at IS NOT NULL"), {}, signedOrder(), before, false, limit);
}

StoreRead<PageOf<Fiche>> FicheRepository::pageWhere(const QString &condition, const QVariantList &binds,
                                                    bool bySignature, const PageKey &after, int limit) const {
    return listPage(condition, binds, bySignature ? signedOrder() : defaultOrder(), after, true, limit);
}

StoreRead<PageOf<Fiche>> FicheRepository::pageByMeeting(const QString &condition, const QVariantList &binds,
                                                        bool walkSessions, const PageKey &after,
                                                        int limit) const {
    static const ListOrder order = ListOrder::parse(QStringLiteral("s.starts_at DESC, fiche.id DESC"));
    // CROSS JOIN keeps SQLite's join order as written: the sessions first (their index gives the list's
    // order, a page reads about a page of fiches), or the fiches first (the condition's index finds a
    // few, sorted then).
    static const QString bySessions =
        QStringLiteral("session AS s CROSS JOIN inscription AS i ON i.session_id = s.id CROSS JOIN fiche ON "
                       "fiche.inscription_id = i.id");
    static const QString byFiches = QStringLiteral(
        "fiche CROSS JOIN inscription AS i ON i.id = fiche.inscription_id CROSS JOIN session AS s ON "
        "s.id = i.session_id");
    return listPageFrom(walkSessions ? bySessions : byFiches, condition, binds, order, after, true, limit);
}

StoreRead<int> FicheRepository::countOf(const QString &sql, const QVariantList &binds) const {
    QSqlQuery &q = m_table.prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return m_table.scalar(q);
}

StoreRead<int> FicheRepository::signedCount() const {
    QSqlQuery &q = m_table.prepared(
        QStringLiteral("SELECT count(*) FROM fiche WHERE signed_at IS NOT NULL AND deleted = 0"));
    return m_table.scalar(q);
}

} // namespace concerto
