#pragma once

#include <QtGlobal>

//! `nest-bench accuracy`: simulates `users` users by the generative model, feeds every event
//! through BehaviorTracker, and prints Pearson r between estimated and true traits over the
//! unlabeled users at 60 and 240 active minutes, for `labeled` labels and for half as many: the
//! decoder next to the oracle (ceiling) and plain ridge on log rates (floor). Returns 0.
int runAccuracyBench(int users, int labeled, quint64 seed);
