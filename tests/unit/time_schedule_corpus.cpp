// The schedule reader on 95 real schedule strings (tests/fixtures/meeting-schedules.tsv) against
// hand-reviewed expectations (tests/fixtures/meeting-schedules-expected.tsv): rule one, never
// confidently wrong, measured.
//
// An expectation is one of:
//   no meeting                        "[none]"
//   <slot> | <slot> ...               as describeSchedule() writes them (time_schedule_fixture.h)
//   refused: <reason>                 not understood; the note contains <reason>
// Set WGF_PRINT_SCHEDULES=1 to print what the reader makes of each string, in the same form.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>

#include "time_schedule_fixture.h"

using namespace wgf;

namespace {

std::vector<std::pair<std::string, std::string>> readTsv(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in);
    std::vector<std::pair<std::string, std::string>> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        size_t tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        rows.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
    return rows;
}

}  // namespace

TEST_CASE("schedule corpus: 95 real strings, 0 confidently wrong, at least 85% understood") {
    auto corpus = readTsv(WGF_SOURCE_DIR "/tests/fixtures/meeting-schedules.tsv");
    std::map<std::string, std::string> expected;
    for (auto& [text, want] : readTsv(WGF_SOURCE_DIR "/tests/fixtures/meeting-schedules-expected.tsv")) expected[text] = want;
    bool print = std::getenv("WGF_PRINT_SCHEDULES") != nullptr;

    int total = 0, understood = 0, refused = 0, noMeeting = 0, wrong = 0;
    for (const auto& [source, text] : corpus) {
        ++total;
        ScheduleParse p = parseSchedule(text);
        std::string got = test::describeSchedule(p);
        if (print) std::cout << text << '\t' << got << '\n';
        for (const auto& m : p.meetings) CHECK(m.schedule == text);  // always kept verbatim
        auto it = expected.find(text);
        if (it == expected.end()) {
            FAIL_CHECK("no expectation for '" << text << "'");
            continue;
        }
        const std::string& want = it->second;
        bool ok = want.rfind("refused: ", 0) == 0 ? got.rfind("refused: ", 0) == 0 && got.find(want.substr(9)) != std::string::npos
                                                  : got == want;
        if (!ok) {
            ++wrong;
            FAIL_CHECK("'" << text << "': expected '" << want << "', got '" << got << "'");
        }
        if (got == "no meeting") ++noMeeting;
        else if (p.understood) ++understood;
        else ++refused;
    }
    MESSAGE("schedules: " << total << ", understood: " << understood << ", refused: " << refused
                          << ", no meeting: " << noMeeting << ", wrong: " << wrong);
    CHECK(total == 95);
    CHECK(wrong == 0);
    // The share of strings that name a meeting ("[none]" names none) read in full.
    CHECK(understood * 100 >= 85 * (total - noMeeting));
}
