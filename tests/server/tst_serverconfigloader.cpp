// nest-server's settings: flags over environment over config file, checked values, and the
// unsafe combinations refused.
#include "serverconfigloader.h"

#include <QTemporaryDir>
#include <QTest>

using nest::server::ServerConfigLoader;

class TestServerConfigLoader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("nest-server.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ini) != ini.size())
            qFatal("cannot write the config file");
        return path;
    }

private Q_SLOTS:
    void precedence()
    {
        const QString file = writeConfig("[server]\nlisten=127.0.0.1:7001\ndata_dir=/from/file\n"
                                         "access_token_ttl=120\nlogin_max_failures=9\n");
        QProcessEnvironment env;
        env.insert(u"NEST_CONFIG"_qs, file);
        env.insert(u"NEST_LISTEN"_qs, u"127.0.0.1:7002"_qs);
        env.insert(u"NEST_ACCESS_TOKEN_TTL"_qs, u"300"_qs);
        QHash<QString, QString> flags{{u"listen"_qs, u"127.0.0.1:7003"_qs}};
        QString error;
        auto r = ServerConfigLoader::load(flags, env, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->config.port, 7003);                     // the flag wins
        QCOMPARE(r->config.accessTokenLifetimeMs, 300'000); // then the environment
        QCOMPARE(r->config.dataDir, u"/from/file"_qs);      // then the file
        QCOMPARE(r->config.loginMaxFailures, 9);
        QCOMPARE(r->config.refreshTokenLifetimeMs, 30LL * 86'400'000); // then the default

        flags.clear();
        r = ServerConfigLoader::load(flags, env, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->config.port, 7002);
        env.remove(u"NEST_LISTEN"_qs);
        r = ServerConfigLoader::load(flags, env, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->config.port, 7001);
        QVERIFY(r->warnings.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("no port") << u"listen"_qs << u"127.0.0.1"_qs << u"host:port"_qs;
        QTest::newRow("not an address") << u"listen"_qs << u"example.org:80"_qs << u"host:port"_qs;
        QTest::newRow("ttl too short") << u"access-token-ttl"_qs << u"5"_qs << u"60"_qs;
        QTest::newRow("ttl not a number") << u"access-token-ttl"_qs << u"15m"_qs << u"60"_qs;
        QTest::newRow("retention below contract")
            << u"stream-retention"_qs << u"60"_qs << u"600"_qs;
        QTest::newRow("exposed without TLS") << u"listen"_qs << u"0.0.0.0:8787"_qs << u"TLS"_qs;
        QTest::newRow("bad switch") << u"allow-insecure"_qs << u"maybe"_qs << u"true or false"_qs;
    }
    void refusals()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QFETCH(QString, complaint);
        QString error;
        QVERIFY(!ServerConfigLoader::load({{flag, value}}, QProcessEnvironment(), &error));
        QVERIFY2(error.contains(complaint), qPrintable(error));
    }

    void exposedAddressNeedsTlsOrExplicitConsent()
    {
        QString error;
        auto r = ServerConfigLoader::load(
            {{u"listen"_qs, u"0.0.0.0:8787"_qs}, {u"allow-insecure"_qs, u"1"_qs}},
            QProcessEnvironment(), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY(r->warnings.front().contains(u"without TLS"_qs));
        r = ServerConfigLoader::load({{u"listen"_qs, u"0.0.0.0:8787"_qs},
                                      {u"tls-cert"_qs, u"/c.pem"_qs},
                                      {u"tls-key"_qs, u"/k.pem"_qs}},
                                     QProcessEnvironment(), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(!r->warnings.front().contains(u"without TLS"_qs));
        // Half a TLS setup, and the public demo account beyond loopback, are refused.
        QVERIFY(!ServerConfigLoader::load({{u"tls-cert"_qs, u"/c.pem"_qs}}, QProcessEnvironment(),
                                          &error));
        QVERIFY(!ServerConfigLoader::load({{u"listen"_qs, u"0.0.0.0:8787"_qs},
                                           {u"allow-insecure"_qs, u"1"_qs},
                                           {u"demo"_qs, u"1"_qs}},
                                          QProcessEnvironment(), &error));
        QVERIFY(error.contains(u"loopback"_qs));
    }

    void configFileMistakesAreReported()
    {
        QString error;
        const QString typo = writeConfig("[server]\nlisten_on=127.0.0.1:1\n");
        QVERIFY(!ServerConfigLoader::load({{u"config"_qs, typo}}, QProcessEnvironment(), &error));
        QVERIFY2(error.contains(u"listen_on"_qs), qPrintable(error));
        const QString outside = writeConfig("listen=127.0.0.1:1\n");
        QVERIFY(
            !ServerConfigLoader::load({{u"config"_qs, outside}}, QProcessEnvironment(), &error));
        QVERIFY(!ServerConfigLoader::load({{u"config"_qs, m_dir.filePath(u"missing.conf"_qs)}},
                                          QProcessEnvironment(), &error));
        QVERIFY2(error.contains(u"cannot read"_qs), qPrintable(error));
    }

    void simulatorSettings()
    {
        QString error;
        QProcessEnvironment env;
        env.insert(u"NEST_SIM_RATE"_qs, u"2000"_qs);
        const auto r = ServerConfigLoader::load({}, env, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->config.simulator.enabled);
        QCOMPARE(r->config.simulator.eventsPerSecond, 2000.0);
        QVERIFY(!r->demo);
    }
};

QTEST_GUILESS_MAIN(TestServerConfigLoader)
#include "tst_serverconfigloader.moc"
