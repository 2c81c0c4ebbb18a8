// SPDX-License-Identifier: MIT
#pragma once

#include <models/insightseries.h>

#include <QPalette>

class QChart;

namespace Ui {

/// Builds the Insight panel's charts from the series the models computed, in the colours of
/// the palette (light or dark) and the tiers. The caller owns the returned chart.
namespace InsightCharts {

QChart* topBranches(const QList<Models::Bar>& bars, Models::BranchMetric metric, const QPalette& palette);
QChart* dayHistogram(const Models::Histogram& histogram, const QString& title, int staleDays, const QPalette& palette);
QChart* limits(const QList<Models::LimitUse>& use, const QPalette& palette);
QChart* history(const QList<Models::HistoryPoint>& points, const QString& metric, const QString& granularity,
                const QPalette& palette);
/// A chart with one line of text instead of data (nothing loaded yet, no history on this plan).
QChart* message(const QString& title, const QString& text, const QPalette& palette);

} // namespace InsightCharts
} // namespace Ui
