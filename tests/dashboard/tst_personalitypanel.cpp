#include "personalitylearner.h"
#include "personalitypanel.h"
#include "personalityradar.h"
#include "personalityresultsmodel.h"
#include "personalitytrend.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace nest::ui;
using nest::analytics::TraitVector;

class TestPersonalityPanel : public QObject {
    Q_OBJECT
private:
    static UserSummary user(const QString &id, const QString &name, const TraitVector &traits)
    {
        UserSummary u;
        u.id = id;
        u.name = name;
        u.traits = traits;
        u.confidence = 0.72;
        u.samples = 4'812;
        return u;
    }

    static QList<UserSummary> someUsers()
    {
        return {
            user(QStringLiteral("u1"), QStringLiteral("Alice Martin"),
                 {0.71, 0.42, 0.63, 0.55, 0.31}),
            user(QStringLiteral("u2"), QStringLiteral("Bob Chen"), {0.35, 0.66, 0.28, 0.7, 0.52}),
            user(QStringLiteral("u3"), QStringLiteral("Chloé Durand"),
                 {0.5, 0.5, 0.81, 0.4, 0.45})};
    }

    //! `n` estimates a minute apart that converge on the user's traits, like the decoder's.
    static TraitHistory history(const UserSummary &u, int n)
    {
        TraitHistory h;
        h.user = u;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(n) * 60'000;
        QRandomGenerator noise(42); // the decoder's estimate jitters less as data accumulates
        for (int k = 0; k < n; ++k) {
            TraitVector t{};
            const double w = 1.0 - std::exp(-k / (n / 4.0));
            for (std::size_t i = 0; i < t.size(); ++i)
                t[i] = 0.5 + (u.traits[i] - 0.5) * w
                       + 0.04 * (1 - 0.7 * w) * (noise.generateDouble() - 0.5);
            h.history.append({start + qint64(k) * 60'000, t});
        }
        return h;
    }

    static QLineEdit *search(PersonalityPanel &panel)
    {
        return panel.findChild<QLineEdit *>(QStringLiteral("search"));
    }
    static QListView *list(PersonalityPanel &panel)
    {
        return panel.findChild<QListView *>(QStringLiteral("personalityResults"));
    }

private Q_SLOTS:
    void searchIsDebounced()
    {
        PersonalityPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &PersonalityPanel::searchRequested);
        QLineEdit *field = search(panel);
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("alice"));
        QCOMPARE(spy.count(), 0); // nothing while typing
        QVERIFY(spy.wait(2'000));
        QTest::qWait(PersonalityPanel::kSearchDebounceMs * 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("alice"));
    }

    void returnSearchesAtOnce()
    {
        PersonalityPanel panel;
        QSignalSpy spy(&panel, &PersonalityPanel::searchRequested);
        QTest::keyClicks(search(panel), QStringLiteral("bob"));
        QTest::keyClick(search(panel), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QTest::qWait(PersonalityPanel::kSearchDebounceMs * 2);
        QCOMPARE(spy.count(), 1); // the pending debounce was consumed
    }

    void resultsModelPassesTester()
    {
        PersonalityResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers(someUsers());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1), PersonalityResultsModel::UserIdRole).toString(),
                 QStringLiteral("u2"));
        UserSummary moved = someUsers().at(1);
        moved.name.clear(); // stream updates carry no name
        moved.confidence = 0.9;
        QVERIFY(model.updateUser(moved));
        QCOMPARE(model.data(model.index(1), PersonalityResultsModel::NameRole).toString(),
                 QStringLiteral("Bob Chen"));
        QCOMPARE(model.data(model.index(1), PersonalityResultsModel::ConfidenceRole).toDouble(),
                 0.9);
        QVERIFY(!model.updateUser(user(QStringLiteral("nobody"), {}, {})));
        model.setUsers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void clickingRowSelectsUser()
    {
        PersonalityPanel panel;
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSearchResults(someUsers());
        QSignalSpy spy(&panel, &PersonalityPanel::userSelected);
        QListView *view = list(panel);
        const QRect row = view->visualRect(panel.resultsModel()->index(1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("u2"));
        QCOMPARE(panel.selectedUserId(), QStringLiteral("u2"));
        // New results that still hold the user keep it selected without asking again.
        panel.setSearchResults(someUsers());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view->currentIndex().row(), 1);
    }

    void keyboardSelectsUser()
    {
        PersonalityPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSearchResults(someUsers());
        QSignalSpy spy(&panel, &PersonalityPanel::userSelected);
        search(panel)->setFocus();
        QTest::keyClick(search(panel), Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("u1"));
        QVERIFY(list(panel)->hasFocus());
        QTest::keyClick(list(panel), Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("u2"));
    }

    void radarShowsTraits()
    {
        PersonalityPanel panel;
        const UserSummary alice = someUsers().at(0);
        panel.setUserTraits(history(alice, 30));
        const QLineSeries *series = panel.radar()->userSeries();
        QCOMPARE(series->count(), 6);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(series->at(i).x(), double(i));
            QCOMPARE(series->at(i).y(), alice.traits[std::size_t(i)]);
        }
        QCOMPARE(series->at(5).y(), alice.traits[0]); // the outline closes
        const auto details = panel.findChild<QLabel *>(QStringLiteral("personalityDetails"));
        QVERIFY(details->text().contains(QLocale().toString(72)));
        QVERIFY(details->text().contains(QLocale().toString(4'812)));
    }

    void cohortSeriesShown()
    {
        PersonalityPanel panel;
        QLineSeries *cohort = panel.radar()->cohortSeries();
        QVERIFY(!cohort->isVisible());
        const TraitVector avg{0.5, 0.48, 0.52, 0.51, 0.49};
        panel.setCohortAverage(avg);
        QVERIFY(cohort->isVisible());
        QVERIFY(panel.radar()->chart()->series().contains(cohort));
        QCOMPARE(cohort->count(), 6);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cohort->at(i).y(), avg[std::size_t(i)]);
        QCOMPARE(cohort->pen().style(), Qt::DashLine);
    }

    void trendHasOnePointPerEntry()
    {
        PersonalityPanel panel;
        const TraitHistory h = history(someUsers().at(0), 40);
        panel.setUserTraits(h);
        for (int i = 0; i < 5; ++i) {
            const QLineSeries *series = panel.trend()->series(i);
            QCOMPARE(series->count(), 40);
            QCOMPARE(series->at(7).x(), double(h.history.at(7).first));
            QCOMPARE(float(series->at(7).y()), float(h.history.at(7).second[std::size_t(i)]));
        }
    }

    void liveUpdateForSelectedUserAppends()
    {
        PersonalityPanel panel;
        UserSummary alice = someUsers().at(0);
        panel.setUserTraits(history(alice, 10));
        alice.name.clear();
        alice.traits = {0.9, 0.1, 0.2, 0.3, 0.4};
        alice.samples = 5'000;
        panel.updateLive(alice);
        QCOMPARE(panel.trend()->pointCount(), 11);
        QTRY_COMPARE(panel.trend()->series(0)->count(), 11);
        QCOMPARE(float(panel.trend()->series(0)->at(10).y()), 0.9f); // stored as float
        QCOMPARE(panel.radar()->userSeries()->at(1).y(), 0.1);
        QCOMPARE(panel.selectedUserJson().value(QStringLiteral("samples")).toInteger(), 5'000);
        // The name the search returned stays.
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("personalityName"))->text(),
                 QStringLiteral("Alice Martin"));
    }

    void liveUpdateForOtherUserIgnored()
    {
        PersonalityPanel panel;
        panel.setUserTraits(history(someUsers().at(0), 10));
        UserSummary bob = someUsers().at(1);
        bob.traits = {0.9, 0.9, 0.9, 0.9, 0.9};
        panel.updateLive(bob);
        QTest::qWait(50);
        QCOMPARE(panel.trend()->pointCount(), 10);
        QCOMPARE(panel.trend()->series(0)->count(), 10);
        QCOMPARE(panel.radar()->userSeries()->at(0).y(), someUsers().at(0).traits[0]);
        QCOMPARE(panel.selectedUserId(), QStringLiteral("u1"));
    }

    void modelStateShowsVersionAndLossHistory()
    {
        PersonalityPanel panel;
        ModelState s;
        s.version = 12'345;
        s.samplesSeen = 1'234'567;
        s.labeledSamples = 200;
        s.loss = 0.0421;
        s.updatedAt = QDateTime::currentMSecsSinceEpoch() - 120'000;
        panel.setModelState(s);
        const auto text = [&panel](const char *name) {
            return panel.findChild<QLabel *>(QLatin1StringView(name))->text();
        };
        QCOMPARE(text("learnerVersion"), QLocale().toString(quint64(12'345)));
        QCOMPARE(text("learnerSamples"), QLocale().toString(quint64(1'234'567)));
        QCOMPARE(text("learnerLabeled"), QLocale().toString(quint64(200)));
        QCOMPARE(text("learnerLoss"), QLocale().toString(0.0421, 'g', 4));
        panel.setModelState(s); // polled again, unchanged: no new point
        s.version += 1;
        s.loss = 0.039;
        s.updatedAt += 60'000;
        panel.setModelState(s);
        QCOMPARE(panel.learner()->lossHistory().size(), 2);
        QCOMPARE(panel.learner()->lossSeries()->count(), 2);
        QCOMPARE(panel.learner()->lossSeries()->at(1).y(), 0.039);
        QCOMPARE(text("learnerVersion"), QLocale().toString(quint64(12'346)));
    }

    void markupInNamesIsPlainText()
    {
        PersonalityPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString name = QStringLiteral("<b>Mallory</b>");
        panel.setSearchResults({user(QStringLiteral("u9"), name, {0.2, 0.4, 0.6, 0.8, 0.5})});
        QVERIFY(
            panel.resultsModel()->data(panel.resultsModel()->index(0)).toString().contains(name));
        list(panel)->setCurrentIndex(panel.resultsModel()->index(0));
        const auto label = panel.findChild<QLabel *>(QStringLiteral("personalityName"));
        QCOMPARE(label->text(), name);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        // Rendered as markup the label would only be as wide as "Mallory".
        QVERIFY(label->sizeHint().width() >= label->fontMetrics().horizontalAdvance(name));
        // Chart legends draw series names as rich text: the name must not reach them.
        for (const QAbstractSeries *series : panel.radar()->chart()->series())
            QVERIFY(!series->name().contains(QStringLiteral("Mallory")));
    }

    void exportsWritePngs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PersonalityPanel panel; // never shown: exporting must still render
        panel.setUserTraits(history(someUsers().at(0), 30));
        panel.setCohortAverage({0.5, 0.5, 0.5, 0.5, 0.5});
        const QString radar = dir.filePath(QStringLiteral("radar.png"));
        const QString trend = dir.filePath(QStringLiteral("trend.png"));
        QVERIFY(panel.exportRadarPng(radar));
        QVERIFY(panel.exportTrendPng(trend));
        for (const QString &path : {radar, trend}) {
            QVERIFY(QFileInfo(path).size() > 0);
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 100 && image.height() > 100);
        }
        QVERIFY(!panel.exportRadarPng(dir.filePath(QStringLiteral("missing/radar.png"))));
    }

    void selectedUserJson()
    {
        PersonalityPanel panel;
        QVERIFY(panel.selectedUserJson().isEmpty());
        const UserSummary alice = someUsers().at(0);
        panel.setUserTraits(history(alice, 12));
        panel.setCohortAverage({0.5, 0.5, 0.5, 0.5, 0.5});
        const QJsonObject json = panel.selectedUserJson();
        QCOMPARE(json.value(QStringLiteral("user_id")).toString(), QStringLiteral("u1"));
        QCOMPARE(json.value(QStringLiteral("traits"))[QStringLiteral("openness")].toDouble(), 0.71);
        QCOMPARE(json.value(QStringLiteral("history")).toArray().size(), 12);
        QVERIFY(json.contains(QStringLiteral("cohort_average")));
    }

    void emptyStateInvitesSearch()
    {
        PersonalityPanel panel;
        panel.resize(1240, 460);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectedUserId().isEmpty());
        QCOMPARE(panel.radar()->userSeries()->count(), 0);
        QCOMPARE(panel.trend()->series(0)->count(), 0);
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("personalityDetails"))->text().isEmpty());
        const QString path = qEnvironmentVariable("PERSONALITY_SCREENSHOT_EMPTY");
        if (!path.isEmpty())
            QVERIFY(panel.grab().save(path));
    }

    //! Renders the panel with realistic data; set PERSONALITY_SCREENSHOT to a path to keep it.
    void rendersWithData()
    {
        PersonalityPanel panel;
        panel.resize(1240, 460);
        QList<UserSummary> users = someUsers();
        for (int i = 4; i <= 14; ++i)
            users.append(user(QStringLiteral("u%1").arg(i), QStringLiteral("User %1").arg(i),
                              {0.5, 0.5, 0.5, 0.5, 0.5}));
        panel.setSearchResults(users);
        list(panel)->setCurrentIndex(panel.resultsModel()->index(0));
        panel.setUserTraits(history(users.at(0), 240));
        panel.setCohortAverage({0.52, 0.49, 0.5, 0.53, 0.47});
        ModelState s;
        s.labeledSamples = 40;
        for (int k = 0; k < 30; ++k) {
            s.version = quint64(100 + k);
            s.samplesSeen = quint64(20'000 + 900 * k);
            s.labeledSamples += 4;
            s.loss = 0.02 + 0.06 * std::exp(-k / 8.0);
            s.updatedAt = QDateTime::currentMSecsSinceEpoch() - qint64(30 - k) * 120'000;
            panel.setModelState(s);
        }
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(50); // the trend redraws on the next frame after its resize
        const QPixmap pixmap = panel.grab();
        QVERIFY(!pixmap.isNull());
        const QString path = qEnvironmentVariable("PERSONALITY_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(pixmap.save(path));
    }
};

QTEST_MAIN(TestPersonalityPanel)
#include "tst_personalitypanel.moc"
