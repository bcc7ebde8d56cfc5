// The Governance view with its controller against the real server (demo content): two clients
// signed in as different users; one casts and changes a vote through the UI (choose, confirm,
// signed with the key from the keychain, receipt), the other sees the tally move through the
// stream; "Verify results" checks the real log, then catches the same log tampered with on the
// server (an altered weight, a forged signature). The item models run under the model tester.
#include "apiclient.h"
#include "base64url.h"
#include "createproposaldialog.h"
#include "database.h"
#include "ed25519.h"
#include "governancecontroller.h"
#include "governancerules.h"
#include "governanceview.h"
#include "outbox.h"
#include "proposallistmodel.h"
#include "proposalpage.h"
#include "secretstore.h"
#include "session.h"
#include "streamclient.h"
#include "tallychart.h"
#include "testserver.h"
#include "userkeys.h"
#include "votedialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nest;

namespace {
//! One running client: its own API, keychain, session, signing key, stream, view, controller.
struct Client {
    QNetworkAccessManager nam;
    client::ApiClient api{nam};
    client::SecretStore secrets;
    client::Session session{api, secrets};
    client::UserKeys keys{api, secrets, session};
    client::StreamClient stream;
    QTemporaryDir outboxDir;
    client::Outbox outbox{api, secrets};
    ui::GovernanceView view;
    desktop::GovernanceController controller{api, stream, keys, outbox, view};
    QAbstractItemModelTester tester{&view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};

