#include "paper/PaperEntryForm.h"

#include <stdexcept>

namespace examroom::paper {

PaperEntryForm::PaperEntryForm(std::vector<bool> kept)
    : m_kept(std::move(kept)), m_answers(m_kept.size())
{
    m_current = openFrom(0);
}

std::size_t PaperEntryForm::openFrom(std::size_t from) const
{
    while (from < size() && m_kept[from])
        ++from;
    return from;
}

std::string PaperEntryForm::currentText() const
{
    return atEnd() ? std::string() : m_answers[m_current];
}

bool PaperEntryForm::commit(const Paper& paper, std::string_view typed, LettersProblem* problem)
{
    if (atEnd())
        return true;
    if (m_current >= paper.items.size())
        throw std::out_of_range("the paper has no item " + std::to_string(m_current + 1));
    if (!readLetters(paper.items[m_current], typed, problem))
        return false;
    // As typed (the order of the letters is the staff member's), only normalised: the two
    // entries are compared letter for letter.
    std::string letters;
    for (char c : typed) {
        if (c == ' ')
            continue;
        letters += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    m_answers[m_current] = std::move(letters);
    m_current = openFrom(m_current + 1);
    return true;
}

bool PaperEntryForm::back()
{
    for (std::size_t i = m_current; i > 0; --i) {
        if (!m_kept[i - 1]) {
            m_current = i - 1;
            return true;
        }
    }
    return false;
}

bool PaperEntryForm::go(std::size_t index)
{
    if (index >= size() || m_kept[index])
        return false;
    m_current = index;
    return true;
}

} // namespace examroom::paper
