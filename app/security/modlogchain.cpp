#include "modlogchain.h"

#include "sodiuminit.h"

#include <QJsonDocument>

// Sub-header: <sodium.h> would resolve to this folder's sodium.h.
#include <sodium/crypto_generichash.h>

namespace nest::security::modlogchain {

QString genesisHash()
{
    return QString(64, u'0');
}

QByteArray canonicalJson(const QJsonObject &entry)
{
    QJsonObject copy = entry;
    copy.remove(QLatin1StringView("hash"));
    // QJsonObject keeps its keys sorted, so its compact form is the canonical one.
    return QJsonDocument(copy).toJson(QJsonDocument::Compact);
}

QString entryHash(const QString &prevHash, const QJsonObject &entry)
{
    initializeSodium();
    const QByteArray message = prevHash.toUtf8() + canonicalJson(entry);
    unsigned char out[crypto_generichash_BYTES];
    static_assert(crypto_generichash_BYTES == 32);
    crypto_generichash(out, sizeof out,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       quint64(message.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

std::optional<Break> verify(const QList<QJsonObject> &entries)
{
    QString prev = genesisHash();
    qint64 prevSeq = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject &e = entries.at(i);
        const qint64 seq = e.value(QLatin1StringView("seq")).toInteger();
        const auto broken = [&](const QString &why) { return Break{i, seq, why}; };
        if (seq != prevSeq + 1)
            return broken(QStringLiteral("seq %1 follows %2: an entry is missing or out of order")
                              .arg(seq)
                              .arg(prevSeq));
        if (e.value(QLatin1StringView("prev_hash")).toString() != prev)
            return broken(QStringLiteral("prev_hash does not match the previous entry's hash"));
        const QString recomputed = entryHash(e.value(QLatin1StringView("prev_hash")).toString(), e);
        if (e.value(QLatin1StringView("hash")).toString() != recomputed)
            return broken(QStringLiteral("hash does not match the entry's contents"));
        prev = recomputed;
        prevSeq = seq;
    }
    return std::nullopt;
}

} // namespace nest::security::modlogchain
