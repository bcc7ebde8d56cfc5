#include "offlinecontroller.h"

#include "encryptedcache.h"
#include "outbox.h"
#include "outboxview.h"

#include <QDateTime>

namespace nest::desktop {

namespace {
ui::OutboxRow toRow(const client::OutboxEntry &entry)
{
    ui::OutboxRow row;
    row.id = entry.id;
    row.kind = entry.kind;
    row.summary = entry.summary;
    row.createdMs = entry.createdMs;
    row.attempts = entry.attempts;
    switch (entry.state) {
    case client::OutboxEntry::State::Pending:
    case client::OutboxEntry::State::Done:
        row.state = ui::OutboxRow::State::Pending;
        break;
    case client::OutboxEntry::State::Sending:
        row.state = ui::OutboxRow::State::Sending;
        break;
    case client::OutboxEntry::State::Refused:
        row.state = ui::OutboxRow::State::Refused;
        break;
    }
    row.reason = entry.errorMessage;
    return row;
}
} // namespace

OfflineController::OfflineController(client::Outbox &outbox, client::EncryptedCache &cache,
                                     ui::OutboxView &outboxView, ui::SettingsView &settings,
                                     QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_outboxView(outboxView)
    , m_settings(settings)
{
    using client::Outbox;
    using client::OutboxEntry;
    connect(&outbox, &Outbox::ready, this, [this] {
        for (const OutboxEntry &entry : m_outbox.entries())
            m_waited.insert(entry.id); // from an earlier run: replayed now
        reloadOutbox();
    });
    connect(&outbox, &Outbox::entryAdded, this, [this](const OutboxEntry &entry) {
        if (m_outbox.retryInMs() > 0)
            m_waited.insert(entry.id); // queued behind an action the server did not answer
        m_outboxView.model().upsert(toRow(entry));
    });
    connect(&outbox, &Outbox::entryChanged, this, [this](const OutboxEntry &entry) {
        m_outboxView.model().upsert(toRow(entry));
        if (entry.state == OutboxEntry::State::Sending && !m_outboxView.notice().isEmpty()
            && m_outbox.retryInMs() == 0)
            m_outboxView.setNotice({}); // the "no answer" notice is stale once it sends again
    });
    connect(&outbox, &Outbox::entryRemoved, this, [this](const QString &id) {
        m_waited.remove(id);
        m_outboxView.model().remove(id);
    });
    connect(&outbox, &Outbox::refused, this, [this](const OutboxEntry &entry) {
        if (!m_waited.contains(entry.id) && entry.attempts <= 1)
            return; // refused at once: the view the user acted in says why
        Q_EMIT notification(tr("Action refused"),
                            tr("%1 was refused: %2").arg(entry.summary, entry.errorMessage));
    });
    connect(&outbox, &Outbox::done, this, [this] {
        if (m_outbox.retryInMs() == 0)
            m_outboxView.setNotice({});
    });
    connect(&outbox, &Outbox::stalled, this, [this](const QString &reason, int retryInMs) {
        for (const OutboxEntry &entry : m_outbox.entries()) {
            if (entry.state != OutboxEntry::State::Refused)
                m_waited.insert(entry.id);
        }
        m_outboxView.setNotice(tr("The next action was not sent: %1 Next try in %n s, or as "
                                  "soon as the connection is back.",
                                  nullptr, (retryInMs + 999) / 1000)
                                   .arg(reason));
    });
    connect(&outbox, &Outbox::lost, this, [this](int, const QStringList &, const QString &message) {
        m_outboxView.setNotice(message);
    });
    connect(&outboxView, &ui::OutboxView::cancelRequested, &outbox,
            [this](const QString &id) { m_outbox.cancel(id); });
    connect(&outboxView, &ui::OutboxView::retryRequested, &outbox, &Outbox::retryNow);

    using client::EncryptedCache;
    connect(&cache, &EncryptedCache::ready, this, &OfflineController::updateCacheInfo);
    connect(&cache, &EncryptedCache::keyChanged, this, &OfflineController::updateCacheInfo);
    connect(&cache, &EncryptedCache::rotationProgress, this, [this](qint64 done, qint64 total) {
        m_cacheInfo.rotationDone = done;
        m_cacheInfo.rotationTotal = total;
        updateCacheInfo();
    });
    connect(&cache, &EncryptedCache::rotationFinished, this, [this] {
        m_cacheInfo.rotationDone = m_cacheInfo.rotationTotal = 0;
        updateCacheInfo();
    });
    connect(&cache, &EncryptedCache::problem, this, [this](const QString &message) {
        m_cacheInfo.notice = message;
        updateCacheInfo();
    });
    connect(&settings, &ui::SettingsView::rotateCacheKeyRequested, &cache, [this] {
        m_cacheInfo.notice.clear();
        m_cache.rotateNow();
        updateCacheInfo();
    });
}

void OfflineController::reset()
{
    m_waited.clear();
    m_outboxView.model().setRows({});
    m_outboxView.setNotice({});
    m_cacheInfo = {};
    m_settings.setCacheKeyInfo(m_cacheInfo);
}

void OfflineController::reloadOutbox()
{
    std::vector<ui::OutboxRow> rows;
    for (const client::OutboxEntry &entry : m_outbox.entries())
        rows.push_back(toRow(entry));
    m_outboxView.model().setRows(std::move(rows));
}

void OfflineController::updateCacheInfo()
{
    m_cacheInfo.available = m_cache.isReady();
    m_cacheInfo.keyId = m_cache.currentKeyId();
    m_cacheInfo.createdMs = m_cache.currentKeyCreatedMs();
    m_cacheInfo.rotating = m_cache.isRotating();
    m_settings.setCacheKeyInfo(m_cacheInfo);
}

} // namespace nest::desktop
