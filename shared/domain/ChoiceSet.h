#pragma once

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

namespace examroom {

// A set of choice indices (0 = A … 5 = F; for true/false 0 = 对, 1 = 错) — a key or an
// answer. Six options at most, so a bit set.
class ChoiceSet
{
public:
    static constexpr int maxChoices = 6;

    constexpr ChoiceSet() = default;
    static constexpr ChoiceSet fromBits(std::uint8_t bits) { return ChoiceSet(bits); }
    static constexpr ChoiceSet single(int index) { return ChoiceSet(std::uint8_t(1u << index)); }

    constexpr bool contains(int index) const { return (m_bits >> index) & 1u; }
    constexpr void insert(int index) { m_bits = std::uint8_t(m_bits | (1u << index)); }
    constexpr void erase(int index) { m_bits = std::uint8_t(m_bits & ~(1u << index)); }
    constexpr int size() const { return std::popcount(m_bits); }
    constexpr bool empty() const { return m_bits == 0; }
    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool isSubsetOf(ChoiceSet other) const { return (m_bits & ~other.m_bits) == 0; }

    // "ABD"
    std::string letters() const
    {
        std::string text;
        for (int i = 0; i < maxChoices; ++i)
            if (contains(i))
                text.push_back(char('A' + i));
        return text;
    }

    friend constexpr bool operator==(ChoiceSet, ChoiceSet) = default;

private:
    constexpr explicit ChoiceSet(std::uint8_t bits) : m_bits(bits) {}
    std::uint8_t m_bits = 0;
};

} // namespace examroom
