// Feed and moderation through the real server: posts verbatim, comments, idempotent likes,
// reports, role checks, suspension, hidden-post visibility over REST and the stream, keyset
// paging while posts arrive, and the moderation log's hash chain against tampering.
#include "database.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

#include <sodium/crypto_generichash.h>

using namespace nest::test;

namespace {
//! Collects the `data` of every event per topic.
class FeedListener : public QObject {
public:
    FeedListener(quint16 port, const QString &token, const QStringList &topics)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(u"type").toString();
            if (type == u"ready")
                ready = true;
            const auto take = [this](const QJsonObject &e) {
                events[e.value(u"topic").toString()].append(e.value(u"data").toObject());
                raw.append(QJsonDocument(e).toJson(QJsonDocument::Compact));
            };
            if (type == u"event")
                take(m);
            else if (type == u"batch")
                for (const QJsonValue e : m.value(u"events").toArray())
                    take(e.toObject());
        });
        connect(&socket, &QWebSocket::connected, this, [this, topics] {
            const QJsonObject m{{u"type"_qs, u"subscribe"_qs},
                                {u"topics"_qs, QJsonArray::fromStringList(topics)}};
            socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket.open(request);
    }
    ~FeedListener() override { socket.abort(); }
    QList<QJsonObject> ofKind(const QString &topic, const QString &kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &d : events.value(topic))
            if (d.value(u"kind").toString() == kind)
                out.append(d);
        return out;
    }

    QWebSocket socket;
    bool ready = false;
    QHash<QString, QList<QJsonObject>> events;
    QByteArrayList raw;
};

QString hexBlake2b(const QByteArray &bytes)
{
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), 32).toHex());
}
} // namespace

class TestCommunityApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_mod; //!< the first account: every role, moderator included
    QString m_modId;
    QString m_alice; //!< members without the moderator role
    QString m_aliceId;
    QString m_bob;
    QString m_bobId;

    Reply call(const QByteArray &method, const QString &path, const QString &token,
               const QJsonObject &body = {})
    {
        return m_server->call(method, path, body, token);
    }
    QString newPost(const QString &token, const QString &text)
    {
        const Reply r = call("POST", u"/api/v1/feed/posts"_qs, token, {{u"text"_qs, text}});
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }
    QStringList feedIds(const QString &token, const QString &query = {})
    {
        QStringList ids;
        const Reply r = call("GET", u"/api/v1/feed/posts?limit=200"_qs + query, token);
        for (const QJsonValue p : r.json().value(u"items").toArray())
            ids << p[u"id"].toString();
        return ids;
    }
    QJsonObject verify() { return call("GET", u"/api/v1/moderation/log/verify"_qs, m_mod).json(); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        const QJsonObject mod = m_server->signUp(u"moder"_qs);
        m_mod = mod[u"access_token"].toString();
        m_modId = mod[u"user"][u"id"].toString();
        const QJsonObject alice = m_server->signUp(u"alice"_qs);
        m_alice = alice[u"access_token"].toString();
        m_aliceId = alice[u"user"][u"id"].toString();
        const QJsonObject bob = m_server->signUp(u"bob"_qs);
        m_bob = bob[u"access_token"].toString();
        m_bobId = bob[u"user"][u"id"].toString();
        QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_mod.isEmpty());
    }
    void cleanup() { m_server.reset(); }

    void postsAreStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::newRow("markup")
            << u"<b>bold</b> <img src=x onerror=alert(1)> <a href=\"h\">l</a>"_qs << 201;
        QTest::newRow("spaces kept") << u"  two  spaces \n new line  "_qs << 201;
        QTest::newRow("2000 chars") << QString(2000, u'x') << 201;
        QTest::newRow("2000 emoji") << QString(u"\U0001F600"_qs).repeated(2000) << 201;
        QTest::newRow("2001 chars") << QString(2001, u'x') << 400;
        QTest::newRow("empty") << QString() << 400;
        QTest::newRow("only spaces") << u"   \n "_qs << 400;
    }
    void postsAreStoredVerbatim()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        const Reply r = call("POST", u"/api/v1/feed/posts"_qs, m_alice, {{u"text"_qs, text}});
        QCOMPARE(r.status, status);
        if (status != 201) {
            QCOMPARE(r.errorCode(), u"invalid_request"_qs);
            return;
        }
        const QJsonObject post = r.json();
        QCOMPARE(post[u"text"].toString(), text);
        QCOMPARE(post[u"author"][u"username"].toString(), u"alice"_qs);
        QCOMPARE(post[u"like_count"].toInteger(), 0);
        QCOMPARE(post[u"hidden"].toBool(), false);
        const Reply again = call("GET", u"/api/v1/feed/posts/"_qs + post[u"id"].toString(), m_bob);
        QCOMPARE(again.json()[u"text"].toString(), text);
    }

    void wrongBodiesAre400()
    {
        QCOMPARE(m_server->callRaw("POST", u"/api/v1/feed/posts"_qs, "{", m_alice).status, 400);
        QCOMPARE(call("POST", u"/api/v1/feed/posts"_qs, m_alice, {{u"text"_qs, 5}}).status, 400);
        QCOMPARE(call("GET", u"/api/v1/feed/posts?limit=0"_qs, m_alice).status, 400);
        QCOMPARE(call("GET", u"/api/v1/feed/posts?cursor=%%%"_qs, m_alice).status, 400);
        QCOMPARE(call("GET", u"/api/v1/feed/posts"_qs, QString()).status, 401);
    }

    void commentsAndDetail()
    {
        const QString id = newPost(m_alice, u"Garden day"_qs);
        const Reply c = call("POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(id), m_bob,
                             {{u"text"_qs, u"<i>count me in</i>"_qs}});
        QCOMPARE(c.status, 201);
        QCOMPARE(c.json()[u"post_id"].toString(), id);
        QCOMPARE(c.json()[u"author"][u"id"].toString(), m_bobId);
        QCOMPARE(call("POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(id), m_bob,
                      {{u"text"_qs, u""_qs}})
                     .status,
                 400);
        QCOMPARE(
            call("POST", u"/api/v1/feed/posts/nope/comments"_qs, m_bob, {{u"text"_qs, u"x"_qs}})
                .status,
            404);
        const QJsonObject post = call("GET", u"/api/v1/feed/posts/"_qs + id, m_alice).json();
        QCOMPARE(post[u"comment_count"].toInteger(), 1);
        const QJsonArray comments = post[u"comments"].toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.at(0)[u"text"].toString(), u"<i>count me in</i>"_qs);
        QVERIFY(post[u"comments_next_cursor"].isNull());

        for (int i = 0; i < 4; ++i)
            call("POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(id), m_alice,
                 {{u"text"_qs, u"reply %1"_qs.arg(i)}});
        QStringList texts;
        QString cursor;
        do {
            const Reply page = call("GET",
                                    u"/api/v1/feed/posts/%1/comments?limit=2"_qs.arg(id)
                                        + (cursor.isEmpty() ? QString() : u"&cursor="_qs + cursor),
                                    m_bob);
            QCOMPARE(page.status, 200);
            for (const QJsonValue v : page.json()[u"items"].toArray())
                texts << v[u"text"].toString();
            cursor = page.json()[u"next_cursor"].toString();
        } while (!cursor.isEmpty());
        QCOMPARE(texts, (QStringList{u"<i>count me in</i>"_qs, u"reply 0"_qs, u"reply 1"_qs,
                                     u"reply 2"_qs, u"reply 3"_qs}));
    }

    void likesAreIdempotent()
    {
        const QString id = newPost(m_alice, u"Like me"_qs);
        FeedListener listener(m_server->port(), m_alice, {u"feed"_qs});
        QTRY_VERIFY_WITH_TIMEOUT(listener.ready, 5000);
        QTest::qWait(100);
        const QString like = u"/api/v1/feed/posts/%1/like"_qs.arg(id);
        for (int i = 0; i < 2; ++i) {
            const Reply r = call("PUT", like, m_bob);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()[u"like_count"].toInteger(), 1);
            QCOMPARE(r.json()[u"liked_by_me"].toBool(), true);
        }
        QCOMPARE(
            call("GET", u"/api/v1/feed/posts/"_qs + id, m_alice).json()[u"liked_by_me"].toBool(),
            false);
        QCOMPARE(call("PUT", like, m_alice).json()[u"like_count"].toInteger(), 2);
        for (int i = 0; i < 2; ++i) {
            const Reply r = call("DELETE", like, m_bob);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()[u"like_count"].toInteger(), 1);
            QCOMPARE(r.json()[u"liked_by_me"].toBool(), false);
        }
        QCOMPARE(call("PUT", u"/api/v1/feed/posts/nope/like"_qs, m_bob).status, 404);
        // Only changes are published: two likes and one unlike.
        QTRY_COMPARE_WITH_TIMEOUT(listener.ofKind(u"feed"_qs, u"post.unliked"_qs).size(), 1, 5000);
        QCOMPARE(listener.ofKind(u"feed"_qs, u"post.liked"_qs).size(), 2);
        const QJsonObject unliked = listener.ofKind(u"feed"_qs, u"post.unliked"_qs).first();
        QCOMPARE(unliked[u"post_id"].toString(), id);
        QCOMPARE(unliked[u"user_id"].toString(), m_bobId);
        QCOMPARE(unliked[u"like_count"].toInteger(), 1);
    }

    void moderationNeedsTheRole()
    {
        const QString id = newPost(m_alice, u"post"_qs);
        const QJsonObject reason{{u"reason"_qs, u"because"_qs}};
        const QList<std::pair<QByteArray, QString>> routes{
            {"GET", u"/api/v1/moderation/reports?status=open"_qs},
            {"GET", u"/api/v1/moderation/log"_qs},
            {"GET", u"/api/v1/moderation/log/verify"_qs},
            {"POST", u"/api/v1/moderation/posts/%1/hide"_qs.arg(id)},
            {"POST", u"/api/v1/moderation/posts/%1/unhide"_qs.arg(id)},
            {"DELETE", u"/api/v1/moderation/posts/%1"_qs.arg(id)},
            {"POST", u"/api/v1/moderation/users/%1/suspend"_qs.arg(m_aliceId)},
            {"POST", u"/api/v1/moderation/users/%1/unsuspend"_qs.arg(m_aliceId)},
            {"POST", u"/api/v1/moderation/reports/r_x/dismiss"_qs},
        };
        for (const auto &[method, path] : routes) {
            const Reply r = call(method, path, m_bob, method == "GET" ? QJsonObject{} : reason);
            QVERIFY2(r.status == 403, qPrintable(path));
        }
        // Nothing happened: the post is still there for everyone.
        QVERIFY(feedIds(m_bob).contains(id));
        QCOMPARE(verify()[u"checked"].toInteger(), 0);
    }

    void reportsQueueAndDismiss()
    {
        const QString id = newPost(m_alice, u"spam spam"_qs);
        FeedListener mod(m_server->port(), m_mod, {u"moderation"_qs});
        QTRY_VERIFY_WITH_TIMEOUT(mod.ready, 5000);
        QTest::qWait(100);
        const Reply bad = call("POST", u"/api/v1/feed/posts/%1/reports"_qs.arg(id), m_bob,
                               {{u"reason"_qs, u""_qs}});
        QCOMPARE(bad.status, 400);
        const Reply r1 = call("POST", u"/api/v1/feed/posts/%1/reports"_qs.arg(id), m_bob,
                              {{u"reason"_qs, u"spam"_qs}});
        QCOMPARE(r1.status, 201);
        QCOMPARE(r1.json()[u"status"].toString(), u"open"_qs);
        QCOMPARE(r1.json()[u"reporter_id"].toString(), m_bobId);
        const Reply again = call("POST", u"/api/v1/feed/posts/%1/reports"_qs.arg(id), m_bob,
                                 {{u"reason"_qs, u"spam!"_qs}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"already_reported"_qs);
        const Reply r2 = call("POST", u"/api/v1/feed/posts/%1/reports"_qs.arg(id), m_mod,
                              {{u"reason"_qs, u"ads"_qs}});
        QCOMPARE(r2.json()[u"report_count"].toInteger(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(mod.ofKind(u"moderation"_qs, u"report.created"_qs).size(), 2,
                                  5000);

        const QJsonArray open = call("GET", u"/api/v1/moderation/reports?status=open"_qs, m_mod)
                                    .json()[u"items"]
                                    .toArray();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0)[u"post"][u"text"].toString(), u"spam spam"_qs);
        QCOMPARE(open.at(0)[u"report_count"].toInteger(), 2);

        const QString dismiss =
            u"/api/v1/moderation/reports/%1/dismiss"_qs.arg(r1.json()[u"id"].toString());
        QCOMPARE(call("POST", dismiss, m_mod, {}).status, 400); // a reason is required
        const Reply d = call("POST", dismiss, m_mod, {{u"reason"_qs, u"not spam"_qs}});
        QCOMPARE(d.status, 200);
        QCOMPARE(d.json()[u"status"].toString(), u"resolved"_qs);
        QCOMPARE(d.json()[u"resolution"].toString(), u"dismissed"_qs);
        QCOMPARE(call("POST", dismiss, m_mod, {{u"reason"_qs, u"again"_qs}}).status, 409);
        QTRY_COMPARE_WITH_TIMEOUT(mod.ofKind(u"moderation"_qs, u"report.resolved"_qs).size(), 1,
                                  5000);

        // Hiding the post resolves the rest of its reports.
        QCOMPARE(call("POST", u"/api/v1/moderation/posts/%1/hide"_qs.arg(id), m_mod,
                      {{u"reason"_qs, u"spam"_qs}})
                     .status,
                 200);
        QCOMPARE(call("GET", u"/api/v1/moderation/reports?status=open"_qs, m_mod)
                     .json()[u"items"]
                     .toArray()
                     .size(),
                 0);
        const QJsonArray resolved =
            call("GET", u"/api/v1/moderation/reports?status=resolved"_qs, m_mod)
                .json()[u"items"]
                .toArray();
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(call("GET", u"/api/v1/moderation/reports?status=maybe"_qs, m_mod).status, 400);
        const QJsonArray log =
            call("GET", u"/api/v1/moderation/log"_qs, m_mod).json()[u"items"].toArray();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0)[u"action"].toString(), u"dismiss"_qs);
        QCOMPARE(log.at(1)[u"action"].toString(), u"hide"_qs);
        QCOMPARE(log.at(1)[u"moderator_id"].toString(), m_modId);
        QCOMPARE(log.at(1)[u"reason"].toString(), u"spam"_qs);
    }

    void hiddenPostsOnlyForModeratorsAndAuthor()
    {
        const QString secret = u"secret words of a hidden post"_qs;
        const QString id = newPost(m_alice, secret);
        FeedListener bob(m_server->port(), m_bob, {u"feed"_qs});
        FeedListener alice(m_server->port(), m_alice, {u"feed"_qs});
        QTRY_VERIFY_WITH_TIMEOUT(bob.ready && alice.ready, 5000);
        QTest::qWait(100);
        QCOMPARE(call("POST", u"/api/v1/moderation/posts/%1/hide"_qs.arg(id), m_mod, {}).status,
                 400); // no reason
        const Reply hidden = call("POST", u"/api/v1/moderation/posts/%1/hide"_qs.arg(id), m_mod,
                                  {{u"reason"_qs, u"off topic"_qs}});
        QCOMPARE(hidden.status, 200);
        QCOMPARE(hidden.json()[u"hidden"].toBool(), true);
        QCOMPARE(hidden.json()[u"hidden_reason"].toString(), u"off topic"_qs);

        QVERIFY(!feedIds(m_bob).contains(id));
        QVERIFY(!feedIds(m_bob, u"&author="_qs + m_aliceId).contains(id));
        QCOMPARE(call("GET", u"/api/v1/feed/posts/"_qs + id, m_bob).status, 404);
        QCOMPARE(call("PUT", u"/api/v1/feed/posts/%1/like"_qs.arg(id), m_bob).status, 404);
        QCOMPARE(call("POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(id), m_bob,
                      {{u"text"_qs, u"hi"_qs}})
                     .status,
                 404);
        QVERIFY(feedIds(m_alice).contains(id));
        QVERIFY(feedIds(m_mod).contains(id));
        const QJsonObject own = call("GET", u"/api/v1/feed/posts/"_qs + id, m_alice).json();
        QCOMPARE(own[u"hidden"].toBool(), true);
        QVERIFY(!own.contains(u"hidden_reason")); // the reason is for moderators
        QCOMPARE(
            call("GET", u"/api/v1/users/"_qs + m_aliceId, m_bob).json()[u"post_count"].toInteger(),
            0);
        QCOMPARE(call("GET", u"/api/v1/users/"_qs + m_aliceId, m_alice)
                     .json()[u"post_count"]
                     .toInteger(),
                 1);

        // The author comments on the hidden post: the stream carries no text of it.
        QCOMPARE(call("POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(id), m_alice,
                      {{u"text"_qs, u"secret reply"_qs}})
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(bob.ofKind(u"feed"_qs, u"comment.created"_qs).size(), 1, 5000);
        QCOMPARE(bob.ofKind(u"feed"_qs, u"post.hidden"_qs).size(), 1);
        QCOMPARE(bob.ofKind(u"feed"_qs, u"post.hidden"_qs).first()[u"post_id"].toString(), id);
        for (const QByteArray &frame : std::as_const(bob.raw)) {
            QVERIFY2(!frame.contains("secret"), frame.constData());
        }

        // Unhidden, it is back for everyone, and published again in full.
        const Reply shown = call("POST", u"/api/v1/moderation/posts/%1/unhide"_qs.arg(id), m_mod,
                                 {{u"reason"_qs, u"appeal accepted"_qs}});
        QCOMPARE(shown.status, 200);
        QVERIFY(feedIds(m_bob).contains(id));
        QTRY_COMPARE_WITH_TIMEOUT(bob.ofKind(u"feed"_qs, u"post.updated"_qs).size(), 1, 5000);
        QCOMPARE(bob.ofKind(u"feed"_qs, u"post.updated"_qs).first()[u"post"][u"text"].toString(),
                 secret);

        // Deleted: gone for everyone, moderators included.
        QCOMPARE(call("DELETE", u"/api/v1/moderation/posts/"_qs + id, m_mod,
                      {{u"reason"_qs, u"author asked"_qs}})
                     .status,
                 200);
        QVERIFY(!feedIds(m_mod).contains(id));
        QCOMPARE(call("GET", u"/api/v1/feed/posts/"_qs + id, m_alice).status, 404);
        QCOMPARE(call("DELETE", u"/api/v1/moderation/posts/"_qs + id, m_mod,
                      {{u"reason"_qs, u"twice"_qs}})
                     .status,
                 404);
        QTRY_COMPARE_WITH_TIMEOUT(bob.ofKind(u"feed"_qs, u"post.deleted"_qs).size(), 1, 5000);
    }

    void suspendedUsersCannotWrite()
    {
        const QString id = newPost(m_bob, u"a post"_qs);
        const QString suspend = u"/api/v1/moderation/users/%1/suspend"_qs.arg(m_aliceId);
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
        QCOMPARE(call("POST", suspend, m_mod, {{u"reason"_qs, u"x"_qs}}).status, 400); // no until
        QCOMPARE(call("POST", suspend, m_mod,
                      {{u"until"_qs, QDateTime::currentMSecsSinceEpoch() - 1000},
                       {u"reason"_qs, u"x"_qs}})
                     .status,
                 400);
        QCOMPARE(call("POST", suspend, m_mod, {{u"until"_qs, until}}).status, 400); // no reason
        QCOMPARE(call("POST", u"/api/v1/moderation/users/%1/suspend"_qs.arg(m_modId), m_mod,
                      {{u"until"_qs, until}, {u"reason"_qs, u"me"_qs}})
                     .status,
                 400);
        const Reply s =
            call("POST", suspend, m_mod, {{u"until"_qs, until}, {u"reason"_qs, u"flooding"_qs}});
        QCOMPARE(s.status, 200);

        const QList<std::tuple<QByteArray, QString, QJsonObject>> writes{
            {"POST", u"/api/v1/feed/posts"_qs, {{u"text"_qs, u"hi"_qs}}},
            {"POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(id), {{u"text"_qs, u"hi"_qs}}},
            {"PUT", u"/api/v1/feed/posts/%1/like"_qs.arg(id), {}},
            {"DELETE", u"/api/v1/feed/posts/%1/like"_qs.arg(id), {}},
            {"POST", u"/api/v1/feed/posts/%1/reports"_qs.arg(id), {{u"reason"_qs, u"hm"_qs}}},
        };
        for (const auto &[method, path, body] : writes) {
            const Reply r = call(method, path, m_alice, body);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"suspended"_qs);
        }
        QCOMPARE(call("GET", u"/api/v1/feed/posts"_qs, m_alice).status, 200); // reading is fine
        const QJsonObject forMod = call("GET", u"/api/v1/users/"_qs + m_aliceId, m_mod).json();
        QCOMPARE(forMod[u"suspended_until"].toInteger(), until);
        QCOMPARE(forMod[u"suspension_reason"].toString(), u"flooding"_qs);
        QVERIFY(!call("GET", u"/api/v1/users/"_qs + m_aliceId, m_bob)
                     .json()
                     .contains(u"suspension_reason"));

        QCOMPARE(call("POST", u"/api/v1/moderation/users/%1/unsuspend"_qs.arg(m_aliceId), m_mod,
                      {{u"reason"_qs, u"served"_qs}})
                     .status,
                 200);
        QCOMPARE(call("POST", u"/api/v1/feed/posts"_qs, m_alice, {{u"text"_qs, u"back"_qs}}).status,
                 201);
        QVERIFY(call("GET", u"/api/v1/users/"_qs + m_aliceId, m_mod)
                    .json()[u"suspended_until"]
                    .isNull());
    }

    void profiles()
    {
        QCOMPARE(call("PATCH", u"/api/v1/me"_qs, m_alice,
                      {{u"display_name"_qs, u"Alice A."_qs}, {u"bio"_qs, u"<b>gardener</b>"_qs}})
                     .status,
                 200);
        newPost(m_alice, u"one"_qs);
        newPost(m_alice, u"two"_qs);
        const Reply p = call("GET", u"/api/v1/users/"_qs + m_aliceId, m_bob);
        QCOMPARE(p.status, 200);
        const QJsonObject profile = p.json();
        QCOMPARE(profile[u"username"].toString(), u"alice"_qs);
        QCOMPARE(profile[u"display_name"].toString(), u"Alice A."_qs);
        QCOMPARE(profile[u"bio"].toString(), u"<b>gardener</b>"_qs);
        QCOMPARE(profile[u"post_count"].toInteger(), 2);
        QVERIFY(profile[u"created_at"].toInteger() > 0);
        QVERIFY(profile[u"suspended_until"].isNull());
        QCOMPARE(call("GET", u"/api/v1/users/u_nobody"_qs, m_bob).status, 404);
        QCOMPARE(feedIds(m_bob, u"&author="_qs + m_aliceId).size(), 2);
    }

    void pagingHasNoDuplicatesOrGapsWhilePostsArrive()
    {
        QStringList before;
        for (int i = 0; i < 25; ++i)
            before.prepend(newPost(i % 2 ? m_alice : m_bob, u"post %1"_qs.arg(i)));
        QStringList seen;
        QString cursor;
        int arrivals = 0;
        do {
            const Reply page = call("GET",
                                    u"/api/v1/feed/posts?limit=4"_qs
                                        + (cursor.isEmpty() ? QString() : u"&cursor="_qs + cursor),
                                    m_bob);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json()[u"items"].toArray();
            QVERIFY(items.size() <= 4);
            for (const QJsonValue v : items)
                seen << v[u"id"].toString();
            cursor = page.json()[u"next_cursor"].toString();
            // New posts arrive between pages, two of them in the same millisecond.
            newPost(m_alice, u"arrival %1"_qs.arg(arrivals++));
            newPost(m_bob, u"arrival %1"_qs.arg(arrivals++));
        } while (!cursor.isEmpty());
        QCOMPARE(seen, before);
        // The whole feed: the arrivals on top, newest first, then the original 25.
        const QStringList all = feedIds(m_alice);
        QCOMPARE(all.size(), 25 + arrivals);
        QCOMPARE(all.mid(arrivals), before);
    }

    void logHashChainDetectsTampering()
    {
        const QString a = newPost(m_alice, u"a"_qs);
        const QString b = newPost(m_alice, u"b"_qs);
        const QJsonObject reason{{u"reason"_qs, u"rule 3"_qs}};
        QCOMPARE(call("POST", u"/api/v1/moderation/posts/%1/hide"_qs.arg(a), m_mod, reason).status,
                 200);
        QCOMPARE(
            call("POST", u"/api/v1/moderation/posts/%1/unhide"_qs.arg(a), m_mod, reason).status,
            200);
        QCOMPARE(call("DELETE", u"/api/v1/moderation/posts/"_qs + b, m_mod, reason).status, 200);
        QCOMPARE(call("POST", u"/api/v1/moderation/users/%1/suspend"_qs.arg(m_bobId), m_mod,
                      {{u"until"_qs, QDateTime::currentMSecsSinceEpoch() + 60'000},
                       {u"reason"_qs, u"rule 4"_qs}})
                     .status,
                 200);

        const QJsonArray log =
            call("GET", u"/api/v1/moderation/log?limit=2"_qs, m_mod).json()[u"items"].toArray();
        QCOMPARE(log.size(), 2);
        // The first hash, recomputed here from the contract's words alone.
        const QJsonObject first = log.at(0).toObject();
        QCOMPARE(first[u"prev_hash"].toString(), QString(64, u'0'));
        const QByteArray canonical = "{\"action\":\"hide\",\"moderator_id\":\"" + m_modId.toUtf8()
                                     + "\",\"prev_hash\":\"" + QByteArray(64, '0')
                                     + "\",\"reason\":\"rule 3\",\"seq\":1," + "\"target_id\":\""
                                     + a.toUtf8() + "\",\"target_type\":\"post\",\"ts\":"
                                     + QByteArray::number(first[u"ts"].toInteger()) + "}";
        QCOMPARE(first[u"hash"].toString(), hexBlake2b(QByteArray(64, '0') + canonical));
        QCOMPARE(log.at(1)[u"prev_hash"].toString(), first[u"hash"].toString());

        // Paging the log.
        const QString next = call("GET", u"/api/v1/moderation/log?limit=2"_qs, m_mod)
                                 .json()[u"next_cursor"]
                                 .toString();
        const QJsonArray rest =
            call("GET", u"/api/v1/moderation/log?limit=10&cursor="_qs + next, m_mod)
                .json()[u"items"]
                .toArray();
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0)[u"seq"].toInteger(), 3);

        QJsonObject v = verify();
        QCOMPARE(v[u"ok"].toBool(), true);
        QCOMPARE(v[u"checked"].toInteger(), 4);

        // Someone with database access softens a reason: the chain breaks at that entry.
        QSqlQuery edit(m_server->server().database().db());
        QVERIFY(edit.exec(u"UPDATE moderation_log SET reason = 'no reason' WHERE seq = 2"_qs));
        v = verify();
        QCOMPARE(v[u"ok"].toBool(), false);
        QCOMPARE(v[u"broken_seq"].toInteger(), 2);
        QVERIFY(edit.exec(u"UPDATE moderation_log SET reason = 'rule 3' WHERE seq = 2"_qs));
        QCOMPARE(verify()[u"ok"].toBool(), true);

        // Recomputing the hash after the edit does not help: the next link breaks.
        QVERIFY(edit.exec(u"UPDATE moderation_log SET target_id = 'p_other' WHERE seq = 1"_qs));
        const QJsonArray edited =
            call("GET", u"/api/v1/moderation/log?limit=1"_qs, m_mod).json()[u"items"].toArray();
        QJsonObject e = edited.at(0).toObject();
        e.remove(u"hash"_qs);
        const QString forged =
            hexBlake2b(QByteArray(64, '0') + QJsonDocument(e).toJson(QJsonDocument::Compact));
        QVERIFY(edit.exec(u"UPDATE moderation_log SET hash = '%1' WHERE seq = 1"_qs.arg(forged)));
        v = verify();
        QCOMPARE(v[u"ok"].toBool(), false);
        QCOMPARE(v[u"broken_seq"].toInteger(), 2);

        // A removed entry is found too.
        QVERIFY(edit.exec(u"DELETE FROM moderation_log WHERE seq <= 2"_qs));
        v = verify();
        QCOMPARE(v[u"ok"].toBool(), false);
        QCOMPARE(v[u"broken_seq"].toInteger(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCommunityApi)
#include "tst_communityapi.moc"
