#include "import/CentreFiles.h"
#include "import/CsvTable.h"

#include <map>

namespace examroom {
namespace {

constexpr std::string_view optionColumns[ChoiceSet::maxChoices] = {"选项A", "选项B", "选项C",
                                                                   "选项D", "选项E", "选项F"};

const std::vector<std::string_view> requiredColumns{"题号", "题型", "题干", "答案"};
const std::vector<std::string_view> knownColumns{"题号",   "题型",  "题干",  "选项A", "选项B",
                                                 "选项C",  "选项D", "选项E", "选项F", "答案",
                                                 "知识点", "难度",  "图片",  "解析"};

std::optional<ChoiceSet> parseTrueFalseKey(std::string_view text)
{
    for (auto yes : {"对", "√", "正确", "T", "t"})
        if (text == yes)
            return ChoiceSet::single(0);
    for (auto no : {"错", "×", "错误", "F", "f"})
        if (text == no)
            return ChoiceSet::single(1);
    return std::nullopt;
}

} // namespace

QuestionBank readBank(std::string_view text, const std::string& fileName, const FileSource& images,
                      Diagnostics& diagnostics)
{
    QuestionBank bank;
    auto table = CsvTable::parse(text, fileName, diagnostics);
    if (!table || !table->checkColumns(requiredColumns, knownColumns, diagnostics))
        return bank;
    std::map<std::string, int> idLines;
    for (const auto& row : table->rows()) {
        bool ok = true;
        auto fail = [&](std::string_view column, const std::string& message) {
            const auto* field = table->field(row, column);
            diagnostics.error(field ? table->locate(*field) : table->locate(row),
                              std::string(column) + ": " + message);
            ok = false;
        };
        Question question;
        question.id = table->text(row, "题号");
        if (question.id.empty()) {
            fail("题号", "is required");
        } else if (auto [existing, inserted] = idLines.emplace(question.id, row.line); !inserted) {
            fail("题号", "question " + question.id + " is already on line " +
                             std::to_string(existing->second));
        }
        auto typeText = table->text(row, "题型");
        auto type = questionTypeFromLabel(typeText);
        if (!type)
            fail("题型", "\"" + typeText + "\" is not 判断, 单选 or 多选");
        question.stem = table->text(row, "题干");
        if (question.stem.empty())
            fail("题干", "is required");

        // Options run A, B, C… without gaps; record the first gap.
        int lastFilled = -1;
        for (int i = 0; i < ChoiceSet::maxChoices; ++i) {
            auto option = table->text(row, optionColumns[i]);
            if (option.empty())
                continue;
            if (lastFilled != i - 1) {
                fail(optionColumns[i], std::string(optionColumns[i]) + " is set but " +
                                           std::string(optionColumns[lastFilled + 1]) +
                                           " is empty: options must not have gaps");
            }
            lastFilled = i;
        }
        for (int i = 0; i <= lastFilled; ++i)
            question.options.push_back(table->text(row, optionColumns[i]));

        auto keyText = table->text(row, "答案");
        if (type) {
            question.type = *type;
            switch (*type) {
            case QuestionType::TrueFalse:
                if (!question.options.empty())
                    fail("选项A", "a 判断 question has no options");
                if (auto key = parseTrueFalseKey(keyText))
                    question.key = *key;
                else
                    fail("答案", "\"" + keyText + "\" is not 对 or 错 (also √/×, 正确/错误, T/F)");
                break;
            case QuestionType::Single:
            case QuestionType::Multiple: {
                bool multiple = *type == QuestionType::Multiple;
                std::size_t minimum = multiple ? 3 : 2;
                if (question.options.size() < minimum)
                    fail(optionColumns[question.options.size() < 6 ? question.options.size() : 5],
                         std::string(label(*type)) + " needs at least " + std::to_string(minimum) +
                             " options, has " + std::to_string(question.options.size()));
                std::string expected = multiple ? "two or more different option letters, e.g. ABD"
                                                : "one option letter, e.g. B";
                ChoiceSet key;
                std::string problem = keyText.empty() ? "is empty: expected " + expected : "";
                for (char c : keyText) {
                    int index = (c >= 'a' && c <= 'f' ? c - 'a' + 'A' : c) - 'A';
                    if (index < 0 || index >= ChoiceSet::maxChoices || key.contains(index)) {
                        problem = "\"" + keyText + "\" is not " + expected;
                        break;
                    }
                    if (index >= int(question.options.size())) {
                        problem =
                            std::string("letter ") + char('A' + index) + " names an empty option";
                        break;
                    }
                    key.insert(index);
                }
                if (problem.empty() && !multiple && key.size() != 1)
                    problem = "\"" + keyText + "\": a 单选 question has exactly one answer";
                if (problem.empty() && multiple && key.size() < 2)
                    problem = "\"" + keyText + "\": a 多选 question has two or more answers";
                if (!problem.empty())
                    fail("答案", problem);
                question.key = key;
                break;
            }
            }
        }
        question.area = table->text(row, "知识点");
        if (auto difficulty = table->text(row, "难度"); !difficulty.empty()) {
            if (difficulty.size() == 1 && difficulty[0] >= '1' && difficulty[0] <= '5')
                question.difficulty = difficulty[0] - '0';
            else
                fail("难度", "\"" + difficulty + "\" is not a difficulty from 1 to 5");
        }
        question.image = table->text(row, "图片");
        if (!question.image.empty())
            if (auto problem = images.checkImage(question.image))
                fail("图片", *problem);
        question.explanation = table->text(row, "解析");
        if (ok)
            bank.questions.push_back(std::move(question));
    }
    if (table->rows().empty())
        diagnostics.error({fileName, 1, 0}, "the bank has no questions");
    return bank;
}

} // namespace examroom
