#pragma once

#include "documents/SignedDocument.h"
#include "domain/Enums.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom {

enum class SubmitReason { Candidate, TimeUp, Proctor };

// How the candidate sat the exam: on a kiosk, or on the printed paper of the same draw (纸质试卷,
// the fallback when a seat or the room cannot be used) with the answers entered by two staff.
enum class ExamMode { Kiosk, Paper };

// One answered (or unanswered) question as the sheet records it, in the bank's terms.
struct AnswerRecord
{
    std::string questionId;
    std::string chosen; // the bank's option letters ("ABD"); for 判断 "A" = 对, "B" = 错; "" = none
    int awardedHalfPoints = 0;
    bool correct = false;
};

// 安全生产知识考试成绩确认单 (the seed's table 6) together with the record behind the score.
// Signed by the kiosk's device key as a SignedDocument of kind `kind`, id `sheetId`.
// The forms of a knowledge score sheet's signed body (ScoreSheet::toBody).
enum class SheetForm { JsonV1, CborV2 };
// What kiosks and consoles write. The hub reads both forms, so it is upgraded first.
inline constexpr SheetForm kCurrentSheetForm = SheetForm::CborV2;

// The first bytes of a v2 (CBOR) score sheet body: CBOR's self-describing tag 55799
// (RFC 8949 section 3.4.6), which no JSON text can start with.
inline constexpr std::string_view kSheetCborMagic = "\xD9\xD9\xF7";

struct ScoreSheet
{
    static constexpr std::string_view kind = "knowledge-score-sheet";

    std::string sheetId; // planId + "/" + ticketNo + "/" + attempt: one sheet per attempt
    // The plan (表6: 考试计划, 考试机构, 考试类型, 资格类型, 作业类别, 操作项目, 考试点)
    std::string planId;
    std::string planName;
    std::string examCentre;
    ExamKind examKind = ExamKind::Initial;
    std::string qualificationType;
    std::string operationCategory;
    std::string operationItem;
    std::string subject; // 考试科目
    std::string siteId;
    std::string siteName;
    std::string roomId;
    int seatNo = 0;
    // The candidate (表6: 姓名, 性别, 身份证件类型, 身份证件号, 准考证号, 照片 by reference)
    std::string ticketNo;
    std::string name;
    Gender gender = Gender::Male;
    IdType idType = IdType::ResidentId;
    std::string idNo;
    int attempt = 1; // 2 = the make-up attempt (补考)
    // The exam (表6: 考试日期 / 补考日期, 成绩)
    std::string examDate;    // YYYY-MM-DD
    std::string startedAt;   // ISO-8601 with offset
    std::string submittedAt; // ISO-8601 with offset
    SubmitReason submitReason = SubmitReason::Candidate;
    std::vector<AnswerRecord> answers;
    int scoreHalfPoints = 0;
    int totalPoints = 100;
    int passPoints = 80;
    bool passed = false;
    std::string journalHeadHash; // hex BLAKE2b of the last answer-journal entry
    std::string kioskFingerprint;
    // Kiosk: signed by the kiosk's device key. Paper: the two staff entries (paper-entry
    // envelopes, each signed by the staff member who typed it) and any resolutions of their
    // differences travel here, and the proctor countersigns the whole sheet at close.
    ExamMode examMode = ExamMode::Kiosk;
    std::vector<std::string> paperRecords; // SignedDocument JSON, in the order they were made

    double score() const { return scoreHalfPoints / 2.0; }

    // The body that is signed (docs/protocol-centre.md, "Knowledge score sheet body"), in the
    // form every producer writes now unless told otherwise:
    //  - CborV2: kSheetCborMagic, then the sheet as one CBOR map (RFC 8949) with each answer an
    //    array [question, chosen, awarded_half_points, correct]. Deterministic: keys in the
    //    order of their text, integers in their shortest form, definite lengths, so the same
    //    sheet always gives the same bytes.
    //  - JsonV1: canonical JSON text (sorted keys, no spaces), each answer an object. Sheets
    //    signed before v2 arrive in it and are still read.
    std::string toBody(SheetForm form = kCurrentSheetForm) const;
    // Parses and checks a body of either form, told apart by its first bytes and never
    // converted (the signature covers the exact bytes); on failure returns nullopt and says
    // why in `error` (for a v2 body with the byte offset).
    [[nodiscard]] static std::optional<ScoreSheet> fromBody(std::string_view body,
                                                            std::string* error = nullptr);

    SignedDocument sign(const crypto::SigningKeyPair& kioskKey) const;
};

std::string_view label(SubmitReason reason);
std::string_view label(ExamMode mode); // "kiosk", "paper"

// A short code a person can read back (8 characters in two groups, e.g. "K7Q2-M9XD"), taken
// from the signed document's content hash: printed on the confirmation sheet and the receipt.
std::string receiptCode(const SignedDocument& document);
// The same from the document's content hash (lower-case hex, as contentHash() gives it), for a
// caller that has it already. Throws std::invalid_argument for anything else.
std::string receiptCode(std::string_view contentHash);

} // namespace examroom
