#include "site/SavedForms.h"

#include "site/PersonSession.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"

#include <nlohmann/json.hpp>

namespace examroom::site {

Outcome recordFormSaved(SiteStore& store, PersonSession& person, const std::string& form,
                        const std::string& sessionId, const std::string& path)
{
    if (form.empty() || path.empty())
        return Outcome::refused(Refusal::InvalidInput, "a saved form needs its name and path");
    if (auto gate = store.admit(person); !gate)
        return gate;
    store::Transaction tx(store.database());
    store.audit().appendWithin(person.name(), person.key(), "form-saved", form,
                               "no printer: saved where the proctor chose",
                               nlohmann::json{{"session", sessionId}, {"path", path}}.dump());
    tx.commit();
    return Outcome::success();
}

} // namespace examroom::site
