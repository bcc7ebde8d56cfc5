#pragma once

#include "settingsview.h"

#include <QObject>

namespace nest::client {
class EncryptedCache;
class Outbox;
struct OutboxEntry;
} // namespace nest::client

namespace nest::ui {
class OutboxView;
}

namespace nest::desktop {

//! Feeds the Outbox panel from client::Outbox (cancel, dismiss, retry go back to it) and
//! Settings → Security from client::EncryptedCache (key id, age, "Rotate now", progress).
class OfflineController final : public QObject {
    Q_OBJECT
public:
    OfflineController(client::Outbox &outbox, client::EncryptedCache &cache,
                      ui::OutboxView &outboxView, ui::SettingsView &settings,
                      QObject *parent = nullptr);

    //! Both stores closed (signed out): the views say so.
    void reset();

private:
    void reloadOutbox();
    void updateCacheInfo();

    client::Outbox &m_outbox;
    client::EncryptedCache &m_cache;
    ui::OutboxView &m_outboxView;
    ui::SettingsView &m_settings;
    ui::SettingsView::CacheKeyInfo m_cacheInfo;
};

} // namespace nest::desktop
