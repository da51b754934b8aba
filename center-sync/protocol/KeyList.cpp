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
                        const std::vector<ListedKey>& keys)
{
    auto shape = shapeOf(kind);
    if (!shape)
        throw std::invalid_argument("not a key list kind: " + std::string(kind));
    json list = json::array();
    for (const auto& entry : keys) {
        if (!roleAllowed(*shape, entry.role))
            throw std::invalid_argument("a " + std::string(kind) + " cannot list the role " +
                                        entry.role);
        json item = {{std::string(shape->idField), entry.keyId},
                     {"sign_public", crypto::toHex(entry.key)}};
        if (shape->staff)
            item["role"] = entry.role;
        list.push_back(std::move(item));
    }
    return json{{"format", shape->format}, {"site_id", siteId}, {std::string(shape->array), list}}
        .dump();
}

std::optional<std::vector<ListedKey>> parseKeyList(std::string_view kind, std::string_view body,
                                                   const std::string& siteId, std::string* why)
{
    auto fail = [&](std::string reason) -> std::optional<std::vector<ListedKey>> {
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
    auto array = doc.find(std::string(shape->array));
    if (array == doc.end() || !array->is_array())
        return fail("wrong shape or another site");
    std::vector<ListedKey> out;
    for (const auto& entry : *array) {
        if (!entry.is_object())
            return fail("an entry has no valid key or id");
        auto id = entry.find(std::string(shape->idField));
        auto hex = entry.find("sign_public");
        auto key = hex != entry.end() && hex->is_string() ? crypto::fromHex(hex->get<std::string>())
                                                          : std::nullopt;
        if (!key || key->size() != 32 || id == entry.end() || !id->is_string() ||
            id->get<std::string>().empty())
            return fail("an entry has no valid key or id");
        ListedKey listed;
        listed.keyId = id->get<std::string>();
        auto role = entry.find("role");
        listed.role = !shape->staff                              ? "kiosk"
                      : role != entry.end() && role->is_string() ? role->get<std::string>()
                                                                 : "";
        if (!roleAllowed(*shape, listed.role))
            return fail("an entry has an unknown role");
        std::copy(key->begin(), key->end(), listed.key.begin());
        out.push_back(std::move(listed));
    }
    return out;
}

} // namespace examroom::centersync
