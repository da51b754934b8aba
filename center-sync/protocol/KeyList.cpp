#include "protocol/KeyList.h"

#include "crypto/Hex.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom::centersync {
namespace {

using nlohmann::json;

// What differs between the two kinds: the array, the id field and the allowed roles.
struct ListShape
{
    std::string_view format;
    std::string_view array;
    std::string_view idField;
    bool staff;
};

std::optional<ListShape> shapeOf(std::string_view kind)
{
    if (kind == kKioskListKind)
        return ListShape{"examroom.kiosk-list.v1", "kiosks", "kiosk_id", false};
    if (kind == kStaffListKind)
        return ListShape{"examroom.staff-list.v1", "staff", "staff_id", true};
    return std::nullopt;
}

constexpr std::string_view kStaffListV2 = "examroom.staff-list.v2";

bool roleAllowed(const ListShape& shape, std::string_view role)
{
    if (!shape.staff)
        return role == "kiosk";
    return role == "administrator" || role == "proctor" || role == "grader";
}

} // namespace

bool isKeyListKind(std::string_view kind)
{
    return shapeOf(kind).has_value();
}

std::string keyListBody(std::string_view kind, const std::string& siteId,
                        const std::vector<ListedKey>& keys, const std::vector<ListedKey>& removed)
{
    auto shape = shapeOf(kind);
    if (!shape)
        throw std::invalid_argument("not a key list kind: " + std::string(kind));
    if (!removed.empty() && !shape->staff)
        throw std::invalid_argument("only a staff list removes keys");
    json list = json::array();
    for (const auto& entry : keys) {
        if (!roleAllowed(*shape, entry.role))
            throw std::invalid_argument("a " + std::string(kind) + " cannot list the role " +
                                        entry.role);
        for (const auto& gone : removed)
            if (gone.key == entry.key)
                throw std::invalid_argument("a key cannot be listed and removed at once");
        json item = {{std::string(shape->idField), entry.keyId},
                     {"sign_public", crypto::toHex(entry.key)}};
        if (shape->staff)
            item["role"] = entry.role;
        list.push_back(std::move(item));
    }
    if (removed.empty())
        return json{
            {"format", shape->format}, {"site_id", siteId}, {std::string(shape->array), list}}
            .dump();
    json gone = json::array();
    for (const auto& entry : removed)
        gone.push_back({{"staff_id", entry.keyId}, {"sign_public", crypto::toHex(entry.key)}});
    return json{{"format", kStaffListV2}, {"site_id", siteId}, {"staff", list}, {"removed", gone}}
        .dump();
}

std::optional<KeyList> parseKeyList(std::string_view kind, std::string_view body,
                                    const std::string& siteId, std::string* why)
{
    auto fail = [&](std::string reason) -> std::optional<KeyList> {
        if (why)
            *why = std::string(kind) + ": " + std::move(reason);
        return std::nullopt;
    };
    auto shape = shapeOf(kind);
    if (!shape)
        return fail("not a key list");
    auto doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("site_id", "") != siteId)
        return fail("wrong shape or another site");
    const auto format = doc.find("format");
    const std::string formatText =
        format != doc.end() && format->is_string() ? format->get<std::string>() : "";
    const bool v2 = shape->staff && formatText == kStaffListV2;
    if (formatText != shape->format && !v2)
        return fail("unknown format (a staff list is " + std::string(shape->format) + " or " +
                    std::string(kStaffListV2) + ")");
    // One entry: its id, key and (for a listed staff key) role.
    auto entryOf = [&](const json& entry, bool withRole) -> std::optional<ListedKey> {
        if (!entry.is_object())
            return std::nullopt;
        auto id = entry.find(std::string(shape->idField));
        auto hex = entry.find("sign_public");
        auto key = hex != entry.end() && hex->is_string() ? crypto::fromHex(hex->get<std::string>())
                                                          : std::nullopt;
        if (!key || key->size() != 32 || id == entry.end() || !id->is_string() ||
            id->get<std::string>().empty())
            return std::nullopt;
        ListedKey listed;
        listed.keyId = id->get<std::string>();
        auto role = entry.find("role");
        listed.role = !shape->staff                              ? "kiosk"
                      : !withRole                                ? ""
                      : role != entry.end() && role->is_string() ? role->get<std::string>()
                                                                 : "";
        std::copy(key->begin(), key->end(), listed.key.begin());
        return listed;
    };
    auto array = doc.find(std::string(shape->array));
    if (array == doc.end() || !array->is_array())
        return fail("wrong shape or another site");
    KeyList out;
    for (const auto& entry : *array) {
        auto listed = entryOf(entry, true);
        if (!listed)
            return fail("an entry has no valid key or id");
        if (!roleAllowed(*shape, listed->role))
            return fail("an entry has an unknown role");
        out.keys.push_back(std::move(*listed));
    }
    auto removed = doc.find("removed");
    if (v2 != (removed != doc.end()))
        return fail(v2 ? "a v2 staff list has no removed array"
                       : "only a staff list of format v2 removes keys");
    if (v2) {
        if (!removed->is_array())
            return fail("removed is not an array");
        for (const auto& entry : *removed) {
            auto gone = entryOf(entry, false);
            if (!gone)
                return fail("a removed entry has no valid key or id");
            for (const auto& listed : out.keys)
                if (listed.key == gone->key)
                    return fail("a key is both listed and removed");
            out.removed.push_back(std::move(*gone));
        }
    }
    return out;
}

} // namespace examroom::centersync
