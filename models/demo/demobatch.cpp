// The patients' part of the demo data goes through batches: while the store writes one batch, a second
// thread turns the next into its stored form (JSON bodies are most of the work), so that both cores
// of a small machine take part.
#include "models/demo/demobuilder.h"

namespace concerto::demo {

std::vector<PreparedBatchRecord> prepareBatch(const std::vector<BatchRecord> &batch) {
    std::vector<PreparedBatchRecord> prepared;
    prepared.reserve(batch.size());
    for (const BatchRecord &record : batch)
        prepared.push_back({record.index(), std::visit(
                                                [](const auto &r) {
                                                    using T = std::decay_t<decltype(r)>;
                                                    return Repository<T>::prepare(r);
                                                },
                                                record)});
    return prepared;
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
