// SPDX-License-Identifier: MIT
// Private to the masking library: the expression tree and the functions that evaluate it.
#pragma once

#include "masking.h"

#include <QRandomGenerator>

#include <vector>

namespace Models::Masking {

struct Expression::Node
{
    enum Kind { Call, Column, Literal, Array, Concat } kind = Literal;
    QString name; ///< Call: the function without its schema; Column: the column
    QVariant value; ///< Literal
    std::vector<std::unique_ptr<Node>> children;
};

namespace Functions {

struct Context
{
    const QHash<QString, QVariant>& row;
    QVariant original;
    QRandomGenerator64 random;
};

bool isSupported(const QString& name);
QStringList names();
/// True when the expression draws random values (a draw may be repeated).
bool isRandom(const Expression::Node* node);
QVariant evaluate(const Expression::Node* node, Context& context, QString* problem);

} // namespace Functions
} // namespace Models::Masking
