// The nest-server executable as an operator runs it: flags, loopback default, one log line per
// request, a clean stop on SIGTERM, and key rotation from the command line.
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestNestServerCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString binary() { return QStringLiteral(NEST_SERVER_BINARY); }

    //! Starts the server on a free loopback port and returns that port (0 on failure).
    static quint16 startServer(QProcess &process, const QStringList &extra = {})
    {
        return nest::test::startServerProcess(process, binary(), extra);
    }

    static int get(quint16 port, const QString &path, QByteArray *body = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_qs.arg(port).arg(path))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        if (body)
            *body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        QProcess p;
        p.start(binary(), {u"--version"_qs});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("nest-server "));
        p.start(binary(), {u"--help"_qs});
        QVERIFY(p.waitForFinished(5000));
        const QByteArray help = p.readAllStandardOutput();
        for (const char *flag : {"--listen", "--data-dir", "--demo", "--rotate-signing-key"})
            QVERIFY2(help.contains(flag), flag);
    }

    void badListenRefused()
    {
        QProcess p;
        p.start(binary(), {u"--listen"_qs, u"not-an-address"_qs, u"--data-dir"_qs, m_dir.path()});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 1);
    }

    void demoOnlyOnLoopback()
    {
        // The demo account's password is public: never offer it beyond this machine.
        QProcess p;
        p.start(binary(), {u"--listen"_qs, u"0.0.0.0:0"_qs, u"--demo"_qs, u"--data-dir"_qs,
                           m_dir.filePath(u"demo"_qs)});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("loopback"));
    }

    void servesLogsAndStopsCleanlyOnSigterm()
    {
        QProcess server;
        const quint16 port =
            startServer(server, {u"--data-dir"_qs, m_dir.filePath(u"a"_qs), u"--demo"_qs});
        QVERIFY(port != 0);
        QByteArray body;
        QCOMPARE(get(port, u"/healthz"_qs, &body), 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(u"status").toString(), u"ok"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(server.bytesAvailable() > 0, 5000);
        QVERIFY(server.readAll().contains("GET /healthz 200"));

        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAll().contains("stopping"));
    }

    void rotateSigningKeyCommand()
    {
        const QString dir = m_dir.filePath(u"b"_qs);
        QProcess server;
        QVERIFY(startServer(server, {u"--data-dir"_qs, dir}) != 0);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));

        QProcess rotate;
        rotate.start(binary(), {u"--data-dir"_qs, dir, u"--rotate-signing-key"_qs});
        QVERIFY(rotate.waitForFinished(10000));
        QCOMPARE(rotate.exitCode(), 0);

        // The JWKS now carries the retired key (old tokens still verify) and the new one.
        QProcess again;
        const quint16 port = startServer(again, {u"--data-dir"_qs, dir});
        QVERIFY(port != 0);
        QByteArray body;
        QCOMPARE(get(port, u"/.well-known/jwks.json"_qs, &body), 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(u"keys").toArray().size(), 2);
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestNestServerCli)
#include "tst_nestservercli.moc"
