#include "marketdialogs.h"

#include "accessibility.h"
#include "bidi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
constexpr qint64 kMinuteMs = 60'000;

QLabel *plainLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString feePercent(qint64 feeBps)
{
    return QLocale().toString(double(feeBps) / 100.0, 'f', feeBps % 100 == 0 ? 0 : 2);
}
} // namespace

AmountDialog::AmountDialog(Purpose purpose, const market::Config &config, const QString &itemName,
                           qint64 suggested, std::optional<qint64> minimum, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_config(config)
    , m_minimum(minimum)
{
    setWindowTitle(purpose == Purpose::Bid ? tr("Place a bid") : tr("Make an offer"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(purpose == Purpose::Bid
                                 ? tr("Your bid on \u201c%1\u201d").arg(isolated(itemName))
                                 : tr("Your offer for \u201c%1\u201d").arg(isolated(itemName)));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(market::formatAmount(suggested, config));
    m_amount->setObjectName(QStringLiteral("amount"));
    form->addRow(plainLabel(tr("Amount (%1)").arg(config.currency)), m_amount);
    if (purpose == Purpose::Offer) {
        m_expiry = new QComboBox;
        m_expiry->addItem(tr("1 hour"), 60 * kMinuteMs);
        m_expiry->addItem(tr("1 day"), 24 * 60 * kMinuteMs);
        m_expiry->addItem(tr("3 days"), 3 * 24 * 60 * kMinuteMs);
        m_expiry->addItem(tr("15 minutes"), 15 * kMinuteMs);
        form->addRow(plainLabel(tr("Valid for")), m_expiry);
    }
    layout->addLayout(form);
    labelFormFields(form); // fields are announced by their labels
    m_summary = plainLabel();
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const auto a = amount()) {
            Q_EMIT confirmed(*a, expiresInMs());
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &AmountDialog::updateSummary);
    updateSummary();
}

QPushButton *AmountDialog::confirmButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

std::optional<qint64> AmountDialog::amount() const
{
    const auto a = market::parseAmount(m_amount->text(), m_config);
    if (!a || *a <= 0 || (m_minimum && *a < *m_minimum))
        return std::nullopt;
    return a;
}

qint64 AmountDialog::expiresInMs() const
{
    return m_expiry ? m_expiry->currentData().toLongLong() : 0;
}

void AmountDialog::updateSummary()
{
    const auto a = amount();
    confirmButton()->setEnabled(a.has_value());
    if (!a) {
        m_summary->setText(
            m_minimum ? tr("Enter at least %1.").arg(market::formatMoney(*m_minimum, m_config))
                      : tr("Enter an amount."));
        return;
    }
    const QString money = market::formatMoney(*a, m_config);
    const QString fee = market::formatMoney(market::feeOf(*a, m_config.feeBps), m_config);
    const QString held =
        m_purpose == Purpose::Bid
            ? tr("%1 is held in escrow from your balance until you are outbid or the auction "
                 "ends.")
                  .arg(money)
            : tr("%1 is held in escrow from your balance until the seller accepts or the offer "
                 "expires.")
                  .arg(money);
    m_summary->setText(held + QLatin1Char('\n')
                       + tr("On a sale the seller pays the market fee of %1 (%2%).")
                             .arg(fee, feePercent(m_config.feeBps)));
    confirmButton()->setText(m_purpose == Purpose::Bid ? tr("Bid %1").arg(money)
                                                       : tr("Offer %1").arg(money));
}

CreateListingDialog::CreateListingDialog(const market::Config &config,
                                         const QStringList &collections, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
{
    setWindowTitle(tr("List an item"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setMaxLength(120);
    form->addRow(plainLabel(tr("Name")), m_name);
    m_collection = new QComboBox;
    m_collection->setEditable(true);
    m_collection->addItems(collections);
    form->addRow(plainLabel(tr("Collection")), m_collection);
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true); // Tab moves on; a description needs no tabs
    m_description->setMaximumHeight(80);
    form->addRow(plainLabel(tr("Description")), m_description);
    m_kind = new QComboBox;
    m_kind->addItem(tr("Fixed price"), int(market::Kind::Fixed));
    m_kind->addItem(tr("Auction (highest bid wins)"), int(market::Kind::English));
    m_kind->addItem(tr("Dutch auction (price falls)"), int(market::Kind::Dutch));
    form->addRow(plainLabel(tr("Kind")), m_kind);
    m_price = new QLineEdit;
    form->addRow(plainLabel(tr("Price (%1)").arg(config.currency)), m_price);
    m_endPrice = new QLineEdit;
    m_endPriceLabel = plainLabel(tr("Lowest price"));
    form->addRow(m_endPriceLabel, m_endPrice);
    m_reserve = new QLineEdit;
    m_reserveLabel = plainLabel(tr("Reserve (optional)"));
    form->addRow(m_reserveLabel, m_reserve);
    m_duration = new QComboBox;
    m_duration->addItem(tr("15 minutes"), 15 * kMinuteMs);
    m_duration->addItem(tr("1 hour"), 60 * kMinuteMs);
    m_duration->addItem(tr("1 day"), 24 * 60 * kMinuteMs);
    m_duration->addItem(tr("3 days"), 3 * 24 * 60 * kMinuteMs);
    m_duration->setCurrentIndex(1);
    m_durationLabel = plainLabel(tr("Duration"));
    form->addRow(m_durationLabel, m_duration);
    layout->addLayout(form);
    labelFormFields(form); // fields are announced by their labels
    m_summary = plainLabel();
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const auto d = draft()) {
            Q_EMIT confirmed(*d);
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_price, m_endPrice, m_reserve})
        connect(edit, &QLineEdit::textChanged, this, &CreateListingDialog::updateForm);
    connect(m_collection, &QComboBox::currentTextChanged, this, &CreateListingDialog::updateForm);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateListingDialog::updateForm);
    updateForm();
}

QPushButton *CreateListingDialog::confirmButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

std::optional<ListingDraft> CreateListingDialog::draft() const
{
    ListingDraft d;
    d.name = m_name->text().trimmed();
    d.collection = m_collection->currentText().trimmed();
    d.description = m_description->toPlainText();
    d.kind = market::Kind(m_kind->currentData().toInt());
    const auto price = market::parseAmount(m_price->text(), m_config);
    if (d.name.isEmpty() || d.collection.isEmpty() || !price || *price <= 0)
        return std::nullopt;
    d.price = *price;
    if (d.kind != market::Kind::Fixed)
        d.durationMs = m_duration->currentData().toLongLong();
    if (d.kind == market::Kind::Dutch) {
        const auto end = market::parseAmount(m_endPrice->text(), m_config);
        if (!end || *end <= 0 || *end >= d.price)
            return std::nullopt;
        d.endPrice = *end;
    }
    if (d.kind == market::Kind::English && !m_reserve->text().trimmed().isEmpty()) {
        const auto reserve = market::parseAmount(m_reserve->text(), m_config);
        if (!reserve)
            return std::nullopt;
        d.reserve = *reserve;
    }
    return d;
}

void CreateListingDialog::updateForm()
{
    const auto kind = market::Kind(m_kind->currentData().toInt());
    m_endPrice->setVisible(kind == market::Kind::Dutch);
    m_endPriceLabel->setVisible(kind == market::Kind::Dutch);
    m_reserve->setVisible(kind == market::Kind::English);
    m_reserveLabel->setVisible(kind == market::Kind::English);
    m_duration->setVisible(kind != market::Kind::Fixed);
    m_durationLabel->setVisible(kind != market::Kind::Fixed);
    const auto d = draft();
    confirmButton()->setEnabled(d.has_value());
    if (!d) {
        m_summary->setText(kind == market::Kind::Dutch
                               ? tr("Enter a name, a collection, and a start price above the "
                                    "lowest price.")
                               : tr("Enter a name, a collection and a price."));
        return;
    }
    const qint64 fee = market::feeOf(d->price, m_config.feeBps);
    m_summary->setText(tr("On a sale at %1 the market keeps %2 (%3%) and you receive %4.")
                           .arg(market::formatMoney(d->price, m_config),
                                market::formatMoney(fee, m_config), feePercent(m_config.feeBps),
                                market::formatMoney(d->price - fee, m_config)));
}

} // namespace nest::ui
