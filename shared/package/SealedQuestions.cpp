#include "package/SealedQuestions.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace examroom::package {
namespace {

// The smallest record: four one-byte fields and six empty or one-byte texts' lengths.
constexpr std::size_t kMinRecordBytes = 4 + 5 * 4;

std::uint8_t typeCode(QuestionType type)
{
    switch (type) {
    case QuestionType::TrueFalse:
        return 0;
    case QuestionType::Single:
        return 1;
    case QuestionType::Multiple:
        return 2;
    }
    throw std::invalid_argument("sealed bank: unknown question type");
}

std::optional<QuestionType> typeOf(std::uint64_t code)
{
    switch (code) {
    case 0:
        return QuestionType::TrueFalse;
    case 1:
        return QuestionType::Single;
    case 2:
        return QuestionType::Multiple;
    default:
        return std::nullopt;
    }
}

// Why `q`'s key does not fit its type and options, or empty.
std::string keyProblem(const QuestionView& q)
{
    const int choices = q.type == QuestionType::TrueFalse ? 2 : q.optionCount;
    if (q.type == QuestionType::TrueFalse && q.optionCount != 0)
        return "a 判断 question has options";
    if (q.type == QuestionType::Single && q.optionCount < 2)
        return "a 单选 question has fewer than two options";
    if (q.type == QuestionType::Multiple && q.optionCount < 3)
        return "a 多选 question has fewer than three options";
    if (q.key.bits() >> choices)
        return "the key names a choice the question does not have";
    if (q.type == QuestionType::Multiple ? q.key.size() < 2 : q.key.size() != 1)
        return "the key has " + std::to_string(q.key.size()) + " choices";
    return {};
}

} // namespace

Question QuestionView::toQuestion() const
{
    Question q;
    q.id = id;
    q.type = type;
    q.stem = stem;
    q.options.reserve(std::size_t(optionCount));
    for (int i = 0; i < optionCount; ++i)
        q.options.emplace_back(options[std::size_t(i)]);
    q.key = key;
    q.area = area;
    q.difficulty = difficulty;
    q.image = image;
    q.explanation = explanation;
    return q;
}

void appendQuestionTable(crypto::ByteVector& out, const std::vector<Question>& questions)
{
    if (questions.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::invalid_argument("sealed bank: too many questions");
    sealed::putNumber(out, questions.size(), 4);
    for (const Question& q : questions) {
        if (q.options.size() > std::size_t(ChoiceSet::maxChoices))
            throw std::invalid_argument("sealed bank: question " + q.id + " has more than " +
                                        std::to_string(ChoiceSet::maxChoices) + " options");
        if (q.difficulty && (*q.difficulty < 1 || *q.difficulty > 5))
            throw std::invalid_argument("sealed bank: question " + q.id +
                                        " has a difficulty outside 1…5");
        out.push_back(typeCode(q.type));
        out.push_back(q.key.bits());
        out.push_back(std::uint8_t(q.difficulty.value_or(0)));
        out.push_back(std::uint8_t(q.options.size()));
        sealed::putText(out, q.id);
        sealed::putText(out, q.stem);
        for (const auto& option : q.options)
            sealed::putText(out, option);
        sealed::putText(out, q.area);
        sealed::putText(out, q.image);
        sealed::putText(out, q.explanation);
    }
}

std::optional<std::vector<QuestionView>> readQuestionTable(sealed::Reader& in, std::string& why)
{
    const auto at = [](std::size_t offset) {
        return " at byte " + std::to_string(offset);
    };
    const std::size_t countAt = in.offset();
    const auto count = in.number(4);
    if (!count) {
        why = "question count cut off" + at(countAt);
        return std::nullopt;
    }
    std::vector<QuestionView> questions;
    // Never more than the bytes left could hold: a hostile count allocates nothing big.
    questions.reserve(std::size_t(std::min<std::uint64_t>(*count, in.left() / kMinRecordBytes)));
    // The first record of each id, for "no id twice" (views into the buffer: no copy).
    std::unordered_map<std::string_view, std::uint64_t> seen;
    seen.reserve(questions.capacity());
    for (std::uint64_t i = 0; i < *count; ++i) {
        // Built only for a refusal: 10,000 records must not pay for their error text.
        const auto which = [&] {
            return "question " + std::to_string(i + 1) + " of " + std::to_string(*count) + ": ";
        };
        const std::size_t recordAt = in.offset();
        const auto type = in.number(1), key = in.number(1), difficulty = in.number(1),
                   options = in.number(1);
        if (!options) {
            why = which() + "cut off" + at(recordAt);
            return std::nullopt;
        }
        QuestionView q;
        if (auto known = typeOf(*type))
            q.type = *known;
        else {
            why = which() + "type " + std::to_string(*type) + at(recordAt) + " is not 0, 1 or 2";
            return std::nullopt;
        }
        if (*difficulty > 5 || *options > std::uint64_t(ChoiceSet::maxChoices)) {
            why = which() + "difficulty " + std::to_string(*difficulty) + " or option count " +
                  std::to_string(*options) + at(recordAt + 2) + " out of range";
            return std::nullopt;
        }
        q.key = ChoiceSet::fromBits(std::uint8_t(*key));
        if (*difficulty != 0)
            q.difficulty = int(*difficulty);
        q.optionCount = int(*options);
        const auto field = [&](const char* what, std::string_view& into) {
            const std::size_t fieldAt = in.offset();
            const auto length = in.number(4);
            const auto text = length ? in.text(*length) : std::nullopt;
            if (!text)
                why = which() + what + ": length" + at(fieldAt) + " runs past the end (" +
                      std::to_string(in.left()) + " bytes left)";
            else
                into = *text;
            return text.has_value();
        };
        if (!field("id", q.id) || !field("stem", q.stem))
            return std::nullopt;
        for (int o = 0; o < q.optionCount; ++o)
            if (!field("option", q.options[std::size_t(o)]))
                return std::nullopt;
        if (!field("area", q.area) || !field("image", q.image) ||
            !field("explanation", q.explanation))
            return std::nullopt;
        if (q.id.empty() || q.stem.empty()) {
            why = which() + (q.id.empty() ? "the id" : "the stem") + " is empty" + at(recordAt);
            return std::nullopt;
        }
        if (auto problem = keyProblem(q); !problem.empty()) {
            why = which() + problem + at(recordAt);
            return std::nullopt;
        }
        if (auto [first, inserted] = seen.emplace(q.id, i + 1); !inserted) {
            why =
                which() + "its id repeats question " + std::to_string(first->second) + at(recordAt);
            return std::nullopt;
        }
        questions.push_back(q);
    }
    return questions;
}

} // namespace examroom::package
