// SPDX-License-Identifier: MIT
#pragma once

#include <models/piiworkflow.h>

#include <QPointer>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace Ui {

using Models::PiiWorkflow;

/// Lays out workflow 2 in one wizard: the source and how the anonymized data is loaded (Neon's
/// server-side anonymization, or Canopy's own masked COPY), the environments to branch from it,
/// every step in words before anything runs, then the run with its log. When the name is taken
/// by an anonymized base, the wizard refreshes it (fresh build, old one retired, children
/// recreated).
class PiiWorkflowWizard : public QWizard
{
    Q_OBJECT
public:
    ~PiiWorkflowWizard() override;
    PiiWorkflowWizard(Neon::Client* client, const QString& projectId, const QList<Neon::Branch>& branches,
                      const QString& sourceId, QWidget* parent = nullptr);

    PiiWorkflow::Plan plan() const;
    QLineEdit* nameEdit() const { return m_name; }
    QRadioButton* canopyLoadButton() const { return m_canopy; }
    QPlainTextEdit* childrenEdit() const { return m_children; }
    QListWidget* reviewList() const { return m_review; }
    QString rulesText() const;

Q_SIGNALS:
    void rulesLoaded();
    void workflowFinished(bool ok, const QString& message);

public Q_SLOTS:
    void reject() override;

protected:
    void initializePage(int id) override;

private:
    QString outcomeText(PiiWorkflow::Outcome outcome) const;
    void loadRules();
    const Neon::Branch* existing() const;

    Neon::Client* m_client;
    QString m_projectId;
    QList<Neon::Branch> m_branches;
    QComboBox* m_source;
    QLineEdit* m_name;
    QRadioButton* m_neon;
    QRadioButton* m_canopy;
    QLabel* m_rules;
    QLabel* m_refresh;
    QPlainTextEdit* m_children;
    QLabel* m_childrenProblem;
    QListWidget* m_review;
    QPlainTextEdit* m_log;
    QList<Neon::MaskingRule> m_maskingRules;
    Neon::Pending<QList<Neon::MaskingRule>> m_rulesReply;
    /// Not a child: once started it runs to a good state (finishing or undoing) even if the
    /// wizard goes, and deletes itself.
    QPointer<PiiWorkflow> m_workflow;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Ui
