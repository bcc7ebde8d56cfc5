#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace nest::security {

//! The moderation log's hash chain (api-contract.md "Feed and community"): each entry's `hash`
//! is BLAKE2b-256 over `prev_hash` (hex) followed by the entry without `hash` as compact JSON
//! with sorted keys. Shared by the server (which appends) and the app (which verifies).
namespace modlogchain {

//! `prev_hash` of the first entry: 64 zeros.
QString genesisHash();
//! The entry without its `hash` member, as compact JSON with keys sorted.
QByteArray canonicalJson(const QJsonObject &entry);
//! Lowercase hex BLAKE2b-256 of `prevHash` + canonicalJson(entry); `entry` may carry `hash`
//! (it is left out).
QString entryHash(const QString &prevHash, const QJsonObject &entry);

//! Where a chain stops being intact.
struct Break {
    qsizetype index = -1; //!< position in the list given
    qint64 seq = 0;       //!< that entry's `seq`
    QString reason;       //!< what failed, in English (for logs and tests)
};
//! Recomputes every hash of `entries` (the whole log, oldest first, from seq 1): an edited
//! entry breaks its own hash, a removed or reordered one breaks the link or the seq order.
std::optional<Break> verify(const QList<QJsonObject> &entries);

} // namespace modlogchain
} // namespace nest::security
