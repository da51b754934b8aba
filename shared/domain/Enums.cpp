#include "domain/Enums.h"

#include <array>
#include <utility>

namespace examroom {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromLabel(const std::array<std::pair<Enum, std::string_view>, N>& table,
                              std::string_view text)
{
    for (const auto& [value, name] : table)
        if (name == text)
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view toLabel(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table)
        if (candidate == value)
            return name;
    return "?";
}

constexpr std::array examKinds{std::pair{ExamKind::Initial, std::string_view{"初领"}},
                               std::pair{ExamKind::Review, std::string_view{"复审"}},
                               std::pair{ExamKind::Renewal, std::string_view{"换证"}}};
constexpr std::array questionTypes{std::pair{QuestionType::TrueFalse, std::string_view{"判断"}},
                                   std::pair{QuestionType::Single, std::string_view{"单选"}},
                                   std::pair{QuestionType::Multiple, std::string_view{"多选"}}};
constexpr std::array genders{std::pair{Gender::Male, std::string_view{"男"}},
                             std::pair{Gender::Female, std::string_view{"女"}}};
constexpr std::array idTypes{
    std::pair{IdType::ResidentId, std::string_view{"居民身份证"}},
    std::pair{IdType::HongKongMacauPermit, std::string_view{"港澳居民来往内地通行证"}},
    std::pair{IdType::TaiwanPermit, std::string_view{"台湾居民来往大陆通行证"}},
    std::pair{IdType::Passport, std::string_view{"护照"}},
    std::pair{IdType::ForeignerPermanentResidence, std::string_view{"外国人永久居留身份证"}}};

} // namespace

std::string_view label(ExamKind kind)
{
    return toLabel(examKinds, kind);
}
std::string_view label(QuestionType type)
{
    return toLabel(questionTypes, type);
}
std::string_view label(Gender gender)
{
    return toLabel(genders, gender);
}
std::string_view label(IdType type)
{
    return toLabel(idTypes, type);
}
std::optional<ExamKind> examKindFromLabel(std::string_view text)
{
    return fromLabel(examKinds, text);
}
std::optional<QuestionType> questionTypeFromLabel(std::string_view text)
{
    return fromLabel(questionTypes, text);
}
std::optional<Gender> genderFromLabel(std::string_view text)
{
    return fromLabel(genders, text);
}
std::optional<IdType> idTypeFromLabel(std::string_view text)
{
    return fromLabel(idTypes, text);
}

} // namespace examroom
