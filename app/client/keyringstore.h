#pragma once

#include "cachecrypto.h"
#include "secretstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace nest::client::keyringstore {

//! `ring` is nullopt when the entry is missing (`present` false) or unreadable (`present` true).
using Loaded =
    std::function<void(std::optional<CacheKeyRing> ring, bool present, const QString &error)>;

//! Reads a key ring from the keychain; `done` runs from the event loop unless `context` died.
void load(SecretStore &secrets, const SecretKey &key, QObject *context, Loaded done);
//! Writes the whole ring as one entry; `done` runs unless `context` died.
void save(SecretStore &secrets, const SecretKey &key, const CacheKeyRing &ring, QObject *context,
          SecretStore::Done done);

} // namespace nest::client::keyringstore