    bool signIn(const QUrl &base, const QString &username)
    {
        api.setBaseUrl(base);
        api.setAuthProvider(&session);
        QSignalSpy signedIn(&session, &client::Session::signedIn);
        session.login(username, QStringLiteral("nest-demo"));
        if (!signedIn.wait(15'000))
            return false;
        outbox.open(outboxDir.filePath(QStringLiteral("outbox.sqlite")),
                    {api.serverOrigin(), username, {}});
        QObject::connect(&session, &client::Session::accessTokenChanged, &stream,
                         &client::StreamClient::setAccessToken);
        QUrl ws = base;
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/api/v1/stream"));
        stream.setUrl(ws);
        stream.setAccessToken(session.accessToken());
        stream.setTopics({QStringLiteral("governance")});
        stream.start();
        controller.activate(session.user().id, true);
        view.resize(1100, 700);
        view.show();
        return QTest::qWaitFor([this] { return view.model().rowCount() > 0; }, 15'000);
    }

    const governance::Proposal &shown(const QString &id) { return *view.model().find(id); }
};

QString idOf(ui::GovernanceView &view, const QString &title)
{
    for (int row = 0; row < view.model().rowCount(); ++row) {
        if (view.model().at(row).title == title)
            return view.model().at(row).id;
    }
    return {};
}
} // namespace

class TestGovernance : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;

    //! Chooses `choice` in the open vote dialog, confirms, and waits for the receipt.
    static void castThroughDialog(Client &c, int choice)
    {
        ui::VoteDialog &dialog = c.view.voteDialog();
        if (!QTest::qWaitFor([&dialog] { return dialog.isVisible(); }, 5000))
            qWarning("the vote dialog did not open");
        // On the indicator: a radio button or check box only reacts to its indicator and label.
        QAbstractButton *button = dialog.choiceButtons().value(choice);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QTest::mouseClick(&dialog.nextButton(), Qt::LeftButton);
        QTest::mouseClick(&dialog.confirmButton(), Qt::LeftButton);
        // The caller checks the step (and shows the dialog's error when it is not the receipt).
        (void)QTest::qWaitFor([&dialog] { return dialog.step() == ui::VoteDialog::Step::Receipt; },
                              15'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        server::ServerConfig config;
        config.port = 0;
        m_server = std::make_unique<test::TestServer>(config);
        QVERIFY(m_server->start());
        QString error;
        QVERIFY2(m_server->server().seedDemo(&error), qPrintable(error));
    }

    void voteChangeStreamVerifyAndTamper()
    {
        Client demo, alice;
        QVERIFY(demo.signIn(m_server->url(QString()), QStringLiteral("demo")));
        QVERIFY(alice.signIn(m_server->url(QString()), QStringLiteral("alice")));
        const QString id = idOf(demo.view, QStringLiteral("Lower the marketplace fee to 1.5%"));
        QVERIFY(!id.isEmpty());
        demo.view.selectProposal(id);
        alice.view.selectProposal(id);
        QCOMPARE(demo.view.page().proposal().id, id);
        const QList<qint64> before = demo.shown(id).tally;

        // Cast through the UI: the page's Vote button, a choice, Next, Sign and vote.
        ui::ProposalPage &page = demo.view.page();
        QTRY_VERIFY_WITH_TIMEOUT(page.voteButton().isVisible(), 5000);
        QTest::mouseClick(&page.voteButton(), Qt::LeftButton);
        castThroughDialog(demo, 0);
        ui::VoteDialog &dialog = demo.view.voteDialog();
        QVERIFY2(dialog.step() == ui::VoteDialog::Step::Receipt, qPrintable(dialog.errorText()));
        // The receipt carries a signature that verifies with the key in the keychain.
        const QString receipt = dialog.receiptText();
        const QString signature = receipt.section(u'\n', -1);
        const QByteArray message = governance::voteMessage(id, {0}, demo.session.user().id);
        QVERIFY(security::ed25519::verify(
            *security::base64url::decode(demo.keys.publicKey().toLatin1()), message,
            *security::base64url::decode(signature.toLatin1())));
        QVERIFY(receipt.contains(QString::fromUtf8(message)));
        const qint64 weight = demo.shown(id).tally[0] - before[0];
        QVERIFY(weight > 0); // the demo account's balance when the proposal was created
        QCOMPARE(demo.shown(id).tally[1], before[1]);
        QCOMPARE(page.chart().tally(), demo.shown(id).tally);
        // The other client sees the tally move through the stream.
        QTRY_COMPARE_WITH_TIMEOUT(alice.shown(id).tally, demo.shown(id).tally, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.view.page().chart().tally(), demo.shown(id).tally, 5000);
        QTest::mouseClick(dialog.findChildren<QPushButton *>().last(), Qt::LeftButton); // Close

        // Change the vote while voting is open: the dialog starts on the current choice.
        QTRY_COMPARE_WITH_TIMEOUT(page.voteButton().text(), page.tr("Change vote…"), 5000);
        QTest::mouseClick(&page.voteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isVisible(), 5000);
        QVERIFY(dialog.choiceButtons().at(0)->isChecked());
        castThroughDialog(demo, 1);
        QVERIFY2(dialog.step() == ui::VoteDialog::Step::Receipt, qPrintable(dialog.errorText()));
        QCOMPARE(demo.shown(id).tally[0], before[0]);
        QCOMPARE(demo.shown(id).tally[1], before[1] + weight);
        QTRY_COMPARE_WITH_TIMEOUT(alice.shown(id).tally, demo.shown(id).tally, 10'000);
        dialog.reject();

        // Verify results: the genuine log holds up.
        QTest::mouseClick(&page.verifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.verificationText().startsWith(u"Verified"), 15'000);

        // The server's log altered behind the app's back: caught, and the vote named.
        QSqlQuery q(m_server->server().database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq FROM governance_votes WHERE proposal_id = '%1'"
                                      " ORDER BY seq")
                           .arg(id)));
        QList<qint64> seqs;
        while (q.next())
            seqs << q.value(0).toLongLong();
        QVERIFY(seqs.size() >= 3);
        QVERIFY(q.exec(QStringLiteral("UPDATE governance_votes SET weight = weight + 7"
                                      " WHERE seq = %1")
                           .arg(seqs.first())));
        QTest::mouseClick(&alice.view.page().verifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(alice.view.page().verificationText().contains(u"NOT verify"),
                                 15'000);
        QVERIFY(alice.view.page().verificationText().contains(
            QStringLiteral("Vote #%1 by").arg(seqs.first())));
        QVERIFY(alice.view.page().verificationText().contains(u"weight"));
        // A forged signature: another valid-looking signature in place of the real one.
        QVERIFY(q.exec(QStringLiteral("UPDATE governance_votes SET weight = weight - 7"
                                      " WHERE seq = %1")
                           .arg(seqs.first())));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE governance_votes SET signature = '%1' WHERE seq = %2")
                .arg(QString::fromLatin1(security::base64url::encode(QByteArray(64, '\x11'))))
                .arg(seqs.at(1))));
        QTest::mouseClick(&demo.view.page().verifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(demo.view.page().verificationText().contains(u"NOT verify"),
                                 15'000);
        const QString text = demo.view.page().verificationText();
        QVERIFY(text.contains(QStringLiteral("Vote #%1 by").arg(seqs.at(1))));
        QVERIFY(text.contains(u"signature"));
        QVERIFY(!text.contains(QStringLiteral("Vote #%1 by").arg(seqs.first())));
    }

    void createProposalValidatesFirst()
    {
        Client demo;
        QVERIFY(demo.signIn(m_server->url(QString()), QStringLiteral("demo")));
        const int rows = demo.view.model().rowCount();
        QTest::mouseClick(&demo.view.newProposalButton(), Qt::LeftButton);
        ui::CreateProposalDialog &dialog = demo.view.createDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isVisible(), 5000);
        // Nothing is sent while the form is wrong.
        QSignalSpy sent(&demo.view, &ui::GovernanceView::createRequested);
        QTest::mouseClick(&dialog.submitButton(), Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(u"title"));
        QTest::keyClicks(&dialog.titleEdit(), QStringLiteral("Cut the fee to 2%"));
        dialog.choicesEdit().setPlainText(QStringLiteral("Yes"));
        QTest::mouseClick(&dialog.submitButton(), Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(u"2 to 10"));
        dialog.choicesEdit().setPlainText(QStringLiteral("Yes\nNo"));
        dialog.endsEdit().setDateTime(dialog.startsEdit().dateTime().addSecs(-60));
        QTest::mouseClick(&dialog.submitButton(), Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(u"close after"));
        QCOMPARE(sent.size(), 0);
        // A valid one with an action picked from the known ones.
        dialog.endsEdit().setDateTime(dialog.startsEdit().dateTime().addDays(2));
        dialog.actionBox().setCurrentIndex(int(ui::CreateProposalDialog::ActionChoice::MarketFee));
        dialog.actionValueBox().setValue(2.0);
        dialog.weightingBox().setCurrentIndex(int(governance::Weighting::Quadratic));
        QTest::mouseClick(&dialog.submitButton(), Qt::LeftButton);
        QCOMPARE(sent.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10'000);
        QCOMPARE(demo.view.model().rowCount(), rows + 1);
        const governance::Proposal &created = demo.view.page().proposal();
        QCOMPARE(created.title, QStringLiteral("Cut the fee to 2%"));
        QCOMPARE(created.weighting, governance::Weighting::Quadratic);
        QVERIFY(created.action.has_value());
        QCOMPARE(created.action->key, QStringLiteral("market.fee_bps"));
        QCOMPARE(created.action->value, 200.0);
        // The list filters by status.
        demo.view.statusFilter().setCurrentIndex(1 + int(governance::Status::Executed));
        QCOMPARE(demo.view.list().model()->rowCount(), 1);
    }

    void quorumTakesTheLanguagesDigits()
    {
        ui::CreateProposalDialog dialog;
        dialog.setLocale(QLocale(QLocale::Arabic, QLocale::Egypt));
        dialog.reset(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(dialog.quorumEdit().text(), QStringLiteral("\u0661")); // ١
        dialog.quorumEdit().clear();
        dialog.quorumEdit().insert(QStringLiteral("\u0662\u0665")); // ٢٥, as typed or pasted
        QCOMPARE(dialog.quorumEdit().text(), QStringLiteral("\u0662\u0665"));
        QCOMPARE(dialog.draft().quorum, 25);
        dialog.quorumEdit().clear();
        QTest::keyClicks(&dialog.quorumEdit(), QStringLiteral("40x"));
        QCOMPARE(dialog.draft().quorum, 40); // the validator kept the letter out
    }

    void userTextIsPlain()
    {
        Client demo;
        QVERIFY(demo.signIn(m_server->url(QString()), QStringLiteral("demo")));
        for (const QLabel *label : demo.view.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        for (const QLabel *label : demo.view.voteDialog().findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        for (const QLabel *label : demo.view.createDialog().findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestGovernance)
#include "tst_governance.moc"
