// SPDX-License-Identifier: MIT
#include "codehighlighting.h"

#include "fallbackhighlighter.h"
#include "theme.h"

#include <QApplication>
#include <QTextDocument>

#ifdef CANOPY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace Ui::CodeHighlighting {

#ifdef CANOPY_HAVE_KSYNTAXHIGHLIGHTING
namespace {
KSyntaxHighlighting::Repository& repository()
{
    static KSyntaxHighlighting::Repository r; // loading the definitions is costly: once
    return r;
}
} // namespace
#endif

void attach(QTextDocument* document, Language language)
{
    const bool dark = isDark(QApplication::palette());
#ifdef CANOPY_HAVE_KSYNTAXHIGHLIGHTING
    const auto definition = repository().definitionForName(language == Language::Diff ? u"Diff"_s : u"SQL (PostgreSQL)"_s);
    if (definition.isValid()) {
        auto* h = new KSyntaxHighlighting::SyntaxHighlighter(document);
        h->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                   : KSyntaxHighlighting::Repository::LightTheme));
        h->setDefinition(definition);
        return;
    }
#endif
    new FallbackHighlighter(document, language == Language::Diff, dark);
}

QString engine()
{
#ifdef CANOPY_HAVE_KSYNTAXHIGHLIGHTING
    return u"KSyntaxHighlighting"_s;
#else
    return u"built-in"_s;
#endif
}

} // namespace Ui::CodeHighlighting
