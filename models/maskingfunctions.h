// SPDX-License-Identifier: MIT
// Private to the masking library: the expression tree and the functions that evaluate it.
#pragma once

#include "masking.h"

#include <QtGlobal>

#include <functional>

#include <vector>

namespace Models::Masking {

namespace Functions {
struct Context;
using Args = QList<QVariant>;
using Function = std::function<QVariant(const Args&, Context&, QString*)>;
} // namespace Functions

struct Expression::Node
{
    enum Kind { Call, Column, Literal, Array, Concat } kind = Literal;
    QString name; ///< Call: the function without its schema; Column: the column
    QVariant value; ///< Literal
    std::vector<std::unique_ptr<Node>> children;
    const Functions::Function* function = nullptr; ///< Call: found once, when parsed (null: computed only on Neon)
};

/// The draws of one cell: a small generator (SplitMix64) seeded from the cell's own digest. A
/// new one is made for every cell of a load, so it must be cheap to make (QRandomGenerator64's
/// Mersenne Twister fills 2.5 KiB of state first) and it must give the same draws for the same
/// seed on every machine.
class CellRandom
{
public:
    explicit CellRandom(quint64 seed) : m_state(seed) { }
    quint64 generate64()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint32 generate() { return quint32(generate64() >> 32); }
    /// In [0, 1).
    double generateDouble() { return double(generate64() >> 11) * 0x1.0p-53; }
    /// In [0, highest), without modulo bias.
    quint64 bounded(quint64 highest)
    {
        if (highest == 0)
            return 0;
        const quint64 limit = ~quint64(0) - (~quint64(0) % highest);
        quint64 x = generate64();
        while (x >= limit)
            x = generate64();
        return x % highest;
    }
    int bounded(int highest) { return highest <= 0 ? 0 : int(bounded(quint64(highest))); }
    void fillRange(quint32* buffer, qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i)
            buffer[i] = generate();
    }

private:
    quint64 m_state;
};

namespace Functions {

struct Context
{
    const QHash<QString, QVariant>& row;
    const QVariant& original;
    CellRandom random;
};

bool isSupported(const QString& name);
/// The function of that name; null for one only Neon computes.
const Function* find(const QString& name);
QStringList names();
/// True when the expression draws random values (a draw may be repeated).
bool isRandom(const Expression::Node* node);
QVariant evaluate(const Expression::Node* node, Context& context, QString* problem);

} // namespace Functions
} // namespace Models::Masking
