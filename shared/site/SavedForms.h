#pragma once

#include "site/Outcome.h"

#include <string>

namespace examroom::site {

class PersonSession;
class SiteStore;

// The proctor saved a printed form (admission tickets, seat chart, confirmation sheets, score
// list, room record, practical sheets: names, ID numbers, photos, scores in clear) to a file
// they named, there being no printer. The console writes no form to disk on its own; this
// audit entry ("form-saved", subject the form, detail the session and the path) keeps every
// copy that left it on record. Refused (nothing recorded) when the console is locked, for a
// role that may not proctor, or without a form or a path.
Outcome recordFormSaved(SiteStore& store, PersonSession& person, const std::string& form,
                        const std::string& sessionId, const std::string& path);

} // namespace examroom::site
