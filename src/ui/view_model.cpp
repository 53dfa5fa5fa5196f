#include "ui/view_model.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "time/civil.h"
#include "time/ics.h"
#include "time/series.h"
#include "ui/view_model_facets.h"

namespace wgf::ui {

using detail::facetList;

namespace {

const std::vector<Span> kNoSpans;
const MeetingFacts kNoFacts;

// Rows ranked on a query change (at least): a screenful and a scroll, so most keystrokes never
// ask the engine again. Highlights are computed this many rows around the screen.
constexpr size_t kFirstRows = 100;
constexpr size_t kSpanPad = 20;

// Name order: case-insensitive on ASCII, then bytes; accents sort after their base letter well
// enough for names of groups.
bool nameLess(const Group& a, const Group& b) {
    const std::string &x = a.name, &y = b.name;
    size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
        unsigned char p = static_cast<unsigned char>(x[i]), q = static_cast<unsigned char>(y[i]);
        if (p >= 'A' && p <= 'Z') p |= 0x20;
        if (q >= 'A' && q <= 'Z') q |= 0x20;
        if (p != q) return p < q;
    }
    if (x.size() != y.size()) return x.size() < y.size();
    return a.id < b.id;
}

}  // namespace

ViewModel::ViewModel(ZoneDb& zones) : db_(zones), zone_("UTC") {}

int ViewModel::setRegistry(Registry registry, Diagnostics diagnostics, bool fatal) {
    if (fatal) {
        failedUpdate_ = std::move(diagnostics);
        return static_cast<int>(registry_.groups.size());
    }
    failedUpdate_.clear();
    mirrorZonesKey_.clear();  // the registry's zones come first in the list
    registry_ = std::move(registry);
    diagnostics_ = std::move(diagnostics);
    index_.build(registry_);
    std::vector<uint32_t> byName(registry_.groups.size());
    for (uint32_t i = 0; i < byName.size(); ++i) byName[i] = i;
    std::sort(byName.begin(), byName.end(),  // nameLess ends with the id, which is unique: no ties
                     [&](uint32_t a, uint32_t b) { return nameLess(registry_.groups[a], registry_.groups[b]); });
    nameRank_.assign(byName.size(), 0);
    for (uint32_t pos = 0; pos < byName.size(); ++pos) nameRank_[byName[pos]] = pos;
    if (selectedGroup() < 0) selected_.clear();
    for (auto it = picks_.begin(); it != picks_.end();)
        it = registry_.findGroup(*it) < 0 ? picks_.erase(it) : std::next(it);
    rebuildTimes();
    stale_ = true;
    return static_cast<int>(registry_.groups.size());
}

std::string ViewModel::meetingKey(const Meeting& m) const {
    std::string key = m.rrule + '|' + m.start + '|' + m.time + '|' + m.tz + '|' + std::to_string(m.durationMinutes);
    // What else moves its dates; nothing is added for a meeting without it, so that the weeks a
    // visitor chose (kept under this key) stay theirs.
    if (!m.status.empty() || !m.anchor.empty() || !m.weeks.empty()) key += '|' + m.status + '|' + m.anchor + '|' + m.weeks;
    for (const auto& k : m.skip) key += "|-" + k.date + ' ' + k.reason;
    for (const auto& e : m.extra) key += "|+" + e.start;
    for (const auto& r : m.rotation) key += "|@" + r.title + ' ' + r.day + ' ' + r.time + ' ' + r.tz;
    return key;
}

