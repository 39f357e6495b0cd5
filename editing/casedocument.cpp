// One open case: working copy, undo stack, validation, save and drafts (see casedocument.h).
#include "editing/casedocument.h"
#include "editing/attachments.h"
#include "editing/documentcommands.h"
#include "editing/jsonpath.h"
#include "services/rights.h"

#include "models/domain/boardtime.h"
#include "models/domain/jsonmerge.h"
#include "models/store/nomenclaturerepository.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>
#include <map>

namespace concerto::editing {

namespace {

// A field as the undo history names it ("Undo change of the N category").
QString caseFieldName(const QString &path) {
    static const std::map<QString, const char *> names{
        {QStringLiteral("t"), QT_TRANSLATE_NOOP("CaseDocument", "the T category")},
        {QStringLiteral("n"), QT_TRANSLATE_NOOP("CaseDocument", "the N category")},
        {QStringLiteral("m"), QT_TRANSLATE_NOOP("CaseDocument", "the M category")},
        {QStringLiteral("prefix"), QT_TRANSLATE_NOOP("CaseDocument", "the TNM prefix")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("CaseDocument", "the stage")},
        {QStringLiteral("edition"), QT_TRANSLATE_NOOP("CaseDocument", "the TNM edition")},
        {QStringLiteral("topography"), QT_TRANSLATE_NOOP("CaseDocument", "the topography")},
        {QStringLiteral("morphology"), QT_TRANSLATE_NOOP("CaseDocument", "the morphology")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("CaseDocument", "the question")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("CaseDocument", "the summary")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("CaseDocument", "the history")},
        {QStringLiteral("comorbidities"), QT_TRANSLATE_NOOP("CaseDocument", "the comorbidities")},
        {QStringLiteral("whoStatus"), QT_TRANSLATE_NOOP("CaseDocument", "the WHO status")},
        {QStringLiteral("tumours"), QT_TRANSLATE_NOOP("CaseDocument", "the tumours")},
        {QStringLiteral("tests"), QT_TRANSLATE_NOOP("CaseDocument", "the test results")},
        {QStringLiteral("treatments"), QT_TRANSLATE_NOOP("CaseDocument", "the treatments")},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("CaseDocument", "the report conclusions")},
        {QStringLiteral("otherStagings"), QT_TRANSLATE_NOOP("CaseDocument", "the other stagings")}};
    const QString last = path.section(QLatin1Char('/'), -1);
    const auto it = names.find(last);
    return it == names.end() ? last : QCoreApplication::translate("CaseDocument", it->second);
}

} // namespace

CaseDocument::CaseDocument(Database &db, Inscription inscription, Patient patient, bool isNew)
    : RecordDocument(inscription.toJson())
    , m_db(db)
    , m_actor(machineAdministrator())
    , m_attachments(std::make_unique<AttachmentStore>(db, m_actor))
    , m_case(std::move(inscription))
    , m_patient(std::move(patient))
    , m_isNew(isNew)
    , m_nomenclatures(std::make_unique<nomenclature::NomenclatureRepository>(db)) {
    m_storedBody = isNew ? QJsonObject() : m_body;
    const auto tumours = m_nomenclatures->activeSetByName(QStringLiteral("JDV_Tumeur"));
    if (tumours.ok() && tumours.value)
        m_topographyOid = tumours.value->oid;
    const auto morphologies = m_nomenclatures->activeSetByName(QStringLiteral("JDV_Morphologie"));
    if (morphologies.ok() && morphologies.value)
        m_morphologyOid = morphologies.value->oid;
    m_wasDirty = isDirty();
}

CaseDocument::~CaseDocument() {
    flushDraft();
}

