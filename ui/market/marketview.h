#pragma once

#include "marketdata.h"
#include "marketdialogs.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace nest::ui {

class ItemDetailPanel;
class ListingsFilter;
class ListingsModel;

//! The traders' Marketplace: the wallet always in view, filters, the live listings table and
//! the selected item's detail with its actions. Speaks no HTTP: it asks for actions through
//! signals (after the user confirmed amount and fee) and the controller feeds it back.
class MarketView final : public QWidget {
    Q_OBJECT
public:
    explicit MarketView(QWidget *parent = nullptr);
    ~MarketView() override;

    void setConfig(const market::Config &config);
    void setCurrentUser(const QString &userId);
    void setWallet(const market::Wallet &wallet);
    //! Server clock minus local clock, in ms (countdowns and Dutch prices follow the server).
    void setServerOffset(qint64 ms);
    qint64 serverNow() const;

    void setListings(const QList<market::Listing> &listings);
    //! A listing changed on the stream: its row updates in place, the selection stays.
    void applyListing(const market::Listing &listing);
    //! A stream batch: one re-sort pass for all of them.
    void applyListings(const QList<market::Listing> &listings);
    void setDetail(const market::ListingDetail &detail);
    void setHistory(const QString &itemId, const QList<market::PricePoint> &points);

    //! A notice in the strip above the table (outbid, auction ended, done).
    void showNotice(const QString &text);
    //! A refusal or failure, explained, in the same strip.
    void showError(const QString &text);
    QString noticeText() const;
    void setBusy(bool busy);

    QString selectedListingId() const;
    bool selectListing(const QString &listingId);

    ListingsModel &model() const { return *m_model; }
    ListingsFilter &filter() const { return *m_filter; }
    QTableView *table() const { return m_table; }
    ItemDetailPanel &detail() const { return *m_detail; }
    QLabel *walletLabel() const { return m_wallet; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }

Q_SIGNALS:
    void listingSelected(const QString &listingId);
    void buyRequested(const QString &listingId, qint64 amount);
    void bidRequested(const QString &listingId, qint64 amount);
    void offerRequested(const QString &listingId, qint64 amount, qint64 expiresInMs);
    void acceptRequested(const QString &offerId);
    void cancelRequested(const QString &listingId);
    void createRequested(const nest::ui::ListingDraft &draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();
    void tick();
    void applyFilters();
    void refreshCollections();
    void onSelectionChanged();
    void askBuy();
    void askBid();
    void askOffer();
    void askCancel();
    void askAccept(const QString &offerId);
    void askCreate();
    void confirm(const QString &title, const QString &text, std::function<void()> onYes);

    ListingsModel *m_model = nullptr;
    ListingsFilter *m_filter = nullptr;
    market::Config m_config;
    market::Wallet m_walletValue;
    qint64 m_offset = 0;
    QString m_userId;
    QString m_selected;

    QLabel *m_title = nullptr;
    QLabel *m_wallet = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_collection = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_minPrice = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QPushButton *m_create = nullptr;
    QTableView *m_table = nullptr;
    ItemDetailPanel *m_detail = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace nest::ui
