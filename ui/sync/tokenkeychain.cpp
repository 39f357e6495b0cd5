// QtKeychain jobs for the refresh token, with their failures turned into "memory only".
#include "ui/sync/tokenkeychain.h"

#include <qt6keychain/keychain.h>

namespace concerto {

namespace {
const QString kService = QStringLiteral("Concerto");
}

QString TokenKeychain::keyOf(const sync::SyncAccount &account) {
    return QStringLiteral("refresh-token %1@%2").arg(account.user, account.server.toString());
}

void TokenKeychain::load(const sync::SyncAccount &account) {
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyOf(account));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        sync::SessionTokens tokens;
        if (job->error() == QKeychain::NoError) {
            tokens.refresh = job->binaryData();
        } else if (job->error() != QKeychain::EntryNotFound) {
            m_available = false;
            m_error = job->errorString();
        }
        Q_EMIT loaded(tokens);
    });
    job->start();
}

void TokenKeychain::save(const sync::SyncAccount &account, const sync::SessionTokens &tokens) {
    if (!m_available)
        return;
    QKeychain::Job *job = nullptr;
    if (tokens.refresh.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService, this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(kService, this);
        write->setBinaryData(tokens.refresh);
        job = write;
    }
    job->setAutoDelete(true);
    job->setKey(keyOf(account));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            m_available = false;
            m_error = job->errorString();
        }
    });
    job->start();
}

} // namespace concerto
