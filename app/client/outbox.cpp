#include "outbox.h"

#include "apiclient.h"
#include "backoff.h"
#include "clientlogging.h"
#include "keyringstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <map>

namespace nest::client {

namespace {
constexpr QStringView kOutboxDomain = u"nest-outbox-v1";

const QString &outboxSchema()
{
    static const QString schema =
        QStringLiteral("CREATE TABLE IF NOT EXISTS entries(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL, key_id TEXT NOT NULL, blob BLOB NOT NULL)");
    return schema;
}

QString outboxStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    case OutboxEntry::State::Done:
        return QStringLiteral("done");
    case OutboxEntry::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<OutboxEntry::State> outboxStateFromName(const QString &name)
{
    for (auto state : {OutboxEntry::State::Pending, OutboxEntry::State::Sending,
                       OutboxEntry::State::Done, OutboxEntry::State::Refused}) {
        if (outboxStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QByteArray outboxPayload(const OutboxEntry &entry)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(entry.method)},
                                     {QStringLiteral("path"), entry.path},
                                     {QStringLiteral("body"), entry.body},
                                     {QStringLiteral("idempotency_key"), entry.idempotencyKey},
                                     {QStringLiteral("signature"), entry.signature},
                                     {QStringLiteral("summary"), entry.summary},
                                     {QStringLiteral("http_status"), entry.httpStatus},
                                     {QStringLiteral("error_code"), entry.errorCode},
                                     {QStringLiteral("error_message"), entry.errorMessage},
                                     {QStringLiteral("attempts"), entry.attempts}})
        .toJson(QJsonDocument::Compact);
}

bool outboxReadPayload(const QByteArray &json, OutboxEntry &entry)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    entry.method = o.value(QStringLiteral("method")).toString().toLatin1();
    entry.path = o.value(QStringLiteral("path")).toString();
    entry.body = o.value(QStringLiteral("body")).toObject();
    entry.idempotencyKey = o.value(QStringLiteral("idempotency_key")).toString();
    entry.signature = o.value(QStringLiteral("signature")).toString();
    entry.summary = o.value(QStringLiteral("summary")).toString();
    entry.httpStatus = o.value(QStringLiteral("http_status")).toInt();
    entry.errorCode = o.value(QStringLiteral("error_code")).toString();
    entry.errorMessage = o.value(QStringLiteral("error_message")).toString();
    entry.attempts = o.value(QStringLiteral("attempts")).toInt();
    return !entry.method.isEmpty() && entry.path.startsWith(u'/')
           && !entry.idempotencyKey.isEmpty();
}

//! A refusal is the server's final word on this action; anything else may change later.
bool isRefusal(ApiStatus status, int httpStatus, const QString &code)
{
    switch (status) {
    case ApiStatus::BadRequest:
    case ApiStatus::Forbidden:
    case ApiStatus::NotFound:
    case ApiStatus::Unprocessable:
        return true;
    case ApiStatus::Conflict:
        return code != QLatin1StringView("idempotency_in_progress");
    case ApiStatus::InvalidResponse:
        return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 401;
    default:
        return false;
    }
}
} // namespace

Outbox::Outbox(ApiClient &api, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
{
    qRegisterMetaType<OutboxEntry>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::flush);
}

Outbox::~Outbox()
{
    close();
}

void Outbox::open(const QString &filePath, const SecretKey &account)
{
    close();
    m_path = filePath;
    m_account = account;
    if (!openFile())
        return;
    keyringstore::load(m_secrets, {account.serverOrigin, account.username, QString(SecretName)},
                       this,
                       [this, generation = m_generation](std::optional<CacheKeyRing> ring,
                                                         bool present, const QString &) {
                           if (generation == m_generation)
                               onRingLoaded(std::move(ring), present);
                       });
}

void Outbox::close()
{
    ++m_generation;
    m_retryTimer.stop();
    if (m_job) {
        // The request may still reach the server; the entry stays "sending" on disk and is sent
        // again with the same Idempotency-Key at the next open.
        m_job->disconnect(this);
        m_job = nullptr;
    }
    m_sendingId.clear();
    m_db.close();
    m_ring = {};
    if (!m_early.empty())
        qCWarning(lcNet) << "outbox closed before its key was read:" << m_early.size()
                         << "action(s) not written";
    m_early.clear();
    m_entries.clear();
    m_callbacks.clear();
    m_ready = false;
    m_attempt = 0;
}

