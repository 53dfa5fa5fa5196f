// wgfinder benchmark, C++ side (native, and wasm under node): corpus files for the JS side, and
// the query engine's build time, index memory, per-keystroke latency, top-3 accuracy and the
// top result for a lead's full name.
//
//   wgf_bench_query --groups 10000 --write DIR   writes DIR/registry-10000.json, queries-10000.json
//   wgf_bench_query --groups 10000 --run         prints one JSON line of measurements
//   wgf_bench_query --load FILE [--groups N]     the load path alone, in a fresh process: registry
//                                                JSON text -> loadRegistry -> SearchIndex -> one
//                                                search; times and peak memory, one JSON line
//     [--again N]                                 then N more loads + indexes in the same process:
//                                                their medians (the code's speed once compiled)
//
// --every K also reports the latencies of every Kth keystroke alone: the sample that the slow JS
// engines are measured on at large sizes, for like-for-like ratios. --slow MS prints the
// keystrokes slower than that to stderr.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

#include <nlohmann/json.hpp>

#include "corpus.h"
#include "model/load.h"
#include "model/text_source.h"
#include "query/engine.h"

using namespace wgf;

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// Under node: the process's CPU time (user + system) and node's own environment.
EM_JS(double, wgfProcessCpuMs, (), { const u = process.cpuUsage(); return (u.user + u.system) / 1000; });
EM_JS(int, wgfCpuClockWanted, (), { return process.env.WGF_BENCH_CPU ? 1 : 0; });
#endif

