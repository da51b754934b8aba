#pragma once

#include <string>
#include <vector>

namespace examroom {

// Where in a file something was found. Line and column are 1-based; the column counts
// characters (UTF-8 code points), not bytes, so it matches what an editor shows. Line 0 means
// "the file as a whole"; column 0 means "the whole line".
struct SourceLocation
{
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Error, Warning };

struct Diagnostic
{
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;

    // "roster.csv:5:12: error: 身份证件号: check character is 7, expected X"
    std::string format() const;
};

// Collects every error and warning of an import, so that one run reports them all.
class Diagnostics
{
public:
    void error(SourceLocation where, std::string message);
    void warning(SourceLocation where, std::string message);

    bool hasErrors() const { return m_errorCount > 0; }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return static_cast<int>(m_all.size()) - m_errorCount; }
    const std::vector<Diagnostic>& all() const { return m_all; }
    std::vector<Diagnostic> errors() const;
    std::vector<Diagnostic> warnings() const;

private:
    std::vector<Diagnostic> m_all;
    int m_errorCount = 0;
};

} // namespace examroom
