// Text at 150%: with the application font half again as large (a system font setting), every
// view in English, Korean and Arabic shows its labels and buttons whole, nothing clipped.
// Set NEST_TEXTSCALE_SHOTS=DIR to keep the renderings for a look.
#include "accesscheck.h"
#include "appearancecontroller.h"
#include "createproposaldialog.h"
#include "desktopapp.h"
#include "governanceview.h"
#include "mainwindow.h"
#include "marketdialogs.h"
#include "proposallistmodel.h"
#include "ratechart.h"
#include "reasondialog.h"
#include "screenshot.h"
#include "shortcutsdialog.h"
#include "signindialog.h"
#include "votedialog.h"

#include <QChartView>
#include <QGraphicsTextItem>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using nest::desktop::DesktopApp;
using namespace nest::tests;

class TestTextScale : public QObject {
    Q_OBJECT
private:
    //! Navigation entries whose title does not fit beside their icon.
    static QStringList clippedNavigation(QListWidget *nav)
    {
        QStringList clipped;
        const QFontMetrics fm(nav->font());
        for (int row = 0; row < nav->count(); ++row) {
            const QListWidgetItem *item = nav->item(row);
            if (item->isHidden())
                continue;
            const int need =
                nav->iconSize().width() + fm.horizontalAdvance(item->text()) + 4 * 4; // margins
            if (need > nav->viewport()->width())
                clipped << item->text();
        }
        return clipped;
    }

private Q_SLOTS:
    void checkCanFail()
    {
        QWidget top;
        auto *label = new QLabel(u"A label that is far too long for its room"_qs, &top);
        label->setGeometry(0, 0, 40, 10);
        top.show();
        QVERIFY(!clippedTexts(&top).isEmpty());
        label->adjustSize();
        QVERIFY(clippedTexts(&top).isEmpty());
    }

    void rateChartLabelsInsideInArabic_data()
    {
        QTest::addColumn<double>("peak");
        QTest::addColumn<bool>("rtl");
        for (const double peak : {0.8, 7.0, 180.0, 2400.0, 56000.0}) {
            QTest::addRow("ltr %g", peak) << peak << false;
            QTest::addRow("rtl %g", peak) << peak << true;
        }
    }

    //! The value axis' labels are drawn whole inside the chart, in Arabic digits, right to left.
    void rateChartLabelsInsideInArabic()
    {
        QFETCH(double, peak);
        QFETCH(bool, rtl);
        const QLocale previous;
        QLocale::setDefault(rtl ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale::c());
        QWidget top;
        top.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        auto *chart = new nest::ui::RateChart(&top);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(chart, &change); // takes the locale, as on a language switch
        auto *layout = new QVBoxLayout(&top);
        layout->addWidget(chart);
        top.resize(700, 360);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        QList<nest::analytics::RatePoint> points;
        for (int i = 0; i < 120; ++i) {
            nest::analytics::RatePoint p;
            p.ts = now - (120 - i) * 1000;
            p.perKind[0] = peak * (0.5 + 0.5 * std::sin(i / 10.0));
            points << p;
        }
        chart->setBackfill(points);
        top.show();
        chart->updateNow();
        QTest::qWait(100);
        auto *view = chart->findChild<QChartView *>();
        QVERIFY(view);
        int labels = 0;
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            ++labels;
            const QRectF r = text->sceneBoundingRect();
            QVERIFY2(r.left() >= visible.left() - 0.5 && r.right() <= visible.right() + 0.5,
                     qPrintable(text->toPlainText() + u" at "_qs + QString::number(r.left())
                                + u".."_qs + QString::number(r.right())));
            // Neither elided nor in scientific notation ("8e+04", Arabic "8اس+04").
            QVERIFY2(!text->toPlainText().contains(u"..."_qs)
                         && !text->toPlainText().contains(QChar(0x2026))
                         && !text->toPlainText().contains(u'+'),
                     qPrintable(text->toPlainText()));
        }
        QVERIFY(labels >= 5);
        const QString keep = qEnvironmentVariable("NEST_TEXTSCALE_SHOTS");
        if (!keep.isEmpty())
            top.grab().save(keep + u"/ratechart-"_qs + QString::fromLatin1(QTest::currentDataTag())
                            + u".png"_qs);
        QLocale::setDefault(previous);
    }

    void everyViewAt150Percent()
    {
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 1.5);
        QApplication::setFont(large);

        QTemporaryDir dir;
        DesktopApp::Options options;
        options.demo = true;
        options.offline = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 15000);
        nest::ui::MainWindow &window = app.window();
        QTest::qWait(2500); // demo content and a few live seconds
        auto *nav = window.findChild<QListWidget *>(u"navigation"_qs);
        QVERIFY(nav);

        QTemporaryDir shots;
        const QString keep = qEnvironmentVariable("NEST_TEXTSCALE_SHOTS");
        const QString shotRoot = keep.isEmpty() ? shots.path() : keep;
        QStringList problems;
        for (const QString &language : {u"en"_qs, u"ko"_qs, u"ar"_qs}) {
            app.appearance().chooseLanguage(language);
            QCoreApplication::processEvents();
            // Every widget formats with the new language's locale (digits, dates), live.
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (w->locale().language() != QLocale().language())
                    problems << language + u" locale of "_qs + describe(w) + u": "_qs
                                    + w->locale().name();
            }
            QString error;
            const QStringList files =
                nest::ui::saveViewScreenshots(window, shotRoot + u"/150-" + language, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(files.size(), window.visibleViewIds().size());
            for (const QString &id : window.visibleViewIds()) {
                window.showView(id);
                QTest::qWait(150);
                for (const QString &p : clippedTexts(window.viewWidget(id)))
                    problems << language + u' ' + id + u": " + p;
            }
            for (const QString &p : clippedNavigation(nav))
                problems << language + u" navigation: " + p;
            // The dialogs, as they open (sized by their own hints).
            auto *governance =
                qobject_cast<nest::ui::GovernanceView *>(window.viewWidget(u"governance"_qs));
            QVERIFY(governance && governance->model().rowCount() > 0);
            governance->voteDialog().start(governance->model().at(0));
            governance->createDialog().reset(QDateTime::currentMSecsSinceEpoch());
            nest::ui::ReasonDialog reason(u"Report"_qs, u"Why?"_qs, true, &window);
            nest::ui::AmountDialog bid(nest::ui::AmountDialog::Purpose::Bid, {}, u"Lamp"_qs, 1200,
                                       1200, &window);
            nest::ui::CreateListingDialog listing({}, {u"Lamps"_qs}, &window);
            nest::ui::ShortcutsDialog shortcuts(&window);
            const std::pair<QDialog *, QString> dialogs[] = {
                {&governance->voteDialog(), u"vote"_qs},
                {&governance->createDialog(), u"new-proposal"_qs},
                {&reason, u"reason"_qs},
                {&bid, u"bid"_qs},
                {&listing, u"new-listing"_qs},
                {&shortcuts, u"shortcuts"_qs},
                {&app.signInDialog(), u"signin"_qs}};
            for (const auto &[dialog, name] : dialogs) {
                QVERIFY(nest::ui::saveWidgetScreenshot(*dialog, shotRoot + u"/150-" + language,
                                                       name, &error));
                for (const QString &p : clippedTexts(dialog))
                    problems << language + u' ' + name + u": " + p;
                dialog->hide();
            }
        }
        app.appearance().chooseLanguage(u"en"_qs);
        QApplication::setFont(normal);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_qs + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTextScale)
#include "tst_textscale.moc"
