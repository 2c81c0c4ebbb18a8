// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <vector>

namespace Pg {

/// A set of 64-bit digests of texts in one flat array (open addressing, linear probing): a lookup
/// touches one cache line where QSet's spans touch two or more, and a million values take 16 MiB.
/// The anonymized load keeps one per masked column: every original value, so that no masked
/// value is anybody's real one.
class DigestSet
{
public:
    /// Room for `count` digests without growing.
    void reserve(qsizetype count);
    void insert(quint64 digest);
    bool contains(quint64 digest) const;
    qsizetype size() const { return m_size; }

    /// The digest of a text given as UTF-8, and of the same text as a QString: the two agree.
    static quint64 ofUtf8(QByteArrayView utf8);
    static quint64 ofText(QStringView text);

private:
    void rehash(size_t slots);

    std::vector<quint64> m_slots; ///< 0: empty (a digest of 0 is kept as 1)
    size_t m_mask = 0;
    qsizetype m_size = 0;
};

} // namespace Pg
