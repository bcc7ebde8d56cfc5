#pragma once

#include "marketdata.h"

#include <QJsonObject>

#include <optional>

namespace nest::client {

//! Readers for the marketplace's JSON (REST answers and `market` stream data); nullopt when a
//! required field is missing or has the wrong type.
namespace marketparse {

std::optional<market::Listing> listing(const QJsonObject &json);
std::optional<market::Bid> bid(const QJsonObject &json);
std::optional<market::Offer> offer(const QJsonObject &json);
std::optional<market::ListingDetail> detail(const QJsonObject &json);
std::optional<market::Wallet> wallet(const QJsonObject &json);
std::optional<market::Config> config(const QJsonObject &json);
QList<market::PricePoint> history(const QJsonObject &json);

} // namespace marketparse
} // namespace nest::client
