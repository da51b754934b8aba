#pragma once

#include <optional>
#include <string_view>

namespace examroom::site {

// Who a console account is: 管理员, 监考 (proctor), 考评 (grader).
enum class Role { Administrator, Proctor, Grader };

// "administrator", "proctor", "grader": the stored form.
std::string_view roleName(Role role);
// The Chinese label shown on screen.
std::string_view roleLabel(Role role);
// The stored form back to a role; nullopt for anything else.
[[nodiscard]] std::optional<Role> roleFromName(std::string_view name);

// True when `role` may run a room (set-up, check-in, start, incidents, close).
inline bool canProctor(Role role)
{
    return role == Role::Administrator || role == Role::Proctor;
}

} // namespace examroom::site
