#include "governanceformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace nest::ui::governanceformat {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nest::ui::governanceformat", text);
}
} // namespace

QString statusName(governance::Status status)
{
    switch (status) {
    case governance::Status::Pending:
        return tr("Pending");
    case governance::Status::Active:
        return tr("Voting");
    case governance::Status::Passed:
        return tr("Passed");
    case governance::Status::Rejected:
        return tr("Rejected");
    case governance::Status::Executed:
        return tr("Executed");
    }
    return {};
}

QString votingName(governance::Voting voting)
{
    return voting == governance::Voting::Single ? tr("Single choice") : tr("Approval voting");
}

QString weightingName(governance::Weighting weighting)
{
    switch (weighting) {
    case governance::Weighting::Equal:
        return tr("one voter, one vote");
    case governance::Weighting::Balance:
        return tr("weighted by balance");
    case governance::Weighting::Quadratic:
        return tr("weighted by the square root of balance");
    }
    return {};
}

QString duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    const qint64 d = s / 86'400, h = s % 86'400 / 3600, m = s % 3600 / 60, sec = s % 60;
    const QLocale locale;
    if (d > 0)
        return tr("%1 d %2 h").arg(locale.toString(d), locale.toString(h));
    if (h > 0)
        return tr("%1 h %2 min").arg(locale.toString(h), locale.toString(m));
    if (m > 0)
        return tr("%1 min %2 s").arg(locale.toString(m), locale.toString(sec));
    return tr("%1 s").arg(locale.toString(sec));
}

QString dateTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString timeLine(const governance::Proposal &p, qint64 now)
{
    switch (p.status) {
    case governance::Status::Pending:
        return tr("Opens in %1").arg(duration(p.startsAt - now));
    case governance::Status::Active:
        return tr("Ends in %1").arg(duration(p.endsAt - now));
    case governance::Status::Passed:
        if (p.action && p.executeAfter() > now)
            return tr("Executes in %1").arg(duration(p.executeAfter() - now));
        if (p.action && !p.executionError.isEmpty())
            return tr("Execution failed");
        return tr("Passed %1").arg(dateTime(p.endsAt));
    case governance::Status::Rejected:
        return tr("Closed %1").arg(dateTime(p.endsAt));
    case governance::Status::Executed:
        return tr("Executed %1").arg(dateTime(p.executedAt));
    }
    return {};
}

QString actionText(const governance::Action &action)
{
    const QLocale locale;
    if (action.type == governance::Action::SetParam) {
        if (action.key == QLatin1StringView("market.fee_bps"))
            return tr("Set the marketplace fee to %1%")
                .arg(locale.toString(action.value / 100.0, 'f', 2));
        if (action.key == QLatin1StringView("alerts.z_threshold"))
            return tr("Set the alert threshold to %1σ").arg(locale.toString(action.value, 'g', 4));
        return tr("Set %1 to %2").arg(action.key, locale.toString(action.value, 'g', 10));
    }
    return tr("%1 (unknown action)").arg(action.type);
}

} // namespace nest::ui::governanceformat
