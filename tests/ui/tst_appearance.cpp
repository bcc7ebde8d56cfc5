// Language and theme switched live in the real app with every view open: every visible text
// takes the new language (nothing left in English), the layout mirrors for Arabic, the palette
// follows the theme, and every view renders in each combination.
#include "appearancecontroller.h"
#include "desktopapp.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using nest::desktop::DesktopApp;

namespace {
//! Every text a user can read in `root`: labels, buttons, combo entries, placeholders, group
//! titles, menus, chart titles, axis titles and legends. Data in item views is the users'.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        // Widgets that show the users' data (names, ids, keys) say so: nothing to translate.
        if (w->isHidden() || w->property("userData").toBool())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // A combo of the users' names (collections, ...) marks where its data begins.
            const QVariant dataFrom = combo->property("dataItemsFrom");
            const int end = dataFrom.isValid() ? dataFrom.toInt() : combo->count();
            for (int i = 0; i < end && i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            texts << menu->title();
            for (QAction *a : menu->actions())
                texts << a->text();
        } else if (auto *view = qobject_cast<QChartView *>(w)) {
            QChart *chart = view->chart();
            texts << chart->title();
            for (QAbstractAxis *axis : chart->axes())
                texts << axis->titleText();
            for (QLegendMarker *marker : chart->legend()->markers())
                texts << marker->label();
        }
        if (!w->toolTip().isEmpty())
            texts << w->toolTip();
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *a : window->menuBar()->actions())
            texts << a->text();
    }
    return texts;
}

//! English words left over once the data a user sees (names, ids, paths, product and
//! format names) is taken out.
QStringList englishLeft(const QStringList &texts)
{
    static const QRegularExpression data(
        u"Demo User|\\bdemo\\b|sim_\\d+|/[^\\s]*|\\bNest( Desktop)?\\b|\\b(CSV|JSON|PNG|ID|URL|"
        u"NST|RTT|ms|Tab|Shift|Space|Enter|Ctrl|F1|F5|Esc|Del|UTC|GMT|English)\\b|[A-Z][a-z]+ [A-Z][a-z]+ \\d+"_qs);
    static const QRegularExpression word(u"[A-Za-z]{3,}"_qs);
    QStringList left;
    for (QString text : texts) {
        text.remove(data);
        if (text.contains(word))
            left << text;
    }
    return left;
}
} // namespace

class TestAppearance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void switchesLanguageAndThemeLive()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.demo = true;
        options.offline = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 15000);
        nest::ui::MainWindow &window = app.window();
        const QStringList views = window.visibleViewIds();
        QVERIFY(views.size() >= 2);
        const auto openEveryView = [&] {
            for (const QString &id : views) {
                QVERIFY(window.showView(id));
                QTest::qWait(50);
            }
        };
        openEveryView();

        // Sanity: in English the walk does see English words (so the check below can fail).
        QVERIFY(!englishLeft(visibleTexts(&window)).isEmpty());

        for (const QString &language : {u"ko"_qs, u"ja"_qs, u"zh_CN"_qs, u"ar"_qs}) {
            app.appearance().chooseLanguage(language);
            QCoreApplication::processEvents();
            openEveryView();
            const QStringList left = englishLeft(visibleTexts(&window));
            QVERIFY2(left.isEmpty(), qPrintable(language + u": "_qs + left.join(u" | "_qs)));
            const bool rtl = language == u"ar"_qs;
            QCOMPARE(window.layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
            for (QWidget *w : window.findChildren<QWidget *>())
                QVERIFY2(w->isRightToLeft() == rtl, qPrintable(w->objectName()));
        }

        // Theme, live: the window's palette follows, and back.
        app.appearance().chooseTheme(nest::ui::Theme::Mode::Dark);
        QTRY_VERIFY(nest::ui::Theme::isDark(window.palette()));
        app.appearance().chooseTheme(nest::ui::Theme::Mode::Light);
        QTRY_VERIFY(!nest::ui::Theme::isDark(window.palette()));

        // Every view renders in {light, dark} x {en, ko, ar}.
        QTemporaryDir shots;
        for (const auto mode : {nest::ui::Theme::Mode::Light, nest::ui::Theme::Mode::Dark}) {
            app.appearance().chooseTheme(mode);
            for (const QString &language : {u"en"_qs, u"ko"_qs, u"ar"_qs}) {
                app.appearance().chooseLanguage(language);
                QCoreApplication::processEvents();
                const QString shotDir =
                    shots.filePath(nest::ui::Theme::modeKey(mode) + u'-' + language);
                QString error;
                const QStringList files = nest::ui::saveViewScreenshots(window, shotDir, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QCOMPARE(files.size(), views.size());
                for (const QString &file : files) {
                    const QImage image(file);
                    QVERIFY2(!image.isNull() && image.width() > 400, qPrintable(file));
                    // Dark pixels dominate a dark rendering, light ones a light rendering.
                    const QColor corner = image.pixelColor(image.width() / 2, image.height() - 4);
                    QCOMPARE(corner.lightness() < 128, mode == nest::ui::Theme::Mode::Dark);
                }
            }
        }

        app.appearance().chooseLanguage(u"en"_qs);
        QCoreApplication::processEvents();
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
