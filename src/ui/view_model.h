// wgfinder: what the screen shows, without drawing it.
//
// The view model owns the registry, its search index and the meeting times in the viewer's zone,
// and answers the screen's questions: which groups in which order, which one is selected, when
// each meets next, what the shareable state is. It has no ImGui and no platform code, so the
// widget's behaviour (sorting, selection, filters, local times, share links) is tested natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "query/engine.h"
#include "time/changes.h"
#include "time/facts.h"
#include "time/recurrence.h"
#include "time/zone.h"

namespace wgf::ui {

enum class SortOrder { Relevance, Name, NextMeeting };
enum class FacetKind { Company, Kind, Day, Cadence };

// When a group meets next, in the viewer's zone.
struct NextMeeting {
    int64_t startUtc = std::numeric_limits<int64_t>::max();  // max: none known
    int64_t endUtc = 0;
    int meeting = -1;        // index into Group::meetings
    std::string when;        // "Wed 12 Mar 19:00"; with weekUnknown the day and time only: "Wed 19:00"
    std::string note;        // when no date can be given: "every other week (which week is not given)"
    bool weekUnknown = false;  // a biweekly (or rarer) meeting: day and time known, which week not
    std::string status;        // "paused" or "ended" (Meeting::status) when that is why none is known
    bool known() const { return meeting >= 0; }
};

// One line of the zone picker.
struct ZoneOption {
    std::string zone;   // "Asia/Tokyo"
    std::string label;  // "Asia/Tokyo \xC2\xB7 Japan \xC2\xB7 UTC+09:00" (offset now)
};

// A picker zone's words in lower case, made once (ViewModel::setZones) for the filter.
struct ZoneKeys {
    std::string name;     // "asia tokyo"
    std::string country;  // "japan jp"
};

// A calendar file for the visitor, and what it says of itself.
struct CalendarFile {
    std::string text;     // iCalendar
    int events = 0;
    int tentative = 0;    // series whose week is not known, marked tentative
    // "2 meetings in working-groups.ics; Security's is tentative: which week is not known.
    //  Left out: Environments (schedule not understood)." Never empty.
    std::string summary;
    Diagnostics diagnostics;
};

// A meeting as the visitor is told of it, in the viewer's zone: the one text the screen draws
// and the accessible mirror reads (ViewModel::meetingView).
struct MeetingView {
    struct Choice {
        std::string label;  // "Wed 9 Dec"
        std::string start;  // its startOf(), for setWeekChoice()
    };
    struct Link {
        std::string label;  // "Join", "Notes", "Recordings"
        std::string url;    // http(s), mailto or relative only
    };
    std::string title;      // the meeting's own title, or ""
    std::string original;   // the registry's words for it ("Wednesdays at 11:00 PT (biweekly)")
    std::string when;       // the next one, "Wed 9 Dec 11:00"; with a week not known "Wed 11:00"; or ""
                            // a rotating meeting's slot follows: "Thu 10 Dec 03:00 (Asia-Pacific)"
    std::string skipped;    // dates skipped before it: "Not on Thu 24 Dec: holiday"
    std::string countdown;  // with a dated `when`: "in 2 d 3 h", "happening now, ends in 20 min"
    bool happening = false;
    std::string cadence;    // "every other week, your time (America/Los_Angeles)"
    std::vector<std::string> later;  // the dates after `when`
    bool weekChosen = false;         // the week is the visitor's, kept on the device
    std::vector<Choice> weeks;       // week not known: the dates the next one may fall on
    std::string weekHelp;            // with `weeks`: how to find out which
    std::string problem;             // why no time can be given ("paused: over the summer")
    std::string status;              // "paused", "ended" or "" (active)
    std::vector<Link> links;
};

// One meeting of the visitor's week (ViewModel::myWeek), in the viewer's zone.
struct WeekMeeting {
    uint32_t group = 0;
    size_t meeting = 0;
    std::string name;         // the group's name
    std::string title;        // the meeting's own title, or ""
    int startMinute = 0;      // minutes after the day's midnight, viewer's zone
    int endMinute = 0;        // may pass 24:00 (1440) when it ends on the next day
    bool outsideHours = false;  // not within the visitor's hours (setHours)
    std::vector<std::string> clashes;  // the meetings it overlaps that day: "Networking 11:30-12:30"
    std::string text;         // "11:00-12:00 Security (clash with Networking 11:30-12:30)"
};

// A week of the picked groups' meetings, Monday first, in the viewer's zone.
struct MyWeek {
    struct Day {
        int64_t day = 0;              // days since 1970-01-01, the viewer's date
        std::string label;            // "Wednesday 9 December"
        std::string shortLabel;       // "Wed 9"
        std::vector<WeekMeeting> meetings;  // by start
    };
    int shift = 0;                    // weeks from this one
    std::string title;                // "Week of Monday 7 December 2026"
    std::vector<Day> days;            // seven
    // Biweekly (or rarer) meetings whose week is not known: not placed on a day.
    // "API Management: Mondays 17:00, every other week, which week is not known"
    std::vector<std::string> weekUnknown;
    std::vector<std::string> noTime;  // picked groups with no time to show: "Core: no time given"
    int clashes = 0;                  // meetings that overlap another
    int outsideHours = 0;
};

class ViewModel {
public:
    explicit ViewModel(ZoneDb& zones);

