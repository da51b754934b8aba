#include "documents/ScoreSheet.h"

#include "util/TextPosition.h"

#include <array>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom {
namespace {

using nlohmann::json;

constexpr std::string_view reasonNames[] = {"candidate", "time-up", "proctor"};

std::optional<SubmitReason> reasonFromName(std::string_view name)
{
    for (int i = 0; i < 3; ++i)
        if (reasonNames[i] == name)
            return static_cast<SubmitReason>(i);
    return std::nullopt;
}

// The sheet's fields by kind of value; the index constants below name them.
constexpr std::array<std::string_view, 25> kTextKeys = {"format",
                                                        "sheet_id",
                                                        "plan_id",
                                                        "plan_name",
                                                        "exam_centre",
                                                        "qualification_type",
                                                        "operation_category",
                                                        "operation_item",
                                                        "subject",
                                                        "site_id",
                                                        "site_name",
                                                        "room_id",
                                                        "ticket_no",
                                                        "name",
                                                        "id_no",
                                                        "exam_date",
                                                        "started_at",
                                                        "submitted_at",
                                                        "journal_head_hash",
                                                        "kiosk_fingerprint",
                                                        "exam_kind",
                                                        "gender",
                                                        "id_type",
                                                        "submit_reason",
                                                        "exam_mode"};
enum TextKey : std::size_t {
    kFormat,
    kSheetId,
    kPlanId,
    kPlanName,
    kExamCentre,
    kQualificationType,
    kOperationCategory,
    kOperationItem,
    kSubject,
    kSiteId,
    kSiteName,
    kRoomId,
    kTicketNo,
    kName,
    kIdNo,
    kExamDate,
    kStartedAt,
    kSubmittedAt,
    kJournalHeadHash,
    kKioskFingerprint,
    kExamKind,
    kGender,
    kIdType,
    kSubmitReason,
    kExamMode, // optional from here on: sheets signed before the paper fallback lack them
    kRequiredTextKeys = kExamMode
};
constexpr std::array<std::string_view, 5> kIntKeys = {"seat_no", "attempt", "score_half_points",
                                                      "total_points", "pass_points"};
enum IntKey : std::size_t { kSeatNo, kAttempt, kScoreHalfPoints, kTotalPoints, kPassPoints };
constexpr std::size_t kExpectedAnswers = 100;
constexpr std::array<std::string_view, 4> kAnswerKeys = {"question", "chosen",
                                                         "awarded_half_points", "correct"};

// Reads a sheet in one pass of nlohmann's SAX parser, straight into its fields: no DOM (which
// cost more than the lexing: a map per answer). Unknown keys are skipped whatever they hold. A
// repeated known key, a value of the wrong type (numbers must be integers that fit an int) or
// an answer that is not an object stops the parse with the reason in `error`: a signed
// document must mean one thing to every reader.
class SheetReader final : public json::json_sax_t
{
public:
    // `compact`: answers are arrays [question, chosen, awarded_half_points, correct] (v2), not
    // objects with those keys (v1); its strings are checked to be UTF-8 (nlohmann's CBOR reader
    // does not check them; its JSON lexer does). `cursor`, when given, follows the input (the
    // byte after the last one read) so errors can name a byte offset.
    SheetReader(bool compact, const char* begin, const char* const* cursor)
        : m_compact(compact), m_begin(begin), m_cursor(cursor)
    {
    }

    std::array<std::string, kTextKeys.size()> texts;
    std::array<int, kIntKeys.size()> ints{};
    bool passed = false;
    bool hasPassed = false;
    bool hasAnswers = false;
    std::vector<AnswerRecord> answers;
    bool hasPaperRecords = false;
    std::vector<std::string> paperRecords;
    std::string error;
    std::string parseError;

    bool hasText(std::size_t i) const { return m_textSeen & (1u << i); }
    bool hasInt(std::size_t i) const { return m_intSeen & (1u << i); }

