#pragma once

namespace nest::server {

class Api;
class MarketService;

//! `/api/v1/market/...` and `/api/v1/wallet`: parse, check roles, delegate to the service.
void addMarketRoutes(Api &api, MarketService &market);

} // namespace nest::server
