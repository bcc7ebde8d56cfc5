#include "signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using nest::ui::SignInDialog;

class TestSignInDialog : public QObject {
    Q_OBJECT
private:
    static QLineEdit *field(SignInDialog &d, const char *name)
    {
        return d.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static void submit(SignInDialog &d) { QTest::keyClick(field(d, "password"), Qt::Key_Return); }

private Q_SLOTS:
    void validatesBeforeSending_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ok") << u"alice"_qs << u"secret-pw"_qs << false << true;
        QTest::newRow("upper case") << u"Alice"_qs << u"secret-pw"_qs << false << false;
        QTest::newRow("too short") << u"al"_qs << u"secret-pw"_qs << false << false;
        QTest::newRow("no password") << u"alice"_qs << QString() << false << false;
        QTest::newRow("short new password") << u"alice"_qs << u"short"_qs << true << false;
        QTest::newRow("new account") << u"alice"_qs << u"long enough"_qs << true << true;
    }
    void validatesBeforeSending()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, create);
        QFETCH(bool, accepted);
        SignInDialog d;
        d.setCreateAccount(create);
        d.show();
        QSignalSpy submitted(&d, &SignInDialog::submitted);
        QTest::keyClicks(field(d, "username"), username);
        QTest::keyClicks(field(d, "password"), password);
        submit(d);
        QCOMPARE(submitted.count(), accepted ? 1 : 0);
        auto *error = d.findChild<QLabel *>(u"error"_qs);
        QCOMPARE(error->isVisibleTo(&d), !accepted);
        // Input is kept either way: nothing typed is lost.
        QCOMPARE(field(d, "username")->text(), username);
    }

    void remoteNeedsAnAddress()
    {
        SignInDialog d;
        d.show();
        d.findChild<QRadioButton *>(u"remoteServer"_qs)->setChecked(true);
        QSignalSpy submitted(&d, &SignInDialog::submitted);
        QTest::keyClicks(field(d, "username"), u"alice"_qs);
        QTest::keyClicks(field(d, "password"), u"secret-pw"_qs);
        submit(d);
        QCOMPARE(submitted.count(), 0);
        QTest::keyClicks(field(d, "serverUrl"), u"nest.example.org:8787"_qs);
        submit(d);
        QCOMPARE(submitted.count(), 1);
        const auto request = submitted.first().first().value<SignInDialog::Request>();
        QCOMPARE(request.server.remoteUrl, QUrl(u"https://nest.example.org:8787"_qs));
    }

    void errorsAndNoticesArePlainText()
    {
        SignInDialog d;
        d.setNotice(u"<b>bold</b> <img src=x>"_qs);
        d.showError(u"<a href=\"x\">link</a>"_qs);
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (label->objectName() == u"notice" || label->objectName() == u"error")
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QCOMPARE(d.findChild<QLabel *>(u"notice"_qs)->text(), u"<b>bold</b> <img src=x>"_qs);
    }

    void busyDisablesInputAndErrorRestores()
    {
        SignInDialog d;
        d.show();
        QSignalSpy rejected(&d, &QDialog::rejected);
        d.setBusy(true);
        QVERIFY(!field(d, "username")->isEnabled());
        // Enter while a request runs must not fall through to "Quit".
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(rejected.count(), 0);
        QVERIFY(d.isVisible());
        d.showError(u"wrong username or password"_qs);
        QVERIFY(field(d, "username")->isEnabled());
        QVERIFY(field(d, "password")->hasFocus() || !d.isActiveWindow());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
