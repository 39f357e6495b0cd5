// The patients' part of the demo data goes through batches: while the store writes one batch, a second
// thread checks every fiche the generator signed in the next (the signing check a coordinator's
// signature passes) and turns the batch into its stored form (JSON bodies are most of the work), so
// that both cores of a small machine take part.
#include "models/demo/demobuilder.h"
#include "models/validation/fichecheck.h"

#include <QCoreApplication>

namespace concerto::demo {

PreparedBatch prepareBatch(const std::vector<BatchRecord> &batch, const std::map<QUuid, QuorumRule> &rules) {
    PreparedBatch out;
    for (const BatchRecord &record : batch) {
        const Fiche *fiche = std::get_if<Fiche>(&record);
        if (!fiche || !fiche->isSigned())
            continue;
        const auto rule = rules.find(fiche->rcpId);
        Fiche before = *fiche; // as it stood when the coordinator signed it, the case frozen with it
        before.signedAt = QDateTime();
        const validation::Check check =
            rule == rules.end() ? validation::Check()
                                : validation::checkFicheForSigning(before, fiche->signerId, rule->second);
        if (rule == rules.end() || !check.ok()) {
            out.error =
                rule == rules.end()
                    ? QCoreApplication::translate("Demo", "A demo fiche names no committee of the demo.")
                    : QCoreApplication::translate("Demo", "A demo fiche does not pass the signing check: %1")
                          .arg(check.text());
            return out;
        }
    }
    std::vector<PreparedBatchRecord> &prepared = out.records;
    prepared.reserve(batch.size());
    for (const BatchRecord &record : batch)
        prepared.push_back({record.index(), std::visit(
                                                [](const auto &r) {
                                                    using T = std::decay_t<decltype(r)>;
                                                    return Repository<T>::prepare(r);
                                                },
                                                record)});
    return out;
}

bool DemoBuilder::writeBatch(std::vector<PreparedBatchRecord> &prepared) {
    WriteTransaction tx(m_db, writeOptions());
    bool ok = tx.isActive();
    for (std::size_t i = 0; ok && i < prepared.size(); ++i) {
        PreparedRecord &record = prepared[i].record;
        switch (prepared[i].kind) {
        case 0:
            ok = check(m_patientRepo.insert(record));
            break;
        case 1:
            ok = check(m_inscriptionRepo.insert(record));
            break;
        default:
            ok = check(m_ficheRepo.insert(record));
            break;
        }
    }
    ok = ok && tx.commit();
    if (!ok && m_error.isEmpty())
        m_error = tx.error();
    return ok;
}

} // namespace concerto::demo
