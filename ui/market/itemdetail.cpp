#include "itemdetail.h"

#include "bidi.h"
#include "chartlocale.h"
#include "listingsmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace nest::ui {
namespace {
QLabel *detailLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *smallList(int columns)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->setMaximumHeight(120);
    return tree;
}
} // namespace

ItemDetailPanel::ItemDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_name = detailLabel();
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("itemName"));
    layout->addWidget(m_name);
    m_meta = detailLabel();
    layout->addWidget(m_meta);
    m_description = detailLabel();
    layout->addWidget(m_description);

    auto *priceRow = new QHBoxLayout;
    auto *priceBox = new QVBoxLayout;
    m_priceCaption = detailLabel();
    m_price = detailLabel();
    m_price->setObjectName(QStringLiteral("currentPrice"));
    QFont priceFont = m_price->font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.6);
    priceFont.setBold(true);
    m_price->setFont(priceFont);
    priceBox->addWidget(m_priceCaption);
    priceBox->addWidget(m_price);
    priceRow->addLayout(priceBox, 1);
    auto *timeBox = new QVBoxLayout;
    m_countdown = detailLabel();
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_state = detailLabel();
    timeBox->addWidget(m_countdown);
    timeBox->addWidget(m_state);
    priceRow->addLayout(timeBox, 1);
    layout->addLayout(priceRow);

    auto *buttons = new QHBoxLayout;
    m_buy = new QPushButton;
    m_bid = new QPushButton;
    m_offer = new QPushButton;
    m_cancel = new QPushButton;
    for (QPushButton *b : {m_buy, m_bid, m_offer, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_buy, &QPushButton::clicked, this, &ItemDetailPanel::buyClicked);
    connect(m_bid, &QPushButton::clicked, this, &ItemDetailPanel::bidClicked);
    connect(m_offer, &QPushButton::clicked, this, &ItemDetailPanel::offerClicked);
    connect(m_cancel, &QPushButton::clicked, this, &ItemDetailPanel::cancelClicked);

    m_bidsCaption = detailLabel();
    layout->addWidget(m_bidsCaption);
    m_bids = smallList(3);
    layout->addWidget(m_bids);
    auto *offersRow = new QHBoxLayout;
    m_offersCaption = detailLabel();
    offersRow->addWidget(m_offersCaption, 1);
    m_accept = new QPushButton;
    offersRow->addWidget(m_accept);
    layout->addLayout(offersRow);
    m_offers = smallList(4);
    layout->addWidget(m_offers);
    connect(m_offers, &QTreeWidget::itemSelectionChanged, this, &ItemDetailPanel::refresh);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_offers->selectedItems();
        if (!selected.isEmpty())
            Q_EMIT acceptClicked(selected.first()->data(0, Qt::UserRole).toString());
    });

    m_historyCaption = detailLabel();
    layout->addWidget(m_historyCaption);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().base());
    m_series = new QLineSeries;
    chart->addSeries(m_series);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("d MMM"));
    m_timeAxis->setTickCount(4);
    m_priceAxis = new QValueAxis;
    m_priceAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_priceAxis->setTickCount(4);
    // The axis keeps the label width of its first layout: start wide so that prices fit later.
    m_priceAxis->setRange(0, 99'999);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_priceAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_priceAxis);
    QPen pen = m_series->pen();
    pen.setColor(palette().color(QPalette::Highlight));
    pen.setWidthF(2);
    m_series->setPen(pen);
    m_series->setPointsVisible(true);
    m_chartView = new QChartView(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(chartExtent(this, 9, 150));
    layout->addWidget(m_chartView, 1);

    m_activityCaption = detailLabel();
    layout->addWidget(m_activityCaption);
    m_activity = new QListWidget;
    m_activity->setUniformItemSizes(true);
    m_activity->setMaximumHeight(110);
    layout->addWidget(m_activity);
    retranslateUi();
    applyChartPalette();
    clear();
}

void ItemDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyChartPalette();
    else if (event->type() == QEvent::FontChange)
        m_chartView->setMinimumHeight(chartExtent(this, 9, 150));
    QWidget::changeEvent(event);
}

void ItemDetailPanel::applyChartPalette()
{
    // The chart draws with its own colours: give it the theme's, on every theme change.
    const QPalette pal = palette();
    QChart *chart = m_chartView->chart();
    chart->setBackgroundBrush(pal.base());
    m_chartView->setBackgroundBrush(pal.base());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        QColor grid = pal.color(QPalette::Mid);
        grid.setAlpha(90);
        axis->setGridLineColor(grid);
    }
    QPen pen = m_series->pen();
    pen.setColor(pal.color(QPalette::Highlight));
    m_series->setPen(pen);
}

