// The visitor's week: the picked groups' meetings on the days of one week in the viewer's zone,
// which clash and which fall outside the visitor's hours. The dates are nextOccurrences()'s (with
// the visitor's weeks, meetingAsKnown()): a meeting whose week is not known is listed apart.
#include <algorithm>

#include "time/civil.h"
#include "time/facts.h"
#include "ui/view_model.h"

namespace wgf::ui {

namespace {

constexpr int kMaxPerWeek = 32;  // occurrences of one meeting looked at in a week

std::string span(int from, int to) { return formatMinutes(from % 1440) + "-" + formatMinutes(to % 1440); }

std::string dayLabel(int64_t day, bool withYear) {
    int y = 0, m = 0, d = 0;
    civilFromDays(day, y, m, d);
    std::string s = std::string(kWeekdays[weekdayFromDays(day)].name) + " " + std::to_string(d) + " " + kMonths[m - 1].name;
    return withYear ? s + " " + std::to_string(y) : s;
}

}  // namespace

MyWeek ViewModel::myWeek(int shift) const {
    MyWeek out;
    out.shift = shift;
    const int offset = db_.utcOffsetSeconds(zone_, now_).value_or(0);
    const int64_t today = floorDiv(now_ + offset, 86400);
    const int64_t monday = today - weekdayFromDays(today) + 7 * static_cast<int64_t>(shift);
    out.title = "Week of " + dayLabel(monday, true);
    for (int i = 0; i < 7; ++i) {
        MyWeek::Day d;
        d.day = monday + i;
        d.label = dayLabel(d.day, false);
        int y = 0, m = 0, dd = 0;
        civilFromDays(d.day, y, m, dd);
        d.shortLabel = std::string(kWeekdays[i].shortName) + " " + std::to_string(dd);
        out.days.push_back(std::move(d));
    }
    const int64_t fromUtc = localToUtc(db_, zone_, monday * 86400).value_or(monday * 86400 - offset);
    const int64_t toUtc = localToUtc(db_, zone_, (monday + 7) * 86400).value_or((monday + 7) * 86400 - offset);

    for (const std::string& id : picks_) {
        int gi = registry_.findGroup(id);
        if (gi < 0) continue;
        const Group& g = registry_.groups[gi];
        bool shown = false;
        for (size_t mi = 0; mi < g.meetings.size(); ++mi) {
            Meeting m = meetingAsKnown(static_cast<uint32_t>(gi), mi);
            if (!m.hasStructuredTime()) continue;
            // Those ending after the week's start: one that began on Sunday and runs into Monday
            // belongs to Sunday, of the week before.
            OccurrenceList list = nextOccurrences(m, db_, fromUtc, zone_, kMaxPerWeek);
            std::string name = g.name + (m.title.empty() ? "" : " " + m.title);
            if (list.phaseUnknown && !list.candidates.empty()) {
                const Occurrence& c = list.candidates.front();
                auto rule = parseRecurrenceRule(m.rrule);
                const bool monthly = rule && rule->freq == RecurrenceRule::Freq::Monthly;
                const std::string unit = monthly ? "month" : "week";
                out.weekUnknown.push_back(name + ": " + kWeekdays[c.viewerWeekday].name + "s " + formatMinutes(c.viewer.hour * 60 + c.viewer.minute) +
                                          (list.period == 2 ? ", every other " + unit : ", every " + std::to_string(list.period) + " " + unit + "s") +
                                          ", which " + unit + " is not known");
                shown = true;
                continue;
            }
            for (const Occurrence& o : list.items) {
                if (o.startUtc < fromUtc || o.startUtc >= toUtc) continue;
                int64_t localStart = o.startUtc + o.viewerOffsetSeconds;
                int64_t day = floorDiv(localStart, 86400);
                if (day < monday || day >= monday + 7) continue;
                WeekMeeting w;
                w.group = static_cast<uint32_t>(gi);
                w.meeting = mi;
                w.name = g.name;
                w.title = m.title;
                w.startMinute = static_cast<int>(localStart - day * 86400) / 60;
                w.endMinute = w.startMinute + static_cast<int>((o.endUtc - o.startUtc) / 60);
                MeetingFacts f;
                f.scheduled = true;
                f.localStartMinutes = {w.startMinute};
                f.durationMinutes = w.endMinute - w.startMinute;
                w.outsideHours = !fitsHours(f, hoursFrom_, hoursTo_);
                out.days[static_cast<size_t>(day - monday)].meetings.push_back(std::move(w));
                shown = true;
            }
        }
        if (!shown) out.noTime.push_back(g.name + ": no time in this week");
    }

    for (MyWeek::Day& d : out.days) {
        auto& ms = d.meetings;
        std::sort(ms.begin(), ms.end(), [](const WeekMeeting& a, const WeekMeeting& b) {
            return a.startMinute != b.startMinute ? a.startMinute < b.startMinute : a.name < b.name;
        });
        for (size_t i = 0; i < ms.size(); ++i)
            for (size_t j = 0; j < ms.size(); ++j)
                if (i != j && ms[i].startMinute < ms[j].endMinute && ms[j].startMinute < ms[i].endMinute)
                    ms[i].clashes.push_back(ms[j].name + (ms[j].title.empty() ? "" : " " + ms[j].title) + " " + span(ms[j].startMinute, ms[j].endMinute));
        for (WeekMeeting& w : ms) {
            w.text = span(w.startMinute, w.endMinute) + " " + w.name + (w.title.empty() ? "" : " " + w.title);
            if (!w.clashes.empty()) {
                w.text += " (clash with ";
                for (size_t k = 0; k < w.clashes.size(); ++k) w.text += (k ? ", " : "") + w.clashes[k];
                w.text += ")";
                ++out.clashes;
            }
            if (w.outsideHours) {
                w.text += ", outside your hours";
                ++out.outsideHours;
            }
        }
    }
    return out;
}

}  // namespace wgf::ui
