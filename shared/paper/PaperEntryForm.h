#pragma once

#include "domain/Paper.h"
#include "paper/AnswerLetters.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::paper {

// One staff member's entry of a paper answer sheet while it is being typed: the letters of
// each item ("" = blank) and the item typed now. Items kept from the kiosk are never typed
// (they stay blank: the kiosk's answer counts). Enter stores the current item and goes on to
// the next open one; the console screen only shows this and forwards the keys.
class PaperEntryForm
{
public:
    PaperEntryForm() = default;
    // `kept[i]`: item i was answered on the kiosk. Typing starts at the first open item.
    explicit PaperEntryForm(std::vector<bool> kept);

    std::size_t size() const { return m_kept.size(); }
    // The item typed now; size() once past the last open item.
    std::size_t current() const { return m_current; }
    bool atEnd() const { return m_current >= size(); }
    bool kept(std::size_t index) const { return index < size() && m_kept[index]; }
    // The letters stored so far, one per item, in the order the items are printed.
    const std::vector<std::string>& answers() const { return m_answers; }
    // What the entry field shows: the letters stored for the current item ("" at the end).
    std::string currentText() const;

    // Enter on the current item: `typed` is checked against the item of `paper` (the draw this
    // form was made for), stored in upper case without spaces, and typing moves to the next
    // open item. At the end there is nothing to store: true. false with `problem` filled when
    // the item does not take those letters; the form is left as it was. Throws
    // std::out_of_range (form unchanged) when `paper` has no such item: not the draw the form
    // was made for.
    [[nodiscard]] bool commit(const Paper& paper, std::string_view typed,
                              LettersProblem* problem = nullptr);
    // Up: back to the nearest open item before the current one; false (nothing changes) when
    // there is none.
    bool back();
    // A click on item `index`: typing goes there; false (nothing changes) for a kept item or
    // one the paper does not have.
    bool go(std::size_t index);

private:
    // The first open item at or after `from` (size() when there is none).
    std::size_t openFrom(std::size_t from) const;

    std::vector<bool> m_kept;
    std::vector<std::string> m_answers;
    std::size_t m_current = 0;
};

} // namespace examroom::paper
