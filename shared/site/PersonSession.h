#pragma once

#include "crypto/SigningKeyPair.h"
#include "site/Role.h"

#include <chrono>
#include <string>

namespace examroom::site {

// A person logged in at the console: their name, role and unwrapped person key (in secure
// memory, wiped when the session ends). Only AccountManager makes one.
class PersonSession
{
public:
    const std::string& name() const { return m_name; }
    Role role() const { return m_role; }
    const crypto::SigningKeyPair& key() const { return m_key; }
    std::chrono::sys_seconds lastActivity() const { return m_lastActivity; }

    // The inactivity lock rule: locked once `limit` has passed since the last action.
    bool isLockedAt(std::chrono::sys_seconds now, std::chrono::seconds limit) const
    {
        return now - m_lastActivity >= limit;
    }
    // Records an action at `now` (the lock timer starts again).
    void touch(std::chrono::sys_seconds now) { m_lastActivity = now; }

private:
    friend class AccountManager;
    PersonSession(std::string name, Role role, crypto::SigningKeyPair key,
                  std::chrono::sys_seconds now)
        : m_name(std::move(name)), m_role(role), m_key(std::move(key)), m_lastActivity(now)
    {
    }

    std::string m_name;
    Role m_role;
    crypto::SigningKeyPair m_key;
    std::chrono::sys_seconds m_lastActivity;
};

} // namespace examroom::site
