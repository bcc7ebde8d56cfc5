#include "password.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace nest::security;

class TestPassword : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hashAndVerify()
    {
        const QByteArray stored = password::hash("correct horse battery staple");
        QVERIFY(stored.startsWith("$argon2id$v=19$"));
        QVERIFY(password::verify(stored, "correct horse battery staple"));
        QVERIFY(!password::verify(stored, "correct horse battery stapler"));
        QVERIFY(!password::verify(stored, ""));
        QVERIFY(!password::needsRehash(stored));
    }

    void saltedHashesDiffer()
    {
        const QByteArray first = password::hash("same password");
        const QByteArray second = password::hash("same password");
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
        QVERIFY(password::verify(second, "same password"));
    }

    void nonAsciiAndEmbeddedNul()
    {
        const QByteArray pw = QStringLiteral(u"비밀번호 パスワード").toUtf8();
        QVERIFY(password::verify(password::hash(pw), pw));
        // The whole byte string counts, not a C string prefix.
        const QByteArray withNul("abc\0def", 7);
        const QByteArray stored = password::hash(withNul);
        QVERIFY(password::verify(stored, withNul));
        QVERIFY(!password::verify(stored, "abc"));
    }

    void malformedStoredHashes_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const QByteArray good = password::hash("pw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a hash");
        QTest::newRow("truncated") << good.left(good.size() - 4);
        QTest::newRow("embedded nul") << QByteArray(good).insert(10, '\0');
        QTest::newRow("too long") << QByteArray(good + QByteArray(200, 'A'));
        QTest::newRow("trailing newline") << QByteArray(good + '\n');
    }
    void malformedStoredHashes()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!password::verify(stored, "pw"));
    }

    void otherParametersNeedRehash()
    {
        // Same password hash, weaker memory limit than INTERACTIVE (m=65536): needs a rehash.
        QByteArray stored = password::hash("pw");
        QVERIFY(stored.contains("m=65536"));
        stored.replace("m=65536", "m=8192");
        QVERIFY(password::needsRehash(stored));
        QVERIFY(password::needsRehash(""));
        QVERIFY(password::needsRehash("not a hash"));
        QByteArray argon2i = password::hash("pw");
        QVERIFY(!password::needsRehash(argon2i));
        argon2i.replace("$argon2id$", "$argon2i$");
        QVERIFY(password::needsRehash(argon2i));
    }

    void threadSafe()
    {
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([i, &failures] {
                const QByteArray pw = "password-" + QByteArray::number(i);
                const QByteArray stored = password::hash(pw);
                if (!password::verify(stored, pw) || password::verify(stored, "other"))
                    ++failures;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
