#include "site/Role.h"

namespace examroom::site {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return "administrator";
    case Role::Proctor:
        return "proctor";
    case Role::Grader:
        return "grader";
    }
    return "proctor";
}

std::string_view roleLabel(Role role)
{
    switch (role) {
    case Role::Administrator:
        return "管理员";
    case Role::Proctor:
        return "监考";
    case Role::Grader:
        return "考评";
    }
    return "监考";
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (Role role : {Role::Administrator, Role::Proctor, Role::Grader})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

} // namespace examroom::site
