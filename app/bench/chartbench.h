#pragma once

//! `nest-bench chart`: frame time of a live chart holding a 1,000,000-point window with 100 new
//! points per frame, fed through TimeSeriesBuffer + min/max decimation + QLineSeries::replace(),
//! against the same with a raw QLineSeries holding every point. Needs a QApplication.
int runChartBench(int argc, char *argv[]);
