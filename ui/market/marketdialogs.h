#pragma once

#include "marketdata.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nest::ui {

//! Asks for the amount of a bid or an offer, suggests the least valid one and states what it
//! holds in escrow and what the market's fee is before the user confirms.
class AmountDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Bid, Offer };
    AmountDialog(Purpose purpose, const market::Config &config, const QString &itemName,
                 qint64 suggested, std::optional<qint64> minimum, QWidget *parent = nullptr);

    std::optional<qint64> amount() const;
    qint64 expiresInMs() const;
    QLineEdit *amountEdit() const { return m_amount; }
    QPushButton *confirmButton() const;

Q_SIGNALS:
    void confirmed(qint64 amount, qint64 expiresInMs);

private:
    void updateSummary();

    Purpose m_purpose;
    market::Config m_config;
    std::optional<qint64> m_minimum;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_expiry = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

//! What a seller fills in to list an item; the controller turns the duration into `ends_at`.
struct ListingDraft {
    QString name;
    QString collection;
    QString description;
    market::Kind kind = market::Kind::Fixed;
    qint64 price = 0; //!< fixed price, or an auction's start price
    qint64 endPrice = 0;
    qint64 reserve = 0;
    qint64 durationMs = 0;
};

//! Creates a listing of any kind, stating the fee the market keeps on a sale.
class CreateListingDialog final : public QDialog {
    Q_OBJECT
public:
    CreateListingDialog(const market::Config &config, const QStringList &collections,
                        QWidget *parent = nullptr);
    std::optional<ListingDraft> draft() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *priceEdit() const { return m_price; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *confirmButton() const;

Q_SIGNALS:
    void confirmed(const nest::ui::ListingDraft &draft);

private:
    void updateForm();

    market::Config m_config;
    QLineEdit *m_name = nullptr;
    QComboBox *m_collection = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_endPrice = nullptr;
    QLineEdit *m_reserve = nullptr;
    QComboBox *m_duration = nullptr;
    QLabel *m_endPriceLabel = nullptr;
    QLabel *m_reserveLabel = nullptr;
    QLabel *m_durationLabel = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nest::ui
