// SPDX-License-Identifier: MIT
// The cleanup dialog's criteria, plan table and buttons; what they start is in cleanupdialog_run.cpp.
#include "cleanupdialog.h"

#include "theme.h"

#include <models/cleanupmodel.h>
#include <models/cleanupscan.h>
#include <models/formatting.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Outcome = Models::CleanupReport::Outcome;

namespace Ui {

namespace {

/// Colours the decision column by outcome, readable in light and dark palettes.
class DecisionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool dark = isDark(option->palette);
        QColor c;
        switch (Outcome(index.data(Models::CleanupModel::OutcomeRole).toInt())) {
        case Outcome::Waiting: c = dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xb4, 0x3c, 0x1e); break;
        case Outcome::Deleted: c = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32); break;
        case Outcome::Failed: c = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28); break;
        case Outcome::Skipped: c = dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8d, 0x6e, 0x00); break;
        case Outcome::Kept:
        case Outcome::Recovered: return;
        }
        option->palette.setColor(QPalette::Text, c);
        option->palette.setColor(QPalette::HighlightedText, c.lighter(dark ? 100 : 300));
    }
};

/// Shows the branches to delete, and with "show kept" every branch.
class KeptFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShowKept(bool show)
    {
        m_showKept = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        return m_showKept || sourceModel()->index(row, 0, parent).data(Models::CleanupModel::DeletesRole).toBool();
    }

private:
    bool m_showKept = false;
};

} // namespace

CleanupDialog::CleanupDialog(Neon::Client* client, Scope scope, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_model(new Models::CleanupModel(this))
{
    setWindowTitle(tr("Clean Up Stale Branches — %1").arg(Models::Formatting::printable(m_scope.orgName)));
    resize(980, 640);

    createCriteriaFields();
    QFormLayout* criteriaForm = buildCriteriaForm();
    buildPlanView();
    QHBoxLayout* buttons = buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(criteriaForm);
    layout->addWidget(m_showKept);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connectSignals();
    applyPreset(1); // stale previews: the most common ask
    updateButtons();
}

void CleanupDialog::createCriteriaFields()
{
    m_preset = new QComboBox;
    m_preset->addItem(tr("Custom criteria"));
    for (const Models::CleanupPreset& p : Models::cleanupPresets())
        m_preset->addItem(p.title, p.id);
    m_useInactive = new QCheckBox(tr("&Inactive for at least"));
    m_inactiveDays = new QSpinBox;
    m_inactiveDays->setRange(1, 3650);
    m_inactiveDays->setSuffix(tr(" days"));
    m_useOlder = new QCheckBox(tr("Created &more than"));
    m_olderDays = new QSpinBox;
    m_olderDays->setRange(1, 3650);
    m_olderDays->setValue(90);
    m_olderDays->setSuffix(tr(" days ago"));
    m_usePatterns = new QCheckBox(tr("&Name matches"));
    m_patterns = new QLineEdit;
    m_patterns->setPlaceholderText(tr("preview-*, dev-*  (wildcards, separated by commas)"));
    m_expired = new QCheckBox(tr("Its &expiration has passed"));
    m_noCompute = new QCheckBox(tr("No compute time this billing &period"));
    m_scopeBox = new QComboBox;
    m_scopeBox->addItem(tr("All projects of %1").arg(m_scope.orgName));
    if (!m_scope.projectId.isEmpty())
        m_scopeBox->addItem(tr("Only %1").arg(m_scope.projectName));
    m_build = new QPushButton(icon(u"refresh"_s), tr("&Build Plan"));
    m_build->setToolTip(tr("Load every branch and judge it; nothing is changed (F5)"));
    m_build->setShortcut(QKeySequence(Qt::Key_F5));
}

QFormLayout* CleanupDialog::buildCriteriaForm()
{
    auto* criteriaForm = new QFormLayout;
    criteriaForm->addRow(tr("Pr&eset:"), m_preset);
    auto row = [](QWidget* a, QWidget* b, bool stretch) {
        auto* h = new QHBoxLayout;
        h->addWidget(a);
        h->addWidget(b, stretch ? 1 : 0);
        if (!stretch)
            h->addStretch(1);
        return h;
    };
    m_inactiveDays->setMinimumWidth(110);
    m_olderDays->setMinimumWidth(140);
    criteriaForm->addRow(row(m_useInactive, m_inactiveDays, false));
    criteriaForm->addRow(row(m_useOlder, m_olderDays, false));
    criteriaForm->addRow(row(m_usePatterns, m_patterns, true));
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_expired);
    flags->addWidget(m_noCompute);
    flags->addStretch();
    criteriaForm->addRow(flags);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeBox, 1);
    scopeRow->addWidget(m_build);
    auto* whereLabel = new QLabel(tr("&Where:"));
    whereLabel->setBuddy(m_scopeBox);
    criteriaForm->addRow(whereLabel, scopeRow);
    static_cast<QLabel*>(criteriaForm->labelForField(m_preset))->setBuddy(m_preset);
    return criteriaForm;
}

