// SPDX-License-Identifier: MIT
#pragma once

#include <neon/schema.h>

#include <QString>

namespace Models::Masking {

/// What the rules editor proposes for one column, from its name, type and constraints.
struct Suggestion
{
    enum Kind { None, Email, FirstName, LastName, FullName, Phone, Address, City, PostCode, Country, BirthDate,
                NationalId, IpAddress, CardNumber, Iban, Username, FreeText };
    Kind kind = None;
    QString maskingFunction; ///< the rule to accept with one click (empty: nothing to suggest)
    QString reason; ///< why the column looks like PII, for people
    QString warning; ///< foreign keys, unique columns: what to mind
};

/// Looks at a column as a person would: `email`, `first_name`, `phone`, `dob`, `ssn`,
/// `ip_address`, free-text `notes`… A foreign-key column gets no rule but a warning (Neon masks
/// keys at the referenced primary key); a unique column gets a unique-safe function or a warning.
Suggestion suggest(const Neon::SchemaTable& table, const Neon::SchemaColumn& column);

} // namespace Models::Masking
