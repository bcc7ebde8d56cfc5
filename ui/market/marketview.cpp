#include "marketview.h"

#include "bidi.h"
#include "itemdetail.h"
#include "listingsfilter.h"
#include "listingsmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
QLabel *viewLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

MarketView::MarketView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ListingsModel(this))
    , m_filter(new ListingsFilter(this))
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_title = viewLabel();
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    header->addStretch(1);
    m_wallet = viewLabel();
    m_wallet->setObjectName(QStringLiteral("wallet"));
    header->addWidget(m_wallet);
    layout->addLayout(header);

    m_notice = viewLabel();
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_collection = new QComboBox;
    // "All collections" is ours; the collections after it are the users' names (data).
    m_collection->setProperty("dataItemsFrom", 1);
    m_kind = new QComboBox;
    m_status = new QComboBox;
    m_minPrice = new QLineEdit;
    m_maxPrice = new QLineEdit;
    m_minPrice->setMaximumWidth(90);
    m_maxPrice->setMaximumWidth(90);
    m_create = new QPushButton;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_collection, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    filters->addWidget(m_minPrice);
    filters->addWidget(m_maxPrice);
    filters->addWidget(m_create);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal);
    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setTabKeyNavigation(false); // arrows move between rows, Tab leaves the table
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ListingsModel::EndsColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows, which keeps 100k rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(ListingsModel::NameColumn,
                                                      QHeaderView::Stretch);
    split->addWidget(m_table);
    m_detail = new ItemDetailPanel;
    auto *scroll = new QScrollArea;
    scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop of its own: it follows the focus inside
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 420});
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MarketView::onSelectionChanged);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ListingsFilter::setSearchText);
    for (QComboBox *box : {m_collection, m_kind, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &MarketView::applyFilters);
    for (QLineEdit *edit : {m_minPrice, m_maxPrice})
        connect(edit, &QLineEdit::textChanged, this, &MarketView::applyFilters);
    connect(m_create, &QPushButton::clicked, this, &MarketView::askCreate);
    connect(m_detail, &ItemDetailPanel::buyClicked, this, &MarketView::askBuy);
    connect(m_detail, &ItemDetailPanel::bidClicked, this, &MarketView::askBid);
    connect(m_detail, &ItemDetailPanel::offerClicked, this, &MarketView::askOffer);
    connect(m_detail, &ItemDetailPanel::cancelClicked, this, &MarketView::askCancel);
    connect(m_detail, &ItemDetailPanel::acceptClicked, this, &MarketView::askAccept);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &MarketView::tick);
    m_clock->start();
    retranslateUi();
    setWallet({});
    tick();
}

MarketView::~MarketView() = default;

void MarketView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitColumns();
    QWidget::changeEvent(event);
}

void MarketView::fitColumns()
{
    // Fixed widths (no ResizeToContents: it would measure every one of 100k rows), wide enough
    // for the values in characters and for the header's title with its sort arrow, in the
    // current language and font size.
    QHeaderView *header = m_table->horizontalHeader();
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QFontMetrics headerMetrics(header->font());
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const std::pair<int, int> widths[] = {
        {ListingsModel::CollectionColumn, 11}, {ListingsModel::KindColumn, 12},
        {ListingsModel::PriceColumn, 11},      {ListingsModel::BidsColumn, 4},
        {ListingsModel::EndsColumn, 10},       {ListingsModel::StatusColumn, 9}};
    for (const auto &[column, chars] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = headerMetrics.horizontalAdvance(title) + arrow + margins + 8;
        header->resizeSection(column, std::max(digit * chars + 12, titleWidth));
    }
}

