#pragma once

//! `nest-bench feed`: time to add 100 posts per frame on top of a 100,000-post FeedModel (the
//! Community view's "N new posts"), the model alone and shown in the feed's QListView, and the
//! memory per post. Needs a QApplication (the view part).
int runFeedBench(int argc, char *argv[]);
