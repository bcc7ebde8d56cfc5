#include "marketdata.h"

#include <cmath>

namespace nest::market {

std::optional<Kind> kindFromName(QStringView name)
{
    if (name == u"fixed")
        return Kind::Fixed;
    if (name == u"english")
        return Kind::English;
    if (name == u"dutch")
        return Kind::Dutch;
    return std::nullopt;
}

std::optional<Status> statusFromName(QStringView name)
{
    if (name == u"active")
        return Status::Active;
    if (name == u"sold")
        return Status::Sold;
    if (name == u"cancelled")
        return Status::Cancelled;
    if (name == u"expired")
        return Status::Expired;
    return std::nullopt;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::English:
        return QStringLiteral("english");
    case Kind::Dutch:
        return QStringLiteral("dutch");
    }
    return {};
}

qint64 dutchPrice(qint64 start, qint64 end, qint64 createdAt, qint64 endsAt, qint64 now)
{
    if (now <= createdAt || endsAt <= createdAt)
        return start;
    if (now >= endsAt)
        return end;
    const qint64 duration = endsAt - createdAt;
    const qint64 remaining = endsAt - now;
    const qint64 drop = start - end;
    const qint64 part = (drop % duration) * remaining;
    return end + drop / duration * remaining + part / duration + (part % duration != 0 ? 1 : 0);
}

qint64 Listing::priceAt(qint64 serverNow) const
{
    if (kind != Kind::Dutch || status != Status::Active || !startPrice || !endPrice || !endsAt)
        return currentPrice;
    return dutchPrice(*startPrice, *endPrice, createdAt, *endsAt, serverNow);
}

qint64 feeOf(qint64 amount, qint64 feeBps)
{
    return amount / 10'000 * feeBps + amount % 10'000 * feeBps / 10'000;
}

QString formatAmount(qint64 minor, const Config &config, const QLocale &locale)
{
    qint64 scale = 1;
    for (int i = 0; i < config.decimals; ++i)
        scale *= 10;
    // Whole units through the locale (grouping), the fraction appended exactly: no doubles.
    const qint64 whole = std::abs(minor) / scale;
    const qint64 fraction = std::abs(minor) % scale;
    QString text = locale.toString(whole);
    if (config.decimals > 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg(fraction, config.decimals, 10, QLatin1Char('0'));
    return minor < 0 ? locale.negativeSign() + text : text;
}

QString formatMoney(qint64 minor, const Config &config, const QLocale &locale)
{
    return formatAmount(minor, config, locale) + QLatin1Char(' ') + config.currency;
}

std::optional<qint64> parseAmount(const QString &input, const Config &config, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.endsWith(config.currency))
        text = text.chopped(config.currency.size()).trimmed();
    text.remove(locale.groupSeparator());
    const QString point = locale.decimalPoint();
    const qsizetype dot = text.indexOf(point);
    const QString wholeText = dot < 0 ? text : text.left(dot);
    const QString fractionText = dot < 0 ? QString() : text.mid(dot + point.size());
    if (fractionText.size() > config.decimals || (wholeText.isEmpty() && fractionText.isEmpty()))
        return std::nullopt;
    bool ok = true;
    const qint64 whole = wholeText.isEmpty() ? 0 : locale.toLongLong(wholeText, &ok);
    if (!ok || whole < 0 || whole > 1'000'000'000'000LL)
        return std::nullopt;
    qint64 minor = whole;
    for (int i = 0; i < config.decimals; ++i)
        minor *= 10;
    if (!fractionText.isEmpty()) {
        for (const QChar c : fractionText) {
            if (!c.isDigit())
                return std::nullopt;
        }
        QString padded = fractionText;
        padded = padded.leftJustified(config.decimals, QLatin1Char('0'));
        minor += padded.toLongLong();
    }
    return minor;
}

} // namespace nest::market
