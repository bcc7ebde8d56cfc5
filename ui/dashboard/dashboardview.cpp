#include "dashboardview.h"

#include "personalitypanel.h"
#include "ratechart.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

namespace nest::ui {
namespace {
constexpr std::array<qint64, 4> kDashboardWindows{60'000, 5 * 60'000, 3'600'000, 86'400'000};

bool dashboardWrite(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}
} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new RateChart(this))
    , m_personality(new PersonalityPanel(this))
    , m_window(new QComboBox(this))
    , m_follow(new QToolButton(this))
    , m_pause(new QToolButton(this))
    , m_kinds(new QToolButton(this))
    , m_kindsMenu(new QMenu(this))
    , m_user(new QLineEdit(this))
    , m_export(new QToolButton(this))
    , m_exportMenu(new QMenu(this))
    , m_summary(new QLabel(this))
    , m_alertsTitle(new QLabel(this))
    , m_alerts(new QListWidget(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_window->setObjectName(QStringLiteral("window"));
    m_follow->setObjectName(QStringLiteral("followLive"));
    m_pause->setObjectName(QStringLiteral("pause"));
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setClearButtonEnabled(true);
    m_user->setMaximumWidth(220);
    m_summary->setTextFormat(Qt::PlainText);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_pause->setCheckable(true);
    m_kinds->setMenu(m_kindsMenu);
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(m_exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    for (int k = 0; k < analytics::kEventKinds; ++k) {
        QAction *action = m_kindsMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        const auto kind = static_cast<analytics::EventKind>(k);
        connect(action, &QAction::toggled, this,
                [this, kind](bool on) { m_chart->setKindVisible(kind, on); });
    }
    for (const char *format : {"csv", "json", "chart", "radar", "trend"}) {
        QAction *action = m_exportMenu->addAction(QString());
        action->setData(QString::fromLatin1(format));
        connect(action, &QAction::triggered, this,
                [this, action] { exportTo(action->data().toString()); });
    }

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_window);
    toolbar->addWidget(m_follow);
    toolbar->addWidget(m_pause);
    toolbar->addWidget(m_kinds);
    toolbar->addWidget(m_user);
    toolbar->addWidget(m_export);
    toolbar->addStretch();
    toolbar->addWidget(m_summary);

    auto *alertsBox = new QWidget(this);
    alertsBox->setMinimumWidth(220); // alert messages stay readable beside a wide chart
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(m_alertsTitle);
    alertsLayout->addWidget(m_alerts);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chart);
    top->addWidget(alertsBox);
    top->setStretchFactor(0, 4);
    top->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_personality);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this](int) {
        m_chart->setWindowMs(windowMs());
        Q_EMIT windowChanged(windowMs());
    });
    connect(m_follow, &QToolButton::toggled, m_chart, &RateChart::setFollowLive);
    connect(m_chart, &RateChart::followLiveChanged, m_follow, &QToolButton::setChecked);
    connect(m_pause, &QToolButton::toggled, m_chart, &RateChart::setPaused);
    const auto requestFilter = [this] {
        const QString userId = m_user->text().trimmed();
        if (userId != m_filteredUser)
            Q_EMIT userFilterRequested(userId);
    };
    connect(m_user, &QLineEdit::editingFinished, this, requestFilter);
    connect(m_user, &QLineEdit::textChanged, this, [requestFilter](const QString &text) {
        if (text.isEmpty())
            requestFilter(); // the clear button: everybody again at once
    });
    retranslateUi();
    m_window->setCurrentIndex(1); // 5 minutes
}

qint64 DashboardView::windowMs() const
{
    return kDashboardWindows[size_t(std::clamp(m_window->currentIndex(), 0, 3))];
}

void DashboardView::appendRate(const RatePoint &point)
{
    m_chart->appendPoint(point);
    m_last = point;
    retranslateUi(); // the summary line
}

void DashboardView::setUserFilter(const QString &userId, qint64 sinceMs)
{
    m_filteredUser = userId;
    m_filteredSince = sinceMs;
    if (m_user->text().trimmed() != userId) {
        const QSignalBlocker block(m_user);
        m_user->setText(userId);
    }
    m_chart->clear();
    m_last = RatePoint{};
    retranslateUi();
}

void DashboardView::setBackfill(const QList<RatePoint> &points)
{
    m_chart->setBackfill(points);
}