    bool null() override { return scalar(Type::Null, 0, nullptr); }
    bool boolean(bool value) override { return scalar(Type::Bool, value, nullptr); }
    bool number_integer(number_integer_t value) override
    {
        return scalar(Type::Int, value, nullptr);
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        return scalar(Type::Int,
                      value > static_cast<number_unsigned_t>(std::numeric_limits<int>::max())
                          ? std::numeric_limits<long long>::max()
                          : static_cast<long long>(value),
                      nullptr);
    }
    bool number_float(number_float_t, const string_t&) override
    {
        return scalar(Type::Float, 0, nullptr);
    }
    bool binary(binary_t&) override { return scalar(Type::Null, 0, nullptr); }
    bool string(string_t& value) override
    {
        if (m_compact && m_skip == 0) {
            if (auto bad = firstInvalidUtf8(value))
                return stop("a text at byte " + std::to_string(offset() - value.size() + *bad) +
                            " is not UTF-8");
        }
        return scalar(Type::Text, 0, &value);
    }

    bool key(string_t& key) override
    {
        if (m_skip > 0)
            return true;
        // The key is not kept: an error names a known field, whose name the tables hold (a
        // copy per key cost a heap allocation for every answer's awarded_half_points).
        if (m_level == Level::Top) {
            m_field = lookup(kTextKeys, key, Field::Text);
            if (m_field.kind == Field::None)
                m_field = lookup(kIntKeys, key, Field::Int);
            if (m_field.kind == Field::None && key == "passed")
                m_field = {Field::Passed, 0};
            if (m_field.kind == Field::None && key == "answers")
                m_field = {Field::Answers, 0};
            if (m_field.kind == Field::None && key == "paper_records")
                m_field = {Field::PaperRecords, 0};
            if (seen(m_field))
                return stop("field " + key + " appears twice");
        } else if (m_level == Level::Answer) { // a v1 answer object (v2 answers are arrays)
            m_field = lookup(kAnswerKeys, key, Field::Answer);
            if (m_field.kind == Field::Answer && (m_answerSeen & (1u << m_field.index)))
                return stop("an answer has " + key + " twice");
        }
        return true;
    }
    bool start_object(std::size_t) override
    {
        if (m_skip > 0) {
            ++m_skip;
            return true;
        }
        if (skipUnknown())
            return true;
        if (m_level == Level::Outside) {
            m_level = Level::Top;
            return true;
        }
        if (m_level == Level::Answers && !m_compact) {
            beginAnswer();
            return true;
        }
        return mistyped();
    }
    bool start_array(std::size_t) override
    {
        if (m_skip > 0) {
            ++m_skip;
            return true;
        }
        if (skipUnknown())
            return true;
        if (m_level == Level::Top && m_field.kind == Field::Answers) {
            m_level = Level::Answers;
            hasAnswers = true;
            // The text does not say how many follow; a paper of the national blueprints has
            // 100 questions, so one allocation holds a whole sheet's answers.
            answers.reserve(kExpectedAnswers);
            return true;
        }
        if (m_level == Level::Top && m_field.kind == Field::PaperRecords) {
            m_level = Level::PaperRecords;
            hasPaperRecords = true;
            return true;
        }
        if (m_level == Level::Answers && m_compact) {
            beginAnswer();
            return true;
        }
        return mistyped();
    }
    bool end_object() override
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        if (m_level == Level::Answer) {
            if (m_answerSeen != (1u << kAnswerKeys.size()) - 1)
                return stop("answer " + std::to_string(answerNumber()) +
                            " lacks question, chosen, awarded_half_points or correct");
            m_level = Level::Answers;
        } else {
            m_level = Level::Outside;
        }
        return true;
    }
    bool end_array() override
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        if (m_level == Level::Answer) { // a v2 answer array
            if (m_answerSeen != (1u << kAnswerKeys.size()) - 1)
                return stop("answer " + std::to_string(answerNumber()) + " has " +
                            std::to_string(m_position) +
                            " entries, not 4 (question, chosen, awarded_half_points, correct)" +
                            where());
            m_level = Level::Answers;
            return true;
        }
        m_level = Level::Top;
        m_field = {};
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override
    {
        parseError = e.what();
        // nlohmann counts a binary input's bytes from after the CBOR tag and past its end; say
        // the byte of the body instead, and keep nlohmann's reason.
        if (m_cursor) {
            const auto reason = parseError.find(": ");
            parseError = "at byte " + std::to_string(offset()) +
                         (reason == std::string::npos ? "" : parseError.substr(reason));
        }
        return false;
    }

private:
    enum class Level { Outside, Top, Answers, Answer, PaperRecords };
    enum class Type { Null, Bool, Int, Float, Text };
    struct Field
    {
        enum Kind { None, Text, Int, Passed, Answers, Answer, PaperRecords } kind = None;
        std::size_t index = 0;
    };

