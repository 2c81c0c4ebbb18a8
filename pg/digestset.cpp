// SPDX-License-Identifier: MIT
#include "digestset.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>

namespace Pg {

namespace {
constexpr size_t digestSeed = 0x2545f4914f6cdd1dULL;

/// Spreads a digest's bits over the slot index (qHashBits' low bits alone may cluster).
size_t slotOf(quint64 digest, size_t mask)
{
    digest ^= digest >> 33;
    digest *= 0xff51afd7ed558ccdULL;
    digest ^= digest >> 33;
    return size_t(digest) & mask;
}
} // namespace

void DigestSet::reserve(qsizetype count)
{
    const size_t wanted = std::bit_ceil(size_t(std::max<qsizetype>(count, 8)) * 2); // at most half full
    if (wanted > m_slots.size())
        rehash(wanted);
}

void DigestSet::rehash(size_t slots)
{
    std::vector<quint64> old = std::move(m_slots);
    m_slots.assign(slots, 0);
    m_mask = slots - 1;
    m_size = 0;
    for (const quint64 d : old) {
        if (d != 0)
            insert(d);
    }
}

void DigestSet::insert(quint64 digest)
{
    if (digest == 0)
        digest = 1;
    if (size_t(m_size + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    for (size_t i = slotOf(digest, m_mask);; i = (i + 1) & m_mask) {
        if (m_slots[i] == digest)
            return;
        if (m_slots[i] == 0) {
            m_slots[i] = digest;
            ++m_size;
            return;
        }
    }
}

bool DigestSet::contains(quint64 digest) const
{
    if (m_slots.empty())
        return false;
    if (digest == 0)
        digest = 1;
    for (size_t i = slotOf(digest, m_mask);; i = (i + 1) & m_mask) {
        if (m_slots[i] == digest)
            return true;
        if (m_slots[i] == 0)
            return false;
    }
}

quint64 DigestSet::ofUtf8(QByteArrayView utf8)
{
    return quint64(qHashBits(utf8.data(), size_t(utf8.size()), digestSeed));
}

quint64 DigestSet::ofText(QStringView text)
{
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
        return ofUtf8(text.toUtf8());
    QVarLengthArray<char, 256> ascii(text.size()); // most values: their UTF-8 is their ASCII
    std::transform(text.cbegin(), text.cend(), ascii.begin(), [](QChar c) { return char(c.unicode()); });
    return ofUtf8(QByteArrayView(ascii.constData(), ascii.size()));
}

} // namespace Pg
