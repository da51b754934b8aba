#pragma once

#include "exam/ExamContext.h"
#include "package/SealedBank.h"
#include "package/SessionImages.h"
#include "room/RoomMessages.h"

#include <optional>
#include <string>

namespace examroom::room {

// What a kiosk holds of the session it serves, all in memory: the context (plan, roster, the
// QuestionBank) and the images its screens show (guarded, wiped when dropped).
struct OpenedSession
{
    ExamContext context;
    package::SessionImages images;
};

// The kiosk's unlock: the session's open files (plan, roster, rubric, photos) read where the
// bundle holds them and the bank from `bank` (package::importUnlocked), the images copied into
// guarded memory. Writes no file at all. Time rules are judged at the bundle's `judgedAt` (now
// when it has none). nullopt with the reason in `error` when the files do not import (the
// count of errors only: import messages may quote a roster's values, which stay out of logs)
// or an image is missing. Throws only crypto::CryptoError (no secure memory).
[[nodiscard]] std::optional<OpenedSession> openUnlockedSession(const ProvisionBundle& bundle,
                                                               const package::OpenedBank& bank,
                                                               int seatNo,
                                                               std::string* error = nullptr);

} // namespace examroom::room