// Wall-clock time, as a visitor sees it. WGF_BENCH_CPU=1 uses CPU time instead, to look at the
// engine alone on a busy machine: natively the thread's, as wasm under node the process's (as
// bench/js_engines.mjs does for the libraries).
struct Clock {
    using time_point = double;
    static double now() {
#ifdef __EMSCRIPTEN__
        static const bool cpuUnderNode = wgfCpuClockWanted() != 0;
        if (cpuUnderNode) return wgfProcessCpuMs();
#endif
        static const bool cpu = std::getenv("WGF_BENCH_CPU") != nullptr;
        timespec ts;
        clock_gettime(cpu ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
};

namespace {

size_t heapInUse() {
#ifdef __EMSCRIPTEN__
    return static_cast<size_t>(mallinfo().uordblks);
#else
    return mallinfo2().uordblks;
#endif
}

double msSince(Clock::time_point t0) { return Clock::now() - t0; }

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = static_cast<size_t>(p * double(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

uint64_t fnv1a(const std::string& s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

bool writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

// The memory the process has taken at most so far: wasm, the linear memory's size (it grows and
// never shrinks, so its size is its peak); native, the peak resident set size.
size_t peakMemory() {
#ifdef __EMSCRIPTEN__
    return emscripten_get_heap_size();
#else
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<size_t>(u.ru_maxrss) * 1024;
#endif
}

// --load: the registry's text to a searchable index, read a part at a time as the widget reads
// the page's copy (wgf_set_registry): the whole text is never in memory. Runs in a process of its
// own so that the peak is the load path's.
int loadPath(const std::string& path, size_t groups, const std::string& label, bool bundled, double started,
             int again) {
    FileText text(path);
    if (!text.ok()) {
        std::cerr << "wgf_bench_query: cannot read " << path << "\n";
        return 1;
    }
    size_t bytes = text.size();
    size_t before = peakMemory();  // the runtime
    size_t heap0 = heapInUse();
    LoadLimits limits;
    limits.maxBytes = size_t(1) << 30;  // the 100,000-group registry is larger than the default
    auto t0 = Clock::now();
    LoadResult loaded = loadRegistry(text, limits);
    double loadMs = msSince(t0);
    size_t afterLoad = peakMemory();
    size_t modelBytes = heapInUse() - heap0;
    auto t1 = Clock::now();
    SearchIndex index(loaded.registry);
    double indexMs = msSince(t1);
    auto t2 = Clock::now();
    QueryOptions options;
    options.limit = 20;
    QueryResult first = index.search("se", options);
    double searchMs = msSince(t2);
    double sinceStart = Clock::now() - started;
    size_t peak = peakMemory();

    // --again N: the same load + index N times more in this process, once the first figures are
    // taken (the peak included). Their medians are the code's own speed, once the engine has
    // compiled it: under node the first run also waits for V8 to compile the hot functions.
    std::vector<double> againLoad, againIndex;
    for (int i = 0; i < again; ++i) {
        FileText file(path);
        auto a0 = Clock::now();
        LoadResult l = loadRegistry(file, limits);
        againLoad.push_back(msSince(a0));
        auto a1 = Clock::now();
        SearchIndex x(l.registry);
        againIndex.push_back(msSince(a1));
    }

    nlohmann::ordered_json out;
    out["engine"] = label.empty() ? std::string("wgfinder") : label;
    out["loadPath"] = true;
    if (bundled) {  // the registry the widget ships with: how soon after the start it is searchable
        out["bundled"] = true;
        out["file"] = path.substr(path.find_last_of('/') + 1);
    }
    out["groups"] = groups ? groups : loaded.registry.groups.size();
    out["groupsLoaded"] = loaded.registry.groups.size();
    out["fatal"] = loaded.fatal;
    out["diagnostics"] = loaded.diagnostics.size();
    out["registryBytes"] = bytes;
    out["loadMs"] = loadMs;
    out["indexMs"] = indexMs;
    out["loadIndexMs"] = loadMs + indexMs;
    if (again > 0) {
        out["againRuns"] = again;
        out["againLoadMs"] = percentile(againLoad, 0.5);
        out["againIndexMs"] = percentile(againIndex, 0.5);
    }
    out["firstSearchMs"] = searchMs;
    out["firstSearchHits"] = first.total;
    out["sinceStartMs"] = sinceStart;  // from the start of main (the wasm started) to the first results
    out["memoryBeforeBytes"] = before;
    out["peakAfterLoadBytes"] = afterLoad;
    out["peakBytes"] = peak;
    out["modelBytes"] = modelBytes;
    out["indexBytes"] = index.memoryBytes();
#ifdef __EMSCRIPTEN__
    out["memoryKind"] = "wasm memory";
#else
    out["memoryKind"] = "peak RSS";
#endif
    std::cout << out.dump() << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    double started = Clock::now();
    size_t groups = 1000;
    bool groupsGiven = false, bundled = false;
    std::string writeDir, label, loadFile;
    bool run = false;
    int again = 0;
    uint64_t seed = 42;
    double slowMs = 0;  // --slow MS: print the keystrokes slower than that (to stderr)
    size_t every = 1;  // the keystrokes sampled for engines too slow to take them all: every Nth
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--groups") groups = std::strtoull(next().c_str(), nullptr, 10), groupsGiven = true;
        else if (a == "--seed") seed = std::strtoull(next().c_str(), nullptr, 10);
        else if (a == "--write") writeDir = next();
        else if (a == "--run") run = true;
        else if (a == "--load") loadFile = next();
        else if (a == "--bundled") bundled = true;
        else if (a == "--again") again = std::atoi(next().c_str());
        else if (a == "--label") label = next();
        else if (a == "--slow") slowMs = std::atof(next().c_str());
        else if (a == "--every") every = std::max<size_t>(1, std::strtoull(next().c_str(), nullptr, 10));
        else {
            std::cerr << "usage: wgf_bench_query --groups N [--seed S] [--write DIR] [--run] [--label NAME]"
                         " [--every K] [--slow MS]\n"
                         "       wgf_bench_query --load FILE [--groups N] [--label NAME] [--bundled] [--again N]\n";
            return 2;
        }
    }
    if (!loadFile.empty()) return loadPath(loadFile, groupsGiven ? groups : 0, label, bundled, started, again);
    bench::Corpus corpus = bench::generateCorpus(groups, seed);
    std::string registryText = bench::registryJson(corpus.registry);
    std::string hash = std::to_string(fnv1a(registryText) ^ fnv1a(bench::queriesJson(corpus.queries)));

    if (!writeDir.empty()) {
        std::string n = std::to_string(groups);
        if (!writeFile(writeDir + "/registry-" + n + ".json", registryText) ||
            !writeFile(writeDir + "/queries-" + n + ".json", bench::queriesJson(corpus.queries))) {
            std::cerr << "wgf_bench_query: cannot write to " << writeDir << "\n";
            return 1;
        }
    }
    registryText = {};
    if (!run) {
        std::cout << "{\"groups\":" << groups << ",\"corpusHash\":\"" << hash << "\"}\n";
        return 0;
    }

    // ---- build
    size_t heap0 = heapInUse();
    auto t0 = Clock::now();
    auto* index = new SearchIndex(corpus.registry);
    double buildMs = msSince(t0);
    size_t heap1 = heapInUse();

    QueryOptions options;
    options.limit = 20;

    // Warm-up on words the measured queries do not use (complete words: no prefix entries).
    for (const char* w : {"licensing ", "meetups conformance ", "vault "}) index->search(w, options);

    // ---- keystrokes, in order, as typed: the same strings every engine gets (the qualifier-free
    // form), then the qualified form of the queries that have one, measured apart.
    std::vector<double> latencies, sampled, jsonLatencies, shortPrefix, fielded;
    size_t keystrokeCount = 0;
    auto timed = [&](const std::string& k) {
        auto t = Clock::now();
        QueryResult r = index->search(k, options);
        double ms = msSince(t);
        if (slowMs > 0 && ms > slowMs) std::cerr << ms << " ms: " << k << " (" << r.total << ")\n";
        return ms;
    };
    for (const auto& q : corpus.queries) {
        if (!bench::isTyped(q)) continue;  // scored below
        for (const auto& k : bench::keystrokes(q.plain)) {
            double ms = timed(k);
            latencies.push_back(ms);
            if (keystrokeCount % every == 0) sampled.push_back(ms);
            if (bench::codePoints(k) <= 2) shortPrefix.push_back(ms);
            // The exported JS function's path: search and the JSON the page receives.
            auto t = Clock::now();
            std::string json = resultsToJson(index->search(k, options), corpus.registry);
            jsonLatencies.push_back(msSince(t));
            ++keystrokeCount;
        }
        if (q.text != q.plain)
            for (const auto& k : bench::keystrokes(q.text)) fielded.push_back(timed(k));
    }

    // ---- top-3 on the labelled queries, hits on gibberish
    nlohmann::ordered_json byCategory = nlohmann::ordered_json::object();
    size_t top3 = 0, labelled = 0, nohitHits = 0, personTop1 = 0, people = 0;
    for (const auto& q : corpus.queries) {
        QueryResult r = index->search(q.plain, options);
        if (q.category == "nohit") nohitHits += r.total > 0 ? 1 : 0;
        if (q.category == "person") {  // a lead's full name: is that lead's group the top result?
            ++people;
            personTop1 += !r.hits.empty() && corpus.registry.groups[r.hits[0].group].id == q.intended;
            continue;
        }
        if (q.intended.empty()) continue;
        bool found = false;
        for (size_t i = 0; i < r.hits.size() && i < 3; ++i)
            found |= corpus.registry.groups[r.hits[i].group].id == q.intended;
        ++labelled;
        top3 += found;
        auto& c = byCategory[q.category];
        if (c.is_null()) c = {{"hits", 0}, {"total", 0}};
        c["hits"] = c["hits"].get<int>() + (found ? 1 : 0);
        c["total"] = c["total"].get<int>() + 1;
    }

    nlohmann::ordered_json out;
    out["engine"] = label.empty() ? std::string("wgfinder") : label;
    out["groups"] = groups;
    out["corpusHash"] = hash;
    out["buildMs"] = buildMs;
    out["memoryBytes"] = heap1 > heap0 ? heap1 - heap0 : 0;
    out["indexBytes"] = index->memoryBytes();
    // After the run: with the search scratch (a few bytes per group) and the per-word cache.
    size_t heap2 = heapInUse();
    out["memoryAfterQueriesBytes"] = heap2 > heap0 ? heap2 - heap0 : 0;
    out["terms"] = index->termCount();
    out["keystrokes"] = keystrokeCount;
    out["measured"] = keystrokeCount;
    out["every"] = every;
    out["latencyMs"] = {{"median", percentile(latencies, 0.5)}, {"p95", percentile(latencies, 0.95)},
                        {"max", percentile(latencies, 1.0)}};
    out["sampleLatencyMs"] = {{"median", percentile(sampled, 0.5)}, {"p95", percentile(sampled, 0.95)},
                              {"count", sampled.size()}};
    out["fieldedLatencyMs"] = {{"median", percentile(fielded, 0.5)}, {"p95", percentile(fielded, 0.95)},
                               {"count", fielded.size()}};
    out["shortPrefixP95Ms"] = percentile(shortPrefix, 0.95);
    out["jsonLatencyMs"] = {{"median", percentile(jsonLatencies, 0.5)}, {"p95", percentile(jsonLatencies, 0.95)}};
    out["top3"] = {{"hits", top3}, {"total", labelled}, {"byCategory", byCategory}};
    out["nohitWithResults"] = nohitHits;
    out["personTop1"] = {{"hits", personTop1}, {"total", people}};
    std::cout << out.dump() << "\n";
    delete index;
    return 0;
}