bool Outbox::openFile()
{
    QString error;
    if (m_db.open(m_path, QLatin1StringView("FULL"), outboxSchema(), &error))
        return true;
    // Unlike the cache, the outbox holds the user's own actions: keep the damaged file for a
    // person to look at instead of deleting it.
    const QString aside =
        m_path + QStringLiteral(".damaged-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QFile::rename(m_path, aside);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    qCWarning(lcNet) << "outbox file unusable, moved to" << aside << ":" << error;
    Q_EMIT lost(-1, {},
                tr("The outbox file was damaged (%1): the actions waiting in it could not be "
                   "read. It was kept as %2.")
                    .arg(error, aside));
    return m_db.open(m_path, QLatin1StringView("FULL"), outboxSchema(), &error);
}

void Outbox::onRingLoaded(std::optional<CacheKeyRing> ring, bool present)
{
    if (!ring) {
        QHash<QString, int> kinds;
        QSqlQuery query(m_db.db());
        if (query.exec(QStringLiteral("SELECT kind FROM entries WHERE state <> 'done'"))) {
            while (query.next())
                ++kinds[query.value(0).toString()];
        }
        query.exec(QStringLiteral("DELETE FROM entries"));
        if (!kinds.isEmpty()) {
            reportLost(kinds, present ? tr("the outbox key in the keychain is unreadable")
                                      : tr("the outbox key is missing from the keychain"));
        }
        CacheKeyRing fresh;
        fresh.keys.push_back(cachecrypto::generateKey(QDateTime::currentMSecsSinceEpoch()));
        auto shared = std::make_shared<CacheKeyRing>(std::move(fresh));
        keyringstore::save(
            m_secrets, {m_account.serverOrigin, m_account.username, QString(SecretName)}, *shared,
            this, [this, shared, generation = m_generation](bool ok, const QString &error) {
                if (generation != m_generation)
                    return;
                if (!ok) {
                    qCWarning(lcNet) << "outbox key not stored:" << error;
                    return; // nothing can be queued safely without a key
                }
                m_ring = std::move(*shared);
                becomeReady();
            });
        return;
    }
    m_ring = std::move(*ring);
    loadEntries();
    becomeReady();
}

void Outbox::loadEntries()
{
    QSqlQuery query(m_db.db());
    query.exec(QStringLiteral("DELETE FROM entries WHERE state = 'done'"));
    QHash<QString, int> lostKinds;
    QStringList lostIds;
    if (query.exec(QStringLiteral(
            "SELECT seq, id, kind, state, created_at, key_id, blob FROM entries ORDER BY seq"))) {
        while (query.next()) {
            OutboxEntry entry;
            entry.seq = query.value(0).toLongLong();
            entry.id = query.value(1).toString();
            entry.kind = query.value(2).toString();
            const auto state = outboxStateFromName(query.value(3).toString());
            entry.createdMs = query.value(4).toLongLong();
            const QString keyId = query.value(5).toString();
            const CacheKey *key = m_ring.find(keyId);
            std::optional<QByteArray> plain;
            if (key && state) {
                entry.state = *state;
                plain = cachecrypto::open(key->secret, query.value(6).toByteArray(),
                                          associatedData(entry, keyId));
            }
            if (!plain || !outboxReadPayload(*plain, entry)) {
                ++lostKinds[entry.kind];
                lostIds << entry.id;
                continue;
            }
            m_entries.push_back(std::move(entry));
        }
    }
    query.finish();
    for (const QString &id : std::as_const(lostIds))
        deleteRow(id);
    if (!lostKinds.isEmpty())
        reportLost(lostKinds, tr("their stored form failed its integrity check"));
    for (OutboxEntry &entry : m_entries) {
        if (entry.state == OutboxEntry::State::Sending) {
            // Interrupted mid-send: the server may or may not have it; the same key is sent
            // again and the server tells which.
            entry.state = OutboxEntry::State::Pending;
            store(entry, false);
        }
    }
}

void Outbox::reportLost(const QHash<QString, int> &kinds, const QString &why)
{
    int total = 0;
    QStringList kindNames = kinds.keys();
    kindNames.sort();
    QStringList parts;
    for (const QString &kind : std::as_const(kindNames)) {
        total += kinds.value(kind);
        parts << QStringLiteral("%1 × %2").arg(kinds.value(kind)).arg(kind);
    }
    const QString message = tr("%n action(s) waiting to be sent could not be recovered (%1) and "
                               "were lost: %2.",
                               nullptr, total)
                                .arg(why, parts.join(QStringLiteral(", ")));
    qCWarning(lcNet) << message;
    Q_EMIT lost(total, kindNames, message);
}

QByteArray Outbox::associatedData(const OutboxEntry &entry, const QString &keyId) const
{
    // Kind and state are stored in clear (to tell what was lost): bind them so that they
    // cannot be changed without the record failing.
    const QString collection = entry.kind + u'#' + outboxStateName(entry.state);
    return cachecrypto::associatedData(kOutboxDomain, keyId, collection, entry.id);
}

bool Outbox::store(const OutboxEntry &entry, bool insert)
{
    if (m_ring.isEmpty())
        return false;
    QSqlQuery query(m_db.db());
    const QByteArray blob = cachecrypto::seal(m_ring.current()->secret, outboxPayload(entry),
                                              associatedData(entry, m_ring.current()->id));
    if (insert) {
        query.prepare(QStringLiteral("INSERT INTO entries(id, kind, state, created_at, key_id, "
                                     "blob) VALUES(?, ?, ?, ?, ?, ?)"));
        query.addBindValue(entry.id);
        query.addBindValue(entry.kind);
        query.addBindValue(outboxStateName(entry.state));
        query.addBindValue(entry.createdMs);
        query.addBindValue(m_ring.current()->id);
        query.addBindValue(blob);
    } else {
        query.prepare(
            QStringLiteral("UPDATE entries SET state = ?, key_id = ?, blob = ? WHERE id = ?"));
        query.addBindValue(outboxStateName(entry.state));
        query.addBindValue(m_ring.current()->id);
        query.addBindValue(blob);
        query.addBindValue(entry.id);
    }
    if (!query.exec()) {
        qCWarning(lcNet) << "outbox write failed:" << query.lastError().text();
        return false;
    }
    return true;
}

bool Outbox::deleteRow(const QString &id)
{
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

QString Outbox::submit(const QString &kind, const QByteArray &method, const QString &path,
                       const QJsonObject &body, const QString &summary, const QString &signature,
                       const QString &idempotencyKey, Finished done)
{
    if (!m_db.isOpen()) {
        qCWarning(lcNet) << "outbox not open: action" << kind << "not queued";
        return {};
    }
    OutboxEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.kind = kind;
    entry.method = method;
    entry.path = path;
    entry.body = body;
    entry.idempotencyKey = idempotencyKey.isEmpty()
                               ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                               : idempotencyKey;
    entry.signature = signature;
    entry.summary = summary;
    entry.createdMs = QDateTime::currentMSecsSinceEpoch();
    if (done)
        m_callbacks.insert(entry.id, std::move(done));
    if (!m_ready) {
        // The key is still being read from the keychain (a moment after sign-in): held in
        // memory and written, in order, as soon as it is there.
        m_early.push_back(entry);
        return entry.id;
    }
    if (!append(entry)) {
        m_callbacks.remove(entry.id);
        return {};
    }
    Q_EMIT entryAdded(m_entries.back());
    flush();
    return entry.id;
}

bool Outbox::append(OutboxEntry entry)
{
    // Written (and synced) before anything is sent: a crash from here on loses nothing.
    if (!store(entry, true))
        return false;
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT seq FROM entries WHERE id = ?"));
    query.addBindValue(entry.id);
    if (query.exec() && query.next())
        entry.seq = query.value(0).toLongLong();
    m_entries.push_back(std::move(entry));
    return true;
}

void Outbox::becomeReady()
{
    for (OutboxEntry &entry : m_early) {
        if (!append(entry)) {
            qCWarning(lcNet) << "outbox: action" << entry.kind << "could not be written";
            m_callbacks.remove(entry.id);
        }
    }
    m_early.clear();
    m_ready = true;
    Q_EMIT ready();
    flush();
}

bool Outbox::cancel(const QString &id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&id](const OutboxEntry &e) { return e.id == id; });
    if (it == m_entries.end() || it->state == OutboxEntry::State::Sending)
        return false;
    if (!deleteRow(id))
        return false;
    m_entries.erase(it);
    m_callbacks.remove(id);
    Q_EMIT entryRemoved(id);
    return true;
}