void ViewModel::rebuildTimes() {
    // Facts (days, hours in the viewer's zone) for the next weeks; identical schedules are
    // computed once, which keeps registries of thousands of groups cheap to (re)load.
    facts_.clear();
    factsBySchedule_.clear();
    nextBySchedule_.clear();
    factsStart_.assign(1, 0);
    factsStart_.reserve(registry_.groups.size() + 1);
    size_t meetings = 0;
    for (const Group& group : registry_.groups) meetings += group.meetings.size();
    facts_.reserve(meetings);
    std::vector<GroupTimeFacts> groupFacts(registry_.groups.size());
    for (size_t g = 0; g < registry_.groups.size(); ++g) {
        const Group& group = registry_.groups[g];
        GroupTimeFacts& gf = groupFacts[g];
        for (const Meeting& m : group.meetings) {
            std::string key = meetingKey(m);
            auto it = factsBySchedule_.find(key);
            if (it == factsBySchedule_.end()) it = factsBySchedule_.emplace(key, meetingFacts(m, db_, now_, zone_)).first;
            facts_.push_back(&it->second);  // a map's entries stay where they are
            addMeetingFacts(gf, m, it->second, hoursFrom_, hoursTo_);
        }
        factsStart_.push_back(static_cast<uint32_t>(facts_.size()));
    }
    index_.setMeetingFacts(std::move(groupFacts));
    factsDay_ = floorDiv(now_, 86400);
    next_.assign(registry_.groups.size(), NextMeeting{});
    nextDone_.assign(registry_.groups.size(), false);
    timesValidUntil_ = std::numeric_limits<int64_t>::max();
    changesStale_ = true;  // meetings are compared in the viewer's zone, as of today
    stale_ = true;
    ++generation_;
}

bool ViewModel::setNow(int64_t nowUtc) {
    now_ = nowUtc;
    if (floorDiv(now_, 86400) != factsDay_) {
        rebuildTimes();
        return true;
    }
    if (now_ >= timesValidUntil_) {
        resetNextMeetings();  // a meeting shown as next has ended: the next ones move on
        return true;
    }
    return false;
}

void ViewModel::resetNextMeetings() {
    nextBySchedule_.clear();
    std::fill(nextDone_.begin(), nextDone_.end(), false);
    timesValidUntil_ = std::numeric_limits<int64_t>::max();
    if (sort_ == SortOrder::NextMeeting) stale_ = true;
    ++generation_;
}

void ViewModel::setViewerZone(const std::string& zone) {
    if (zone.empty() || zone == zone_ || !db_.isKnown(zone)) return;
    zone_ = zone;
    rebuildTimes();
}

void ViewModel::setHours(int fromMinute, int toMinute) {
    fromMinute = std::clamp(fromMinute, 0, 1440);
    toMinute = std::clamp(toMinute, 0, 1440);
    if (fromMinute == hoursFrom_ && toMinute == hoursTo_) return;
    hoursFrom_ = fromMinute;
    hoursTo_ = toMinute;
    rebuildTimes();
}

void ViewModel::setQuery(const std::string& query) {
    if (query == query_) return;
    query_ = query;
    stale_ = true;
}

void ViewModel::toggleFacet(FacetKind kind, const std::string& value) {
    auto& list = facetList(facetSel_, kind);
    auto it = std::find(list.begin(), list.end(), value);
    if (it == list.end()) list.push_back(value);
    else list.erase(it);
    stale_ = true;
}

bool ViewModel::facetSelected(FacetKind kind, const std::string& value) const {
    const auto& list = facetList(facetSel_, kind);
    return std::find(list.begin(), list.end(), value) != list.end();
}

void ViewModel::clearFacets() {
    facetSel_ = FacetSelection{};
    fitsOnly_ = false;
    stale_ = true;
}

void ViewModel::setFitsHoursOnly(bool on) {
    if (on == fitsOnly_) return;
    fitsOnly_ = on;
    stale_ = true;
}

void ViewModel::setSort(SortOrder order) {
    if (order == sort_) return;
    sort_ = order;
    stale_ = true;
}

QueryOptions ViewModel::queryOptions() const {
    QueryOptions opt;
    opt.facets = facetSel_;
    opt.fitsHoursOnly = fitsOnly_;
    if (changedOnly_) opt.onlyGroups = &changed_;
    opt.withSpans = false;  // computed for the rows on screen only (setVisibleRows)
    opt.browseInRegistryOrder = true;  // no query words: the community's own order
    return opt;
}

