// SPDX-License-Identifier: MIT
#include "apikeyoption.h"
#include "englishplurals.h"
#include "headless.h"
#include "privacy.h"
#include "session.h"

#include <models/branchfacts.h>
#include <sandbox/termination.h>
#include <ui/theme.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void loadTranslations(QApplication& app)
{
    QApplication::installTranslator(new EnglishPlurals(&app)); // first: the catalogues below win
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), u"canopy"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
}

void loadTierPatterns()
{
    // People name branches their own way: tiers/<name> = "wildcard, wildcard" in the settings.
    QSettings s;
    Models::TierRules rules = Models::TierRules::defaults();
    const std::pair<Models::Tier, const char*> keys[] = {
        {Models::Tier::Production, "production"}, {Models::Tier::Base, "base"}, {Models::Tier::Dev, "dev"},
        {Models::Tier::Preview, "preview"},       {Models::Tier::Qa, "qa"},     {Models::Tier::Backup, "backup"}};
    for (const auto& [tier, key] : keys) {
        const QString value = s.value(u"tiers/"_s + QLatin1String(key)).toString();
        if (!value.isEmpty() && !rules.setPatterns(tier, value))
            std::fprintf(stderr, "canopy: ignoring the tier patterns for %s: %s\n", key, qPrintable(value));
    }
    Models::TierRules::setCurrent(rules);
}
} // namespace

int main(int argc, char* argv[])
{
    if (Headless::isCommand(argc, argv)) // no window, no display needed
        return Headless::run(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Canopy"_s);
    QApplication::setOrganizationName(u"Canopy"_s);
    QApplication::setApplicationVersion(QStringLiteral(CANOPY_VERSION));
    QApplication::setDesktopFileName(u"dev.canopy.Canopy"_s); // the installed desktop entry (Wayland app id)
    if (QString problem; !App::makeSettingsPrivate(&problem)) // before the first QSettings write
        std::fprintf(stderr, "canopy: warning: %s\n", qPrintable(problem));
    loadTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Canopy manages Neon projects and their branch hierarchies.\n\n"
        "Without a window (for scripts and CI):\n"
        "  canopy cleanup --org ID [criteria] [--dry-run | --yes] [--output table|json]\n"
        "  canopy branches list --project ID [--tree] [--output table|json]\n"
        "  canopy anonymize --project ID --source BRANCH --rules FILE --name NEW [--load neon|canopy] [--refresh] [--yes]\n"
        "Each has its own --help. Exit codes: 0 done, 1 partly done, 2 failed."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const App::ApiKeyOptions apiKey;
    const QCommandLineOption apiHost(u"api-host"_s,
        u"Neon API base URL including /api/v2 (else NEON_API_HOST, else https://console.neon.tech/api/v2)."_s, u"url"_s);
    const QCommandLineOption demo(u"demo"_s,
        u"Run offline against the built-in sandbox (a local Neon API with real PostgreSQL databases)."_s);
    const QCommandLineOption theme(u"theme"_s, u"system, light or dark (remembered)."_s, u"name"_s);
    apiKey.addTo(parser);
    parser.addOptions({apiHost, demo, theme});
    parser.process(app);
    Sandbox::quitOnTerminationSignals(); // the demo's PostgreSQL stops with the window

    if (parser.isSet(theme))
        QSettings().setValue(u"view/theme"_s, parser.value(theme));
    Ui::applyTheme(Ui::themeFromString(QSettings().value(u"view/theme"_s).toString()));
    loadTierPatterns();

    Neon::ClientConfig config;
    const QString host = parser.isSet(apiHost) ? parser.value(apiHost) : qEnvironmentVariable("NEON_API_HOST");
    if (!host.isEmpty())
        config.baseUrl = QUrl(host);
    if (const QString problem = Neon::Client::checkBaseUrl(config.baseUrl); !problem.isEmpty()) {
        std::fprintf(stderr, "canopy: %s\n", qPrintable(problem));
        return 2;
    }

    Session session(config);
    if (parser.isSet(demo))
        session.startDemo();
    else {
        QString problem;
        const QString key = apiKey.read(parser, &problem);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "canopy: %s\n", qPrintable(problem));
            return 2;
        }
        session.start(key);
    }
    return QApplication::exec();
}