std::unique_ptr<CaseDocument> CaseDocument::open(Database &db, const QUuid &inscriptionId, QString *error) {
    const StoreRead<std::optional<Inscription>> found = InscriptionRepository(db).find(inscriptionId);
    const StoreRead<std::optional<CaseDraft>> draft = CaseDraftStore(db).find(inscriptionId);
    if (!found.ok() || !draft.ok()) {
        *error = found.ok() ? draft.error : found.error;
        return nullptr;
    }
    const bool isNew = !found.value;
    if (isNew && !(draft.value && draft.value->isNew)) {
        *error = tr("This case no longer exists.");
        return nullptr;
    }
    Inscription inscription;
    if (found.value) {
        inscription = *found.value;
    } else {
        inscription.meta.id = inscriptionId;
        inscription.patientId = draft.value->patientId;
        inscription.sessionId = draft.value->sessionId;
    }
    const StoreRead<std::optional<Patient>> patient = PatientRepository(db).find(inscription.patientId);
    if (!patient.ok()) {
        *error = patient.error;
        return nullptr;
    }
    std::unique_ptr<CaseDocument> document(
        new CaseDocument(db, inscription, patient.value.value_or(Patient()), isNew));
    if (draft.value) {
        document->m_lastDraft = draft.value->json; // taken up by this document
        QJsonObject body;
        Prefill prefill;
        const QString damage = draft.value->damage.isEmpty()
                                   ? document->loadDraft(draft.value->json, &body, &prefill)
                                   : draft.value->damage;
        const bool readable = damage.isEmpty();
        if (!readable)
            document->m_damagedDraft =
                tr("The draft of this case from %1 cannot be restored: %2.")
                    .arg(QLocale().toString(draft.value->savedAt.toLocalTime(), QLocale::ShortFormat),
                         damage);
        if (readable && (isNew || draft.value->savedAt > inscription.meta.updatedAt)) {
            document->m_prefill = prefill;
            if (isNew) {
                document->applyBody(body, QString());
            } else {
                document->m_stack->push(
                    new ReplaceBodyCommand(document.get(), document->m_body, body, tr("restored draft")));
                document->m_draftTimer->stop(); // the draft is what is there
                document->m_draftPending = false;
            }
            document->m_restoredDraftAt = draft.value->savedAt;
            document->m_restoredDraftBy = draft.value->author;
        } else if (readable) {
            document->m_olderDraft = *draft.value;
        }
    }
    document->m_wasDirty = document->isDirty();
    return document;
}

std::unique_ptr<CaseDocument> CaseDocument::create(Database &db, const QUuid &patientId,
                                                   const QUuid &sessionId, QString *error) {
    const StoreRead<std::optional<Patient>> patient = PatientRepository(db).find(patientId);
    if (!patient.ok() || !patient.value) {
        *error = patient.ok() ? tr("This patient no longer exists.") : patient.error;
        return nullptr;
    }
    Inscription inscription;
    inscription.meta.id = RecordMeta::newId();
    inscription.patientId = patientId;
    inscription.sessionId = sessionId;
    inscription.registeredAt = db.now();
    const StoreRead<Prefill> prefill = prefillFromHistory(db, inscription);
    if (!prefill.ok()) {
        *error = prefill.error;
        return nullptr;
    }
    std::unique_ptr<CaseDocument> document(new CaseDocument(db, inscription, *patient.value, true));
    document->m_prefill = *prefill;
    document->scheduleDraft();
    return document;
}

QString CaseDocument::fieldName(const QString &path) const {
    return caseFieldName(path);
}

QJsonObject CaseDocument::normalised(const QJsonObject &body) const {
    return Inscription::fromJson(body).toJson();
}

void CaseDocument::bodyApplied() {
    const RecordMeta meta = m_case.meta;
    m_case = Inscription::fromJson(m_body);
    m_case.meta = meta;
}

bool CaseDocument::isDirty() const {
    return m_isNew || RecordDocument::isDirty();
}

QJsonObject CaseDocument::draftJson() const {
    QJsonObject json{{QStringLiteral("case"), m_body}};
    if (!m_prefill.isEmpty())
        json.insert(QStringLiteral("prefill"), m_prefill.toJson());
    return json;
}

QString CaseDocument::loadDraft(const QJsonObject &json, QJsonObject *body, Prefill *prefill) const {
    const QJsonValue c = json.value(QLatin1String("case"));
    if (!c.isObject())
        return tr("it holds no case");
    // A draft is written by this version: a value of another type than its field's is damage, found
    // here rather than by the save that would store it.
    json::UnreadableValues unreadable;
    *body = c.toObject();
    Inscription::fromJson(*body);
    *prefill = Prefill::fromJson(json.value(QLatin1String("prefill")).toObject());
    if (!unreadable.keys().isEmpty())
        return tr("its fields %1 hold values of the wrong type")
            .arg(unreadable.keys().join(QStringLiteral(", ")));
    return {};
}

