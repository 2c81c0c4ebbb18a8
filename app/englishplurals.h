// SPDX-License-Identifier: MIT
#pragma once

#include <QTranslator>

/// English plural forms for texts written as "%n branch(es)": Qt's tr() picks plural forms
/// from a catalogue, and English has none, so without this people read "(es)". Installed
/// first, so every real catalogue (German, …) takes precedence.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};