void ViewModel::refresh() {
    if (!stale_) return;
    stale_ = false;
    if (changedOnly_) changes();  // the filter's groups
    QueryOptions opt = queryOptions();
    opt.limit = std::max(kFirstRows, visibleLast_ + kSpanPad);
    result_ = index_.search(query_, opt);
    order_.clear();
    for (const Hit& h : result_.hits) order_.push_back(h.group);
    orderComplete_ = order_.size() >= result_.total;
    // The engine's order (relevance, or the registry's with no query words) is taken a page at
    // a time; the other orders sort every result.
    if (sort_ != SortOrder::Relevance) fetchRows(result_.total);
    if (sort_ == SortOrder::Name) {
        std::sort(order_.begin(), order_.end(), [&](uint32_t a, uint32_t b) { return nameRank_[a] < nameRank_[b]; });
    } else if (sort_ == SortOrder::NextMeeting) {
        for (uint32_t g : order_) computeNext(g);
        std::sort(order_.begin(), order_.end(), [&](uint32_t a, uint32_t b) {  // ranks are unique: no ties
            if (next_[a].startUtc != next_[b].startUtc) return next_[a].startUtc < next_[b].startUtc;
            return nameRank_[a] < nameRank_[b];
        });
    }
    spans_.clear();
    spansStale_ = true;
    ++generation_;
}

void ViewModel::fetchRows(size_t count) {
    count = std::min(count, result_.total);
    if (orderComplete_ || order_.size() >= count) return;
    // At least twice the rows there are: scrolling on asks the engine a few times, not per row.
    size_t want = std::min(result_.total, std::max(count, 2 * order_.size()));
    QueryOptions opt = queryOptions();
    opt.withFacets = false;
    opt.offset = order_.size();
    opt.limit = want - order_.size();
    QueryResult more = index_.search(query_, opt);
    for (const Hit& h : more.hits) order_.push_back(h.group);
    // The engine's order is deterministic, so these rows continue the first ones; a short page
    // (which would mean the engine changed under us) ends the list rather than asking forever.
    orderComplete_ = order_.size() >= result_.total || more.hits.size() < opt.limit;
    for (Hit& h : more.hits) result_.hits.push_back(std::move(h));
}

size_t ViewModel::rowCount() {
    refresh();
    return orderComplete_ ? order_.size() : result_.total;
}

uint32_t ViewModel::row(size_t index) {
    refresh();
    fetchRows(index + 1);
    if (index < order_.size()) return order_[index];
    return order_.empty() ? 0 : order_.back();  // outside rowCount(): a caller's mistake, kept harmless
}

const std::vector<uint32_t>& ViewModel::order() {
    refresh();
    fetchRows(result_.total);
    return order_;
}

const QueryResult& ViewModel::result() {
    refresh();
    return result_;
}

void ViewModel::setVisibleRows(size_t first, size_t last) {
    last = std::min(last, rowCount());
    first = std::min(first, last);
    if (first != visibleFirst_ || last != visibleLast_) ++generation_;
    visibleFirst_ = first;
    visibleLast_ = last;
    if (!spansStale_ && first >= spansFirst_ && last <= spansLast_) return;
    // Spans for a window somewhat larger than the screen, so small scrolls reuse them.
    fetchRows(last + kSpanPad);
    spansFirst_ = first > kSpanPad ? first - kSpanPad : 0;
    spansLast_ = std::min(order_.size(), last + kSpanPad);
    spansStale_ = false;
    spans_.clear();
    if (query_.empty()) return;
    for (size_t row = spansFirst_; row < spansLast_; ++row) {
        uint32_t g = order_[row];
        spans_[g] = index_.spans(query_, g);
    }
    ++generation_;
}

const std::vector<Span>& ViewModel::spans(uint32_t group) {
    auto it = spans_.find(group);
    return it == spans_.end() ? kNoSpans : it->second;
}

void ViewModel::select(const std::string& groupId) {
    if (!groupId.empty() && registry_.findGroup(groupId) < 0) return;
    selected_ = groupId;
    revealSelection_ = !groupId.empty();
}

int ViewModel::selectedGroup() const { return selected_.empty() ? -1 : registry_.findGroup(selected_); }

