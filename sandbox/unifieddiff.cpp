// SPDX-License-Identifier: MIT
#include "unifieddiff.h"

#include <QStringList>

#include <vector>

namespace Sandbox {

namespace {
enum class Op { Keep, Remove, Add };
struct Line
{
    Op op;
    int a; ///< index in `before` (Keep, Remove)
    int b; ///< index in `after` (Keep, Add)
};

/// Longest-common-subsequence edit script; schemas are small enough for the quadratic table.
std::vector<Line> editScript(const QStringList& a, const QStringList& b)
{
    const int n = int(a.size()), m = int(b.size());
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    std::vector<Line> out;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out.push_back({Op::Keep, i++, j++});
        } else if (j < m && (i == n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            out.push_back({Op::Add, i, j++});
        } else {
            out.push_back({Op::Remove, i++, j});
        }
    }
    // Show removals before additions within a change, as diff does.
    for (size_t k = 0; k + 1 < out.size(); ++k) {
        if (out[k].op == Op::Add && out[k + 1].op == Op::Remove) {
            std::swap(out[k], out[k + 1]);
            if (k > 0)
                k -= 2;
        }
    }
    return out;
}

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

QString unifiedDiff(const QString& before, const QString& after, const QString& name)
{
    if (before == after)
        return {};
    const QStringList a = splitLines(before), b = splitLines(after);
    const std::vector<Line> script = editScript(a, b);
    constexpr size_t context = 3;
    // Indices of changed lines, grouped into hunks when at most 2*context kept lines apart.
    std::vector<size_t> changes;
    for (size_t k = 0; k < script.size(); ++k) {
        if (script[k].op != Op::Keep)
            changes.push_back(k);
    }
    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(name);
    size_t g = 0;
    while (g < changes.size()) {
        size_t last = g;
        while (last + 1 < changes.size() && changes[last + 1] - changes[last] - 1 <= 2 * context)
            ++last;
        const size_t start = changes[g] >= context ? changes[g] - context : 0;
        const size_t end = std::min(script.size(), changes[last] + 1 + context);
        // Line numbers by counting: after reordering a change, the lines' own indexes may lag.
        int aStart = 0, bStart = 0, aCount = 0, bCount = 0;
        for (size_t x = 0; x < start; ++x) {
            aStart += script[x].op != Op::Add ? 1 : 0;
            bStart += script[x].op != Op::Remove ? 1 : 0;
        }
        QString body;
        for (size_t x = start; x < end; ++x) {
            const Line& l = script[x];
            switch (l.op) {
            case Op::Keep:
                body += QLatin1Char(' ') + a[l.a] + QLatin1Char('\n');
                ++aCount;
                ++bCount;
                break;
            case Op::Remove:
                body += QLatin1Char('-') + a[l.a] + QLatin1Char('\n');
                ++aCount;
                break;
            case Op::Add:
                body += QLatin1Char('+') + b[l.b] + QLatin1Char('\n');
                ++bCount;
                break;
            }
        }
        // diff numbers an empty side by the line before it. Like git's function context the hunk
        // names the statement its first change is in: the last CREATE line before that change
        // (context lines included, so a table whose CREATE is in the context is the one named).
        qsizetype firstChange = aStart;
        for (size_t x = start; x < changes[g]; ++x)
            firstChange += script[x].op != Op::Add ? 1 : 0;
        QString heading;
        for (qsizetype x = firstChange; x-- > 0;) {
            if (x < a.size() && a[x].startsWith(QLatin1String("CREATE "))) {
                heading = QLatin1Char(' ') + a[x].left(80);
                break;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@%5\n")
                   .arg(aCount ? aStart + 1 : aStart)
                   .arg(aCount)
                   .arg(bCount ? bStart + 1 : bStart)
                   .arg(bCount)
                   .arg(heading)
            + body;
        g = last + 1;
    }
    return out;
}

} // namespace Sandbox
