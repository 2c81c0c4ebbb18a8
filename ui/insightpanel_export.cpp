// SPDX-License-Identifier: MIT
// The Insight panel's exports: a chart as PNG or SVG, the branch list as CSV or JSON.
#include "insightpanel.h"
#include "filechooser.h"

#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Ui {

bool InsightPanel::exportChart(Chart chart, const QString& path, QString* error) const
{
    QChartView* view = m_views.at(chart);
    const QSize size = view->size().isEmpty() || !view->isVisible() ? QSize(900, 520) : view->size();
    if (!view->isVisible())
        view->resize(size);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart() ? view->chart()->title() : QString());
        QPainter p;
        if (!p.begin(&svg)) {
            *error = tr("%1 could not be written.").arg(path);
            return false;
        }
        view->render(&p);
        p.end();
        return true;
    }
    const QPixmap pixmap = view->grab();
    if (!pixmap.save(path, "PNG")) {
        *error = tr("%1 could not be written.").arg(path);
        return false;
    }
    return true;
}

bool InsightPanel::exportBranches(const QString& path, QString* error) const
{
    const QList<Models::InsightBranch> all = branches();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = path.endsWith(u".json"_s, Qt::CaseInsensitive) ? Models::branchesJson(all, now)
                                                                            : Models::branchesCsv(all, now);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void InsightPanel::exportChartInteractively()
{
    const Chart chart = Chart(m_tabs->currentIndex());
    chooseFileToSave(this, tr("Export Chart"), u"canopy-%1.png"_s.arg(chartName(chart)), tr("PNG image (*.png);;SVG image (*.svg)"),
                     [this, chart](const FileChoice& choice) {
        QString error;
        if (!exportChart(chart, choice.path, &error))
            showWarning(this, tr("Export Chart"), error);
    });
}

void InsightPanel::exportBranchesInteractively()
{
    chooseFileToSave(this, tr("Export Branch List"), u"canopy-branches.csv"_s, tr("CSV (*.csv);;JSON (*.json)"),
                     [this](const FileChoice& choice) {
        QString error;
        if (!exportBranches(choice.path, &error))
            showWarning(this, tr("Export Branch List"), error);
    });
}

} // namespace Ui
