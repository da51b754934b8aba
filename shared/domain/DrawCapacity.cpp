#include "domain/DrawCapacity.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <queue>
#include <string>
#include <utility>

namespace examroom {

DrawCapacity::DrawCapacity(const QuestionBank& bank, const Blueprint& blueprint)
    : m_sectionGroups(blueprint.sections.size()), m_questionGroup(bank.questions.size(), -1),
      m_demand(blueprint.sections.size())
{
    // Two questions are interchangeable for every section exactly when they share type and
    // area, so (type, area) groups are the finest distinction the sections can make.
    std::map<std::pair<QuestionType, std::string>, int> groupIds;
    for (std::size_t q = 0; q < bank.questions.size(); ++q) {
        const Question& question = bank.questions[q];
        const auto [it, added] =
            groupIds.try_emplace({question.type, question.area}, int(m_supply.size()));
        if (added)
            m_supply.push_back(0);
        m_questionGroup[q] = it->second;
        ++m_supply[std::size_t(it->second)];
    }
    for (std::size_t s = 0; s < blueprint.sections.size(); ++s) {
        const BlueprintSection& section = blueprint.sections[s];
        m_demand[s] = std::max(section.count, 0);
        for (const auto& [key, group] : groupIds) {
            if (key.first != section.type)
                continue;
            if (!section.areas.empty() && std::find(section.areas.begin(), section.areas.end(),
                                                    key.second) == section.areas.end())
                continue;
            m_sectionGroups[s].push_back(group);
        }
    }
    // Groups no section draws from are irrelevant; mark their questions so.
    std::vector<bool> used(m_supply.size(), false);
    for (const auto& groups : m_sectionGroups)
        for (int group : groups)
            used[std::size_t(group)] = true;
    for (int& group : m_questionGroup)
        if (group >= 0 && !used[std::size_t(group)])
            group = -1;
}

int DrawCapacity::poolSize(int section) const
{
    int size = 0;
    for (int group : m_sectionGroups[std::size_t(section)])
        size += m_supply[std::size_t(group)];
    return size;
}

void DrawCapacity::take(int section, int group)
{
    --m_demand[std::size_t(section)];
    --m_supply[std::size_t(group)];
}

bool DrawCapacity::canTake(int section, int group) const
{
    if (m_supply[std::size_t(group)] <= 0 || m_demand[std::size_t(section)] <= 0)
        return false;
    // A group holding more than all its sections still want can never be the bottleneck: in
    // any filling, one of its questions is spare and can stand in for the one taken. Real
    // banks are mostly like that, which spares the flow below.
    int wantedFromGroup = 0;
    for (std::size_t other = 0; other < m_sectionGroups.size(); ++other) {
        const auto& groups = m_sectionGroups[other];
        if (std::find(groups.begin(), groups.end(), group) != groups.end())
            wantedFromGroup += m_demand[other];
    }
    if (m_supply[std::size_t(group)] > wantedFromGroup)
        return true;
    // Only the counts change; the flow is solved on adjusted copies of them.
    auto demand = m_demand;
    auto supply = m_supply;
    --demand[std::size_t(section)];
    --supply[std::size_t(group)];
    return maxFlow(demand, supply, nullptr) == sum(demand);
}

bool DrawCapacity::sharesGroups(int section) const
{
    const auto& mine = m_sectionGroups[std::size_t(section)];
    for (std::size_t other = 0; other < m_sectionGroups.size(); ++other) {
        if (int(other) == section || m_demand[other] <= 0)
            continue;
        for (int group : m_sectionGroups[other])
            if (std::find(mine.begin(), mine.end(), group) != mine.end())
                return true;
    }
    return false;
}

int DrawCapacity::sum(const std::vector<int>& counts)
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

bool DrawCapacity::feasible() const
{
    return maxFlow(m_demand, m_supply, nullptr) == sum(m_demand);
}

int DrawCapacity::maxFlow(const std::vector<int>& demand, const std::vector<int>& supply,
                          std::vector<bool>* sourceSide) const
{
    // Nodes: source, sections, groups, sink. Edmonds–Karp on a capacity matrix: the graph has
    // a few dozen nodes at most.
    const std::size_t sections = m_sectionGroups.size();
    const std::size_t groups = m_supply.size();
    const std::size_t source = 0;
    const std::size_t sink = 1 + sections + groups;
    const std::size_t nodes = sink + 1;
    const int unlimited = std::numeric_limits<int>::max() / 2;
    std::vector<std::vector<int>> residual(nodes, std::vector<int>(nodes, 0));
    for (std::size_t s = 0; s < sections; ++s) {
        residual[source][1 + s] = demand[s];
        for (int group : m_sectionGroups[s])
            residual[1 + s][1 + sections + std::size_t(group)] = unlimited;
    }
    for (std::size_t g = 0; g < groups; ++g)
        residual[1 + sections + g][sink] = std::max(supply[g], 0);

    int flow = 0;
    std::vector<std::size_t> parent(nodes);
    std::vector<bool> seen(nodes);
    for (;;) {
        std::fill(seen.begin(), seen.end(), false);
        std::queue<std::size_t> queue;
        queue.push(source);
        seen[source] = true;
        while (!queue.empty() && !seen[sink]) {
            const std::size_t at = queue.front();
            queue.pop();
            for (std::size_t next = 0; next < nodes; ++next) {
                if (seen[next] || residual[at][next] <= 0)
                    continue;
                seen[next] = true;
                parent[next] = at;
                queue.push(next);
            }
        }
        if (!seen[sink]) {
            if (sourceSide)
                *sourceSide = seen;
            return flow;
        }
        int bottleneck = unlimited;
        for (std::size_t at = sink; at != source; at = parent[at])
            bottleneck = std::min(bottleneck, residual[parent[at]][at]);
        for (std::size_t at = sink; at != source; at = parent[at]) {
            residual[parent[at]][at] -= bottleneck;
            residual[at][parent[at]] += bottleneck;
        }
        flow += bottleneck;
    }
}

std::vector<DrawCapacity::Deficit> DrawCapacity::deficits() const
{
    std::vector<bool> sourceSide;
    if (maxFlow(m_demand, m_supply, &sourceSide) == sum(m_demand))
        return {};
    // The sections still reachable from the source after a max flow, with their groups, form a
    // minimum cut: together they want more than those groups hold. Split them into parts that
    // share no group, so unrelated problems are reported separately.
    const std::size_t sections = m_sectionGroups.size();
    std::vector<int> part(sections, -1);
    std::vector<Deficit> found;
    for (std::size_t start = 0; start < sections; ++start) {
        if (!sourceSide[1 + start] || part[start] >= 0)
            continue;
        const int id = int(found.size());
        found.push_back({});
        std::vector<bool> groupsInPart(m_supply.size(), false);
        std::vector<std::size_t> stack{start};
        part[start] = id;
        while (!stack.empty()) {
            const std::size_t s = stack.back();
            stack.pop_back();
            for (int group : m_sectionGroups[s])
                groupsInPart[std::size_t(group)] = true;
            for (std::size_t other = 0; other < sections; ++other) {
                if (part[other] >= 0 || !sourceSide[1 + other])
                    continue;
                for (int group : m_sectionGroups[other])
                    if (groupsInPart[std::size_t(group)]) {
                        part[other] = id;
                        stack.push_back(other);
                        // Its groups are added when it is popped.
                        for (int g : m_sectionGroups[other])
                            groupsInPart[std::size_t(g)] = true;
                        break;
                    }
            }
        }
        int wanted = 0;
        for (std::size_t s = 0; s < sections; ++s)
            if (part[s] == id) {
                found.back().sections.push_back(int(s));
                wanted += m_demand[s];
            }
        int held = 0;
        for (std::size_t g = 0; g < groupsInPart.size(); ++g)
            if (groupsInPart[g])
                held += m_supply[g];
        found.back().missing = wanted - held;
    }
    // A part of the cut can only be short, never in surplus, but keep the report honest.
    std::erase_if(found, [](const Deficit& deficit) { return deficit.missing <= 0; });
    return found;
}

} // namespace examroom