    // ---- data -------------------------------------------------------------------------------
    // A fatal load keeps the current registry; its diagnostics become `failedUpdate()`.
    int setRegistry(Registry registry, Diagnostics diagnostics, bool fatal);
    const Registry& registry() const { return registry_; }
    const Diagnostics& diagnostics() const { return diagnostics_; }
    const Diagnostics& failedUpdate() const { return failedUpdate_; }

    // ---- time -------------------------------------------------------------------------------
    // The clock; meeting times are recomputed when a cached next meeting has ended or the day
    // changed. Returns true when something shown changed.
    bool setNow(int64_t nowUtc);
    int64_t now() const { return now_; }
    void setViewerZone(const std::string& zone);  // unknown zones are refused (kept as before)
    const std::string& viewerZone() const { return zone_; }
    void setHours(int fromMinute, int toMinute);
    int hoursFrom() const { return hoursFrom_; }
    int hoursTo() const { return hoursTo_; }

    // ---- query, filters, order --------------------------------------------------------------
    void setQuery(const std::string& query);
    const std::string& query() const { return query_; }
    void toggleFacet(FacetKind kind, const std::string& value);
    bool facetSelected(FacetKind kind, const std::string& value) const;
    void clearFacets();
    const FacetSelection& facets() const { return facetSel_; }
    void setFitsHoursOnly(bool on);
    bool fitsHoursOnly() const { return fitsOnly_; }
    void setSort(SortOrder order);
    SortOrder sort() const { return sort_; }

    // The current results in display order: how many, and the group (index into
    // registry().groups) at a row. Ranked results are fetched from the engine a page at a time,
    // as rows are asked for: a keystroke ranks the rows on screen, not every match.
    size_t rowCount();
    uint32_t row(size_t index);  // index < rowCount()
    // Every result in display order (ranks them all).
    const std::vector<uint32_t>& order();
    // The engine's answer: total, facets, messages, "did you mean" (hits: the rows fetched so far).
    const QueryResult& result();
    // Highlight spans of a shown group (empty when none or not computed for it).
    const std::vector<Span>& spans(uint32_t group);
    // Marks the rows [first, last) of order() as on screen: their spans are computed (and those
    // of some rows around them, so small scrolls reuse the work).
    void setVisibleRows(size_t first, size_t last);
    std::pair<size_t, size_t> visibleRows() const { return {visibleFirst_, visibleLast_}; }

    // ---- selection and calendar picks -------------------------------------------------------
    void select(const std::string& groupId);  // "" clears
    const std::string& selected() const { return selected_; }
    int selectedGroup() const;  // index into registry().groups, or -1
    int selectedRow();          // its row among the rows fetched so far, or -1
    // Moves the selection by `delta` rows within order() (clamped); selects the first row when
    // nothing is selected.
    void moveSelection(int delta);
    void togglePick(const std::string& groupId);
    bool picked(const std::string& groupId) const { return picks_.count(groupId) > 0; }
    const std::set<std::string>& picks() const { return picks_; }
    void clearPicks() { picks_.clear(); }

    // ---- meetings in the viewer's zone ------------------------------------------------------
    const NextMeeting& next(uint32_t group);
    OccurrenceList upcoming(uint32_t group, size_t meeting, int count);
    const MeetingFacts& facts(uint32_t group, size_t meeting);

    // The row's words for the next meeting: "Wed 12 Mar 19:00 · in 2 d 3 h" (countdown within a
    // week), "Wed 19:00 · every other week, which week?" or the reason no time is known.
    std::string nextText(uint32_t group);

    // ---- which week -------------------------------------------------------------------------
    // A biweekly (or rarer) meeting without `start`: the visitor may know which week it is (from
    // the meeting's calendar). `start` is the startOf() of one of upcoming()'s candidates; "" forgets.
    // The choice belongs to the group and that schedule: a changed schedule forgets it.
    void setWeekChoice(uint32_t group, size_t meeting, const std::string& start);
    bool weekChosen(uint32_t group, size_t meeting) const;
    // The meeting as times are computed: with the visitor's week as its `start`.
    Meeting meetingAsKnown(uint32_t group, size_t meeting) const;