bool CaseDocument::flushDraft() {
    m_draftTimer->stop();
    if (!m_draftPending)
        return true;
    CaseDraftStore drafts(m_db);
    StoreResult written;
    QDateTime at;
    if (isDirty()) {
        at = m_db.now();
        QJsonObject json = draftJson();
        // Another window of the same case wrote the draft since this one did: the draft keeps both.
        const StoreRead<std::optional<CaseDraft>> other = drafts.find(m_case.meta.id);
        QJsonObject otherBody;
        Prefill unused;
        if (other.ok() && other.value && other.value->json != m_lastDraft &&
            loadDraft(other.value->json, &otherBody, &unused).isEmpty()) {
            const json::Merge merge = json::mergeThreeWay(m_storedBody, otherBody, m_body);
            json.insert(QStringLiteral("case"), merge.merged);
        }
        written = drafts.write({m_case.meta.id, m_isNew, m_case.patientId, m_case.sessionId, json, at, {}, {}});
        if (written)
            m_lastDraft = json;
    } else {
        written = removeOwnDraft();
    }
    if (!written) {
        m_draftError = written.error;
        return false; // still pending: the next change or close tries again
    }
    m_draftPending = false;
    m_draftError.clear();
    m_olderDraft.reset();
    m_damagedDraft.clear(); // replaced or removed
    if (at.isValid())
        Q_EMIT draftWritten(at);
    return true;
}

StoreResult CaseDocument::removeOwnDraft() {
    // Another window's draft of the case (one this document did not write) stays for that window.
    CaseDraftStore drafts(m_db);
    const StoreRead<std::optional<CaseDraft>> found = drafts.find(m_case.meta.id);
    if (!found.ok())
        return StoreResult::failure(found.error);
    if (!found.value)
        return StoreResult::success();
    QJsonObject body;
    Prefill unused;
    const bool own = found.value->json == m_lastDraft ||
                     (loadDraft(found.value->json, &body, &unused).isEmpty() && body == m_body);
    if (!own)
        return StoreResult::success();
    m_lastDraft = {};
    return drafts.remove(m_case.meta.id);
}

