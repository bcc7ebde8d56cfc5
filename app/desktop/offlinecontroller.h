#pragma once

#include "settingsview.h"

#include <QObject>
#include <QSet>

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

Q_SIGNALS:
    //! An action that had waited in the outbox was refused by the server when it was replayed
    //! (an auction that ended meanwhile, a closed vote): for the tray, since the user has
    //! moved on from the view where they acted.
    void notification(const QString &title, const QString &text);

private:
    void reloadOutbox();
    void updateCacheInfo();

    client::Outbox &m_outbox;
    client::EncryptedCache &m_cache;
    ui::OutboxView &m_outboxView;
    ui::SettingsView &m_settings;
    ui::SettingsView::CacheKeyInfo m_cacheInfo;
    //! Entries that waited for the server (loaded at open, or pending when the queue stalled).
    QSet<QString> m_waited;
};

} // namespace nest::desktop