void DashboardView::addAlert(const AlertMark &alert)
{
    m_chart->addAlert(alert);
    const QString time =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(alert.ts).time(), QLocale::ShortFormat);
    auto *item = new QListWidgetItem(tr("%1 · %2").arg(time, alert.message));
    item->setToolTip(tr("%1: %2 (expected %3)")
                         .arg(alert.metric, QLocale().toString(alert.value, 'f', 1),
                              QLocale().toString(alert.expected, 'f', 1)));
    m_alerts->insertItem(0, item); // newest first; QListWidget items are plain text
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::retranslateUi()
{
    const int current = m_window->currentIndex();
    const QSignalBlocker block(m_window);
    m_window->clear();
    m_window->addItems(
        {tr("Last minute"), tr("Last 5 minutes"), tr("Last hour"), tr("Last 24 hours")});
    m_window->setCurrentIndex(current);
    m_follow->setText(tr("Follow live"));
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_kinds->setText(tr("Event kinds"));
    const QStringList kindNames{tr("Page views"), tr("Clicks"),   tr("Scrolls"),   tr("Dwells"),
                                tr("Keys"),       tr("Searches"), tr("Purchases"), tr("Posts"),
                                tr("Likes"),      tr("Votes")};
    const auto kindActions = m_kindsMenu->actions();
    for (int k = 0; k < kindActions.size(); ++k)
        kindActions.at(k)->setText(kindNames.value(k));
    m_export->setText(tr("Export"));
    const QStringList exportNames{tr("Window as CSV…"), tr("Window as JSON…"),
                                  tr("Rate chart as PNG…"), tr("Radar as PNG…"),
                                  tr("Trait trend as PNG…")};
    const auto exportActions = m_exportMenu->actions();
    for (int i = 0; i < exportActions.size(); ++i)
        exportActions.at(i)->setText(exportNames.value(i));
    m_alertsTitle->setText(tr("Alerts"));
    const double total = std::accumulate(m_last.perKind.begin(), m_last.perKind.end(), 0.0);
    m_user->setPlaceholderText(tr("Filter by user ID"));
    m_user->setAccessibleName(
        m_user->placeholderText()); // a placeholder is no name for screen readers
    m_alerts->setAccessibleName(m_alertsTitle->text());
    m_user->setToolTip(tr("Show one user's events in the chart; clear to see everybody"));
    if (m_filteredUser.isEmpty()) {
        m_summary->setText(tr("%1 events/s · %Ln active user(s)", nullptr, m_last.activeUsers)
                               .arg(QLocale().toString(total, 'f', 0)));
    } else {
        const QString since = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(m_filteredSince).time(), QLocale::ShortFormat);
        m_summary->setText(tr("%1 events/s from %2, live since %3")
                               .arg(QLocale().toString(total, 'f', 0), m_filteredUser, since));
    }
}

bool DashboardView::exportCsv(const QString &path) const
{
    QByteArray out = "ts,active_users";
    for (int k = 0; k < analytics::kEventKinds; ++k)
        out +=
            ','
            + analytics::eventKindName(static_cast<analytics::EventKind>(k)).toString().toLatin1();
    out += '\n';
    for (const RatePoint &p : m_chart->visiblePoints()) {
        out += QByteArray::number(p.ts) + ',' + QByteArray::number(p.activeUsers);
        for (double v : p.perKind)
            out += ',' + QByteArray::number(v, 'g', 10);
        out += '\n';
    }
    return dashboardWrite(path, out);
}

bool DashboardView::exportJson(const QString &path) const
{
    QJsonArray points;
    for (const RatePoint &p : m_chart->visiblePoints()) {
        QJsonObject perKind;
        for (int k = 0; k < analytics::kEventKinds; ++k)
            perKind.insert(analytics::eventKindName(static_cast<analytics::EventKind>(k)),
                           p.perKind[size_t(k)]);
        points.append(QJsonObject{{QStringLiteral("ts"), p.ts},
                                  {QStringLiteral("events_per_s"), perKind},
                                  {QStringLiteral("active_users"), p.activeUsers}});
    }
    return dashboardWrite(path, QJsonDocument(QJsonObject{{QStringLiteral("points"), points}})
                                    .toJson(QJsonDocument::Indented));
}

void DashboardView::exportTo(const QString &format)
{
    const bool png = format != QLatin1StringView("csv") && format != QLatin1StringView("json");
    const QString filter = png                                  ? tr("PNG images (*.png)")
                           : format == QLatin1StringView("csv") ? tr("CSV files (*.csv)")
                                                                : tr("JSON files (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), filter);
    if (path.isEmpty())
        return;
    bool ok = false;
    if (format == QLatin1StringView("csv"))
        ok = exportCsv(path);
    else if (format == QLatin1StringView("json"))
        ok = exportJson(path);
    else if (format == QLatin1StringView("chart"))
        ok = m_chart->exportPng(path);
    else if (format == QLatin1StringView("radar"))
        ok = m_personality->exportRadarPng(path);
    else
        ok = m_personality->exportTrendPng(path);
    if (!ok)
        m_summary->setText(tr("Could not write %1.").arg(path));
}

} // namespace nest::ui
