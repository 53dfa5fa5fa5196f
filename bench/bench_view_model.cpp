// wgfinder benchmark: what one keystroke costs the widget's view model at a large registry.
//
// The widget does more per keystroke than the engine's search: it asks for the rows it shows,
// their highlight spans and the result count. This types the benchmark's queries keystroke by
// keystroke into a ViewModel (as the screen does: setQuery, rowCount, setVisibleRows for one
// screenful) and prints median / p95 / max, twice: as the widget does it (results ranked a page at
// a time), and with every match ranked on each keystroke (what a list that is not paged costs).
//
//   build/native/bench/wgf_bench_view_model [groups]    (100000 by default; bench/run.sh runs it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus.h"
#include "ui/view_model.h"

using namespace wgf;

int main(int argc, char** argv) {
    size_t groups = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
    bench::Corpus corpus = bench::generateCorpus(groups);
    std::vector<std::string> keys;
    for (const auto& q : corpus.queries)
        if (bench::isTyped(q))
            for (auto& k : bench::keystrokes(q.text)) keys.push_back(std::move(k));

    std::printf("| view model, %zu groups, %zu keystrokes | median | p95 | max |\n|---|---:|---:|---:|\n", groups,
                keys.size());
    for (bool everyMatch : {false, true}) {
        ui::ViewModel vm(platformZoneDb());
        vm.setNow(1795000000);  // 2026-11-17
        vm.setRegistry(corpus.registry, {}, false);
        vm.rowCount();  // the first screen, before any keystroke
        std::vector<double> ms;
        for (const auto& k : keys) {
            auto t0 = std::chrono::steady_clock::now();
            vm.setQuery(k);
            if (everyMatch) vm.order();
            vm.rowCount();
            vm.setVisibleRows(0, 20);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("| %s | %.3f ms | %.3f ms | %.1f ms |\n",
                    everyMatch ? "every match ranked per keystroke" : "as the widget does it (a page at a time)",
                    ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
    }
    return 0;
}
