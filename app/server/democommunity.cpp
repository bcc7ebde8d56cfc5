// NestServer::seedCommunity: the demo's community content, so that a first run of the app (and
// its screenshots) shows a living feed and a moderation queue with something in it.
#include "feedstore.h"
#include "ids.h"
#include "logging.h"
#include "moderationstore.h"
#include "nestserver.h"
#include "userstore.h"

namespace nest::server {
namespace {
struct DemoMember {
    const char *username;
    const char *displayName;
    const char *bio;
};

constexpr DemoMember kDemoMembers[] = {
    {"mira_k", "Mira Kovač", "Woodworker, birdwatcher, occasional poet."},
    {"tomas", "Tomás Ruiz", "Trades rare seeds. Answers slowly, thinks fast."},
    {"ana_l", "Ana Lindqvist", "Community gardener in Malmö."},
    {"quickdeals", "Quick Deals", "Best prices!!!"},
};

struct DemoPost {
    int author; //!< index into kDemoMembers, -1: the demo account
    int minutesAgo;
    const char *text;
};

constexpr DemoPost kDemoPosts[] = {
    {0, 290,
     "Finished the oak bench for the community garden. Took three weekends and one "
     "slightly bruised thumb."},
    {2, 240, "Tomatoes are in! Anyone want seedlings? I have about forty spares."},
    {1, 180, "Question for the seed traders: has anyone grown Cherokee Purple this far north?"},
    {3, 150,
     "CHEAP SEEDS!!! <b>90% OFF</b> click <a href=\"http://example.invalid\">here</a> "
     "now <img src=x onerror=alert(1)>"},
    {-1, 95,
     "Hello from the demo account. Markup stays text here: <b>not bold</b>, "
     "<i>not italic</i>."},
    {0, 60, "Saw a pair of goldfinches at the feeder this morning. Spring is close."},
    {2, 25, "Reminder: garden work day on Saturday at 10. Bring gloves, we have tea."},
    {1, 8, "Cherokee Purple update: thanks everyone, ordering seeds today."},
};
} // namespace

void NestServer::seedCommunity(const QString &demoId)
{
    const qint64 now = nowMs();
    m_users->updateProfile(demoId, std::nullopt,
                           QStringLiteral("Exploring Nest. Moderator of this demo server."));
    QStringList members;
    for (const DemoMember &m : kDemoMembers) {
        UserRecord user;
        user.id = newId(QStringLiteral("u_"));
        user.username = QString::fromUtf8(m.username);
        user.displayName = QString::fromUtf8(m.displayName);
        user.bio = QString::fromUtf8(m.bio);
        user.passwordHash = "!"; // matches no password: these accounts cannot sign in
        user.createdAt = now - 86'400'000LL * (30 + 7 * members.size());
        if (m_users->create(&user) != UserStore::CreateResult::Created) {
            qCWarning(lcServer) << "demo member" << user.username << "not created";
            return;
        }
        m_users->updateProfile(user.id, std::nullopt, user.bio);
        members << user.id;
    }
    const auto authorOf = [&](int index) { return index < 0 ? demoId : members.at(index); };
    QStringList posts;
    for (const DemoPost &p : kDemoPosts) {
        const QString id = newId(QStringLiteral("p_"));
        m_feedStore->insertPost(id, authorOf(p.author), QString::fromUtf8(p.text),
                                now - p.minutesAgo * 60'000LL);
        posts << id;
    }
    // Likes and a short thread on the bench and the seedlings.
    constexpr std::pair<int, int> kLikes[] = {{0, 1}, {0, 2}, {0, -1}, {1, 0},
                                              {1, 1}, {5, 2}, {6, 0}};
    for (const auto &[post, member] : kLikes)
        m_feedStore->setLiked(posts.at(post), authorOf(member), true, now);
    const auto comment = [&](int post, int member, const char *text, int minutesAgo) {
        CommentRecord c;
        c.id = newId(QStringLiteral("c_"));
        c.postId = posts.at(post);
        c.author.id = authorOf(member);
        c.text = QString::fromUtf8(text);
        c.createdAt = now - minutesAgo * 60'000LL;
        m_feedStore->insertComment(c);
    };
    comment(0, 2, "It looks great! The kids already sat on it.", 280);
    comment(0, 1, "Oak will outlast all of us. Nice joints.", 270);
    comment(1, 0, "I'd take five, if that's all right.", 230);
    comment(2, 2, "Yes, in a greenhouse. Outdoors they struggle before August.", 170);
    // The spam post is reported twice and waits in the queue.
    for (int member : {0, 2}) {
        ReportRecord r;
        r.id = newId(QStringLiteral("r_"));
        r.postId = posts.at(3);
        r.reporterId = authorOf(member);
        r.reason = member == 0 ? QStringLiteral("Spam with a suspicious link")
                               : QStringLiteral("Advertising, not community content");
        r.createdAt = now - (140 - member * 10) * 60'000LL;
        m_moderationStore->insertReport(r);
    }
    // One earlier decision in the log, so that the chain has something to verify.
    const QString earlier = newId(QStringLiteral("p_"));
    m_feedStore->insertPost(earlier, members.at(3), QStringLiteral("Buy followers, DM me"),
                            now - 600 * 60'000LL);
    m_feedStore->setHidden(earlier, true, QStringLiteral("Spam"));
    ModerationLogEntry entry;
    entry.ts = now - 590 * 60'000LL;
    entry.moderatorId = demoId;
    entry.action = QStringLiteral("hide");
    entry.targetType = QStringLiteral("post");
    entry.targetId = earlier;
    entry.reason = QStringLiteral("Spam");
    m_moderationStore->appendLog(entry);
    // ...and the spammer sits out a day (moderators see it on the profile).
    m_moderationStore->setSuspension(members.at(3),
                                     {now + 20 * 3'600'000LL, QStringLiteral("Repeated spam")});
    entry.ts = now - 589 * 60'000LL;
    entry.action = QStringLiteral("suspend");
    entry.targetType = QStringLiteral("user");
    entry.targetId = members.at(3);
    entry.reason = QStringLiteral("Repeated spam");
    m_moderationStore->appendLog(entry);
}

} // namespace nest::server