    template <std::size_t N>
    static Field lookup(const std::array<std::string_view, N>& keys, std::string_view key,
                        Field::Kind kind)
    {
        for (std::size_t i = 0; i < N; ++i)
            if (keys[i] == key)
                return {kind, i};
        return {};
    }
    bool seen(Field field) const
    {
        switch (field.kind) {
        case Field::Text:
            return hasText(field.index);
        case Field::Int:
            return hasInt(field.index);
        case Field::Passed:
            return hasPassed;
        case Field::Answers:
            return hasAnswers;
        case Field::PaperRecords:
            return hasPaperRecords;
        default:
            return false;
        }
    }
    void beginAnswer()
    {
        m_level = Level::Answer;
        // Filled in place: no record moved per answer.
        answers.emplace_back();
        m_answerSeen = 0;
        m_position = 0;
        m_field = {};
    }
    // The answer being read, or the next one (1-based), for error messages.
    std::size_t answerNumber() const { return answers.size() + (m_level == Level::Answer ? 0 : 1); }
    // Keeps a value the parser has just read. JSON (v1): copied, not moved, so that the lexer
    // keeps its buffer for the next string instead of growing a new one from nothing after
    // each long value. CBOR (v2): moved, as nlohmann's binary reader reads every string into a
    // fresh one of its own.
    void take(std::string& field, string_t& value) const
    {
        if (m_compact)
            field = std::move(value);
        else
            field = value;
    }
    // The byte offset after the last byte read, when the input is followed.
    std::size_t offset() const { return m_cursor ? std::size_t(*m_cursor - m_begin) : 0; }
    // " (at byte N)" for a followed input: where the value that stopped the parse ends.
    std::string where() const
    {
        return m_cursor ? " (the value ending at byte " + std::to_string(offset()) + ")" : "";
    }
    // A nested value under a key this reader does not know: skipped as a whole.
    bool skipUnknown()
    {
        if ((m_level == Level::Top || (m_level == Level::Answer && !m_compact)) &&
            m_field.kind == Field::None) {
            m_skip = 1;
            return true;
        }
        return false;
    }
    bool stop(std::string why)
    {
        error = std::move(why);
        return false;
    }
    bool mistyped()
    {
        if (m_level == Level::Outside)
            return stop(m_compact ? "not a map" + where() : "not a JSON object");
        if (m_level == Level::Answers)
            return stop("answer " + std::to_string(answerNumber()) + " is not " +
                        (m_compact ? "an array" : "an object") + where());
        if (m_level == Level::Answer && m_compact && m_field.kind == Field::None)
            return stop("answer " + std::to_string(answerNumber()) + " holds a list or map" +
                        where());
        if (m_level == Level::Answer)
            return stop("answer " + std::to_string(answerNumber()) + ": " +
                        std::string(fieldName()) + " is mistyped" + where());
        return stop("missing or mistyped field: " + std::string(fieldName()) + where());
    }
    // The name of the field whose value is being read (only known fields reach mistyped()).
    std::string_view fieldName() const
    {
        switch (m_field.kind) {
        case Field::Text:
            return kTextKeys[m_field.index];
        case Field::Int:
            return kIntKeys[m_field.index];
        case Field::Answer:
            return kAnswerKeys[m_field.index];
        case Field::Passed:
            return "passed";
        case Field::Answers:
            return "answers";
        case Field::PaperRecords:
            return "paper_records";
        default:
            return "?";
        }
    }
    bool scalar(Type type, long long number, string_t* text)
    {
        if (m_skip > 0)
            return true;
        const bool isInt = type == Type::Int && number >= std::numeric_limits<int>::min() &&
                           number <= std::numeric_limits<int>::max();
        const int value = isInt ? static_cast<int>(number) : 0;
        switch (m_level) {
        case Level::Outside:
        case Level::Answers:
            return mistyped();
        case Level::PaperRecords:
            if (type != Type::Text)
                return stop("paper_records holds an entry that is not text");
            paperRecords.push_back(std::move(*text));
            return true;
        case Level::Top:
            switch (m_field.kind) {
            case Field::None:
                return true;
            case Field::Text:
                if (type != Type::Text)
                    return mistyped();
                take(texts[m_field.index], *text);
                m_textSeen |= 1u << m_field.index;
                break;
            case Field::Int:
                if (!isInt)
                    return mistyped();
                ints[m_field.index] = value;
                m_intSeen |= 1u << m_field.index;
                break;
            case Field::Passed:
                if (type != Type::Bool)
                    return mistyped();
                passed = number != 0;
                hasPassed = true;
                break;
            default:
                return mistyped();
            }
            break;
        case Level::Answer:
            if (m_compact) { // v2: the entries by position
                if (m_position == kAnswerKeys.size())
                    return stop("answer " + std::to_string(answerNumber()) +
                                " has more than 4 entries" + where());
                m_field = {Field::Answer, m_position++};
            }
            if (m_field.kind == Field::None)
                return true;
            if (m_field.index <= 1) {
                if (type != Type::Text)
                    return mistyped();
                auto& answerText =
                    m_field.index == 0 ? answers.back().questionId : answers.back().chosen;
                take(answerText, *text);
            } else if (m_field.index == 2) {
                if (!isInt)
                    return mistyped();
                answers.back().awardedHalfPoints = value;
            } else {
                if (type != Type::Bool)
                    return mistyped();
                answers.back().correct = number != 0;
            }
            m_answerSeen |= 1u << m_field.index;
            break;
        }
        m_field = {};
        return true;
    }