void ItemDetailPanel::retranslateUi()
{
    localizeChart(m_chartView->chart());
    m_buy->setText(tr("Buy now"));
    m_bid->setText(tr("Place a bid\u2026"));
    m_offer->setText(tr("Make an offer\u2026"));
    m_cancel->setText(tr("Cancel listing"));
    m_accept->setText(tr("Accept offer"));
    m_bidsCaption->setText(tr("Bids"));
    m_offersCaption->setText(tr("Offers"));
    m_historyCaption->setText(tr("Price history (sales)"));
    m_activityCaption->setText(tr("Activity"));
    m_bids->setAccessibleName(m_bidsCaption->text());
    m_offers->setAccessibleName(m_offersCaption->text());
    m_activity->setAccessibleName(m_activityCaption->text());
    m_bids->setHeaderLabels({tr("Bidder"), tr("Amount"), tr("Time")});
    m_offers->setHeaderLabels({tr("Buyer"), tr("Amount"), tr("Expires"), tr("Status")});
    refresh();
}

void ItemDetailPanel::setConfig(const market::Config &config)
{
    m_config = config;
    refresh();
}

void ItemDetailPanel::setCurrentUser(const QString &userId)
{
    m_userId = userId;
    refresh();
}

void ItemDetailPanel::setDetail(const market::ListingDetail &detail)
{
    m_detail = detail;
    refresh();
}

void ItemDetailPanel::updateListing(const market::Listing &listing)
{
    if (listing.id != m_detail.listing.id)
        return;
    m_detail.listing = listing;
    refresh();
}

void ItemDetailPanel::setHistory(const QString &itemId, const QList<market::PricePoint> &points)
{
    m_historyItem = itemId;
    m_history = points;
    m_series->clear();
    qint64 lo = std::numeric_limits<qint64>::max(), hi = 0;
    qint64 first = 0, last = 0;
    for (const market::PricePoint &p : points) {
        m_series->append(double(p.ts), double(p.price) / std::pow(10.0, m_config.decimals));
        lo = std::min(lo, p.price);
        hi = std::max(hi, p.price);
        first = first ? std::min(first, p.ts) : p.ts;
        last = std::max(last, p.ts);
    }
    if (!points.isEmpty()) {
        const double scale = std::pow(10.0, m_config.decimals);
        const double pad = std::max(1.0, double(hi - lo) / scale * 0.15);
        m_priceAxis->setRange(double(lo) / scale - pad, double(hi) / scale + pad);
        const qint64 span = std::max<qint64>(last - first, 3'600'000);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - span / 10),
                             QDateTime::fromMSecsSinceEpoch(last + span / 10));
    }
    refresh();
}

int ItemDetailPanel::historyPointCount() const
{
    return int(m_series->count());
}

void ItemDetailPanel::setServerNow(qint64 ms)
{
    m_serverNow = ms;
    refreshTimes();
}

void ItemDetailPanel::clear()
{
    m_detail = {};
    m_history.clear();
    m_series->clear();
    refresh();
}

QString ItemDetailPanel::who(const QString &userId) const
{
    if (userId.isEmpty())
        return QString();
    if (userId == m_userId)
        return tr("you");
    return userId.right(6); // ids are opaque; a short tail tells traders apart
}

QString ItemDetailPanel::priceText() const
{
    return m_price->text();
}

QString ItemDetailPanel::countdownText() const
{
    return m_countdown->text();
}

void ItemDetailPanel::updateChartSummary()
{
    m_chartView->setAccessibleName(tr("Price history"));
    QList<market::PricePoint> sales = m_history;
    if (m_historyItem != m_detail.listing.itemId || sales.isEmpty()) {
        m_chartView->setAccessibleDescription(tr("No sales yet."));
        return;
    }
    std::sort(sales.begin(), sales.end(),
              [](const market::PricePoint &a, const market::PricePoint &b) { return a.ts < b.ts; });
    qint64 lo = sales.first().price;
    qint64 hi = lo;
    for (const market::PricePoint &p : std::as_const(sales)) {
        lo = std::min(lo, p.price);
        hi = std::max(hi, p.price);
    }
    const qint64 first = sales.first().price;
    const qint64 last = sales.last().price;
    const QString trend = sales.size() < 2 ? QString()
                          : last > first   ? tr("rising since the first sale")
                          : last < first   ? tr("falling since the first sale")
                                           : tr("unchanged since the first sale");
    QString text =
        tr("%Ln sales. Latest %1 on %2; lowest %3, highest %4.", nullptr, int(sales.size()))
            .arg(market::formatMoney(last, m_config),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(sales.last().ts),
                                    QLocale::ShortFormat),
                 market::formatMoney(lo, m_config), market::formatMoney(hi, m_config));
    if (!trend.isEmpty())
        text += u' ' + tr("The price is %1.").arg(trend);
    m_chartView->setAccessibleDescription(text);
}

void ItemDetailPanel::refreshTimes()
{
    const market::Listing &l = m_detail.listing;
    if (l.id.isEmpty())
        return;
    m_price->setText(market::formatMoney(l.priceAt(m_serverNow), m_config));
    if (l.endsAt && l.status == market::Status::Active)
        m_countdown->setText(
            tr("Ends in %1").arg(ListingsModel::countdownText(*l.endsAt - m_serverNow)));
    else if (l.endsAt)
        m_countdown->setText(tr("Ended %1")
                                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*l.endsAt),
                                                         QLocale::ShortFormat)));
    else
        m_countdown->setText(QString());
}

