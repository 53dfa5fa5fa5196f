// The view model's meetings as the visitor knows them: the week of a biweekly meeting the
// registry does not give, what is kept on the device, and the calendar file with its summary.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "model/json_text.h"
#include "time/civil.h"
#include "time/ics.h"
#include "ui/view_model.h"

namespace wgf::ui {

namespace {

constexpr size_t kMaxRememberedWeeks = 500;  // a device state is small, whatever it holds

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string s;
    for (const auto& x : items) s += (s.empty() ? "" : separator) + x;
    return s;
}

}  // namespace

std::string ViewModel::weekKey(uint32_t group, size_t meeting) const {
    return registry_.groups[group].id + '|' + meetingKey(registry_.groups[group].meetings[meeting]);
}

Meeting ViewModel::meetingAsKnown(uint32_t group, size_t meeting) const {
    if (group >= registry_.groups.size() || meeting >= registry_.groups[group].meetings.size()) return {};
    Meeting m = registry_.groups[group].meetings[meeting];
    if (m.start.empty() && m.anchor.empty() && m.weeks.empty() && m.rotation.empty()) {
        auto it = weeks_.find(weekKey(group, meeting));
        if (it != weeks_.end()) m.start = it->second;
    }
    return m;
}

bool ViewModel::weekChosen(uint32_t group, size_t meeting) const {
    if (group >= registry_.groups.size() || meeting >= registry_.groups[group].meetings.size()) return false;
    const Meeting& m = registry_.groups[group].meetings[meeting];
    return m.start.empty() && m.anchor.empty() && m.weeks.empty() && m.rotation.empty() && weeks_.count(weekKey(group, meeting)) > 0;
}

void ViewModel::setWeekChoice(uint32_t group, size_t meeting, const std::string& start) {
    if (group >= registry_.groups.size() || meeting >= registry_.groups[group].meetings.size()) return;
    const Meeting& m = registry_.groups[group].meetings[meeting];
    std::string key = weekKey(group, meeting);
    if (start.empty()) {
        if (weeks_.erase(key) == 0) return;
    } else {
        // Only a date the meeting may fall on, at its time: one of upcoming()'s candidates.
        auto rule = parseRecurrenceRule(m.rrule);
        auto local = parseLocalDateTime(start);
        if (!m.start.empty() || !m.anchor.empty() || !m.weeks.empty() || !m.rotation.empty() || !rule || rule->interval < 2 || !local ||
            start.substr(11, 5) != m.time)
            return;
        rule->interval = 1;
        auto first = expandLocal(*rule, std::nullopt, static_cast<int>(*local - floorDiv(*local, 86400) * 86400), *local, 1);
        if (!first || first->empty() || first->front() != *local) return;
        if (weeks_.size() >= kMaxRememberedWeeks && !weeks_.count(key)) return;
        weeks_[key] = start.substr(0, 16);
    }
    ++deviceVersion_;
    resetNextMeetings();
}

void ViewModel::chooseViewerZone(const std::string& zone) {
    setViewerZone(zone);
    if (zone_ != zone || chosenZone_ == zone) return;
    chosenZone_ = zone;
    ++deviceVersion_;
}

std::string ViewModel::deviceState() const {
    nlohmann::json j = nlohmann::json::object();
    if (!chosenZone_.empty()) j["zone"] = chosenZone_;
    if (!weeks_.empty()) j["weeks"] = weeks_;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ViewModel::applyDeviceState(const std::string& text) {
    nlohmann::json j = parseJson(text);
    if (!j.is_object()) return;
    if (auto z = j.find("zone"); z != j.end() && z->is_string() && db_.isKnown(z->get<std::string>())) {
        chosenZone_ = z->get<std::string>();
        setViewerZone(chosenZone_);
    }
    if (auto w = j.find("weeks"); w != j.end() && w->is_object()) {
        for (auto it = w->begin(); it != w->end() && weeks_.size() < kMaxRememberedWeeks; ++it)
            if (it.value().is_string() && parseLocalDateTime(it.value().get<std::string>())) weeks_[it.key()] = it.value().get<std::string>();
        resetNextMeetings();
    }
}

CalendarFile ViewModel::calendarFile(const std::vector<std::string>& groupIds, const std::string& fileName) {
    const std::vector<std::string> ids = groupIds.empty() ? std::vector<std::string>(picks_.begin(), picks_.end()) : groupIds;
    Registry chosen;
    chosen.title = registry_.title;  // the events' UIDs are the registry's own
    std::vector<std::string> leftOut, tentative;
    for (const auto& id : ids) {
        int gi = registry_.findGroup(id);
        if (gi < 0) continue;
        Group g = registry_.groups[gi];
        for (size_t i = 0; i < g.meetings.size(); ++i) g.meetings[i] = meetingAsKnown(static_cast<uint32_t>(gi), i);
        if (g.meetings.empty()) leftOut.push_back(g.name + " (no meeting given)");
        chosen.groups.push_back(std::move(g));
    }
    IcsOptions options;
    options.nowUtc = now_;
    options.unknownWeekTentative = true;
    IcsResult r = toICalendar(chosen, db_, options);
    for (const IcsMeeting& m : r.meetings) {
        const Group& g = chosen.groups[m.group];
        std::string name = g.name + (g.meetings.size() > 1 && !g.meetings[m.meeting].title.empty() ? " " + g.meetings[m.meeting].title : "");
        if (m.how == IcsMeeting::How::Tentative) tentative.push_back(name);
        if (m.how == IcsMeeting::How::LeftOut) leftOut.push_back(name + " (" + m.reason + ")");
    }
    CalendarFile out;
    out.events = static_cast<int>(std::count_if(r.meetings.begin(), r.meetings.end(), [](const IcsMeeting& m) { return m.how != IcsMeeting::How::LeftOut; }));
    out.tentative = r.tentative;
    out.summary = out.events == 0 ? "No meeting could go in a calendar."
                                  : std::to_string(out.events) + (out.events == 1 ? " meeting" : " meetings") + " in " + fileName + ".";
    if (!tentative.empty())
        out.summary += " Which week is not known for " + joined(tentative, ", ") +
                       ": marked tentative on every week it may fall on (pick the week in the details if you know it).";
    if (!leftOut.empty()) out.summary += " Left out: " + joined(leftOut, "; ") + ".";
    out.text = std::move(r.text);
    out.diagnostics = std::move(r.diagnostics);
    return out;
}

std::string ViewModel::calendar(const std::vector<std::string>& groupIds, Diagnostics* diagnostics) {
    CalendarFile f = calendarFile(groupIds, "the calendar");
    if (diagnostics) *diagnostics = std::move(f.diagnostics);
    return std::move(f.text);
}

}  // namespace wgf::ui
