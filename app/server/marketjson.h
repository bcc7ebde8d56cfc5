#pragma once

#include "markettypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace nest::server {

//! The contract's listing object at `now` (current_price depends on it for Dutch auctions).
QJsonObject listingToJson(const Listing &listing, qint64 now);
QJsonObject bidToJson(const Bid &bid);
QJsonObject offerToJson(const Offer &offer);
QJsonObject saleToJson(const Sale &sale);
QJsonObject walletToJson(const Wallet &wallet);
QJsonArray bidsToJson(const std::vector<Bid> &bids);
QJsonArray offersToJson(const std::vector<Offer> &offers);

} // namespace nest::server
