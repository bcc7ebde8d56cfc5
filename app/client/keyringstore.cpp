#include "keyringstore.h"

#include <QPointer>

namespace nest::client::keyringstore {

void load(SecretStore &secrets, const SecretKey &key, QObject *context, Loaded done)
{
    secrets.read(key, [context = QPointer<QObject>(context), done = std::move(done)](
                          std::optional<QByteArray> secret, const QString &error) mutable {
        if (!context)
            return;
        if (!secret) {
            done(std::nullopt, false, error);
            return;
        }
        std::optional<CacheKeyRing> ring = cachecrypto::parseRing(*secret);
        cachecrypto::wipe(*secret);
        done(std::move(ring), true, error);
    });
}

void save(SecretStore &secrets, const SecretKey &key, const CacheKeyRing &ring, QObject *context,
          SecretStore::Done done)
{
    secrets.write(key, cachecrypto::serializeRing(ring),
                  [context = QPointer<QObject>(context),
                   done = std::move(done)](bool ok, const QString &error) {
                      if (context)
                          done(ok, error);
                  });
}

} // namespace nest::client::keyringstore
