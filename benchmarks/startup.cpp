// SPDX-License-Identifier: MIT
// Start-up to a painted tree from the on-disk snapshot of 10,000 branches (200 projects of 50,
// every project expanded as a previous session left it): from the top of main() to the end of
// the tree's first paint, application construction included. Runs offscreen unless a display
// is set.
#include "sandboxthread.h"

#include <models/projecttreemodel.h>
#include <models/treesnapshot.h>
#include <ui/branchtreeview.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
/// Writes the snapshot a previous session would have left, and its expansion settings.
bool prepare(const QString& folder, int projects, int perProject)
{
    Models::TreeSnapshot s;
    s.savedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QRandomGenerator random(7);
    QStringList expanded;
    for (int p = 0; p < projects; ++p) {
        Neon::Project project;
        project.id = u"p-%1"_s.arg(p);
        project.name = u"project-%1"_s.arg(p, 4, 10, QLatin1Char('0'));
        project.createdAt = s.savedAt.addDays(-200);
        s.projects.append(project);
        expanded.append(project.id);
        QList<Neon::Branch>& list = s.branches[project.id];
        for (int b = 0; b < perProject; ++b) {
            Neon::Branch branch;
            branch.id = u"br-%1-%2"_s.arg(p).arg(b);
            branch.projectId = project.id;
            branch.name = b == 0 ? u"main"_s : b == 1 ? u"main-dev"_s : u"dev-%1"_s.arg(b);
            branch.isDefault = b == 0;
            if (b > 0)
                branch.parentId = list.at(b == 1 ? 0 : 1 + random.bounded(b - 1)).id;
            branch.currentState = u"ready"_s;
            branch.createdAt = s.savedAt.addDays(-random.bounded(100));
            branch.logicalSize = random.bounded(1 << 30);
            if (b % 7 == 0)
                branch.expiresAt = s.savedAt.addDays(random.bounded(1, 10));
            list.append(branch);
            s.lastActive.insert(branch.id, s.savedAt.addSecs(-random.bounded(86400 * 40)));
            if (b < 2)
                expanded.append(branch.id);
        }
    }
    QSettings().setValue(u"tree/expanded/"_s, expanded);
    QString error;
    if (!s.save(folder + u"/bench-personal.json"_s, &error)) {
        std::fprintf(stderr, "startup: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

class FirstPaint : public QObject
{
public:
    QElapsedTimer* clock = nullptr;
    double paintedMs = -1;
    bool seen = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        Q_UNUSED(watched)
        if (event->type() == QEvent::Paint && !seen) {
            seen = true;
            // Queued: runs once this paint event has been handled, so the paint itself counts.
            QMetaObject::invokeMethod(
                qApp,
                [this] {
                    paintedMs = double(clock->nsecsElapsed()) / 1e6;
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    constexpr int projects = 200, perProject = 50;
    QTemporaryDir folder;
    double prepareMs = 0;
    {
        // Preparing the files is not part of the start-up: its time is taken out below.
        QCoreApplication::setApplicationName(u"canopy-bench-startup"_s);
        QElapsedTimer prep;
        prep.start();
        QSettings().clear();
        if (!prepare(folder.path(), projects, perProject))
            return 1;
        prepareMs = double(prep.nsecsElapsed()) / 1e6;
    }

    QApplication app(argc, argv);
    Neon::ClientConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:1/api/v2"_s); // never called: no refresh in this run
    config.apiKey = u"bench"_s;
    Neon::Client client(config);
    Neon::Credential credential;
    credential.apiKey = config.apiKey;
    credential.origin = u"benchmark"_s;
    Ui::MainWindow window(&client, credential);
    window.setSnapshotLocation(folder.path(), u"bench"_s);
    const double loadedMs = double(clock.nsecsElapsed()) / 1e6 - prepareMs;
    FirstPaint painted;
    painted.clock = &clock;
    window.tree()->viewport()->installEventFilter(&painted);
    window.show();
    QApplication::exec();
    const int branches = window.model()->branchCount();
    QSettings().clear();

    printFigure(u"startup.snapshot_10k_to_painted_tree"_s, painted.paintedMs - prepareMs, u"ms"_s, 500, "lower");
    printFigure(u"startup.snapshot_10k_loaded_and_applied"_s, loadedMs, u"ms"_s, 0, "lower");
    if (branches != projects * perProject || painted.paintedMs < 0) {
        std::fprintf(stderr, "startup: %d branches shown, painted: %s\n", branches, painted.paintedMs < 0 ? "no" : "yes");
        return 1;
    }
    return 0;
}
