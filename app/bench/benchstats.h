#pragma once

#include <algorithm>
#include <vector>

//! The `p` quantile (0..1) of `values` by nearest rank; 0 for no values.
template<typename T> double percentileOf(std::vector<T> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[size_t(p * double(values.size() - 1))]);
}
