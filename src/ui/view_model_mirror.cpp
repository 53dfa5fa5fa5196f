// What the view model says in words: a meeting in the viewer's zone (drawn by the screen, read by
// the accessible mirror), a result in one sentence, the announcements, and the accessible mirror:
// the same controls, results and details as the canvas, as data the platform turns into elements.
//
// Index of this file:
// [SECTION] Meetings and rows in words
// [SECTION] Announcements
// [SECTION] The accessible mirror
#include <algorithm>

#include "model/text.h"
#include "time/feeds.h"
#include "ui/json_writer.h"
#include "ui/view_model.h"
#include "ui/view_model_facets.h"
#include "time/series.h"

namespace wgf::ui {

//-----------------------------------------------------------------------------
// [SECTION] Meetings and rows in words
//-----------------------------------------------------------------------------


namespace {

// "Wed 9 Dec 11:00", with its slot or that it is an extra date: "Thu 10 Dec 03:00 (Asia-Pacific)".
std::string occurrenceText(const Meeting& m, const Occurrence& o) {
    std::string s = formatOccurrence(o);
    if (o.slot >= 0 && static_cast<size_t>(o.slot) < m.rotation.size()) {
        const std::string& title = m.rotation[static_cast<size_t>(o.slot)].title;
        s += " (" + (title.empty() ? "slot " + std::to_string(o.slot + 1) : title) + ")";
    } else if (o.extra) {
        s += " (extra date)";
    }
    return s;
}

}  // namespace

MeetingView ViewModel::meetingView(uint32_t gi, size_t i, int later) {
    MeetingView v;
    if (gi >= registry_.groups.size() || i >= registry_.groups[gi].meetings.size()) return v;
    const Meeting& m = registry_.groups[gi].meetings[i];
    v.title = m.title;
    v.original = m.schedule.empty() ? m.note : m.schedule;
    v.status = inactiveStatus(m);
    if (m.hasStructuredTime() || !v.status.empty()) {
        OccurrenceList next = upcoming(gi, i, later + 1);
        if (!next.items.empty()) {
            const Occurrence& o = next.items[0];
            v.when = occurrenceText(m, o);
            v.countdown = formatCountdown(now_, o.startUtc, o.endUtc);
            v.happening = o.startUtc <= now_ && now_ < o.endUtc;
            v.cadence = describeCadence(meetingAsKnown(gi, i)) + ", your time (" + zone_ + ")";  // with the visitor's week
            for (size_t k = 1; k < next.items.size(); ++k) v.later.push_back(occurrenceText(m, next.items[k]));
            for (const auto& k : next.skipped) {
                if (k.when.startUtc >= o.startUtc) break;
                v.skipped += (v.skipped.empty() ? "Not on " : ", nor on ") + formatDate(k.when) + (k.reason.empty() ? "" : ": " + k.reason);
            }
            v.weekChosen = weekChosen(gi, i);
        } else if (next.phaseUnknown && !next.candidates.empty()) {
            v.when = formatDayTime(next.candidates[0]);
            v.cadence = describeCadence(m, false) + ", your time (" + zone_ + ")";
            v.weekHelp = std::string("Which week is not given: ") +
                         (openableLink(m.url) ? "the meeting's link" : "the group's calendar") +
                         " will say. If you know it, pick the next one:";
            size_t n = std::min(next.candidates.size(), static_cast<size_t>(std::max(1, next.period)));
            for (size_t k = 0; k < n; ++k) v.weeks.push_back({formatDate(next.candidates[k]), startOf(next.candidates[k])});
        } else {
            v.problem = next.message;
        }
    }
    auto addLink = [&](const char* label, const std::string& url) {
        if (openableLink(url)) v.links.push_back({label, url});
    };
    addLink("Join", m.url);
    addLink("Notes", m.notesUrl);
    addLink("Recordings", m.recordingsUrl);
    return v;
}

std::string ViewModel::rowText(uint32_t gi) {
    if (gi >= registry_.groups.size()) return "";
    const Group& g = registry_.groups[gi];
    std::string text = g.name;
    std::string leads;
    for (const auto& p : g.leads) leads += (leads.empty() ? "" : ", ") + p.name + (p.company.empty() ? "" : " (" + p.company + ")");
    if (!leads.empty()) text += ". Leads: " + leads;
    const NextMeeting& n = next(gi);
    if (n.known()) text += ". Next meeting " + n.when;
    else if (n.weekUnknown) text += ". Meets " + n.when + ", " + n.note;
    else if (!n.status.empty()) text += ". Meeting " + n.note;
    if (changedSinceLastVisit(gi)) text += ". Changed since your last visit";
    return text;
}

//-----------------------------------------------------------------------------
// [SECTION] Announcements
//-----------------------------------------------------------------------------

std::string ViewModel::takeAnnouncement() {
    std::string said;
    size_t total = rowCount();
    if (total != announcedTotal_ || query_ != announcedQuery_) {
        announcedTotal_ = total;
        announcedQuery_ = query_;
        said = total == 0 ? "No groups found" : total == 1 ? "1 group found" : std::to_string(total) + " groups found";
    }
    if (selected_ != announcedSelected_) {
        announcedSelected_ = selected_;
        int g = selectedGroup(), row = selectedRow();
        if (g >= 0) {
            std::string where = row >= 0 ? ", " + std::to_string(row + 1) + " of " + std::to_string(total) : "";
            std::string text = rowText(static_cast<uint32_t>(g));  // starts with the name
            text.insert(registry_.groups[static_cast<size_t>(g)].name.size(), where);  // "Security, 3 of 7. Leads: ..."
            said += (said.empty() ? "" : ". ") + text;
        }
    }
    return said;
}

//-----------------------------------------------------------------------------
// [SECTION] The accessible mirror
//-----------------------------------------------------------------------------

std::string ViewModel::mirrorControls() {
    const QueryResult& r = result();
    JsonWriter w;
    w.open('{').field("query", query_);
    w.field("sort", sort_ == SortOrder::Name ? "name" : sort_ == SortOrder::NextMeeting ? "next" : "relevance");
    w.field("zone", zone_).key("fit").boolean(fitsOnly_).key("from").num(static_cast<size_t>(hoursFrom_ / 60));
    w.key("to").num(static_cast<size_t>(hoursTo_ / 60));
    w.field("fitLabel", "Only groups that meet between " + formatMinutes(hoursFrom_) + " and " + formatMinutes(hoursTo_) + " your time");
    w.key("facets").open('[');
    auto facet = [&](const char* title, FacetKind kind, const std::vector<FacetValue>& values) {
        if (values.empty()) return;
        w.open('{').field("title", title).key("options").open('[');
        for (const auto& v : values)
            w.open('{').field("value", std::string(detail::facetKey(kind)) + ":" + v.value)
                .field("label", v.label + " (" + std::to_string(v.count) + ")").key("on").boolean(v.selected).close('}');
        w.close(']').close('}');
    };
    // As the screen orders them.
    facet(r.facets.daysInViewerZone ? "Meets on (your days)" : "Meets on", FacetKind::Day, r.facets.days);
    facet("How often", FacetKind::Cadence, r.facets.cadences);
    facet("Kind", FacetKind::Kind, r.facets.kinds);
    facet("Company", FacetKind::Company, r.facets.companies);
    w.close(']');
    size_t picked = picks_.size();
    w.field("picks", picked == 0 ? "No group picked: pick groups in the results to put their meetings in one calendar."
                                 : std::to_string(picked) + (picked == 1 ? " group" : " groups") + " picked for the calendar.");
    w.key("picked").num(picked);
    w.field("changes", changesLine()).key("changedOnly").boolean(changedOnly_).key("week");
    if (weekOpen_) {
        MyWeek week = myWeek(weekShift_);
        w.open('{').field("title", week.title).key("days").open('[');
        for (const MyWeek::Day& d : week.days) {
            w.open('{').field("label", d.label).key("meetings").open('[');
            for (const WeekMeeting& m : d.meetings) w.str(m.text);
            w.close(']').close('}');
        }
        w.close(']').key("weekUnknown").open('[');
        for (const std::string& u : week.weekUnknown) w.str(u);
        w.close(']').close('}');
    } else {
        w.null();
    }
    w.close('}');
    return w.text();
}

std::string ViewModel::mirrorZones() {
    if (!zonesWanted_) return "[]";
    // Hundreds of zones: written again only when what orders or labels them may have changed (the
    // viewer's zone, the registry (setRegistry() clears the key), the zones and their countries,
    // the hour's offsets), not every frame.
    std::string key = zone_ + "|" + std::to_string(zonesVersion_) + "|" + std::to_string(now_ / 3600);
    if (key == mirrorZonesKey_) return mirrorZonesText_;
    JsonWriter w;
    w.open('[');
    for (const ZoneOption& o : zoneOptions("")) w.open('[').str(o.zone).str(o.label).close(']');
    w.close(']');
    mirrorZonesKey_ = key;
    mirrorZonesText_ = w.text();
    return mirrorZonesText_;
}

void ViewModel::setMirrorPage(size_t page) {
    size_t pages = (rowCount() + kMirrorPage - 1) / kMirrorPage;
    mirrorPage_ = std::min(page, pages > 0 ? pages - 1 : 0);
}

std::string ViewModel::mirrorResults() {
    size_t total = rowCount();
    std::string results = shareStateWith("");
    if (results != mirrorResults_) {  // new results: from the first page
        mirrorResults_ = results;
        mirrorPage_ = 0;
    }
    if (selected_ != mirrorFollows_) {  // a new selection: the page that has it
        mirrorFollows_ = selected_;
        int row = selectedRow();
        if (row >= 0) mirrorPage_ = static_cast<size_t>(row) / kMirrorPage;
    }
    setMirrorPage(mirrorPage_);
    size_t first = mirrorPage_ * kMirrorPage, last = std::min(total, first + kMirrorPage);
    std::string summary = total == 0 ? "No groups found" + (query_.empty() ? "" : " for \xE2\x80\x9C" + query_ + "\xE2\x80\x9D")
                          : total <= kMirrorPage ? std::to_string(total) + (total == 1 ? " group" : " groups")
                                                 : "Groups " + std::to_string(first + 1) + " to " + std::to_string(last) +
                                                       " of " + std::to_string(total);
    if (total == 0 && !result_.didYouMean.empty()) summary += ". Did you mean \xE2\x80\x9C" + result_.didYouMean.front() + "\xE2\x80\x9D?";
    JsonWriter w;
    w.open('{').field("summary", summary).key("page").num(mirrorPage_).key("pages").num((total + kMirrorPage - 1) / kMirrorPage);
    w.key("rows").open('[');
    for (size_t k = first; k < last; ++k) {
        const Group& g = registry_.groups[row(k)];
        w.open('{').field("id", g.id).field("name", g.name).field("text", rowText(row(k)));
        w.key("selected").boolean(g.id == selected_).key("picked").boolean(picked(g.id)).close('}');
    }
    w.close(']').close('}');
    return w.text();
}

namespace {

// "key": [{"label", "url"}] (a url that may not be opened is "").
template <class Items, class Label, class Url>
void labelledLinks(JsonWriter& w, const char* key, const Items& items, Label label, Url url) {
    w.key(key).open('[');
    for (const auto& item : items) {
        std::string u = url(item);
        w.open('{').field("label", label(item)).field("url", openableLink(u) ? u : std::string()).close('}');
    }
    w.close(']');
}

}  // namespace

std::string ViewModel::mirrorDetails() {
    int gi = selectedGroup();
    if (gi < 0) return "null";
    const Group& g = registry_.groups[static_cast<size_t>(gi)];
    std::string about = g.kind;
    if (!g.status.empty()) about += (about.empty() ? "" : ", ") + g.status;
    int parent = g.parent.empty() ? -1 : registry_.findGroup(g.parent);
    if (parent >= 0) about += (about.empty() ? "part of " : ", part of ") + registry_.groups[static_cast<size_t>(parent)].name;
    bool timed = std::any_of(g.meetings.begin(), g.meetings.end(), [](const Meeting& m) { return m.hasStructuredTime(); });
    JsonWriter w;
    w.open('{').field("id", g.id).field("name", g.name).field("about", about).field("description", g.description);
    w.key("calendar").boolean(timed).key("feed").boolean(!feedUrl(registry_, g.id).empty()).key("picked").boolean(picked(g.id));
    w.key("meetings").open('[');
    for (size_t i = 0; i < g.meetings.size(); ++i) {
        MeetingView v = meetingView(static_cast<uint32_t>(gi), i);
        std::string text = v.title.empty() ? "" : v.title + ": ";
        if (!v.when.empty()) {
            // No countdown: it changes every minute, and a changed part is rebuilt under the reader.
            if (!v.skipped.empty()) text += v.skipped + "; ";
            text += (v.weeks.empty() ? (v.skipped.empty() ? "next " : "next on ") : "") + v.when + ", " + v.cadence;
            if (!v.later.empty()) {
                text += ". Then";
                for (size_t k = 0; k < v.later.size(); ++k) text += (k ? ", " : " ") + v.later[k];
            }
            text += ".";
        } else if (!v.problem.empty()) {
            text += v.problem + ".";
        }
        if (!v.original.empty()) text += " The group writes: \xE2\x80\x9C" + v.original + "\xE2\x80\x9D";
        w.open('{').field("text", text).field("weekHelp", v.weekHelp).key("weeks").open('[');
        for (const auto& c : v.weeks) w.open('{').field("label", "It is on " + c.label).field("value", std::to_string(i) + "|" + c.start).close('}');
        w.close(']').field("forget", v.weekChosen ? std::to_string(i) + "|" : std::string());
        labelledLinks(w, "links", v.links, [](const MeetingView::Link& l) { return l.label; }, [](const MeetingView::Link& l) { return l.url; });
        w.close('}');
    }
    w.close(']');
    labelledLinks(
        w, "leads", g.leads,
        [](const Person& p) {
            std::string rest = p.company;
            if (!p.role.empty()) rest += (rest.empty() ? "" : ", ") + p.role;
            return rest.empty() ? p.name.str() : p.name + " (" + rest + ")";
        },
        [](const Person& p) { return p.github.empty() ? std::string() : "https://github.com/" + percentEncode(p.github); });
    labelledLinks(
        w, "contacts", g.contacts,
        [](const Contact& c) {
            std::string label = c.label.empty() ? c.url : c.label;
            return c.kind.empty() ? label : c.kind + ": " + label;
        },
        [](const Contact& c) { return c.url; });
    labelledLinks(w, "links", g.links, [](const Link& l) { return l.label; }, [](const Link& l) { return l.url; });
    w.key("topics").open('[');
    for (const auto& t : g.topics) w.str(t);
    w.close(']').key("changes").open('[');
    for (const auto& c : changesOf(static_cast<uint32_t>(gi))) w.str(c);
    w.close(']').close('}');
    return w.text();
}

}  // namespace wgf::ui
