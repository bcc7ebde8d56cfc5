#include "httpbench.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace {
QByteArray credentials(const QString &username)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), QStringLiteral("bench-password")}})
        .toJson(QJsonDocument::Compact);
}

QNetworkRequest jsonRequest(const QString &url)
{
    QNetworkRequest r{QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setTransferTimeout(30'000);
    return r;
}

//! Keeps `concurrency` requests in flight for `seconds`; `send` starts one.
HttpBenchResult runLoop(int concurrency, double seconds,
                        const std::function<QNetworkReply *()> &send)
{
    HttpBenchResult result;
    std::vector<double> latencies;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds * 1000);
    QEventLoop loop;
    int inFlight = 0;
    std::function<void()> launch = [&] {
        if (clock.elapsed() >= deadline) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        QElapsedTimer started;
        started.start();
        QNetworkReply *reply = send();
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, started] {
            --inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300) {
                ++result.requests;
                latencies.push_back(double(started.nsecsElapsed()) / 1e6);
            } else {
                ++result.errors;
            }
            reply->deleteLater();
            launch();
        });
    };
    for (int i = 0; i < concurrency; ++i)
        launch();
    loop.exec();
    result.seconds = double(clock.elapsed()) / 1000.0;
    result.p50Ms = percentileOf(latencies, 0.50);
    result.p99Ms = percentileOf(latencies, 0.99);
    return result;
}
} // namespace

QString signUp(const QString &baseUrl, const QString &username)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    QNetworkReply *reg = nam.post(jsonRequest(baseUrl + QStringLiteral("/api/v1/auth/register")),
                                  credentials(username));
    QObject::connect(reg, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reg->deleteLater();
    QNetworkReply *login = nam.post(jsonRequest(baseUrl + QStringLiteral("/api/v1/auth/login")),
                                    credentials(username));
    QObject::connect(login, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    login->deleteLater();
    return QJsonDocument::fromJson(login->readAll()).object().value(u"access_token").toString();
}

HttpBenchResult benchLogins(const QString &baseUrl, int concurrency, double seconds)
{
    signUp(baseUrl, QStringLiteral("bench_login"));
    QNetworkAccessManager nam;
    const QByteArray body = credentials(QStringLiteral("bench_login"));
    const QNetworkRequest request = jsonRequest(baseUrl + QStringLiteral("/api/v1/auth/login"));
    return runLoop(concurrency, seconds, [&] { return nam.post(request, body); });
}

HttpBenchResult benchAuthenticatedGets(const QString &baseUrl, int concurrency, double seconds)
{
    const QString token = signUp(baseUrl, QStringLiteral("bench_reader"));
    QNetworkAccessManager nam;
    QNetworkRequest request = jsonRequest(baseUrl + QStringLiteral("/api/v1/me"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return runLoop(concurrency, seconds, [&] { return nam.get(request); });
}
