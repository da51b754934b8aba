#pragma once

#include "domain/Blueprint.h"
#include "domain/QuestionBank.h"

#include <vector>

namespace examroom {

// How far the bank can fill a blueprint's sections together. Questions fall into groups by
// (type, area); a section draws from some groups and groups may serve several sections
// (overlapping areas). Whether every section can be filled at once is a flow problem from
// sections (demand: questions still wanted) to groups (supply: questions still unused),
// which this solves exactly; with a handful of sections and areas it is tiny.
class DrawCapacity
{
public:
    DrawCapacity(const QuestionBank& bank, const Blueprint& blueprint);

    int groupCount() const { return int(m_supply.size()); }
    // The groups section `section` draws from.
    const std::vector<int>& groupsOf(int section) const { return m_sectionGroups[section]; }
    // The group of bank question `questionIndex`, or -1 when no section draws it.
    int groupOf(int questionIndex) const { return m_questionGroup[questionIndex]; }
    // Questions in the section's groups that are still unused.
    int poolSize(int section) const;
    int demand(int section) const { return m_demand[section]; }
    void setDemand(int section, int demand) { m_demand[section] = demand; }

    // Records that `section` took one question of `group`.
    void take(int section, int group);
    // Whether, after `section` takes one question of `group`, every section can still be
    // filled (assuming they can now).
    bool canTake(int section, int group) const;
    // Whether another section with questions still to draw shares a group with `section`.
    bool sharesGroups(int section) const;
    // Whether every section's remaining demand can be met at once.
    bool feasible() const;

    // A set of sections that together want `missing` more questions than their groups hold.
    struct Deficit
    {
        std::vector<int> sections; // ascending
        int missing = 0;
    };
    // The independent deficits (empty when feasible()).
    std::vector<Deficit> deficits() const;

private:
    static int sum(const std::vector<int>& counts);
    // Max flow for the given counts; `sourceSide` gets the nodes reachable from the source in
    // the residual graph.
    int maxFlow(const std::vector<int>& demand, const std::vector<int>& supply,
                std::vector<bool>* sourceSide) const;

    std::vector<std::vector<int>> m_sectionGroups;
    std::vector<int> m_questionGroup;
    std::vector<int> m_supply;
    std::vector<int> m_demand;
};

} // namespace examroom
