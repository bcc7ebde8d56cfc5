#pragma once

//! `nest-bench startup`: starts `nest-desktop --demo --startup-report` (the embedded server with
//! demo data) and times, from outside the process, its first window paint, its first painted
//! frame of live data and its first painted streamed second: once on a fresh data folder (cold;
//! after dropping the page cache when the system allows it) and `--runs` times on the same
//! folder (warm). The last run then idles for `--idle-seconds` and reports its resident memory.
int runStartupBench(int argc, char *argv[]);
