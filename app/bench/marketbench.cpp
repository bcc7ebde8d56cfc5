#include "marketbench.h"

#include "benchstats.h"
#include "listingsfilter.h"
#include "listingsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTableView>

#include <cstdio>
#include <functional>
#include <vector>

namespace {
using nest::market::Kind;
using nest::market::Listing;
using nest::market::Status;
using nest::ui::ListingsFilter;
using nest::ui::ListingsModel;

constexpr int kRows = 100'000;
constexpr int kUpdatesPerFrame = 100;
constexpr int kFrames = 300;
constexpr qint64 kNow = 1'800'000'000'000;

const char *const kCollections[] = {"Aurora Birds",   "Pixel Reef",  "Glass Cities",
                                    "Quiet Machines", "Paper Moons", "Salt Lines"};
const char *const kWords[] = {"Heron",   "Kelp", "Prism", "Lantern", "Moth",  "Turbine",
                              "Harbour", "Owl",  "Manta", "Loom",    "Crane", "Swift"};

Listing randomListing(QRandomGenerator &rng, int n)
{
    Listing l;
    l.id = QStringLiteral("l_%1").arg(n, 8, 10, QLatin1Char('0'));
    l.itemId = QStringLiteral("it_%1").arg(n);
    l.name = QStringLiteral("%1 %2 #%3")
                 .arg(QLatin1StringView(kWords[rng.bounded(12)]),
                      QLatin1StringView(kWords[rng.bounded(12)]))
                 .arg(n);
    l.collection = QLatin1StringView(kCollections[rng.bounded(6)]);
    l.description = QStringLiteral("Generated listing for the benchmark.");
    l.kind = Kind(rng.bounded(3));
    l.status = rng.bounded(10) < 7 ? Status::Active : Status(1 + rng.bounded(3));
    l.createdAt = kNow - rng.bounded(86'400'000);
    const qint64 price = 1'000 + rng.bounded(1'000'000);
    l.currentPrice = price;
    if (l.kind == Kind::Fixed) {
        l.price = price;
    } else {
        l.startPrice = price;
        l.endsAt = kNow + rng.bounded(7 * 86'400'000);
        if (l.kind == Kind::Dutch)
            l.endPrice = price / 3;
    }
    return l;
}

void row(const char *what, const std::vector<double> &ms)
{
    std::printf("| %s | %.2f ms | %.2f ms | %.2f ms | %zu |\n", what, percentileOf(ms, 0.5),
                percentileOf(ms, 0.99), percentileOf(ms, 1.0), ms.size());
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int runMarketBench(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QRandomGenerator rng(42);
    QList<Listing> listings;
    listings.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        listings.append(randomListing(rng, i));

    ListingsModel model;
    model.setServerNow(kNow);
    ListingsFilter filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
    view.verticalHeader()->hide();
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    view.show();
    QPixmap frame(view.viewport()->size());

    std::printf("nest-bench market: %d listings, %d stream updates per frame, %d frames, "
                "sorted by price (descending), QTableView attached, uniform row heights\n\n",
                kRows, kUpdatesPerFrame, kFrames);
    std::printf("| measure | p50 | p99 | max | samples |\n|---|---|---|---|---|\n");
    QElapsedTimer t;
    t.start();
    model.setListings(listings);
    view.sortByColumn(ListingsModel::PriceColumn, Qt::DescendingOrder);
    QApplication::processEvents();
    std::printf("| load 100k rows and sort by price | %.1f ms | | | 1 |\n", elapsedMs(t));

    // A frame's worth of stream updates: mostly new bids (price up, row moves), some ended
    // auctions (status change) and a few new listings.
    int next = kRows;
    const auto makeBatch = [&] {
        QList<Listing> batch;
        batch.reserve(kUpdatesPerFrame);
        for (int u = 0; u < kUpdatesPerFrame; ++u) {
            const int pick = u % 20;
            if (pick == 19) {
                batch.append(randomListing(rng, next++));
                continue;
            }
            Listing l = model.at(int(rng.bounded(int(model.rowCount()))));
            if (pick == 18)
                l.status = Status::Sold;
            else {
                l.currentPrice += l.currentPrice / 20 + 1;
                l.bidCount += 1;
            }
            batch.append(l);
        }
        return batch;
    };

    std::vector<double> apply, applySingle, paint;
    for (int f = 0; f < kFrames; ++f) {
        const QList<Listing> batch = makeBatch();
        t.restart();
        model.upsertMany(batch);
        apply.push_back(elapsedMs(t));
        t.restart();
        view.viewport()->render(&frame);
        paint.push_back(elapsedMs(t));
    }
    for (int f = 0; f < kFrames / 3; ++f) {
        const QList<Listing> batch = makeBatch();
        t.restart();
        for (const Listing &l : batch)
            model.upsert(l);
        applySingle.push_back(elapsedMs(t));
    }
    row("apply 100 updates (upsertMany, one re-sort pass)", apply);
    row("apply 100 updates one by one (upsert)", applySingle);
    row("paint the visible rows after a frame", paint);
    std::vector<double> frameTotal;
    for (size_t i = 0; i < apply.size(); ++i)
        frameTotal.push_back(apply[i] + paint[i]);
    row("frame: apply + paint", frameTotal);

    const auto once = [&](const char *what, const std::function<void()> &step) {
        std::vector<double> ms;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            step();
            ms.push_back(elapsedMs(t));
        }
        row(what, ms);
    };
    int flip = 0;
    once("sort by price (toggle order)", [&] {
        view.sortByColumn(ListingsModel::PriceColumn,
                          ++flip % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    once("sort by name (toggle order)", [&] {
        view.sortByColumn(ListingsModel::NameColumn,
                          ++flip % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    once("sort by end time (toggle order)", [&] {
        view.sortByColumn(ListingsModel::EndsColumn,
                          ++flip % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    once("filter: status active, then any", [&] {
        filter.setStatus(++flip % 2 ? std::optional<Status>(Status::Active) : std::nullopt);
    });
    once("filter: collection, then all",
         [&] { filter.setCollection(++flip % 2 ? QStringLiteral("Pixel Reef") : QString()); });
    once("filter: price range, then none", [&] {
        if (++flip % 2)
            filter.setPriceRange(100'000, 500'000);
        else
            filter.setPriceRange(std::nullopt, std::nullopt);
    });
    once("search text \"heron\", then none",
         [&] { filter.setSearchText(++flip % 2 ? QStringLiteral("heron") : QString()); });
    std::printf("\nrows after the run: %d in the model, %d through the filter\n", model.rowCount(),
                filter.rowCount());
    return 0;
}
