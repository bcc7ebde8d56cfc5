#include "viewcache.h"

#include "apierror.h"
#include "encryptedcache.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace nest::desktop {
namespace {
const QString kIndexCollection = QStringLiteral("index");
} // namespace

ViewCache::ViewCache(client::EncryptedCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    connect(&m_cache, &client::EncryptedCache::ready, this, [this] {
        const auto held = std::exchange(m_held, {});
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            write(it.key(), it.value().first, it.value().second);
        Q_EMIT ready();
    });
}

bool ViewCache::isReady() const
{
    return m_cache.isReady();
}

void ViewCache::reset()
{
    m_held.clear();
}

void ViewCache::save(const QString &collection, const QJsonArray &items)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_cache.isReady()) {
        m_held.insert(collection, {items, now});
        return;
    }
    write(collection, items, now);
}

void ViewCache::write(const QString &collection, const QJsonArray &items, qint64 savedMs)
{
    QList<QPair<QString, QByteArray>> records;
    QJsonArray ids;
    QSet<QString> kept;
    records.reserve(items.size());
    for (const QJsonValue item : items) {
        const QJsonObject object = item.toObject();
        const QString id = object.value(u"id").toString();
        if (id.isEmpty() || kept.contains(id))
            continue;
        kept.insert(id);
        ids.append(id);
        records.append({id, QJsonDocument(object).toJson(QJsonDocument::Compact)});
    }
    // Items the server no longer lists leave the cache too: it holds the last view, no more.
    for (const QString &id : m_cache.ids(collection)) {
        if (!kept.contains(id))
            m_cache.remove(collection, id);
    }
    if (!m_cache.putMany(collection, records))
        return;
    const QJsonObject index{{QStringLiteral("saved_ms"), savedMs}, {QStringLiteral("ids"), ids}};
    m_cache.put(kIndexCollection, collection, QJsonDocument(index).toJson(QJsonDocument::Compact));
}

std::optional<ViewCache::Snapshot> ViewCache::load(const QString &collection) const
{
    if (!m_cache.isReady())
        return std::nullopt;
    const std::optional<QByteArray> indexJson = m_cache.get(kIndexCollection, collection);
    if (!indexJson)
        return std::nullopt;
    const QJsonObject index = QJsonDocument::fromJson(*indexJson).object();
    Snapshot snapshot;
    snapshot.saved = QDateTime::fromMSecsSinceEpoch(index.value(u"saved_ms").toInteger());
    for (const QJsonValue id : index.value(u"ids").toArray()) {
        // A record that fails its check is reported by the cache and left out here.
        if (const auto record = m_cache.get(collection, id.toString())) {
            const QJsonObject item = QJsonDocument::fromJson(*record).object();
            if (!item.isEmpty())
                snapshot.items.append(item);
        }
    }
    return snapshot;
}

bool ViewCache::isUnreachable(const client::ApiError &error)
{
    return error.status == client::ApiStatus::NetworkError
           || error.status == client::ApiStatus::Timeout
           || error.status == client::ApiStatus::ServerError;
}

QString ViewCache::offlineNotice(const QDateTime &saved)
{
    const QLocale locale;
    const QString when = saved.date() == QDate::currentDate()
                             ? locale.toString(saved.time(), QLocale::ShortFormat)
                             : locale.toString(saved, QLocale::ShortFormat);
    return tr("Offline — last updated %1. This is what the server last sent; it is refreshed "
              "as soon as the server answers.")
        .arg(when);
}

} // namespace nest::desktop
