#pragma once

//! `nest-bench market`: stream updates applied to a 100,000-row listings table (model, filter
//! proxy, attached QTableView with uniform row heights), and the time to sort and filter it.
int runMarketBench(int argc, char *argv[]);
