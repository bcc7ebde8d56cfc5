#include "feedbench.h"

#include "benchstats.h"
#include "feedmodel.h"
#include "postdelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>

#include <cstdio>
#include <malloc.h>

namespace {
constexpr int kFeedPosts = 100'000;
constexpr int kPerFrame = 100;
constexpr int kFrames = 200;

//! Heap bytes in use (glibc): unlike the resident set, it falls when memory is freed.
qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks);
}

//! A post as one arrives from JSON: every string its own allocation, text 20-400 characters.
nest::community::Post benchPost(qint64 n, QRandomGenerator &rng)
{
    static const QString words = QStringLiteral(
        "garden oak bench seedlings tomato spring feeder goldfinch market trade seed tea gloves ");
    nest::community::Post p;
    p.id = QStringLiteral("p_%1").arg(n, 16, 36, QLatin1Char('0'));
    const int author = int(rng.bounded(5000));
    p.author.id = QStringLiteral("u_%1").arg(author, 16, 36, QLatin1Char('0'));
    p.author.username = QStringLiteral("member_%1").arg(author);
    p.author.displayName = QStringLiteral("Member %1").arg(author);
    const int length = 20 + int(rng.bounded(381));
    QString text;
    text.reserve(length);
    while (text.size() < length)
        text += words.mid(int(rng.bounded(words.size() - 10)), 10);
    p.text = text.left(length);
    p.createdAt = 1'763'700'000'000 + n;
    p.likeCount = rng.bounded(50);
    p.commentCount = rng.bounded(10);
    return p;
}

QList<nest::community::Post> batch(qint64 first, int count, QRandomGenerator &rng)
{
    QList<nest::community::Post> out;
    out.reserve(count);
    for (int i = count - 1; i >= 0; --i) // newest first, as the feed lists them
        out.append(benchPost(first + i, rng));
    return out;
}

struct FrameStats {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

//! Prepends kFrames batches of kPerFrame; `afterFrame` runs inside the timed frame.
template<typename After>
FrameStats measureFrames(nest::ui::FeedModel &model, qint64 firstId, QRandomGenerator &rng,
                         After afterFrame)
{
    std::vector<double> ms;
    ms.reserve(kFrames);
    for (int f = 0; f < kFrames; ++f) {
        // Posts are built outside the frame: they arrive decoded from the stream.
        const auto posts = batch(firstId + qint64(f) * kPerFrame, kPerFrame, rng);
        QElapsedTimer t;
        t.start();
        model.prependPosts(posts);
        afterFrame();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return {percentileOf(ms, 0.5), percentileOf(ms, 0.99), *std::max_element(ms.begin(), ms.end())};
}
} // namespace

int runFeedBench(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QRandomGenerator rng(42);

    // Memory: a feed of kFeedPosts, measured as the growth of the heap in use.
    const qint64 before = heapBytes();
    nest::ui::FeedModel model;
    {
        QList<nest::community::Post> all;
        all.reserve(kFeedPosts);
        for (qint64 i = kFeedPosts - 1; i >= 0; --i)
            all.append(benchPost(i, rng));
        model.setPosts(all);
    }
    const qint64 after = heapBytes();
    const double perPost = double(after - before) / kFeedPosts;

    const FrameStats modelOnly = measureFrames(model, kFeedPosts, rng, [] {});

    // The same in the feed's list view (offscreen): rows inserted, one layout, one paint.
    QListView view;
    view.setItemDelegate(new nest::ui::PostDelegate(&view));
    view.setResizeMode(QListView::Adjust);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setUniformItemSizes(true); // as the Community view
    view.setModel(&model);
    view.resize(700, 900);
    view.show();
    QApplication::processEvents();
    const FrameStats layoutOnly = measureFrames(model, kFeedPosts + qint64(kFrames) * kPerFrame,
                                                rng, [&view] { view.doItemsLayout(); });
    const FrameStats withView =
        measureFrames(model, kFeedPosts + 2 * qint64(kFrames) * kPerFrame, rng, [&view] {
            view.viewport()->repaint();
            QApplication::processEvents();
        });

    std::printf("FeedModel: %d posts added per frame on top of a %d-post feed, %d frames\n\n",
                kPerFrame, kFeedPosts, kFrames);
    std::printf("| measure | p50 | p99 | max |\n|---|---|---|---|\n");
    std::printf("| model only (prependPosts) | %.3f ms | %.3f ms | %.3f ms |\n", modelOnly.p50,
                modelOnly.p99, modelOnly.max);
    std::printf("| model + QListView layout | %.3f ms | %.3f ms | %.3f ms |\n", layoutOnly.p50,
                layoutOnly.p99, layoutOnly.max);
    std::printf("| model + QListView layout and paint | %.3f ms | %.3f ms | %.3f ms |\n",
                withView.p50, withView.p99, withView.max);
    std::printf("\nmemory: %.0f bytes per post (heap in use over %d posts of 5,000 authors, "
                "texts of 20-400 characters; sizeof(Post) = %zu)\n",
                perPost, kFeedPosts, sizeof(nest::community::Post));
    std::printf("final feed: %d posts\n", model.rowCount());
    return 0;
}