void ItemDetailPanel::refresh()
{
    const market::Listing &l = m_detail.listing;
    const bool any = !l.id.isEmpty();
    const bool active = any && l.status == market::Status::Active;
    const bool mine = any && l.sellerId == m_userId;
    m_name->setText(any ? l.name : tr("Select a listing to see it here."));
    m_meta->setText(any ? tr("%1 \u00b7 %2 \u00b7 seller %3")
                              .arg(isolated(l.collection), ListingsModel::kindText(l.kind),
                                   isolated(who(l.sellerId)))
                        : QString());
    m_description->setText(l.description);
    m_priceCaption->setText(!any                               ? QString()
                            : l.status == market::Status::Sold ? tr("Sold for")
                            : l.kind == market::Kind::English
                                ? (l.bidCount > 0 ? tr("Leading bid") : tr("Starting price"))
                            : l.kind == market::Kind::Dutch ? tr("Price now (falling)")
                                                            : tr("Price"));
    QString state;
    if (any) {
        state = ListingsModel::statusText(l.status);
        if (l.status == market::Status::Sold)
            state = tr("Sold to %1").arg(isolated(who(l.buyerId)));
        else if (active && l.kind == market::Kind::English && l.highBidderId == m_userId)
            state = tr("You are the leading bidder");
        else if (active && l.kind == market::Kind::English && l.minBid)
            state = tr("Next bid at least %1").arg(market::formatMoney(*l.minBid, m_config));
    }
    m_state->setText(state);
    if (!any) {
        m_price->clear();
        m_countdown->clear();
    }
    refreshTimes();

    m_buy->setVisible(active && !mine && l.kind != market::Kind::English);
    m_bid->setVisible(active && !mine && l.kind == market::Kind::English);
    m_offer->setVisible(active && !mine && l.kind != market::Kind::English);
    m_cancel->setVisible(active && mine);
    m_cancel->setEnabled(l.bidCount == 0);

    const QString selectedOffer =
        m_offers->selectedItems().isEmpty()
            ? QString()
            : m_offers->selectedItems().first()->data(0, Qt::UserRole).toString();
    const QSignalBlocker blocker(m_offers);
    m_bids->clear();
    for (const market::Bid &b : m_detail.bids) {
        auto *item =
            new QTreeWidgetItem({who(b.bidderId), market::formatMoney(b.amount, m_config),
                                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.ts).time(),
                                                    QLocale::ShortFormat)});
        item->setTextAlignment(1, Qt::AlignTrailing | Qt::AlignVCenter);
        m_bids->addTopLevelItem(item);
    }
    m_offers->clear();
    bool pendingSelected = false;
    for (const market::Offer &o : m_detail.offers) {
        auto *item = new QTreeWidgetItem(
            {who(o.buyerId), market::formatMoney(o.amount, m_config),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.expiresAt), QLocale::ShortFormat),
             o.status});
        item->setData(0, Qt::UserRole, o.id);
        item->setTextAlignment(1, Qt::AlignTrailing | Qt::AlignVCenter);
        m_offers->addTopLevelItem(item);
        if (o.id == selectedOffer) {
            item->setSelected(true);
            pendingSelected = o.status == QLatin1StringView("pending");
        }
    }
    m_bids->setVisible(any && l.kind == market::Kind::English);
    m_bidsCaption->setVisible(m_bids->isVisible());
    m_offers->setVisible(any && l.kind != market::Kind::English);
    m_offersCaption->setVisible(m_offers->isVisible());
    m_accept->setVisible(active && mine && l.kind != market::Kind::English);
    m_accept->setEnabled(pendingSelected);

    // Activity: bids, offers and the item's sales, newest first.
    struct Entry {
        qint64 ts;
        QString text;
    };
    QList<Entry> entries;
    for (const market::Bid &b : m_detail.bids)
        entries.append(
            {b.ts, tr("%1 bid %2")
                       .arg(isolated(who(b.bidderId)), market::formatMoney(b.amount, m_config))});
    for (const market::Offer &o : m_detail.offers)
        entries.append({o.expiresAt, tr("%1 offered %2 (%3)")
                                         .arg(isolated(who(o.buyerId)),
                                              market::formatMoney(o.amount, m_config), o.status)});
    if (m_historyItem == l.itemId) {
        for (const market::PricePoint &p : m_history)
            entries.append({p.ts, tr("Sold for %1").arg(market::formatMoney(p.price, m_config))});
    }
    if (any)
        entries.append({l.createdAt, tr("Listed by %1").arg(isolated(who(l.sellerId)))});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.ts > b.ts; });
    m_activity->clear();
    for (const Entry &e : entries)
        m_activity->addItem(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.ts), QLocale::ShortFormat)
            + QStringLiteral("  ") + e.text);
    updateChartSummary();
}

} // namespace nest::ui
