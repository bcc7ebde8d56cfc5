#pragma once

//! `nest-bench soak`: the desktop client (DesktopApp, offscreen) signed in to a nest-server
//! whose simulator streams `--rate` events/s, with the Dashboard filtered to one user so that
//! every raw event crosses the client. Prints the client's and the server's resident memory
//! each minute and the growth between `--from` and the last minute. Needs a QApplication.
int runSoakBench(int argc, char *argv[]);
