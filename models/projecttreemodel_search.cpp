// SPDX-License-Identifier: MIT
// The text search behind the branch filter: per project, the names and ids in one block.
#include "projecttreemodel.h"

#include "projecttreemodel_node.h"

#include <QStringMatcher>

#include <algorithm>

namespace Models {

namespace {
bool isAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

void appendLower(QString& to, QStringView ascii)
{
    for (QChar c : ascii)
        to.append(c >= u'A' && c <= u'Z' ? QChar(c.unicode() | 0x20) : c);
}
} // namespace

void ProjectTreeModel::reindex(const Node* project)
{
    // ASCII folds to ASCII, so lower-casing ASCII text is the case folding QStringMatcher does;
    // anything else keeps Unicode's rules by being matched branch by branch.
    SearchIndex::Block block;
    const auto count = size_t(m_branches.value(project->id).size());
    block.ends.reserve(count);
    block.nodes.reserve(count);
    block.text.reserve(qsizetype(count) * 24);
    project->forEachBelow([&block](const Node& n) {
        if (!isAscii(n.branch.name) || !isAscii(n.id)) {
            block.unindexed.push_back(&n);
            return;
        }
        appendLower(block.text, n.branch.name);
        block.text.append(QChar(SearchIndex::separator));
        appendLower(block.text, n.id);
        block.text.append(QChar(SearchIndex::separator));
        block.ends.push_back(block.text.size());
        block.nodes.push_back(&n);
    });
    block.text.squeeze(); // kept until the next merge: no spare capacity per project
    m_search->projects.insert(project->id, std::move(block));
}

void ProjectTreeModel::markWithAncestors(const Node* node, QSet<const void*>& out) const
{
    // Whoever was marked before brought its ancestors along: stop at the first one.
    for (const Node* n = node; n && n != m_root.get(); n = n->parent) {
        const qsizetype before = out.size();
        out.insert(n);
        if (out.size() == before)
            return;
    }
}

QSet<const void*> ProjectTreeModel::matchingWithAncestors(
    const QString& text, const std::function<bool(const Neon::Branch&, const BranchActivity&)>& accept) const
{
    const QStringMatcher anyCase(text, Qt::CaseInsensitive);
    const auto containsText = [&anyCase](const Neon::Branch& b) {
        return anyCase.indexIn(b.name) >= 0 || anyCase.indexIn(b.id) >= 0;
    };
    if (text.isEmpty() || !isAscii(text) || text.contains(QChar(SearchIndex::separator))) {
        // Beyond ASCII a character may fold onto an ASCII one: judge branch by branch.
        return matchingWithAncestors([&](const Neon::Branch& b, const BranchActivity& a) {
            return (text.isEmpty() || containsText(b)) && accept(b, a);
        });
    }
    QString lower;
    appendLower(lower, text);
    const QStringMatcher exact(lower, Qt::CaseSensitive);
    QSet<const void*> out;
    for (const SearchIndex::Block& block : std::as_const(m_search->projects)) {
        for (qsizetype from = exact.indexIn(block.text); from >= 0;) {
            const auto part = size_t(std::upper_bound(block.ends.cbegin(), block.ends.cend(), from) - block.ends.cbegin());
            const Node* n = block.nodes[part];
            if (accept(n->branch, n->activity))
                markWithAncestors(n, out);
            from = exact.indexIn(block.text, block.ends[part]); // one hit per branch is enough
        }
        for (const Node* n : block.unindexed) {
            if (containsText(n->branch) && accept(n->branch, n->activity))
                markWithAncestors(n, out);
        }
    }
    return out;
}

} // namespace Models
