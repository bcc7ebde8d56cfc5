#pragma once

//! `nest-bench governance`: signed votes through the governance service (verify, supersede,
//! store, publish) on a file database, then the app's "Verify results" over the whole log.
int runGovernanceBench(int voters);