void CleanupDialog::buildPlanView()
{
    m_filter = new KeptFilter(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(Models::CleanupModel::Decision, new DecisionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Cleanup plan"));
    m_showKept = new QCheckBox(tr("Show &kept branches and why"));
    m_summary = new QLabel(tr("Choose criteria, then build the plan. Nothing is deleted before you confirm."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
}

QHBoxLayout* CleanupDialog::buildButtons()
{
    m_delete = new QPushButton(icon(u"sweep"_s), tr("&Delete Planned Branches…"));
    m_cancel = new QPushButton(tr("&Stop"));
    m_cancel->setToolTip(tr("Start no further deletions; the ones under way finish"));
    m_exportPlan = new QPushButton(tr("Export &Plan…"));
    m_exportReport = new QPushButton(tr("Export &Report…"));
    m_recover = new QPushButton(tr("Re&cover Deleted…"));
    m_recover->setToolTip(tr("Neon keeps deleted branches recoverable for 7 days"));
    auto* close = new QPushButton(tr("Close"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_exportPlan, m_exportReport, m_recover})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QPushButton* b : {m_cancel, m_delete, close})
        buttons->addWidget(b);
    for (QPushButton* b : {m_exportPlan, m_exportReport, m_recover, m_cancel, m_delete, close})
        b->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    return buttons;
}

void CleanupDialog::connectSignals()
{
    connect(m_preset, &QComboBox::activated, this, &CleanupDialog::applyPreset);
    for (QCheckBox* c : {m_useInactive, m_useOlder, m_usePatterns, m_expired, m_noCompute})
        connect(c, &QCheckBox::toggled, this, &CleanupDialog::criteriaEdited);
    for (QSpinBox* s : {m_inactiveDays, m_olderDays})
        connect(s, &QSpinBox::valueChanged, this, &CleanupDialog::criteriaEdited);
    connect(m_patterns, &QLineEdit::textEdited, this, [this] {
        m_usePatterns->setChecked(!m_patterns->text().trimmed().isEmpty());
        criteriaEdited();
    });
    connect(m_scopeBox, &QComboBox::activated, this, &CleanupDialog::criteriaEdited);
    connect(m_build, &QPushButton::clicked, this, &CleanupDialog::buildPlan);
    connect(m_showKept, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<KeptFilter*>(m_filter)->setShowKept(on);
        m_table->resizeColumnsToContents();
    });
    connect(m_delete, &QPushButton::clicked, this, &CleanupDialog::deletePlanned);
    connect(m_cancel, &QPushButton::clicked, this, &CleanupDialog::cancelRun);
    connect(m_exportPlan, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(m_exportReport, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(m_recover, &QPushButton::clicked, this, &CleanupDialog::recover);
}

CleanupDialog::~CleanupDialog() = default;

void CleanupDialog::applyPreset(int index)
{
    m_preset->setCurrentIndex(index);
    const QString id = m_preset->itemData(index).toString();
    for (const Models::CleanupPreset& p : Models::cleanupPresets()) {
        if (p.id == id) {
            setCriteria(p.criteria);
            m_preset->setCurrentIndex(index);
        }
    }
}

void CleanupDialog::setCriteria(const Models::CleanupCriteria& c)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_useInactive), QSignalBlocker(m_inactiveDays), QSignalBlocker(m_useOlder),
                                       QSignalBlocker(m_olderDays),   QSignalBlocker(m_usePatterns),  QSignalBlocker(m_expired),
                                       QSignalBlocker(m_noCompute)};
    m_useInactive->setChecked(c.inactiveDays > 0);
    if (c.inactiveDays > 0)
        m_inactiveDays->setValue(c.inactiveDays);
    m_useOlder->setChecked(c.olderThanDays > 0);
    if (c.olderThanDays > 0)
        m_olderDays->setValue(c.olderThanDays);
    m_usePatterns->setChecked(!c.patterns.isEmpty());
    m_patterns->setText(c.patterns.join(u", "_s));
    m_expired->setChecked(c.expired);
    m_noCompute->setChecked(c.noComputeThisPeriod);
    criteriaEdited();
}

Models::CleanupCriteria CleanupDialog::criteria() const
{
    Models::CleanupCriteria c;
    if (m_useInactive->isChecked())
        c.inactiveDays = m_inactiveDays->value();
    if (m_useOlder->isChecked())
        c.olderThanDays = m_olderDays->value();
    if (m_usePatterns->isChecked()) {
        for (const QString& p : m_patterns->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!p.trimmed().isEmpty())
                c.patterns.append(p.trimmed());
        }
    }
    c.expired = m_expired->isChecked();
    c.noComputeThisPeriod = m_noCompute->isChecked();
    return c;
}

