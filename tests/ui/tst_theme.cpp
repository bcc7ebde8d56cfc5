// The theme: text contrast in both palettes, chart line contrast, live switching and icons.
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using nest::ui::Theme;

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void textContrast()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? Theme::darkPalette() : Theme::lightPalette();
        QCOMPARE(Theme::isDark(p), dark);
        // Every role that carries normal text, on the ground it is drawn on: WCAG AA, 4.5:1.
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::PlaceholderText, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base},
            {QPalette::LinkVisited, QPalette::Base},
            {QPalette::BrightText, QPalette::Base},
        };
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto &[fg, bg] : pairs) {
                const double ratio = Theme::contrastRatio(p.color(group, fg), p.color(group, bg));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("role %1 on %2: %3:1")
                                                      .arg(int(fg))
                                                      .arg(int(bg))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
        // Named status colors are text too (messages, refusals).
        for (Theme::Color c : {Theme::Color::Success, Theme::Color::Warning, Theme::Color::Danger,
                               Theme::Color::Info}) {
            QVERIFY(Theme::contrastRatio(Theme::color(c, p), p.color(QPalette::Window)) >= 4.5);
            QVERIFY(Theme::contrastRatio(Theme::color(c, p), p.color(QPalette::Base)) >= 4.5);
        }
        // Chart lines are graphics: 3:1 against the chart's ground (WCAG 1.4.11).
        const QColor ground = Theme::color(Theme::Color::ChartBackground, p);
        for (int i = 0; i < Theme::kSeriesColors; ++i)
            QVERIFY2(Theme::contrastRatio(Theme::seriesColor(i, p), ground) >= 3.0,
                     qPrintable(QString::number(i)));
    }

    void contrastRatioKnownValues()
    {
        QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic 4.54:1.
        QVERIFY(qAbs(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void switchesLiveAndBack()
    {
        Theme theme;
        QLabel label(QStringLiteral("text"));
        label.show();
        QSignalSpy changed(&theme, &Theme::modeChanged);
        theme.setMode(Theme::Mode::Dark);
        QVERIFY(theme.isDark());
        // Widgets take the new palette from a posted event.
        QTRY_COMPARE(label.palette().color(QPalette::Window).name(),
                     Theme::darkPalette().color(QPalette::Window).name());
        theme.setMode(Theme::Mode::Light);
        QVERIFY(!theme.isDark());
        QTRY_COMPARE(label.palette().color(QPalette::WindowText).name(),
                     Theme::lightPalette().color(QPalette::WindowText).name());
        theme.setMode(Theme::Mode::System);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(theme.mode(), Theme::Mode::System);
        QCOMPARE(QApplication::palette().resolveMask(), QPalette().resolveMask());
    }

    void iconsTakeTheTextColor()
    {
        // A black glyph on a transparent ground becomes the palette's text color.
        QPixmap glyph(16, 16);
        glyph.fill(Qt::transparent);
        {
            QPainter p(&glyph);
            p.fillRect(4, 4, 8, 8, Qt::black);
        }
        const QPalette dark = Theme::darkPalette();
        const QImage tinted =
            Theme::tintedIcon(QIcon(glyph), dark).pixmap(QSize(16, 16), 1.0).toImage();
        QCOMPARE(tinted.pixelColor(8, 8).rgb(), dark.color(QPalette::WindowText).rgb());
        QCOMPARE(tinted.pixelColor(0, 0).alpha(), 0); // the ground stays transparent
    }

    void modeKeys()
    {
        for (Theme::Mode m : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
            QCOMPARE(Theme::modeFromKey(Theme::modeKey(m)), m);
        QVERIFY(!Theme::modeFromKey(u"purple"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
