// EncryptedCache against the real keychain (under tests/run.sh's gnome-keyring): records are
// encrypted at rest; a flipped byte, two swapped records, a truncated file and a removed key
// are each detected, reported once and recovered from; a rotation re-encrypts everything,
// survives a restart in the middle and removes the old key from the keychain.
#include "cachecrypto.h"
#include "encryptedcache.h"
#include "keyringstore.h"
#include "secretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace nest::client;

namespace {
QByteArray recordValue(int i)
{
    return QByteArray("secret listing payload number ") + QByteArray::number(i);
}

//! Runs `edit` on the closed cache file through a separate connection.
void editFile(const QString &path, const std::function<void(QSqlDatabase &)> &edit)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        edit(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}
} // namespace

class TestEncryptedCache : public QObject {
    Q_OBJECT
private:
    SecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    SecretKey m_account;

    QString path() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }

    std::unique_ptr<EncryptedCache> openCache()
    {
        auto cache = std::make_unique<EncryptedCache>(m_secrets);
        QSignalSpy ready(cache.get(), &EncryptedCache::ready);
        cache->open(path(), m_account);
        if (!cache->isReady() && !ready.wait(10'000))
            qWarning("cache did not become ready");
        return cache;
    }

    std::optional<CacheKeyRing> keychainRing()
    {
        std::optional<CacheKeyRing> result;
        bool done = false;
        QObject context;
        keyringstore::load(
            m_secrets,
            {m_account.serverOrigin, m_account.username, QString(EncryptedCache::SecretName)},
            &context, [&](std::optional<CacheKeyRing> ring, bool, const QString &) {
                result = std::move(ring);
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("keychain did not answer");
        return result;
    }

    void fill(EncryptedCache &cache, int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(cache.put(QStringLiteral("listings"), QString::number(i), recordValue(i)));
    }

    void removeKeyFromKeychain()
    {
        bool done = false;
        m_secrets.remove(
            {m_account.serverOrigin, m_account.username, QString(EncryptedCache::SecretName)},
            [&](bool, const QString &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10'000));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_account = {QStringLiteral("http://127.0.0.1:1"),
                     QStringLiteral("cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                     {}};
    }

    void cleanup() { removeKeyFromKeychain(); }

    void cryptoBindsKeyCollectionAndId()
    {
        const CacheKey key = cachecrypto::generateKey(1);
        const QByteArray ad = cachecrypto::associatedData(u"d", key.id, u"c", u"1");
        const QByteArray sealed = cachecrypto::seal(key.secret, "hello", ad);
        QCOMPARE(sealed.size(), cachecrypto::NonceBytes + 5 + cachecrypto::TagBytes);
        QCOMPARE(cachecrypto::open(key.secret, sealed, ad).value_or(QByteArray()), "hello");
        QVERIFY(!cachecrypto::open(key.secret, sealed,
                                   cachecrypto::associatedData(u"d", key.id, u"c", u"2")));
        QVERIFY(!cachecrypto::open(key.secret, sealed,
                                   cachecrypto::associatedData(u"d", key.id, u"c1", u"")));
        // Two writes of the same value differ (random nonce).
        QVERIFY(cachecrypto::seal(key.secret, "hello", ad) != sealed);
        QVERIFY(!cachecrypto::open(key.secret, sealed.left(sealed.size() - 1), ad));
    }

    void roundTripEncryptedAtRest()
    {
        auto cache = openCache();
        QVERIFY(cache->isReady());
        QVERIFY(!cache->currentKeyId().isEmpty());
        fill(*cache, 20);
        QCOMPARE(cache->count(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(cache->get(QStringLiteral("listings"), QString::number(i)).value_or(""),
                     recordValue(i));
        QVERIFY(!cache->get(QStringLiteral("listings"), QStringLiteral("absent")));
        cache.reset();
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret listing payload"));
        QFile wal(path() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains("secret listing payload"));
        // Reopened with the key from the keychain.
        cache = openCache();
        QCOMPARE(cache->get(QStringLiteral("listings"), QStringLiteral("7")).value_or(""),
                 recordValue(7));
    }

    void flippedByteIsDetected()
    {
        auto cache = openCache();
        fill(*cache, 5);
        cache.reset();
        editFile(path(), [](QSqlDatabase &db) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT blob FROM records WHERE id = '3'")));
            QVERIFY(query.next());
            QByteArray blob = query.value(0).toByteArray();
            blob[blob.size() / 2] = char(blob[blob.size() / 2] ^ 0x01);
            query.finish();
            query.prepare(QStringLiteral("UPDATE records SET blob = ? WHERE id = '3'"));
            query.addBindValue(blob);
            QVERIFY(query.exec());
        });
        cache = openCache();
        QSignalSpy problems(cache.get(), &EncryptedCache::problem);
        QCOMPARE(cache->get(QStringLiteral("listings"), QStringLiteral("1")).value_or(""),
                 recordValue(1));
        QVERIFY(!cache->get(QStringLiteral("listings"), QStringLiteral("3")));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("integrity")));
        // Discarded, reported once, and usable again.
        QVERIFY(!cache->get(QStringLiteral("listings"), QStringLiteral("1")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(cache->count(), 0);
        QVERIFY(cache->put(QStringLiteral("listings"), QStringLiteral("1"), "again"));
        QCOMPARE(cache->get(QStringLiteral("listings"), QStringLiteral("1")).value_or(""), "again");
    }

    void swappedRecordsAreDetected()
    {
        auto cache = openCache();
        fill(*cache, 5);
        cache.reset();
        editFile(path(), [](QSqlDatabase &db) {
            // Each record's ciphertext (nonce and tag included) moves under the other's id.
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("SELECT id, blob FROM records WHERE id IN ('1', '2') ORDER BY id")));
            QVERIFY(query.next());
            const QByteArray one = query.value(1).toByteArray();
            QVERIFY(query.next());
            const QByteArray two = query.value(1).toByteArray();
            query.finish();
            for (const auto &[id, blob] : {std::pair{"1", two}, std::pair{"2", one}}) {
                query.prepare(QStringLiteral("UPDATE records SET blob = ? WHERE id = ?"));
                query.addBindValue(blob);
                query.addBindValue(QString::fromLatin1(id));
                QVERIFY(query.exec());
            }
        });
        cache = openCache();
        QSignalSpy problems(cache.get(), &EncryptedCache::problem);
        QVERIFY(!cache->get(QStringLiteral("listings"), QStringLiteral("1")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(cache->count(), 0);
    }

    void truncatedFileIsDetected()
    {
        auto cache = openCache();
        fill(*cache, 500);
        cache.reset();
        QFile file(path());
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2));
        auto reopened = std::make_unique<EncryptedCache>(m_secrets);
        QSignalSpy problems(reopened.get(), &EncryptedCache::problem);
        QSignalSpy ready(reopened.get(), &EncryptedCache::ready);
        reopened->open(path(), m_account);
        QVERIFY(reopened->isReady() || ready.wait(10'000));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("damaged")));
        QCOMPARE(reopened->count(), 0);
        QVERIFY(reopened->put(QStringLiteral("feed"), QStringLiteral("p1"), "page"));
        QCOMPARE(reopened->get(QStringLiteral("feed"), QStringLiteral("p1")).value_or(""), "page");
    }

    void removedKeyIsDetected()
    {
        auto cache = openCache();
        fill(*cache, 5);
        const QString oldKey = cache->currentKeyId();
        cache.reset();
        removeKeyFromKeychain();
        auto reopened = std::make_unique<EncryptedCache>(m_secrets);
        QSignalSpy problems(reopened.get(), &EncryptedCache::problem);
        QSignalSpy ready(reopened.get(), &EncryptedCache::ready);
        reopened->open(path(), m_account);
        QVERIFY(ready.wait(10'000));
        if (m_secrets.isPersistent()) {
            QCOMPARE(problems.size(), 1);
            QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("missing")));
        }
        QCOMPARE(reopened->count(), 0);
        QVERIFY(reopened->currentKeyId() != oldKey);
        QVERIFY(reopened->put(QStringLiteral("feed"), QStringLiteral("p1"), "page"));
    }

    void rotationReencryptsAndRemovesOldKey()
    {
        auto cache = openCache();
        fill(*cache, 1000);
        const QString oldKey = cache->currentKeyId();
        cache->setBatchSize(100);
        QSignalSpy finished(cache.get(), &EncryptedCache::rotationFinished);
        QSignalSpy progress(cache.get(), &EncryptedCache::rotationProgress);
        cache->rotateNow();
        QVERIFY(cache->isRotating());
        QVERIFY(finished.wait(20'000));
        QVERIFY(cache->currentKeyId() != oldKey);
        QCOMPARE(cache->keyCount(), 1);
        QCOMPARE(cache->rotationRemaining(), 0);
        QVERIFY(progress.size() >= 10); // in batches, not in one go
        QCOMPARE(progress.last().at(0).toLongLong(), 1000);
        for (int i = 0; i < 1000; i += 97)
            QCOMPARE(cache->get(QStringLiteral("listings"), QString::number(i)).value_or(""),
                     recordValue(i));
        const auto ring = keychainRing();
        QVERIFY(ring);
        QCOMPARE(int(ring->keys.size()), 1);
        QCOMPARE(ring->keys[0].id, cache->currentKeyId());
        QVERIFY(!ring->find(oldKey));
    }

    void rotationsBackToBack()
    {
        auto cache = openCache();
        fill(*cache, 600);
        cache->setBatchSize(64);
        QSignalSpy finished(cache.get(), &EncryptedCache::rotationFinished);
        cache->rotateNow();
        cache->rotateNow(); // while the first key write is under way: queued, then a third key
        QVERIFY(
            QTest::qWaitFor([&] { return !finished.isEmpty() && !cache->isRotating(); }, 20'000));
        QCOMPARE(cache->keyCount(), 1);
        QCOMPARE(cache->rotationRemaining(), 0);
        QCOMPARE(cache->count(), 600);
        QCOMPARE(cache->get(QStringLiteral("listings"), QStringLiteral("599")).value_or(""),
                 recordValue(599));
        const auto ring = keychainRing();
        QVERIFY(ring);
        QCOMPARE(int(ring->keys.size()), 1);
        QCOMPARE(ring->keys[0].id, cache->currentKeyId());
        // And it reads back after a restart.
        cache.reset();
        cache = openCache();
        QCOMPARE(cache->get(QStringLiteral("listings"), QStringLiteral("5")).value_or(""),
                 recordValue(5));
    }

    void rotationSurvivesRestart()
    {
        auto cache = openCache();
        fill(*cache, 1000);
        const QString oldKey = cache->currentKeyId();
        cache->setBatchSize(50);
        cache->setBatchIntervalMs(20);
        QSignalSpy progress(cache.get(), &EncryptedCache::rotationProgress);
        cache->rotateNow();
        QVERIFY(QTest::qWaitFor(
            [&] { return !progress.isEmpty() && progress.last().at(0).toLongLong() >= 200; },
            20'000));
        const QString newKey = cache->currentKeyId();
        QVERIFY(cache->rotationRemaining() > 0);
        cache.reset(); // the app stops mid-rotation

        QVERIFY(keychainRing().value_or(CacheKeyRing()).keys.size() == 2);
        auto reopened = std::make_unique<EncryptedCache>(m_secrets);
        reopened->setBatchSize(50);
        reopened->setBatchIntervalMs(20);
        QSignalSpy ready(reopened.get(), &EncryptedCache::ready);
        QSignalSpy finished(reopened.get(), &EncryptedCache::rotationFinished);
        reopened->open(path(), m_account);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(reopened->currentKeyId(), newKey);
        QVERIFY(reopened->isRotating());
        // Readable in the middle: old and new records alike.
        for (int i = 0; i < 1000; i += 50)
            QCOMPARE(reopened->get(QStringLiteral("listings"), QString::number(i)).value_or(""),
                     recordValue(i));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(reopened->keyCount(), 1);
        QCOMPARE(reopened->count(), 1000);
        const auto ring = keychainRing();
        QVERIFY(ring);
        QCOMPARE(int(ring->keys.size()), 1);
        QVERIFY(!ring->find(oldKey));
    }

    void rotatesAutomaticallyWhenDue()
    {
        auto cache = openCache();
        fill(*cache, 10);
        const QString oldKey = cache->currentKeyId();
        QSignalSpy finished(cache.get(), &EncryptedCache::rotationFinished);
        cache->setRotationIntervalMs(1); // the key is now "older than the interval"
        QVERIFY(finished.wait(10'000));
        QVERIFY(cache->currentKeyId() != oldKey);
        QCOMPARE(cache->get(QStringLiteral("listings"), QStringLiteral("9")).value_or(""),
                 recordValue(9));
        cache->setRotationIntervalMs(EncryptedCache::DefaultRotationIntervalMs);
    }
};

QTEST_GUILESS_MAIN(TestEncryptedCache)
#include "tst_encryptedcache.moc"