std::vector<OutboxEntry> Outbox::entries() const
{
    return m_entries;
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending || e.state == OutboxEntry::State::Sending;
    }));
}

OutboxEntry *Outbox::find(const QString &id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&id](const OutboxEntry &e) { return e.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

void Outbox::retryNow()
{
    m_attempt = 0;
    m_retryTimer.stop();
    flush();
}

void Outbox::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        retryNow();
}

int Outbox::retryInMs() const
{
    return m_retryTimer.isActive() ? std::max(0, m_retryTimer.remainingTime()) : 0;
}

void Outbox::flush()
{
    if (!m_ready || m_paused || m_job || m_retryTimer.isActive())
        return;
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [](const OutboxEntry &e) {
        return e.state == OutboxEntry::State::Pending;
    });
    if (it == m_entries.end()) {
        m_attempt = 0;
        return;
    }
    OutboxEntry &entry = *it;
    entry.state = OutboxEntry::State::Sending;
    ++entry.attempts;
    if (!store(entry, false)) {
        entry.state = OutboxEntry::State::Pending;
        scheduleRetry(tr("The outbox could not be written."));
        return;
    }
    Q_EMIT entryChanged(entry);
    QJsonObject body = entry.body;
    if (!entry.signature.isEmpty() && !body.contains(QStringLiteral("signature")))
        body.insert(QStringLiteral("signature"), entry.signature);
    RequestOptions options;
    options.idempotencyKey = entry.idempotencyKey;
    options.maxRetries = 0; // the outbox retries, with its own backoff and in order
    options.timeoutMs = m_timeoutMs;
    ApiJob *job = m_api.send(entry.method, entry.path, body, options);
    m_job = job;
    m_sendingId = entry.id;
    const QString id = entry.id;
    connect(job, &ApiJob::finished, this, [this, job, id] { onJobFinished(job, id); });
}

