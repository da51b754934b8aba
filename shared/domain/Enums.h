#pragma once

#include <optional>
#include <string_view>

namespace examroom {

// 考试类型 初领 / 复审 / 换证
enum class ExamKind { Initial, Review, Renewal };
// 判断 / 单选 / 多选
enum class QuestionType { TrueFalse, Single, Multiple };
enum class Gender { Male, Female };
// 身份证件类型
enum class IdType {
    ResidentId,                  // 居民身份证
    HongKongMacauPermit,         // 港澳居民来往内地通行证
    TaiwanPermit,                // 台湾居民来往大陆通行证
    Passport,                    // 护照
    ForeignerPermanentResidence, // 外国人永久居留身份证
};
// How a 多选 answer earns points (plan.json `multi_scoring`).
enum class MultiScoring { AllOrNothing, Partial };

// The Chinese labels used in the centre's files and on screen, and their inverses.
std::string_view label(ExamKind kind);
std::string_view label(QuestionType type);
std::string_view label(Gender gender);
std::string_view label(IdType type);
std::optional<ExamKind> examKindFromLabel(std::string_view text);
std::optional<QuestionType> questionTypeFromLabel(std::string_view text);
std::optional<Gender> genderFromLabel(std::string_view text);
std::optional<IdType> idTypeFromLabel(std::string_view text);

} // namespace examroom