int ViewModel::selectedRow() {
    int g = selectedGroup();
    if (g < 0) return -1;
    refresh();
    auto find = [&] { return std::find(order_.begin(), order_.end(), static_cast<uint32_t>(g)); };
    auto it = find();
    // A group just selected (by the host or a shared link) may rank below the rows fetched: its
    // row is looked for once. Later queries do not rank every match to find an old selection.
    if (it == order_.end() && revealSelection_ && !orderComplete_) {
        fetchRows(result_.total);
        it = find();
    }
    revealSelection_ = false;
    return it == order_.end() ? -1 : static_cast<int>(it - order_.begin());
}

void ViewModel::moveSelection(int delta) {
    size_t rows = rowCount();
    if (rows == 0) return;
    int row = selectedRow();
    int target = row < 0 ? 0 : std::clamp(row + delta, 0, static_cast<int>(rows) - 1);
    selected_ = registry_.groups[this->row(static_cast<size_t>(target))].id;
}

void ViewModel::togglePick(const std::string& groupId) {
    if (picks_.erase(groupId) == 0 && registry_.findGroup(groupId) >= 0) picks_.insert(groupId);
}

void ViewModel::computeNext(uint32_t g) {
    if (g >= next_.size() || nextDone_[g]) return;
    nextDone_[g] = true;
    NextMeeting best;
    const Group& group = registry_.groups[g];
    for (size_t i = 0; i < group.meetings.size(); ++i) {
        Meeting m = meetingAsKnown(g, i);
        std::string key = meetingKey(m);
        auto it = nextBySchedule_.find(key);
        if (it == nextBySchedule_.end()) {
            NextMeeting n;
            OccurrenceList list = nextOccurrences(m, db_, now_, zone_, 1);
            if (!list.items.empty()) {
                n.startUtc = list.items[0].startUtc;
                n.endUtc = list.items[0].endUtc;
                n.meeting = 0;
                n.when = formatOccurrence(list.items[0]);
            } else if (list.phaseUnknown && !list.candidates.empty()) {
                // The day and the time are known; which week is not.
                n.weekUnknown = true;
                n.when = formatDayTime(list.candidates[0]);
                n.note = list.message;
            } else {
                n.note = list.message;
                n.status = inactiveStatus(m);
            }
            it = nextBySchedule_.emplace(key, n).first;
        }
        NextMeeting candidate = it->second;
        if (candidate.known()) {
            candidate.meeting = static_cast<int>(i);
            timesValidUntil_ = std::min(timesValidUntil_, candidate.endUtc);
            if (!best.known() || candidate.startUtc < best.startUtc) best = candidate;
        } else if (!best.known() && (best.note.empty() || (candidate.weekUnknown && !best.weekUnknown))) {
            best = candidate;  // a day and a time say more than a reason alone
        }
    }
    next_[g] = best;
}

std::string ViewModel::nextText(uint32_t group) {
    const NextMeeting& n = next(group);
    if (n.known()) {
        std::string s = n.when;
        if (n.startUtc - now_ < 7 * 86400) s += " \xC2\xB7 " + formatCountdown(now_, n.startUtc, n.endUtc);
        return s;
    }
    if (n.weekUnknown) return n.when + " \xC2\xB7 " + n.note;
    return n.note;
}

const NextMeeting& ViewModel::next(uint32_t group) {
    computeNext(group);
    static const NextMeeting none;
    return group < next_.size() ? next_[group] : none;
}

OccurrenceList ViewModel::upcoming(uint32_t group, size_t meeting, int count) {
    if (group >= registry_.groups.size() || meeting >= registry_.groups[group].meetings.size()) return {};
    return nextOccurrences(meetingAsKnown(group, meeting), db_, now_, zone_, count);
}

const MeetingFacts& ViewModel::facts(uint32_t group, size_t meeting) {
    if (size_t(group) + 1 >= factsStart_.size() || meeting >= factsStart_[group + 1] - factsStart_[group]) return kNoFacts;
    return *facts_[factsStart_[group] + meeting];
}

}  // namespace wgf::ui