void Outbox::onJobFinished(ApiJob *job, const QString &id)
{
    m_job = nullptr;
    m_sendingId.clear();
    OutboxEntry *entry = find(id);
    if (!entry)
        return;
    const ApiError &error = job->error();
    const bool ok = job->isOk()
                    || (error.status == ApiStatus::InvalidResponse && error.httpStatus >= 200
                        && error.httpStatus < 300);
    if (ok) {
        entry->state = OutboxEntry::State::Done;
        store(*entry, false);
        const OutboxEntry finished = *entry;
        const QJsonObject answer = job->json();
        deleteRow(id);
        m_entries.erase(m_entries.begin() + (entry - m_entries.data()));
        m_attempt = 0;
        if (Finished callback = m_callbacks.take(id))
            callback(finished, answer);
        Q_EMIT done(finished, answer);
        Q_EMIT entryRemoved(id);
        flush();
        return;
    }
    if (isRefusal(error.status, error.httpStatus, error.code)) {
        entry->state = OutboxEntry::State::Refused;
        entry->httpStatus = error.httpStatus;
        entry->errorCode = error.code;
        entry->errorMessage = error.message.isEmpty() ? describe(error) : error.message;
        store(*entry, false);
        const OutboxEntry refusedEntry = *entry;
        qCInfo(lcNet) << "outbox action refused:" << refusedEntry.kind << refusedEntry.path
                      << refusedEntry.httpStatus << refusedEntry.errorCode;
        m_attempt = 0;
        Q_EMIT entryChanged(refusedEntry);
        if (Finished callback = m_callbacks.take(id))
            callback(refusedEntry, {});
        Q_EMIT refused(refusedEntry);
        flush();
        return;
    }
    if (error.status == ApiStatus::Cancelled)
        return;
    entry->state = OutboxEntry::State::Pending;
    store(*entry, false);
    Q_EMIT entryChanged(*entry);
    scheduleRetry(describe(error));
}

void Outbox::scheduleRetry(const QString &reason)
{
    const int delay = backoff::delayMs(m_attempt, QRandomGenerator::global()->generateDouble());
    ++m_attempt;
    m_retryTimer.start(delay);
    qCInfo(lcNet) << "outbox stalled:" << reason << "retry in" << delay << "ms";
    Q_EMIT stalled(reason, delay);
}

} // namespace nest::client
