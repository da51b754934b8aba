#include "domain/BlueprintRules.h"
#include "import/CentreFiles.h"
#include "import/JsonReader.h"

namespace examroom {
namespace {

std::optional<TimeWindow> readWindow(JsonReader& reader, const nlohmann::json& plan,
                                     std::string_view key, Presence presence, const Clock& clock)
{
    const auto* window = reader.object(plan, "", key, presence);
    if (!window)
        return std::nullopt;
    std::string path(key);
    std::optional<OffsetTime> times[2];
    const char* names[2] = {"start", "end"};
    for (int i = 0; i < 2; ++i) {
        auto text = reader.string(*window, path, names[i], Presence::Required);
        if (!text)
            continue;
        times[i] = parseIsoTime(*text);
        if (!times[i])
            reader.error(jsonPath(path, names[i]),
                         "\"" + *text +
                             "\" is not a date-time with its offset, e.g. "
                             "2027-03-08T08:00:00+08:00");
    }
    if (!times[0] || !times[1])
        return std::nullopt;
    if (times[1]->utc <= times[0]->utc) {
        reader.error(jsonPath(path, "end"), "the window ends before it starts");
        return std::nullopt;
    }
    if (times[1]->utc <= clock.now()) {
        reader.error(jsonPath(path, "end"), "the exam window " + times[0]->toIso() + " – " +
                                                times[1]->toIso() + " is in the past");
        return std::nullopt;
    }
    return TimeWindow{*times[0], *times[1]};
}

std::optional<BlueprintSection> readSection(JsonReader& reader, const nlohmann::json& section,
                                            const std::string& path)
{
    if (!section.is_object()) {
        reader.error(path, "expected an object");
        return std::nullopt;
    }
    BlueprintSection result;
    bool ok = true;
    if (auto type = reader.string(section, path, "type", Presence::Required)) {
        if (auto parsed = questionTypeFromLabel(*type))
            result.type = *parsed;
        else
            reader.error(jsonPath(path, "type"), "\"" + *type + "\" is not 判断, 单选 or 多选"),
                ok = false;
    } else {
        ok = false;
    }
    auto count = reader.integer(section, path, "count", Presence::Required, 1);
    auto points = reader.integer(section, path, "points_each", Presence::Required, 1);
    ok = ok && count && points;
    if (count)
        result.count = *count;
    if (points)
        result.pointsEach = *points;
    if (const auto* areas = reader.array(section, path, "areas", Presence::Optional)) {
        for (std::size_t i = 0; i < areas->size(); ++i) {
            const auto& area = (*areas)[i];
            if (!area.is_string() || area.get<std::string>().empty()) {
                reader.error(jsonPath(jsonPath(path, "areas"), i),
                             "expected a knowledge area code such as \"K1\"");
                ok = false;
            } else {
                result.areas.push_back(area.get<std::string>());
            }
        }
    }
    if (auto scoring = reader.string(section, path, "multi_scoring", Presence::Optional)) {
        if (*scoring == "all_or_nothing")
            result.multiScoring = MultiScoring::AllOrNothing;
        else if (*scoring == "partial")
            result.multiScoring = MultiScoring::Partial;
        else
            reader.error(jsonPath(path, "multi_scoring"),
                         "\"" + *scoring + "\" is not all_or_nothing or partial"),
                ok = false;
    }
    if (!ok)
        return std::nullopt;
    return result;
}

std::optional<Blueprint> readBlueprint(JsonReader& reader, const nlohmann::json& plan)
{
    const auto* object = reader.object(plan, "", "blueprint", Presence::Required);
    if (!object)
        return std::nullopt;
    const std::string path = "blueprint";
    Blueprint blueprint;
    auto duration = reader.integer(*object, path, "duration_minutes", Presence::Required, 1);
    auto total = reader.integer(*object, path, "total_points", Presence::Required, 1);
    auto pass = reader.integer(*object, path, "pass_points", Presence::Required, 0);
    auto late = reader.integer(*object, path, "late_entry_minutes", Presence::Optional, 0);
    auto minSubmit =
        reader.integer(*object, path, "min_minutes_before_submit", Presence::Optional, 0);
    const auto* sections = reader.array(*object, path, "sections", Presence::Required);
    bool ok = duration && total && pass && sections;
    if (ok) {
        blueprint.durationMinutes = *duration;
        blueprint.totalPoints = *total;
        blueprint.passPoints = *pass;
    }
    if (late)
        blueprint.lateEntryMinutes = *late;
    if (minSubmit)
        blueprint.minMinutesBeforeSubmit = *minSubmit;
    if (sections) {
        if (sections->empty()) {
            reader.error(jsonPath(path, "sections"), "needs at least one section");
            ok = false;
        }
        for (std::size_t i = 0; i < sections->size(); ++i) {
            auto section =
                readSection(reader, (*sections)[i], jsonPath(jsonPath(path, "sections"), i));
            if (section)
                blueprint.sections.push_back(*section);
            else
                ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    auto problems = validateBlueprint(blueprint);
    for (const auto& problem : problems)
        reader.errorAtLeadingPath(problem);
    if (!problems.empty())
        return std::nullopt;
    return blueprint;
}

std::optional<SiteInfo> readSite(JsonReader& reader, const nlohmann::json& plan)
{
    const auto* object = reader.object(plan, "", "site", Presence::Required);
    if (!object)
        return std::nullopt;
    SiteInfo site;
    auto id = reader.string(*object, "site", "site_id", Presence::Required);
    auto name = reader.string(*object, "site", "name", Presence::Required);
    bool ok = id && name;
    if (ok)
        site.siteId = *id, site.name = *name;
    if (const auto* rooms = reader.array(*object, "site", "rooms", Presence::Optional)) {
        for (std::size_t i = 0; i < rooms->size(); ++i) {
            auto path = jsonPath("site.rooms", i);
            const auto& room = (*rooms)[i];
            if (!room.is_object()) {
                reader.error(path, "expected an object");
                ok = false;
                continue;
            }
            auto roomId = reader.string(room, path, "room_id", Presence::Required);
            auto seats = reader.integer(room, path, "seats", Presence::Required, 1, 1000);
            if (roomId && seats)
                site.rooms.push_back({*roomId, *seats});
            else
                ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return site;
}

} // namespace

std::optional<ExamPlan> readPlan(std::string_view text, const std::string& fileName,
                                 const Clock& clock, Diagnostics& diagnostics)
{
    auto document = JsonDocument::parse(text, fileName, diagnostics);
    if (!document)
        return std::nullopt;
    return readPlan(*document, clock, diagnostics);
}

std::optional<ExamPlan> readPlan(const JsonDocument& document, const Clock& clock,
                                 Diagnostics& diagnostics)
{
    int errorsBefore = diagnostics.errorCount();
    JsonReader reader(document, diagnostics);
    const auto& root = document.root();
    if (!root.is_object()) {
        reader.error("", "expected a JSON object (the exam plan)");
        return std::nullopt;
    }
    ExamPlan plan;
    auto required = [&](std::string_view key, std::string& into) {
        if (auto value = reader.string(root, "", key, Presence::Required))
            into = *value;
    };
    required("plan_id", plan.planId);
    required("name", plan.name);
    required("approver", plan.approver);
    required("certificate_authority", plan.certificateAuthority);
    required("exam_target", plan.examTarget);
    required("qualification_type", plan.qualificationType);
    plan.operationCategory = reader.string(root, "", "operation_category", Presence::Optional);
    plan.operationItem = reader.string(root, "", "operation_item", Presence::Optional);
    if (auto kind = reader.string(root, "", "exam_kind", Presence::Required)) {
        if (auto parsed = examKindFromLabel(*kind))
            plan.examKind = *parsed;
        else
            reader.error("exam_kind", "\"" + *kind + "\" is not 初领, 复审 or 换证");
    }
    if (const auto* applicant = reader.object(root, "", "applicant", Presence::Required)) {
        if (auto unit = reader.string(*applicant, "applicant", "unit", Presence::Required))
            plan.applicant.unit = *unit;
        plan.applicant.address =
            reader.string(*applicant, "applicant", "address", Presence::Optional).value_or("");
    }
    if (const auto* contact = reader.object(root, "", "contact", Presence::Optional)) {
        plan.contact.person =
            reader.string(*contact, "contact", "person", Presence::Optional).value_or("");
        plan.contact.phone =
            reader.string(*contact, "contact", "phone", Presence::Optional).value_or("");
        plan.contact.email =
            reader.string(*contact, "contact", "email", Presence::Optional).value_or("");
        plan.contact.fax =
            reader.string(*contact, "contact", "fax", Presence::Optional).value_or("");
    }
    if (auto window = readWindow(reader, root, "knowledge_exam", Presence::Required, clock))
        plan.knowledgeExam = *window;
    plan.practicalExam = readWindow(reader, root, "practical_exam", Presence::Optional, clock);
    if (auto site = readSite(reader, root))
        plan.site = *site;
    if (auto blueprint = readBlueprint(reader, root))
        plan.blueprint = *blueprint;
    plan.practicalRubric = reader.string(root, "", "practical_rubric", Presence::Optional);
    if (plan.practicalRubric && (plan.practicalRubric->find('/') != std::string::npos ||
                                 *plan.practicalRubric == ".." || plan.practicalRubric->empty()))
        reader.error("practical_rubric", "must name a file beside plan.json");
    if (diagnostics.errorCount() > errorsBefore)
        return std::nullopt;
    return plan;
}

} // namespace examroom
