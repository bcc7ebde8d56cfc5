// The offline pieces inside the real app (embedded demo server): after sign-in the cache and the
// outbox are open; an action queued while the outbox waits shows in the Outbox panel and is
// cancelled from it; a queued action is sent and leaves the panel; Settings → Security shows the
// cache key and "Rotate now" rotates it.
#include "behaviorservice.h"
#include "desktopapp.h"
#include "outboxmodel.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;
using namespace nest::desktop;

class TestOfflineApp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outboxPanelAndKeyRotation()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.offline = true;
        options.demo = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.outbox().isReady() && app.cache().isReady(), 15'000);
        QVERIFY(app.offlineDir().startsWith(dir.path()));

        // Queued while the outbox waits (the user works offline): listed, then cancelled.
        app.outbox().setPaused(true);
        const QString id = app.outbox().submit(
            QStringLiteral("post"), "PATCH", QStringLiteral("/api/v1/me"),
            QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Never sent")}},
            QStringLiteral("Rename to <i>Never sent</i>"));
        QVERIFY(!id.isEmpty());
        QVERIFY(app.window().showView(QStringLiteral("outbox")));
        auto *table = app.window().findChild<QTableView *>(QStringLiteral("outboxTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ui::OutboxModel::ActionColumn).data().toString(),
                 QStringLiteral("Rename to <i>Never sent</i>"));
        table->selectRow(0);
        QTest::mouseClick(app.window().findChild<QPushButton *>(QStringLiteral("outboxCancel")),
                          Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(app.outbox().pendingCount(), 0);

        // Queued and sent: it leaves the panel and the server has it.
        app.outbox().setPaused(false);
        bool done = false;
        app.outbox().submit(QStringLiteral("post"), "PATCH", QStringLiteral("/api/v1/me"),
                            QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Sent")}},
                            QStringLiteral("Rename to Sent"), {}, {},
                            [&done](const client::OutboxEntry &entry, const QJsonObject &answer) {
                                done = entry.state == client::OutboxEntry::State::Done
                                       && answer.value(QStringLiteral("display_name"))
                                              == QStringLiteral("Sent");
                            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15'000);
        QTRY_COMPARE(table->model()->rowCount(), 0);

        // Settings → Security: the key, and a rotation from the button.
        QVERIFY(app.window().showView(QStringLiteral("settings")));
        auto *keyLabel = app.window().findChild<QLabel *>(QStringLiteral("cacheKeyId"));
        QVERIFY(keyLabel);
        QCOMPARE(keyLabel->textFormat(), Qt::PlainText);
        const QString oldKey = app.cache().currentKeyId();
        QCOMPARE(keyLabel->text(), oldKey);
        for (int i = 0; i < 600; ++i)
            app.cache().put(QStringLiteral("feed"), QString::number(i), "page");
        auto *rotate = app.window().findChild<QPushButton *>(QStringLiteral("rotateCacheKey"));
        QVERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.cache().currentKeyId() != oldKey, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.cache().isRotating(), 20'000);
        QCOMPARE(keyLabel->text(), app.cache().currentKeyId());
        QCOMPARE(app.cache().keyCount(), 1);
        QVERIFY(rotate->isEnabled());
        QCOMPARE(app.cache().get(QStringLiteral("feed"), QStringLiteral("599")).value_or(""),
                 "page");
    }

    void remoteStopsMidSessionAndTheOutboxReplays()
    {
        // The remote server goes away mid-session; actions taken meanwhile wait in the outbox;
        // when the remote is back the stream goes live again and the outbox replays by itself,
        // every action applied exactly once.
        test::TestServer remote;
        QVERIFY(remote.start());
        QString error;
        QVERIFY(remote.server().seedDemo(&error));
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.demo = true;
        options.server = remote.url({});
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.outbox().isReady(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window().statusText().contains(QStringLiteral("Live")),
                                 15'000);
        const QString userId = app.session().user().id;
        const qint64 before = remote.server().behavior().eventsTotal();

        remote.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window().statusText().contains(QStringLiteral("Live")),
                                 15'000);
        QStringList order;
        for (const QString &kind :
             {QStringLiteral("post"), QStringLiteral("like"), QStringLiteral("vote")}) {
            const QJsonObject event{{QStringLiteral("user_id"), userId},
                                    {QStringLiteral("session_id"), QStringLiteral("offline")},
                                    {QStringLiteral("kind"), kind},
                                    {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()}};
            QVERIFY(!app.outbox()
                         .submit(kind, "POST", QStringLiteral("/api/v1/behavior/events"),
                                 {{QStringLiteral("events"), QJsonArray{event}}}, kind, {}, {},
                                 [&order](const client::OutboxEntry &entry, const QJsonObject &) {
                                     order << entry.kind;
                                 })
                         .isEmpty());
        }
        auto *table = app.window().findChild<QTableView *>(QStringLiteral("outboxTable"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTest::qWait(300);
        QCOMPARE(order, QStringList());

        QVERIFY(remote.start());
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 90'000);
        QCOMPARE(order, (QStringList{QStringLiteral("post"), QStringLiteral("like"),
                                     QStringLiteral("vote")}));
        QCOMPARE(remote.server().behavior().eventsTotal() - before, 3);
        QTRY_COMPARE(table->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestOfflineApp)
#include "tst_offlineapp.moc"
