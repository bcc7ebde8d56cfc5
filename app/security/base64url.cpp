#include "base64url.h"

namespace nest::security::base64url {

namespace {

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

} // namespace

QByteArray encode(QByteArrayView bytes)
{
    // By hand rather than QByteArray::toBase64 so that encoding a secret makes no other copy
    // than the result, which the caller can wipe.
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QByteArray out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const quint32 group = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        out.append(Alphabet[(group >> 18) & 0x3F]);
        out.append(Alphabet[(group >> 12) & 0x3F]);
        out.append(Alphabet[(group >> 6) & 0x3F]);
        out.append(Alphabet[group & 0x3F]);
    }
    const qsizetype rest = bytes.size() - i;
    if (rest > 0) {
        const quint32 group = (quint32(in[i]) << 16) | (rest == 2 ? quint32(in[i + 1]) << 8 : 0);
        out.append(Alphabet[(group >> 18) & 0x3F]);
        out.append(Alphabet[(group >> 12) & 0x3F]);
        if (rest == 2)
            out.append(Alphabet[(group >> 6) & 0x3F]);
    }
    return out;
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    const qsizetype tail = text.size() % 4;
    if (tail == 1)
        return std::nullopt;

    QByteArray out;
    out.reserve(text.size() / 4 * 3 + 2);
    quint32 accumulator = 0;
    int bits = 0;
    int lastValue = 0;
    for (const char c : text) {
        const int value = sextet(c);
        if (value < 0)
            return std::nullopt;
        lastValue = value;
        accumulator = (accumulator << 6) | static_cast<quint32>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((accumulator >> bits) & 0xFF));
        }
    }
    // 2 trailing characters carry 12 bits for one byte (4 unused), 3 carry 18 for two (2 unused).
    const int unusedMask = tail == 2 ? 0x0F : tail == 3 ? 0x03 : 0;
    if ((lastValue & unusedMask) != 0)
        return std::nullopt;
    return out;
}

} // namespace nest::security::base64url