    // An iCalendar file with the meetings of these groups (all picked ones when empty), with the
    // visitor's weeks; a meeting whose week is still not known is a tentative series.
    CalendarFile calendarFile(const std::vector<std::string>& groupIds, const std::string& fileName);
    std::string calendar(const std::vector<std::string>& groupIds, Diagnostics* diagnostics = nullptr);

    // The picked groups' meetings in the week `shift` weeks from the current one (Monday first,
    // viewer's zone): on their days with the clashes and those outside the visitor's hours; a
    // meeting whose week is not known is listed apart, never placed on a guessed week.
    MyWeek myWeek(int shift) const;
    // Whether the visitor opened "My week", and which week it shows (weeks from this one).
    void showWeek(bool open, int shift = 0) { weekOpen_ = open; weekShift_ = open ? shift : 0; }
    bool weekOpen() const { return weekOpen_; }
    int weekShift() const { return weekShift_; }

    // ---- kept on the device -----------------------------------------------------------------
    // The visitor's weeks and chosen zone as JSON text ({"zone": ..., "weeks": {...}}), for the
    // platform to keep (Action::Remember); applyDeviceState() takes it back, ignoring what it
    // cannot use. deviceVersion() increments when it changes.
    std::string deviceState() const;
    void applyDeviceState(const std::string& json);
    uint64_t deviceVersion() const { return deviceVersion_; }
    // The zone picked by the visitor (kept on the device), unlike one from a link or the platform.
    void chooseViewerZone(const std::string& zone);

    // ---- since the last visit ---------------------------------------------------------------
    // The digest (model/digest.h) an earlier visit kept on the device; "" or anything unreadable
    // is none, as on a first visit. Nothing of it leaves the device.
    void setLastVisit(const std::string& digestText);
    // Forgets it: no change is shown until the next visit.
    void forgetLastVisit();
    // The registry shown, as this visit's digest dated today: for the platform to keep.
    std::string visitDigest() const;
    // What changed since then (new, removed, renamed groups, leads, contacts, moved meetings), in
    // the viewer's zone; empty on a first visit.
    const RegistryChanges& changes();
    std::string changesLine();  // "3 changes since 12 Nov"; "" when nothing changed
    bool changedSinceLastVisit(uint32_t group);
    std::vector<std::string> changesOf(uint32_t group);  // "Security: new lead Ann Lee", ...
    // The "changed" filter: only the groups changed since the last visit.
    void setChangedOnly(bool on);
    bool changedOnly() const { return changedOnly_; }

    // ---- sharing ----------------------------------------------------------------------------
    // "q=lead%3Asven&g=security&tz=Europe%2FBerlin&f=day%3Awed&sort=name&fit=1" (only what is set).
    std::string shareState() const;
    // Applies a shareState() string; unknown keys are ignored. Returns true when anything changed.
    bool applyShareState(const std::string& state);
    // The shareable state with this group selected: what "Copy link" puts after the page's address.
    std::string linkState(const std::string& groupId) const;

    // What the screen shows, for the host page's state() and the tests.
    nlohmann::json state();
    std::string stateJson();  // state() as text
    // The page's search(): the same index, meeting facts and viewer's zone as the screen, so
    // "day:wed" means the viewer's Wednesday there too. JSON as wgf::resultsToJson().
    std::string searchJson(const std::string& query, size_t limit);

    // ---- what the screen says ---------------------------------------------------------------
    // A group's meeting in the viewer's zone, in words (`later`: up to that many dates after the next).
    MeetingView meetingView(uint32_t group, size_t meeting, int later = 2);
    // A result in one sentence: "Security. Leads: Ann Lee (Google). Next meeting Wed 9 Dec 11:00".
    std::string rowText(uint32_t group);
    // What changed, to say aloud, once: "5 groups found" when the count or the query changed;
    // "Security, 3 of 7. Leads: ..." when the selection did. "" when nothing did.
    std::string takeAnnouncement();

    // ---- the accessible mirror --------------------------------------------------------------
    // What a screen reader is given beside the canvas (Mirror in src/web/exports.h), in parts so
    // that the platform sends on only the part that changed: the controls and their state, the
    // zones to pick from, one page of results, the selected group's details ("null": none). JSON text.
    // The zones are "[]" until wantZoneList(): hundreds of zones' offsets would cost the first frame
    // about a tenth of a second in a browser, for a list only a visitor who reaches it needs.
    std::string mirrorControls();
    std::string mirrorZones();
    void wantZoneList() { zonesWanted_ = true; }
    std::string mirrorResults();
    std::string mirrorDetails();
    // The page of results the mirror lists (kMirrorPage rows each). It follows the selection and
    // goes back to the first page when the results change.
    static constexpr size_t kMirrorPage = 50;
    void setMirrorPage(size_t page);