void MarketView::retranslateUi()
{
    m_title->setText(tr("Marketplace"));
    m_search->setPlaceholderText(tr("Search items"));
    m_model->retranslate(); // headers, kinds and statuses in the new language
    fitColumns();
    m_minPrice->setPlaceholderText(tr("Min price"));
    m_maxPrice->setPlaceholderText(tr("Max price"));
    m_create->setText(tr("List an item\u2026"));
    // Placeholders vanish once typed in and are no name for a screen reader.
    for (QLineEdit *edit : {m_search, m_minPrice, m_maxPrice})
        edit->setAccessibleName(edit->placeholderText());
    m_table->setAccessibleName(tr("Listings"));
    m_collection->setAccessibleName(tr("Collection"));
    m_kind->setAccessibleName(tr("Kind"));
    m_status->setAccessibleName(tr("Status"));
    const QSignalBlocker kindBlock(m_kind), statusBlock(m_status);
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), -1);
    for (market::Kind k : {market::Kind::Fixed, market::Kind::English, market::Kind::Dutch})
        m_kind->addItem(ListingsModel::kindText(k), int(k));
    m_kind->setCurrentIndex(kind);
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (market::Status s : {market::Status::Active, market::Status::Sold,
                             market::Status::Cancelled, market::Status::Expired})
        m_status->addItem(ListingsModel::statusText(s), int(s));
    m_status->setCurrentIndex(status < 0 ? 1 : status); // active listings first
    refreshCollections();
    setWallet(m_walletValue);
    applyFilters();
}

void MarketView::refreshCollections()
{
    const QSignalBlocker block(m_collection);
    const QString current = m_collection->currentData().toString();
    m_collection->clear();
    m_collection->addItem(tr("All collections"), QString());
    for (const QString &c : m_model->collections())
        m_collection->addItem(c, c);
    const int at = m_collection->findData(current);
    m_collection->setCurrentIndex(at < 0 ? 0 : at);
}

void MarketView::applyFilters()
{
    m_filter->setCollection(m_collection->currentData().toString());
    const int kind = m_kind->currentData().toInt();
    m_filter->setKind(kind < 0 ? std::nullopt : std::optional<market::Kind>(market::Kind(kind)));
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt
                                   : std::optional<market::Status>(market::Status(status)));
    const auto min = market::parseAmount(m_minPrice->text(), m_config);
    const auto max = market::parseAmount(m_maxPrice->text(), m_config);
    m_filter->setPriceRange(m_minPrice->text().trimmed().isEmpty() ? std::nullopt : min,
                            m_maxPrice->text().trimmed().isEmpty() ? std::nullopt : max);
}

void MarketView::setConfig(const market::Config &config)
{
    m_config = config;
    m_model->setConfig(config);
    m_detail->setConfig(config);
    setWallet(m_walletValue);
}

void MarketView::setCurrentUser(const QString &userId)
{
    m_userId = userId;
    m_model->setCurrentUser(userId);
    m_detail->setCurrentUser(userId);
}

void MarketView::setWallet(const market::Wallet &wallet)
{
    m_walletValue = wallet;
    m_wallet->setText(tr("Balance %1 \u00b7 In escrow %2")
                          .arg(market::formatMoney(wallet.balance, m_config),
                               market::formatMoney(wallet.escrow, m_config)));
}

void MarketView::setServerOffset(qint64 ms)
{
    m_offset = ms;
    tick();
}

qint64 MarketView::serverNow() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offset;
}

void MarketView::tick()
{
    const qint64 now = serverNow();
    m_model->setServerNow(now);
    m_detail->setServerNow(now);
    m_table->viewport()->update(); // countdowns and Dutch prices: repaint, no model signals
}

void MarketView::setListings(const QList<market::Listing> &listings)
{
    const QString keep = m_selected;
    m_model->setListings(listings);
    refreshCollections();
    if (!keep.isEmpty())
        selectListing(keep);
}

void MarketView::applyListing(const market::Listing &listing)
{
    const bool newCollection =
        m_model->rowOf(listing.id) < 0 && m_collection->findData(listing.collection) < 0;
    m_model->upsert(listing);
    if (newCollection)
        refreshCollections();
    m_detail->updateListing(listing);
}

void MarketView::applyListings(const QList<market::Listing> &listings)
{
    bool newCollection = false;
    for (const market::Listing &l : listings)
        newCollection = newCollection || m_collection->findData(l.collection) < 0;
    m_model->upsertMany(listings);
    if (newCollection)
        refreshCollections();
    for (const market::Listing &l : listings)
        m_detail->updateListing(l);
}

void MarketView::setDetail(const market::ListingDetail &detail)
{
    if (detail.listing.id != m_selected)
        return;
    m_detail->setDetail(detail);
}