    const bool m_compact;
    const char* const m_begin;
    const char* const* const m_cursor;
    Level m_level = Level::Outside;
    Field m_field;
    std::size_t m_position = 0; // entries read of a v2 answer
    int m_skip = 0;
    unsigned m_textSeen = 0;
    unsigned m_intSeen = 0;
    unsigned m_answerSeen = 0;
};

constexpr std::string_view modeNames[] = {"kiosk", "paper"};

constexpr std::string_view kFormatV1 = "examroom.score-sheet.v1";
constexpr std::string_view kFormatV2 = "examroom.score-sheet.v2";

// A contiguous input handed to nlohmann's reader one byte at a time that leaves the position
// of the next byte in `*cursor`: the reader's callbacks can then say at which byte a binary
// body goes wrong (nlohmann's SAX interface does not tell them).
struct FollowedInput
{
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at;
    const char** cursor;

    reference operator*() const { return *at; }
    FollowedInput& operator++()
    {
        *cursor = ++at;
        return *this;
    }
    FollowedInput operator++(int)
    {
        auto before = *this;
        ++*this;
        return before;
    }
    bool operator==(const FollowedInput& other) const { return at == other.at; }
};

// The sheet as a JSON value; `compact` writes each answer as an array.
json sheetValue(const ScoreSheet& sheet, bool compact)
{
    json answerList = json::array();
    for (const auto& answer : sheet.answers) {
        if (compact)
            answerList.push_back(json::array(
                {answer.questionId, answer.chosen, answer.awardedHalfPoints, answer.correct}));
        else
            answerList.push_back({{"question", answer.questionId},
                                  {"chosen", answer.chosen},
                                  {"awarded_half_points", answer.awardedHalfPoints},
                                  {"correct", answer.correct}});
    }
    // nlohmann's object keeps keys sorted, so the same values always give the same bytes.
    return {{"format", compact ? kFormatV2 : kFormatV1},
            {"sheet_id", sheet.sheetId},
            {"plan_id", sheet.planId},
            {"plan_name", sheet.planName},
            {"exam_centre", sheet.examCentre},
            {"exam_kind", std::string(label(sheet.examKind))},
            {"qualification_type", sheet.qualificationType},
            {"operation_category", sheet.operationCategory},
            {"operation_item", sheet.operationItem},
            {"subject", sheet.subject},
            {"site_id", sheet.siteId},
            {"site_name", sheet.siteName},
            {"room_id", sheet.roomId},
            {"seat_no", sheet.seatNo},
            {"ticket_no", sheet.ticketNo},
            {"name", sheet.name},
            {"gender", std::string(label(sheet.gender))},
            {"id_type", std::string(label(sheet.idType))},
            {"id_no", sheet.idNo},
            {"attempt", sheet.attempt},
            {"exam_date", sheet.examDate},
            {"started_at", sheet.startedAt},
            {"submitted_at", sheet.submittedAt},
            {"submit_reason", std::string(label(sheet.submitReason))},
            {"answers", answerList},
            {"score_half_points", sheet.scoreHalfPoints},
            {"total_points", sheet.totalPoints},
            {"pass_points", sheet.passPoints},
            {"passed", sheet.passed},
            {"journal_head_hash", sheet.journalHeadHash},
            {"kiosk_fingerprint", sheet.kioskFingerprint},
            {"exam_mode", std::string(label(sheet.examMode))},
            {"paper_records", sheet.paperRecords}};
}

} // namespace

