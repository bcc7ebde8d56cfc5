#pragma once

//! `nest-bench load`: a nest-server child process under `subscribers` stream subscribers and a
//! steady mix of REST calls (reads, bids, posts, votes, logins, wallets) from `users` accounts
//! for `seconds`; prints throughput, latency, errors, dropped events and the server's RSS, then
//! checks that every acknowledged write is there and that money is whole. Loopback only.
//! Returns 0 when every check holds.
int runLoadBench(int seconds, int subscribers, int users);
