#include "ids.h"

#include "base64url.h"

#include <QDateTime>

#include <sodium.h>

namespace nest::server {

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

QString newId(const QString &prefix)
{
    return prefix + QString::fromLatin1(security::base64url::encode(randomBytes(12)));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace nest::server
