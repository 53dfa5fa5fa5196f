// wgfinder importer: what every layout shares once it knows which field a cell holds.
//
// A layout (layouts.h) finds the groups of a page and, for each, pairs of (field, cell). The
// Reader turns such a pair into model values (leads, contacts, meetings, links...), reports what
// it leaves out with its line, and gives each group a unique id.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "import/fields.h"
#include "import/markdown.h"
#include "import/outline.h"

namespace wgf::importer {

// Meeting addresses given apart from the times ("Meeting Link", "Meeting Notes" columns or rows):
// they go to the group's meetings once all its fields are read (Reader::finishGroup).
struct MeetingExtras {
    std::string url, notesUrl, recordingsUrl;
    int line = 0;
};

// One row of a table of people: the name cell is only a name when a Company column exists
// ("Jackie Maertens (Elliot)" keeps its parentheses), else it is read by parsePerson(); the
// GitHub handle comes from a link in the name or Profile cell. Columns absent are SIZE_MAX.
Person personOfRow(const TableRow& row, size_t nameCol, size_t companyCol, size_t profileCol);

struct Reader {
    const ImportOptions& options;
    ImportResult& result;
    std::unordered_set<std::string> ids = {};  // of the groups so far: a page of 50,000 rows stays linear

    void warn(int line, std::string message, std::string groupId = {});
    void warn(const RichText& at, std::string message, std::string groupId = {});  // at the text's line and column
    void error(int line, std::string message, std::string groupId = {});

    // Resolves a link of the page; empty (and reported) when it is not safe to show.
    std::string vet(const std::string& href, const RichText& at, const std::string& groupId);

    // A new group named `name` (already collapsed), with a unique id (`preferredId` when it is
    // free, else slugify(name), "-2", "-3"... with a warning); nullptr when the name is empty.
    // The group is added to the registry at once, in page order.
    Group* newGroup(const std::string& name, int line, const std::string& kind, const std::string& preferredId = {});

    // Reads one field's cell into `g`. `label` is the header or label as written (contacts take
    // their kind from it, links their label); `place` is what parseSchedule() gets as context;
    // `meetingTitle` names the meetings the cell holds when it does not ("Europe + Asia").
    void readField(Group& g, Field field, const std::string& label, const RichText& cell, MeetingExtras& extras,
                   const std::string& place, const std::string& meetingTitle = {});

    // Gives the meetings of `g` the addresses read apart from them; a join address with no
    // meeting time at all becomes a meeting of its own, notes and recordings then group links.
    void finishGroup(Group& g, const MeetingExtras& extras);

    // One lead (from a table of people) to `g`, unless one of the same name is there already.
    void addLead(Group& g, Person p);

    void readLeads(Group& g, const RichText& cell, const std::string& role);
    void readContacts(Group& g, const RichText& cell, const std::string& label);
    void readMeetings(Group& g, const RichText& cell, const std::string& place, const std::string& title);
    // Every link of the cell to g.links, labelled `label` (plus the link text when there are
    // several); with an empty label (links of running text) by the link text alone.
    void readLinks(Group& g, const RichText& cell, const std::string& label);
};

}  // namespace wgf::importer
