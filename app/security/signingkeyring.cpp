#include "signingkeyring.h"

#include "base64url.h"
#include "cryptologging.h"
#include "ed25519.h"
#include "sodiuminit.h"
#include "strictjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <sodium/crypto_hash_sha256.h>
#include <sodium/randombytes.h>
#include <sodium/utils.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace nest::security {

namespace {

constexpr int FileVersion = 1;
constexpr qint64 MaxFileBytes = 1024 * 1024;
constexpr QFileDevice::Permissions GroupOrOtherAccess =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Wipes a transient buffer that held seeds before Qt frees it.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

bool readMilliseconds(const QJsonObject &object, QLatin1StringView name, qint64 *out)
{
    const QJsonValue value = object.value(name);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < 0.0
        || number > 9007199254740992.0)
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

} // namespace

SigningKeyRing::~SigningKeyRing() = default;

QString SigningKeyRing::thumbprint(QByteArrayView publicKey)
{
    if (publicKey.size() != ed25519::PublicKeyBytes || !initializeSodium())
        return {};
    // RFC 7638 §3.2: the required members only, sorted, no whitespace.
    const QByteArray canonical =
        R"({"crv":"Ed25519","kty":"OKP","x":")" + base64url::encode(publicKey) + R"("})";
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(canonical.constData()),
                       static_cast<unsigned long long>(canonical.size()));
    return QString::fromLatin1(base64url::encode(QByteArrayView(digest, crypto_hash_sha256_BYTES)));
}

SigningKeyRing::Key SigningKeyRing::makeKey(QByteArrayView seed, qint64 createdAt, qint64 retiredAt)
{
    Ed25519KeyPair pair = ed25519::fromSeed(seed);
    Key key;
    if (!pair.isValid())
        return key;
    key.kid = thumbprint(pair.publicKey);
    key.publicKey = pair.publicKey;
    key.seed = SecureBuffer::fromBytes(seed);
    key.secretKey = std::move(pair.secretKey);
    key.createdAt = createdAt;
    key.retiredAt = retiredAt;
    return key;
}

QString SigningKeyRing::filePath() const
{
    return m_dir.isEmpty() ? QString() : QDir(m_dir).filePath(FileName);
}

const SigningKeyRing::Key *SigningKeyRing::current() const
{
    for (const Key &key : m_keys) {
        if (key.retiredAt == 0)
            return &key;
    }
    return nullptr;
}

QString SigningKeyRing::currentKid() const
{
    const Key *key = current();
    return key ? key->kid : QString();
}

const SecureBuffer &SigningKeyRing::currentSecretKey() const
{
    static const SecureBuffer empty;
    const Key *key = current();
    return key ? key->secretKey : empty;
}

JwtKeySet SigningKeyRing::verificationKeys() const
{
    JwtKeySet keys;
    for (const Key &key : m_keys)
        keys.insert(key.kid, key.publicKey);
    return keys;
}

QJsonObject SigningKeyRing::jwks() const
{
    QJsonArray keys;
    for (const Key &key : m_keys) {
        keys.append(QJsonObject{
            {u"kty"_qs, u"OKP"_qs},
            {u"crv"_qs, u"Ed25519"_qs},
            {u"x"_qs, QString::fromLatin1(base64url::encode(key.publicKey))},
            {u"kid"_qs, key.kid},
            {u"alg"_qs, u"EdDSA"_qs},
            {u"use"_qs, u"sig"_qs},
        });
    }
    return QJsonObject{{u"keys"_qs, keys}};
}

bool SigningKeyRing::load(const QString &dir, QString *error)
{
    if (dir.isEmpty()) {
        setError(error, u"No directory given for the signing keys"_qs);
        return false;
    }
    if (!initializeSodium()) {
        setError(error, u"libsodium could not be initialized"_qs);
        return false;
    }
    const QString path = QDir(dir).filePath(FileName);
    const QFileInfo info(path);

    std::vector<Key> keys;
    if (!info.exists() && !info.isSymLink()) {
        QDir directory(dir);
        if (!directory.exists()) {
            if (!directory.mkpath(u"."_qs)) {
                setError(error, u"Cannot create directory %1"_qs.arg(dir));
                return false;
            }
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner);
        }
        SecureBuffer seed(ed25519::SeedBytes);
        randombytes_buf(seed.data(), static_cast<size_t>(seed.size()));
        keys.push_back(makeKey(seed.view(), QDateTime::currentMSecsSinceEpoch(), 0));
        if (!save(dir, keys, error))
            return false;
        qCInfo(lcCrypto) << "Created signing key" << keys.front().kid << "in" << path;
    } else {
        if (!info.isFile()) {
            setError(error, u"%1 is not a regular file"_qs.arg(path));
            return false;
        }
        if (QFile::permissions(path) & GroupOrOtherAccess) {
            setError(error, u"%1 is accessible by group or others; refusing to use it "
                            u"(restrict it with: chmod 600 %1)"_qs.arg(path));
            return false;
        }
        if (info.size() > MaxFileBytes) {
            setError(error, u"%1 is corrupt: too large"_qs.arg(path));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, u"Cannot read %1: %2"_qs.arg(path, file.errorString()));
            return false;
        }
        QByteArray contents = file.read(MaxFileBytes + 1);
        QString parseError;
        const bool parsed = parse(contents, &keys, &parseError);
        wipe(contents);
        if (!parsed) {
            setError(error, u"%1 is corrupt: %2"_qs.arg(path, parseError));
            return false;
        }
    }

    m_dir = dir;
    m_keys = std::move(keys);
    qCDebug(lcCrypto) << "Loaded" << m_keys.size() << "signing keys; current" << currentKid();
    return true;
}

