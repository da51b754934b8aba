#include "import/Diagnostics.h"

namespace examroom {

std::string Diagnostic::format() const
{
    std::string text = where.file;
    if (where.line > 0) {
        text += ':' + std::to_string(where.line);
        if (where.column > 0)
            text += ':' + std::to_string(where.column);
    }
    text += severity == Severity::Error ? ": error: " : ": warning: ";
    text += message;
    return text;
}

void Diagnostics::error(SourceLocation where, std::string message)
{
    m_all.push_back({Severity::Error, std::move(where), std::move(message)});
    ++m_errorCount;
}

void Diagnostics::warning(SourceLocation where, std::string message)
{
    m_all.push_back({Severity::Warning, std::move(where), std::move(message)});
}

std::vector<Diagnostic> Diagnostics::errors() const
{
    std::vector<Diagnostic> found;
    for (const auto& d : m_all)
        if (d.severity == Severity::Error)
            found.push_back(d);
    return found;
}

std::vector<Diagnostic> Diagnostics::warnings() const
{
    std::vector<Diagnostic> found;
    for (const auto& d : m_all)
        if (d.severity == Severity::Warning)
            found.push_back(d);
    return found;
}

} // namespace examroom
