// Timing helpers for the benchmarks: repeated runs, medians, plain-text tables.
#pragma once

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <QElapsedTimer>

namespace caselink::bench {

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Stats measure(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

inline void printRow(const char* name, const Stats& s, const char* unit = "ms") {
    std::printf("%-44s median %9.2f %s   min %9.2f   max %9.2f\n", name, s.median, unit, s.min, s.max);
}

} // namespace caselink::bench
