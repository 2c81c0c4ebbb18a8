// SPDX-License-Identifier: MIT
#pragma once

#include <neon/anonymization.h>

#include <QByteArray>
#include <QList>
#include <QString>

/// The masking-rules file Canopy writes and reads (the rules editor's Export/Import, and
/// `canopy anonymize --rules`): `{"format": "canopy-masking-rules", "version": 1,
/// "masking_rules": [ … Neon's MaskingRule objects … ]}`.
namespace Models::MaskingRulesFile {

QByteArray write(const QList<Neon::MaskingRule>& rules);
/// False with a reason for anything that is not such a file.
bool read(const QByteArray& json, QList<Neon::MaskingRule>* rules, QString* error);

} // namespace Models::MaskingRulesFile
