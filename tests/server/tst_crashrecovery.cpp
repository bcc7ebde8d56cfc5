// nest-server killed with SIGKILL in the middle of a write load: after a restart every write it
// had acknowledged is there and the database passes SQLite's integrity check.
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCrashRecovery : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    quint16 startServer(QProcess &process)
    {
        return nest::test::startServerProcess(process, QStringLiteral(NEST_SERVER_BINARY),
                                              {u"--data-dir"_qs, m_dir.path()});
    }

    QNetworkReply *send(quint16 port, const QByteArray &method, const QString &path,
                        const QJsonObject &body, const QString &token = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_qs.arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setTransferTimeout(10'000);
        return m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    }

    QJsonObject wait(QNetworkReply *reply, int *status)
    {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10'000);
        }
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    QString login(quint16 port)
    {
        int status = 0;
        const QJsonObject credentials{{u"username"_qs, u"writer"_qs},
                                      {u"password"_qs, u"correct horse"_qs}};
        wait(send(port, "POST", u"/api/v1/auth/register"_qs, credentials), &status);
        const QJsonObject answer =
            wait(send(port, "POST", u"/api/v1/auth/login"_qs, credentials), &status);
        return answer.value(u"access_token").toString();
    }

private Q_SLOTS:
    void acknowledgedWritesSurviveSigkill()
    {
        QProcess server;
        quint16 port = startServer(server);
        QVERIFY(port);
        const QString token = login(port);
        QVERIFY(!token.isEmpty());

        // Eight writers in flight at all times, each creating a listing; an id counts once the
        // server answered 201 with it.
        QStringList acknowledged;
        int next = 0;
        bool killed = false;
        std::function<void()> writeOne = [&] {
            if (killed)
                return;
            const QJsonObject body{
                {u"item"_qs, QJsonObject{{u"name"_qs, u"Crash item %1"_qs.arg(next++)},
                                         {u"collection"_qs, u"Crash"_qs}}},
                {u"kind"_qs, u"fixed"_qs},
                {u"price"_qs, 1000 + next}};
            QNetworkReply *reply = send(port, "POST", u"/api/v1/market/listings"_qs, body, token);
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                reply->deleteLater();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201) {
                    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                    const QString id = json.value(u"id").toString();
                    if (!id.isEmpty())
                        acknowledged << id;
                }
                writeOne();
            });
        };
        for (int i = 0; i < 8; ++i)
            writeOne();
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 60, 30'000);
        server.kill(); // SIGKILL: no chance to flush anything
        killed = true;
        QVERIFY(server.waitForFinished(10'000));
        QCOMPARE(server.exitStatus(), QProcess::CrashExit);
        QTest::qWait(200); // the writers' connections fail now

        QProcess restarted;
        port = startServer(restarted);
        QVERIFY(port);
        const QString again = login(port);
        QVERIFY(!again.isEmpty());
        for (const QString &id : std::as_const(acknowledged)) {
            int status = 0;
            wait(send(port, "GET", u"/api/v1/market/listings/"_qs + id, {}, again), &status);
            QVERIFY2(status == 200, qPrintable(id + u" lost: "_qs + QString::number(status)));
        }
        restarted.terminate();
        QVERIFY(restarted.waitForFinished(10'000));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
            db.setDatabaseName(m_dir.filePath(u"nest.sqlite"_qs));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_qs));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_qs);
        }
        QSqlDatabase::removeDatabase(u"check"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
