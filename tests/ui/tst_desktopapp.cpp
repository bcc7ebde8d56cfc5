// The real app, end to end: the embedded server, the sign-in dialog driven by key clicks, the
// main window, the live stream, sign-out and sign-in again.
#include "desktopapp.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using nest::desktop::DesktopApp;

class TestDesktopApp : public QObject {
    Q_OBJECT
private:
    static QLineEdit *field(QWidget &w, const char *name)
    {
        return w.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void firstUseCreatesAnAccountAndGoesLive()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.offline = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());

        auto &dialog = app.signInDialog();
        QTRY_VERIFY(dialog.isVisible());
        // No account exists on this computer's server yet: the dialog offers to create one.
        QVERIFY(dialog.findChild<QCheckBox *>(u"createAccount"_qs)->isChecked());
        QTest::keyClicks(field(dialog, "username"), u"first_user"_qs);
        QTest::keyClicks(field(dialog, "password"), u"first-password"_qs);
        QTest::keyClicks(field(dialog, "displayName"), u"First <b>User</b>"_qs);
        QTest::keyClick(field(dialog, "password"), Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(app.window().isVisible(), 15000);
        QVERIFY(app.session().isSignedIn());
        QVERIFY(!dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(app.window().statusText().contains(u"Live"_qs), 15000);
        // The names as typed (plain text), each isolated (FSI … PDI) in the sentence.
        QVERIFY(app.window().statusText().contains(
            u"\u2068First <b>User</b>\u2069 (\u2068first_user\u2069)"_qs));
        auto *user = app.window().findChild<QLabel *>(u"signedInUser"_qs);
        QCOMPARE(user->textFormat(), Qt::PlainText);
        QCOMPARE(user->text(), u"\u2068First <b>User</b>\u2069 (\u2068first_user\u2069)"_qs);

        // Sign out from Settings: the dialog comes back, now for signing in.
        QVERIFY(app.window().showView(u"settings"_qs));
        QTest::mouseClick(app.window().findChild<QPushButton *>(u"signOut"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isVisible(), 15000);
        QVERIFY(!app.session().isSignedIn());
        dialog.findChild<QCheckBox *>(u"createAccount"_qs)->setChecked(false);
        field(dialog, "password")->clear();

        // A wrong password shows an error and keeps what was typed.
        QTest::keyClicks(field(dialog, "password"), u"wrong-password"_qs);
        QTest::keyClick(field(dialog, "password"), Qt::Key_Return);
        auto *error = dialog.findChild<QLabel *>(u"error"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QCOMPARE(field(dialog, "username")->text(), u"first_user"_qs);

        field(dialog, "password")->clear();
        QTest::keyClicks(field(dialog, "password"), u"first-password"_qs);
        QTest::keyClick(field(dialog, "password"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 15000);
        QTRY_VERIFY(!dialog.isVisible());
    }

    void nextStartResumesFromTheKeychain()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.offline = true;
        options.dataDir = dir.path();
        bool persistent = false;
        {
            DesktopApp first(options);
            QVERIFY(first.start());
            auto &dialog = first.signInDialog();
            QTRY_VERIFY(dialog.isVisible());
            QTest::keyClicks(field(dialog, "username"), u"returning"_qs);
            QTest::keyClicks(field(dialog, "password"), u"returning-pw"_qs);
            QTest::keyClick(field(dialog, "password"), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(first.session().isSignedIn(), 15000);
            persistent = first.secretStore().isPersistent();
        } // quit without signing out
        if (!persistent)
            QSKIP("no Secret Service in this environment: there is nothing to resume from");

        DesktopApp second(options);
        QVERIFY(second.start());
        QTRY_VERIFY_WITH_TIMEOUT(second.session().isSignedIn(), 15000);
        QVERIFY(second.window().isVisible());
        QVERIFY(!second.signInDialog().isVisible());
        QCOMPARE(second.session().user().username, u"returning"_qs);
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
