#include "serverchoice.h"

#include <QSettings>

namespace nest::ui {

ServerChoice ServerChoice::load()
{
    QSettings settings;
    ServerChoice choice;
    const QString kind = settings.value(QStringLiteral("server/kind")).toString();
    choice.remoteUrl = QUrl(settings.value(QStringLiteral("server/url")).toString());
    if (kind == QLatin1StringView("remote") && choice.remoteUrl.isValid())
        choice.kind = Kind::Remote;
    return choice;
}

void ServerChoice::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/kind"),
                      isOffline() ? QStringLiteral("local") : QStringLiteral("remote"));
    if (!remoteUrl.isEmpty())
        settings.setValue(QStringLiteral("server/url"), remoteUrl.toString());
}

QUrl ServerChoice::parseRemote(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1StringView("://")))
        trimmed.prepend(QStringLiteral("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1StringView("http")
            && url.scheme() != QLatin1StringView("https")))
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace nest::ui
