// nest-server with a certificate: https and wss on one port, plain HTTP refused there, and a
// clear error for a key or certificate it cannot use. Loopback only; a throwaway certificate.
#include "nestserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using nest::server::NestServer;
using nest::server::ServerConfig;

class TestTlsServer : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QNetworkAccessManager m_nam;

    QSslConfiguration trusting() const
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_cert));
        return ssl;
    }

    QNetworkReply *get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(trusting());
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10'000);
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"openssl"_qs).isEmpty())
            QSKIP("openssl is needed to make a test certificate");
        m_cert = m_dir.filePath(u"cert.pem"_qs);
        m_key = m_dir.filePath(u"key.pem"_qs);
        QProcess openssl;
        openssl.start(u"openssl"_qs,
                      {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                       u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs, u"-days"_qs, u"1"_qs,
                       u"-subj"_qs, u"/CN=127.0.0.1"_qs, u"-addext"_qs,
                       u"subjectAltName=IP:127.0.0.1"_qs, u"-keyout"_qs, m_key, u"-out"_qs,
                       m_cert});
        QVERIFY(openssl.waitForFinished(30'000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void httpsAndWssOnOnePort()
    {
        ServerConfig config;
        config.port = 0;
        config.dataDir = m_dir.filePath(u"data"_qs);
        config.tlsCertificateFile = m_cert;
        config.tlsKeyFile = m_key;
        NestServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.baseUrl().scheme(), u"https"_qs);

        QUrl health = server.baseUrl();
        health.setPath(u"/healthz"_qs);
        QNetworkReply *reply = get(health);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"status"), u"ok"_qs);
        reply->deleteLater();

        // An untrusting client refuses the self-signed certificate: TLS is really in use.
        QNetworkAccessManager fresh; // no connection of the trusting client to reuse
        QNetworkRequest strict(health);
        strict.setTransferTimeout(10'000);
        QNetworkReply *refused = fresh.get(strict);
        QSignalSpy refusedDone(refused, &QNetworkReply::finished);
        QVERIFY(refusedDone.wait(10'000));
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
        refused->deleteLater();

        // Plain HTTP on the TLS port gets no HTTP answer.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        plain.waitForReadyRead(2000);
        QVERIFY(!plain.readAll().startsWith("HTTP/1.1 200"));

        // wss: the stream on the same port, up to the server's auth deadline message.
        QWebSocket socket;
        socket.setSslConfiguration(trusting());
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QUrl stream = server.baseUrl();
        stream.setScheme(u"wss"_qs);
        stream.setPath(u"/api/v1/stream"_qs);
        socket.open(stream);
        QVERIFY(connected.wait(10'000));
        QSignalSpy message(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.sendTextMessage(u"{\"type\":\"auth\",\"token\":\"not-a-token\"}"_qs);
        QVERIFY(closed.wait(10'000) || !message.isEmpty());
        QCOMPARE(int(socket.closeCode()), 4001);
        server.stop();
    }

    void unusableKeyIsAClearError()
    {
        ServerConfig config;
        config.port = 0;
        config.dataDir = m_dir.filePath(u"data2"_qs);
        config.tlsCertificateFile = m_cert;
        config.tlsKeyFile = m_cert; // a certificate is not a key
        NestServer server(config);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"private key"_qs), qPrintable(error));
        config.tlsCertificateFile = m_dir.filePath(u"missing.pem"_qs);
        config.tlsKeyFile = m_key;
        NestServer other(config);
        QVERIFY(!other.start(&error));
        QVERIFY2(error.contains(u"certificate"_qs), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTlsServer)
#include "tst_tlsserver.moc"