bool SigningKeyRing::rotate(qint64 nowMs, QString *error)
{
    const auto previous = std::find_if(m_keys.begin(), m_keys.end(),
                                       [](const Key &key) { return key.retiredAt == 0; });
    if (previous == m_keys.end()) {
        setError(error, u"The signing key ring is not loaded"_qs);
        return false;
    }
    if (nowMs <= 0) { // 0 marks the current key
        setError(error, u"Rotation time must be positive"_qs);
        return false;
    }
    const auto previousIndex = std::distance(m_keys.begin(), previous);
    SecureBuffer seed(ed25519::SeedBytes);
    randombytes_buf(seed.data(), static_cast<size_t>(seed.size()));
    Key fresh = makeKey(seed.view(), nowMs, 0);
    if (fresh.kid.isEmpty()) {
        setError(error, u"Cannot derive a new signing key"_qs);
        return false;
    }
    const QString kid = fresh.kid;
    previous->retiredAt = nowMs;
    m_keys.push_back(std::move(fresh)); // invalidates previous
    if (!save(m_dir, m_keys, error)) {
        m_keys.pop_back();
        m_keys[static_cast<std::size_t>(previousIndex)].retiredAt = 0;
        return false;
    }
    qCInfo(lcCrypto) << "Rotated signing key; current" << kid;
    return true;
}

void SigningKeyRing::prune(qint64 nowMs, qint64 maxTokenLifetimeMs)
{
    const auto before = m_keys.size();
    std::erase_if(m_keys, [&](const Key &key) {
        return key.retiredAt != 0 && key.retiredAt + maxTokenLifetimeMs + PruneLeewayMs < nowMs;
    });
    const auto dropped = before - m_keys.size();
    if (dropped == 0)
        return;
    QString error;
    if (!save(m_dir, m_keys, &error))
        qCWarning(lcCrypto).noquote()
            << "Pruned" << dropped << "signing keys in memory only:" << error;
    else
        qCInfo(lcCrypto) << "Pruned" << dropped << "retired signing keys";
}

bool SigningKeyRing::parse(const QByteArray &json, std::vector<Key> *keys, QString *error)
{
    const auto root = strictjson::parseObject(json);
    if (!root) {
        *error = u"not a JSON object with unique member names"_qs;
        return false;
    }
    if (root->value(QLatin1StringView("version")).toInt(-1) != FileVersion) {
        *error = u"unsupported version"_qs;
        return false;
    }
    const QJsonValue list = root->value(QLatin1StringView("keys"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = u"no keys"_qs;
        return false;
    }

    std::vector<Key> parsed;
    int currentCount = 0;
    for (const QJsonValue entry : list.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString kid = object.value(QLatin1StringView("kid")).toString();
        QByteArray seedText = object.value(QLatin1StringView("seed")).toString().toLatin1();
        std::optional<QByteArray> seed = base64url::decode(seedText);
        wipe(seedText);
        qint64 createdAt = 0;
        qint64 retiredAt = 0;
        const bool valid = seed && seed->size() == ed25519::SeedBytes
                           && readMilliseconds(object, QLatin1StringView("created_at"), &createdAt)
                           && readMilliseconds(object, QLatin1StringView("retired_at"), &retiredAt);
        Key key = valid ? makeKey(*seed, createdAt, retiredAt) : Key{};
        if (seed)
            wipe(*seed);
        if (!valid || key.kid.isEmpty()) {
            *error = u"key %1 has a bad seed or timestamp"_qs.arg(parsed.size());
            return false;
        }
        if (key.kid != kid) {
            *error = u"kid %1 does not match its seed"_qs.arg(kid);
            return false;
        }
        for (const Key &other : parsed) {
            if (other.kid == key.kid) {
                *error = u"duplicate kid %1"_qs.arg(kid);
                return false;
            }
        }
        if (retiredAt == 0)
            ++currentCount;
        parsed.push_back(std::move(key));
    }
    if (currentCount != 1) {
        *error = u"%1 current keys instead of one"_qs.arg(currentCount);
        return false;
    }
    *keys = std::move(parsed);
    return true;
}

bool SigningKeyRing::save(const QString &dir, const std::vector<Key> &keys, QString *error)
{
    // Written by hand instead of through QJsonDocument so that the one buffer holding the seeds
    // in text form can be wiped; every value is base64url or an integer and needs no escaping.
    // Reserved up front so that growing it never leaves a stray copy in freed memory.
    QByteArray json;
    json.reserve(64 + static_cast<qsizetype>(keys.size()) * 256);
    json += "{\"version\":" + QByteArray::number(FileVersion) + ",\"keys\":[";
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const Key &key = keys[i];
        json += i > 0 ? ",\n" : "\n";
        json += "{\"kid\":\"" + key.kid.toLatin1() + "\",\"seed\":\"";
        QByteArray seedText = base64url::encode(key.seed.view());
        json += seedText;
        wipe(seedText);
        json += "\",\"created_at\":" + QByteArray::number(key.createdAt)
                + ",\"retired_at\":" + QByteArray::number(key.retiredAt) + '}';
    }
    json += "\n]}\n";

    const QString path = QDir(dir).filePath(FileName);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    // Restrict the temporary file before any secret reaches it; the rename keeps the mode.
    ok = ok && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ok = ok && file.write(json) == json.size();
    wipe(json);
    ok = ok && file.commit();
    if (!ok) {
        setError(error, u"Cannot write %1: %2"_qs.arg(path, file.errorString()));
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace nest::security