QString CaseDocument::conflictText(const QStringList &paths, const QJsonObject &theirs) const {
    QStringList lines;
    for (const QString &path : paths) {
        auto shown = [](const QJsonValue &v) {
            if (v.isString())
                return v.toString();
            if (v.isUndefined() || v.isNull())
                return tr("(empty)");
            return QString::fromUtf8(
                QJsonDocument(v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                    .toJson(QJsonDocument::Compact));
        };
        lines << tr("%1: yours \"%2\", saved meanwhile \"%3\"")
                     .arg(fieldName(path), shown(json::valueAt(m_body, path)),
                          shown(json::valueAt(theirs, path)));
    }
    return tr("This case was saved by someone else while you edited it, and some of the same fields changed. "
              "Nothing was saved; your changes are kept here.\n%1")
        .arg(lines.join(QLatin1Char('\n')));
}

bool CaseDocument::restoreOlderDraft() {
    if (!m_olderDraft)
        return false;
    QJsonObject body;
    Prefill prefill;
    if (!loadDraft(m_olderDraft->json, &body, &prefill).isEmpty())
        return false;
    m_restoredDraftAt = m_olderDraft->savedAt;
    m_restoredDraftBy = m_olderDraft->author;
    m_olderDraft.reset();
    m_stack->push(new ReplaceBodyCommand(this, m_body, body, tr("Restore the draft")));
    return true;
}

bool CaseDocument::discard() {
    m_draftTimer->stop();
    if (StoreResult r = removeOwnDraft(); !r) {
        m_lastError = r.error;
        return false;
    }
    if (m_isNew) {
        if (StoreResult r = m_attachments->removeAllOf(m_case.meta.id); !r) {
            m_lastError = r.error;
            return false;
        }
    }
    m_draftPending = false;
    m_olderDraft.reset();
    m_damagedDraft.clear();
    m_restoredDraftAt = {};
    if (!m_isNew) {
        const StoreRead<std::optional<Inscription>> saved = InscriptionRepository(m_db).find(m_case.meta.id);
        if (!saved.ok() || !saved.value) {
            m_lastError = saved.ok() ? tr("This case no longer exists.") : saved.error;
            return false;
        }
        m_case = *saved.value;
        m_body = m_case.toJson();
        m_storedBody = m_body;
    }
    m_stack->clear();
    m_draftPending = false; // clear() announced a change: nothing to write
    m_draftTimer->stop();
    Q_EMIT changed(QString());
    scheduleDraft();
    emitDirtyIfChanged();
    m_draftTimer->stop();
    m_draftPending = false;
    return true;
}

std::unique_ptr<CaseDocument> CaseDocument::open(Services &services, const QUuid &inscriptionId,
                                                 QString *error) {
    std::unique_ptr<CaseDocument> document = open(services.store(), inscriptionId, error);
    if (document)
        document->setActor(services.actor());
    return document;
}

std::unique_ptr<CaseDocument> CaseDocument::create(Services &services, const QUuid &patientId,
                                                   const QUuid &sessionId, QString *error) {
    std::unique_ptr<CaseDocument> document = create(services.store(), patientId, sessionId, error);
    if (document)
        document->setActor(services.actor());
    return document;
}

bool CaseDocument::save() {
    m_draftTimer->stop();
    if (const StoreResult may = allowed(m_actor, m_isNew ? Action::RegisterCases : Action::EditCases); !may) {
        m_lastError = may.error;
        return false; // the edits stay, in the draft too
    }
    const RecordMeta before = m_case.meta;
    Inscription toSave = m_case;
    bool mergedTheirs = false;
    bool conflicted = false;
    do {
        WriteTransaction tx(m_db);
        if (!tx.isActive()) {
            m_lastError = tx.error();
            m_draftPending = true; // the draft still holds the edits
            flushDraft();
            return false;
        }
        InscriptionRepository repository(m_db);
        // The case as stored now, read inside the write: a save of another writer since it was read is
        // merged, never overwritten.
        if (!m_isNew) {
            const StoreRead<std::optional<Inscription>> stored = repository.find(m_case.meta.id);
            if (!stored.ok() || !stored.value) {
                m_lastError = stored.ok() ? tr("This case no longer exists.") : stored.error;
                return false;
            }
            const QJsonObject theirs = stored.value->toJson();
            if (theirs != m_storedBody) {
                const json::Merge merge = json::mergeThreeWay(m_storedBody, m_body, theirs);
                if (!merge.clean()) {
                    m_conflicts = merge.conflicts;
                    m_lastError = conflictText(merge.conflicts, theirs);
                    conflicted = true;
                }
                toSave = Inscription::fromJson(merge.merged);
                toSave.meta = stored.value->meta;
                mergedTheirs = true;
            }
        }
        if (conflicted) // nothing written: the transaction ends before the draft keeps the edits
            break;
        StoreResult written = repository.save(toSave);
        if (written)
            written = removeOwnDraft();
        if (!written || !tx.commit()) {
            m_lastError = written ? tx.error() : written.error;
            m_case.meta = before;
            return false;
        }
    } while (false);
    if (conflicted) {
        m_draftPending = true; // the draft keeps this document's edits
        flushDraft();
        return false;
    }
    m_conflicts.clear();
    if (mergedTheirs) { // the working copy shows what the other writer saved
        m_case = toSave;
        m_body = m_case.toJson();
        Q_EMIT changed(QString());
    }
    m_storedBody = m_body;
    m_case.meta = toSave.meta;
    m_lastError.clear();
    m_isNew = false;
    m_restoredDraftAt = {};
    m_olderDraft.reset();
    m_damagedDraft.clear(); // the save removed the draft
    m_stack->setClean();
    emitDirtyIfChanged();
    m_draftTimer->stop();
    m_draftPending = false;
    Q_EMIT saved();
    return true;
}

validation::CaseCompleteness CaseDocument::completeness(QString *committee) const {
    const StoreRead<std::optional<Session>> session = SessionRepository(m_db).find(m_case.sessionId);
    if (!session.ok() || !session.value)
        return {};
    const StoreRead<std::optional<Rcp>> rcp = RcpRepository(m_db).find(session.value->rcpId);
    if (!rcp.ok() || !rcp.value)
        return {};
    if (committee)
        *committee = rcp.value->name;
    const QDate meeting = toBoardTime(session.value->startsAt).date();
    Inscription working = Inscription::fromJson(m_body);
    return validation::checkCompleteness(working, validation::ageOn(m_patient.birthDate, meeting),
                                         *rcp.value);
}

FieldMessages CaseDocument::validation() const {
    ValidationContext context;
    context.birthDate = m_patient.birthDate;
    context.today = toBoardTime(m_db.now()).date();
    auto known = [this](const QString &oid) -> std::function<bool(const QString &)> {
        if (oid.isEmpty())
            return {};
        return [this, oid](const QString &code) {
            const StoreRead<QString> name = m_nomenclatures->displayName(oid, code);
            return !name.ok() || !name->isEmpty(); // an unreadable set is not a wrong code
        };
    };
    context.knownTopography = known(m_topographyOid);
    context.knownMorphology = known(m_morphologyOid);
    return validateCase(m_case, context);
}

staging::StageResult CaseDocument::stageOf(int tumourIndex, bool pathological) const {
    if (tumourIndex < 0 || tumourIndex >= int(m_case.tumours.size()))
        return {};
    const Tumour &t = m_case.tumours[std::size_t(tumourIndex)];
    return staging::stageOf(t.topography, t.morphology, pathological ? t.pathologicalTnm : t.clinicalTnm);
}

QString CaseDocument::title() const {
    QString name = m_patient.displayName();
    return name.isEmpty() ? tr("Case") : name;
}

} // namespace concerto::editing