void CleanupDialog::setOnlyCurrentProject(bool only)
{
    m_scopeBox->setCurrentIndex(only && m_scopeBox->count() > 1 ? 1 : 0);
    criteriaEdited();
}

void CleanupDialog::criteriaEdited()
{
    if (sender() && sender() != m_preset)
        m_preset->setCurrentIndex(0); // edited by hand: no longer the preset
    m_inactiveDays->setEnabled(m_useInactive->isChecked());
    m_olderDays->setEnabled(m_useOlder->isChecked());
    m_planStale = true;
    const QString problem = criteria().problem();
    if (!problem.isEmpty())
        setSummary(problem, true);
    else if (m_model->rowCount() > 0 && !isBusy())
        setSummary(tr("The criteria changed: build the plan again before deleting."));
    updateButtons();
}

void CleanupDialog::updateButtons()
{
    const bool busy = isBusy();
    const Models::CleanupReport& r = m_model->report();
    const int planned = r.plan.deleteCount();
    const bool criteriaOk = criteria().problem().isEmpty();
    m_build->setEnabled(!busy && criteriaOk);
    m_delete->setEnabled(!busy && !m_planStale && !m_ran && planned > 0 && criteriaOk);
    m_delete->setText(planned > 0 && !m_ran ? tr("&Delete %n Branch(es)…", nullptr, planned) : tr("&Delete Planned Branches…"));
    m_cancel->setVisible(m_run && m_run->runner().isRunning());
    m_cancel->setEnabled(m_run && m_run->runner().isRunning() && !m_run->runner().wasCancelled());
    m_exportPlan->setEnabled(!r.plan.entries.isEmpty());
    m_exportReport->setEnabled(m_ran && !busy);
    m_recover->setEnabled(m_ran && !busy && r.count(Outcome::Deleted) > 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_preset, m_useInactive, m_useOlder, m_usePatterns, m_patterns, m_expired,
                                                      m_noCompute, m_scopeBox})
        w->setEnabled(!busy);
    m_inactiveDays->setEnabled(!busy && m_useInactive->isChecked());
    m_olderDays->setEnabled(!busy && m_useOlder->isChecked());
}

void CleanupDialog::setSummary(const QString& text, bool problem)
{
    m_summary->setText(text);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, isDark(p) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    m_summary->setPalette(p);
}

QString CleanupDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace Ui