    // ---- the zone picker --------------------------------------------------------------------
    // The zones a visitor can pick (platformZones()); a later call adds countries to those known.
    void setZones(const std::vector<ZoneEntry>& zones);
    // True while no zone has a country (in the browser, until the web layer adds them).
    bool zonesWithoutCountries() const;
    // The zones whose name, city, country or current offset contain every word of `filter` (any
    // case, "new york", "japan", "+05:30"): those matched by name first, then by country, then by
    // offset, by name within each. Without a filter the viewer's zone, the registry's and UTC first.
    std::vector<ZoneOption> zoneOptions(const std::string& filter);

    // Increments when order() or spans change, so the screen can tell the DOM mirror.
    uint64_t generation() const { return generation_; }

private:
    void rebuildTimes();
    void refresh();
    void fetchRows(size_t count);  // makes order_ hold at least `count` rows (or all)
    QueryOptions queryOptions() const;
    void computeNext(uint32_t group);
    void resetNextMeetings();  // next meetings are computed again (clock, visitor's weeks)
    std::string meetingKey(const Meeting& m) const;
    std::string shareStateWith(const std::string& selected) const;
    std::string weekKey(uint32_t group, size_t meeting) const;

    ZoneDb& db_;
    Registry registry_;
    Diagnostics diagnostics_, failedUpdate_;
    SearchIndex index_;
    std::string query_, selected_, zone_;
    FacetSelection facetSel_;
    bool fitsOnly_ = false;
    SortOrder sort_ = SortOrder::Relevance;
    int hoursFrom_ = 8 * 60, hoursTo_ = 20 * 60;
    int64_t now_ = 0;
    int64_t timesValidUntil_ = 0;  // next meetings are recomputed after this instant
    int64_t factsDay_ = std::numeric_limits<int64_t>::min();
    bool stale_ = true;            // the query must run again
    QueryResult result_;
    std::vector<uint32_t> order_;     // the first rows of the results, or all of them
    bool orderComplete_ = true;       // order_ holds every result
    bool revealSelection_ = false;    // selectedRow() may fetch rows to find a new selection
    std::vector<uint32_t> nameRank_;  // group index -> position in name order
    std::map<uint32_t, std::vector<Span>> spans_;
    size_t visibleFirst_ = 0, visibleLast_ = 0;  // rows on screen
    size_t spansFirst_ = 0, spansLast_ = 0;      // rows whose spans are computed
    bool spansStale_ = true;
    std::set<std::string> picks_;
    std::vector<NextMeeting> next_;
    std::vector<bool> nextDone_;
    // Each meeting's facts, group after group (group g's from factsStart_[g]): the entries of
    // factsBySchedule_, which identical schedules share, not a copy per meeting.
    std::vector<const MeetingFacts*> facts_;
    std::vector<uint32_t> factsStart_;  // per group, + 1
    std::map<std::string, MeetingFacts> factsBySchedule_;
    std::map<std::string, NextMeeting> nextBySchedule_;
    uint64_t generation_ = 0;
    std::map<std::string, std::string> weeks_;  // weekKey -> the visitor's start
    std::string chosenZone_;
    std::vector<ZoneEntry> zones_;                    // the picker's zones, sorted by name
    std::vector<ZoneKeys> zoneKeys_;                  // their words, parallel to zones_
    std::map<std::string, std::string> zoneOffsets_;  // "UTC+09:00" by zone, during zoneOffsetsHour_
    int64_t zoneOffsetsHour_ = std::numeric_limits<int64_t>::min();
    uint64_t deviceVersion_ = 0;
    std::optional<RegistryDigest> lastVisit_;
    RegistryChanges changes_;
    std::vector<bool> changed_;  // by group: changed since the last visit (changes())
    bool changesStale_ = true;
    bool changedOnly_ = false;
    bool weekOpen_ = false;
    int weekShift_ = 0;
    size_t mirrorPage_ = 0;
    std::string mirrorFollows_;      // the selection the page last followed
    std::string mirrorResults_;      // the query, filters and order the page was set for
    std::string mirrorZonesKey_, mirrorZonesText_;
    bool zonesWanted_ = false;  // mirrorZones() as last written, and for what
    uint64_t zonesVersion_ = 0;                      // increments with every setZones()
    std::string announcedSelected_;
    size_t announcedTotal_ = SIZE_MAX;
    std::string announcedQuery_ = "\x01";  // no query announced yet
};

// Percent-encoding for share-state values (RFC 3986 unreserved characters kept).
std::string percentEncode(const std::string& s);
std::string percentDecode(const std::string& s);
// "19:00" from minutes after midnight.
std::string formatMinutes(int minutes);
// The characters to type again when the search field takes the focus: those that arrived on that
// frame, which ImGui drops (ocornut/imgui#4682), without the '/' that asked for the focus.
std::string textToRetype(const std::vector<uint32_t>& queued);

}  // namespace wgf::ui