void MarketView::setHistory(const QString &itemId, const QList<market::PricePoint> &points)
{
    if (m_detail->detail().listing.itemId == itemId)
        m_detail->setHistory(itemId, points);
}

void MarketView::showNotice(const QString &text)
{
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->setForegroundRole(QPalette::Text);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MarketView::showError(const QString &text)
{
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString MarketView::noticeText() const
{
    return m_notice->text();
}

void MarketView::setBusy(bool busy)
{
    m_detail->setEnabled(!busy);
    m_create->setEnabled(!busy);
}

QString MarketView::selectedListingId() const
{
    return m_selected;
}

bool MarketView::selectListing(const QString &listingId)
{
    const int row = m_model->rowOf(listingId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MarketView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString id =
        rows.isEmpty() ? QString() : rows.first().data(ListingsModel::ListingIdRole).toString();
    if (id == m_selected)
        return;
    m_selected = id;
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    const int row = m_model->rowOf(id);
    m_detail->setDetail(market::ListingDetail{m_model->at(row), {}, {}});
    Q_EMIT listingSelected(id);
}

void MarketView::confirm(const QString &title, const QString &text, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, std::move(onYes));
    box->open();
}

void MarketView::askBuy()
{
    const market::Listing l = m_detail->detail().listing;
    const qint64 price = l.priceAt(serverNow());
    const qint64 fee = market::feeOf(price, m_config.feeBps);
    confirm(tr("Buy now"),
            tr("Buy \u201c%1\u201d for %2?\nThe seller pays the market fee of %3 out of it.%4")
                .arg(isolated(l.name), market::formatMoney(price, m_config),
                     market::formatMoney(fee, m_config),
                     l.kind == market::Kind::Dutch
                         ? tr("\nThe price keeps falling: you pay the price when the server "
                              "receives your order, at most this amount.")
                         : QString()),
            [this, id = l.id, price] { Q_EMIT buyRequested(id, price); });
}

void MarketView::askBid()
{
    const market::Listing l = m_detail->detail().listing;
    const qint64 least = l.minBid.value_or(l.startPrice.value_or(1));
    auto *dialog =
        new AmountDialog(AmountDialog::Purpose::Bid, m_config, l.name, least, least, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AmountDialog::confirmed, this,
            [this, id = l.id](qint64 amount, qint64) { Q_EMIT bidRequested(id, amount); });
    dialog->open();
}

void MarketView::askOffer()
{
    const market::Listing l = m_detail->detail().listing;
    const qint64 suggested = l.priceAt(serverNow()) * 9 / 10;
    auto *dialog = new AmountDialog(AmountDialog::Purpose::Offer, m_config, l.name,
                                    std::max<qint64>(suggested, 1), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AmountDialog::confirmed, this,
            [this, id = l.id](qint64 amount, qint64 expiresIn) {
                Q_EMIT offerRequested(id, amount, expiresIn);
            });
    dialog->open();
}

void MarketView::askCancel()
{
    const market::Listing l = m_detail->detail().listing;
    confirm(tr("Cancel listing"),
            tr("Take \u201c%1\u201d off the market? Pending offers are returned to their buyers.")
                .arg(isolated(l.name)),
            [this, id = l.id] { Q_EMIT cancelRequested(id); });
}

void MarketView::askAccept(const QString &offerId)
{
    const market::ListingDetail &d = m_detail->detail();
    for (const market::Offer &o : d.offers) {
        if (o.id != offerId)
            continue;
        const qint64 fee = market::feeOf(o.amount, m_config.feeBps);
        confirm(tr("Accept offer"),
                tr("Sell \u201c%1\u201d for %2?\nThe market keeps %3 and you receive %4.")
                    .arg(isolated(d.listing.name), market::formatMoney(o.amount, m_config),
                         market::formatMoney(fee, m_config),
                         market::formatMoney(o.amount - fee, m_config)),
                [this, offerId] { Q_EMIT acceptRequested(offerId); });
        return;
    }
}

void MarketView::askCreate()
{
    auto *dialog = new CreateListingDialog(m_config, m_model->collections(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateListingDialog::confirmed, this, &MarketView::createRequested);
    dialog->open();
}

} // namespace nest::ui
