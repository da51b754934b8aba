#pragma once

#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace examroom::demo {

// Every invariant the demo checks, and whether it held; a broken one is printed at once.
class Invariants
{
public:
    bool check(bool held, const std::string& what)
    {
        m_all.emplace_back(held, what);
        if (!held)
            std::cout << "  INVARIANT BROKEN: " << what << std::endl;
        return held;
    }
    int broken() const
    {
        int n = 0;
        for (const auto& entry : m_all)
            n += entry.first ? 0 : 1;
        return n;
    }
    std::size_t count() const { return m_all.size(); }
    void printBroken() const
    {
        for (const auto& [held, what] : m_all)
            if (!held)
                std::cout << "  - " << what << "\n";
    }

private:
    std::vector<std::pair<bool, std::string>> m_all;
};

} // namespace examroom::demo
