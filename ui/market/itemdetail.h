#pragma once

#include "marketdata.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QValueAxis;

namespace nest::ui {

//! One listing in detail: current price (a Dutch one ticking down), countdown on the server's
//! clock, bids, offers (the seller accepts one), the item's price history and its activity.
class ItemDetailPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ItemDetailPanel(QWidget *parent = nullptr);

    void setConfig(const market::Config &config);
    void setCurrentUser(const QString &userId);
    void setDetail(const market::ListingDetail &detail);
    //! The listing changed on the stream (bids and offers arrive with the next detail).
    void updateListing(const market::Listing &listing);
    void setHistory(const QString &itemId, const QList<market::PricePoint> &points);
    void setServerNow(qint64 ms);
    void clear();

    bool hasListing() const { return !m_detail.listing.id.isEmpty(); }
    const market::ListingDetail &detail() const { return m_detail; }
    QString priceText() const;
    QString countdownText() const;
    QPushButton *buyButton() const { return m_buy; }
    QPushButton *bidButton() const { return m_bid; }
    QPushButton *offerButton() const { return m_offer; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *acceptButton() const { return m_accept; }
    QTreeWidget *bidsList() const { return m_bids; }
    QTreeWidget *offersList() const { return m_offers; }
    int historyPointCount() const;

Q_SIGNALS:
    void buyClicked();
    void bidClicked();
    void offerClicked();
    void cancelClicked();
    void acceptClicked(const QString &offerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyChartPalette();
    void refresh();
    //! The price history in words for screen readers (the chart's accessibleDescription).
    void updateChartSummary();
    void refreshTimes();
    QString who(const QString &userId) const;

    market::Config m_config;
    QString m_userId;
    market::ListingDetail m_detail;
    QString m_historyItem;
    QList<market::PricePoint> m_history;
    qint64 m_serverNow = 0;

    QLabel *m_name = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_priceCaption = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_buy = nullptr;
    QPushButton *m_bid = nullptr;
    QPushButton *m_offer = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_accept = nullptr;
    QLabel *m_bidsCaption = nullptr;
    QTreeWidget *m_bids = nullptr;
    QLabel *m_offersCaption = nullptr;
    QTreeWidget *m_offers = nullptr;
    QLabel *m_historyCaption = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_priceAxis = nullptr;
    QLabel *m_activityCaption = nullptr;
    QListWidget *m_activity = nullptr;
};

} // namespace nest::ui