std::string_view label(SubmitReason reason)
{
    return reasonNames[static_cast<int>(reason)];
}

std::string_view label(ExamMode mode)
{
    return modeNames[static_cast<int>(mode)];
}

std::string ScoreSheet::toBody(SheetForm form) const
{
    if (form == SheetForm::JsonV1)
        return sheetValue(*this, false).dump();
    std::string body(kSheetCborMagic);
    json::to_cbor(sheetValue(*this, true), body);
    return body;
}

std::optional<ScoreSheet> ScoreSheet::fromBody(std::string_view body, std::string* error)
{
    auto fail = [&](const std::string& why) -> std::optional<ScoreSheet> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The first bytes say the form: v2 starts with CBOR's self-describing tag, which no JSON
    // text does; anything else is read as the v1 JSON text.
    const bool v2 = body.substr(0, kSheetCborMagic.size()) == kSheetCborMagic;
    const char* const start = body.data() + (v2 ? kSheetCborMagic.size() : 0);
    const char* const end = body.data() + body.size();
    SheetReader reader(v2, body.data(), nullptr);
    if (!(v2 ? json::sax_parse(start, end, &reader, json::input_format_t::cbor)
             : json::sax_parse(body, &reader))) {
        std::string why = reader.error;
        std::string parseError = reader.parseError;
        if (v2) {
            // Read again, following every byte, to say where it went wrong: the same reader
            // stops at the same value. Only a refused body pays for following.
            const char* cursor = start;
            SheetReader followed(true, body.data(), &cursor);
            (void)json::sax_parse(FollowedInput{start, &cursor}, FollowedInput{end, &cursor},
                                  &followed, json::input_format_t::cbor);
            why = followed.error;
            parseError = followed.parseError;
        }
        if (!why.empty())
            return fail(why);
        const std::string what = v2 ? "not a CBOR map" : "not a JSON object";
        return fail(what + (parseError.empty() ? std::string() : ": " + parseError));
    }
    auto& texts = reader.texts;
    const auto format = v2 ? kFormatV2 : kFormatV1;
    if (!reader.hasText(kFormat) || texts[kFormat] != format)
        return fail("format is not " + std::string(format));
    for (std::size_t i = 0; i < kRequiredTextKeys; ++i)
        if (!reader.hasText(i))
            return fail("missing or mistyped field: " + std::string(kTextKeys[i]));
    for (std::size_t i = 0; i < kIntKeys.size(); ++i)
        if (!reader.hasInt(i))
            return fail("missing or mistyped field: " + std::string(kIntKeys[i]));
    if (!reader.hasPassed)
        return fail("missing or mistyped field: passed");
    if (!reader.hasAnswers)
        return fail("missing or mistyped field: answers");

    ScoreSheet sheet;
    auto kind = examKindFromLabel(texts[kExamKind]);
    auto gender = genderFromLabel(texts[kGender]);
    auto idType = idTypeFromLabel(texts[kIdType]);
    auto reason = reasonFromName(texts[kSubmitReason]);
    if (!kind || !gender || !idType || !reason)
        return fail("exam_kind, gender, id_type or submit_reason has an unknown value");
    sheet.examKind = *kind;
    sheet.gender = *gender;
    sheet.idType = *idType;
    sheet.submitReason = *reason;
    sheet.sheetId = std::move(texts[kSheetId]);
    sheet.planId = std::move(texts[kPlanId]);
    sheet.planName = std::move(texts[kPlanName]);
    sheet.examCentre = std::move(texts[kExamCentre]);
    sheet.qualificationType = std::move(texts[kQualificationType]);
    sheet.operationCategory = std::move(texts[kOperationCategory]);
    sheet.operationItem = std::move(texts[kOperationItem]);
    sheet.subject = std::move(texts[kSubject]);
    sheet.siteId = std::move(texts[kSiteId]);
    sheet.siteName = std::move(texts[kSiteName]);
    sheet.roomId = std::move(texts[kRoomId]);
    sheet.ticketNo = std::move(texts[kTicketNo]);
    sheet.name = std::move(texts[kName]);
    sheet.idNo = std::move(texts[kIdNo]);
    sheet.examDate = std::move(texts[kExamDate]);
    sheet.startedAt = std::move(texts[kStartedAt]);
    sheet.submittedAt = std::move(texts[kSubmittedAt]);
    sheet.journalHeadHash = std::move(texts[kJournalHeadHash]);
    sheet.kioskFingerprint = std::move(texts[kKioskFingerprint]);
    sheet.seatNo = reader.ints[kSeatNo];
    sheet.attempt = reader.ints[kAttempt];
    sheet.scoreHalfPoints = reader.ints[kScoreHalfPoints];
    sheet.totalPoints = reader.ints[kTotalPoints];
    sheet.passPoints = reader.ints[kPassPoints];
    sheet.passed = reader.passed;
    sheet.answers = std::move(reader.answers);
    if (!reader.hasText(kExamMode) || texts[kExamMode] == label(ExamMode::Kiosk))
        sheet.examMode = ExamMode::Kiosk;
    else if (texts[kExamMode] == label(ExamMode::Paper))
        sheet.examMode = ExamMode::Paper;
    else
        return fail("exam_mode \"" + texts[kExamMode] + "\" is neither kiosk nor paper");
    sheet.paperRecords = std::move(reader.paperRecords);
    if (sheet.examMode == ExamMode::Kiosk && !sheet.paperRecords.empty())
        return fail("a kiosk sheet carries paper records");

    long long sum = 0;
    for (const auto& answer : sheet.answers) {
        if (answer.awardedHalfPoints < 0)
            return fail("answer " + answer.questionId + " has negative points");
        sum += answer.awardedHalfPoints;
    }
    if (sheet.sheetId.empty() || sheet.ticketNo.empty() || sheet.planId.empty())
        return fail("sheet_id, ticket_no and plan_id must not be empty");
    if (sum != sheet.scoreHalfPoints)
        return fail("the answers add up to " + std::to_string(sum) +
                    " half-points, the sheet says " + std::to_string(sheet.scoreHalfPoints));
    if (sheet.passed != (sheet.scoreHalfPoints >= 2LL * sheet.passPoints))
        return fail("passed does not follow from the score and pass_points");
    if (sheet.attempt < 1 || sheet.attempt > 2)
        return fail("attempt must be 1 or 2 (one make-up)");
    return sheet;
}

SignedDocument ScoreSheet::sign(const crypto::SigningKeyPair& kioskKey) const
{
    return signDocument(std::string(kind), sheetId, toBody(), kioskKey);
}

std::string receiptCode(const SignedDocument& document)
{
    return receiptCode(document.contentHash());
}

std::string receiptCode(std::string_view contentHash)
{
    // Crockford's base32 alphabet: no I, L, O, U, so a code read aloud is not misheard.
    constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    auto nibble = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    if (contentHash.size() < 16)
        throw std::invalid_argument("receiptCode: not a content hash");
    std::string code;
    for (std::size_t i = 0; i < 8; ++i) {
        const int high = nibble(contentHash[2 * i]), low = nibble(contentHash[2 * i + 1]);
        if (high < 0 || low < 0)
            throw std::invalid_argument("receiptCode: not a content hash");
        code.push_back(alphabet[std::size_t(high * 16 + low) % 32]);
        if (i == 3)
            code.push_back('-');
    }
    return code;
}

} // namespace examroom
