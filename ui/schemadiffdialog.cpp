// SPDX-License-Identifier: MIT
#include "schemadiffdialog.h"
#include "filechooser.h"

#include "codehighlighting.h"
#include "theme.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
QPlainTextEdit* codePane(QWidget* parent, const QString& name, CodeHighlighting::Language language)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(name);
    CodeHighlighting::attach(edit->document(), language);
    return edit;
}
} // namespace

SchemaDiffDialog::SchemaDiffDialog(Neon::Client* client, const QString& projectId, const QList<Neon::Branch>& branches,
                                   const QString& branchId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_branch(new QComboBox(this))
    , m_base(new QComboBox(this))
    , m_database(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_unified(codePane(this, tr("Unified diff"), CodeHighlighting::Language::Diff))
    , m_left(codePane(this, tr("Base schema lines"), CodeHighlighting::Language::Diff))
    , m_right(codePane(this, tr("Branch schema lines"), CodeHighlighting::Language::Diff))
{
    setWindowTitle(tr("Compare Schemas"));
    QString parentId;
    for (const Neon::Branch& b : branches) {
        m_branch->addItem(icon(u"branch"_s), b.name, b.id);
        m_base->addItem(icon(u"branch"_s), b.name, b.id);
        if (b.id == branchId)
            parentId = b.parentId;
    }
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(branchId)));
    m_base->setCurrentIndex(std::max(0, m_base->findData(parentId.isEmpty() ? branchId : parentId)));
    m_branch->setAccessibleName(tr("Branch"));
    m_base->setAccessibleName(tr("Compared with"));
    m_database->setAccessibleName(tr("Database"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Base (−):"), this));
    top->addWidget(m_base, 1);
    top->addWidget(new QLabel(tr("&Branch (+):"), this));
    top->addWidget(m_branch, 1);
    top->addWidget(new QLabel(tr("&Database:"), this));
    top->addWidget(m_database);
    static_cast<QLabel*>(top->itemAt(0)->widget())->setBuddy(m_base);
    static_cast<QLabel*>(top->itemAt(2)->widget())->setBuddy(m_branch);
    static_cast<QLabel*>(top->itemAt(4)->widget())->setBuddy(m_database);

    auto* split = new QSplitter(Qt::Horizontal, this);
    for (auto [pane, label] : {std::pair{m_left, &m_leftLabel}, std::pair{m_right, &m_rightLabel}}) {
        auto* side = new QWidget(split);
        auto* column = new QVBoxLayout(side);
        column->setContentsMargins(0, 0, 0, 0);
        *label = new QLabel(side);
        (*label)->setTextFormat(Qt::PlainText);
        column->addWidget(*label);
        column->addWidget(pane, 1);
        split->addWidget(side);
    }
    // The two sides scroll together.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);
    m_tabs->addTab(m_unified, tr("&Unified"));
    m_tabs->addTab(split, tr("&Side by side"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setIcon(icon(u"copy"_s));
    auto* save = buttons->addButton(tr("Sa&ve Diff…"), QDialogButtonBox::ActionRole);
    auto* saveSql = buttons->addButton(tr("Save as S&QL…"), QDialogButtonBox::ActionRole);
    saveSql->setToolTip(tr("Save the branch's whole schema as SQL (CREATE statements)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(unifiedText()); });
    const auto saveAs = [this](const QString& suffix, const QString& filter) {
        chooseFileToSave(this, tr("Save"), m_branch->currentText() + suffix, filter, [this](const FileChoice& choice) {
            saveTo(choice.path, [this](bool ok, const QString& problem) {
                m_status->setText(ok ? tr("Saved.") : tr("Not saved: %1").arg(problem));
            });
        });
    };
    connect(save, &QPushButton::clicked, this, [saveAs, this] { saveAs(u".diff"_s, tr("Unified diff (*.diff)")); });
    connect(saveSql, &QPushButton::clicked, this, [saveAs, this] { saveAs(u".sql"_s, tr("The branch's schema (*.sql)")); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    m_status->setAccessibleName(tr("Comparison status"));
    connect(m_branch, &QComboBox::currentIndexChanged, this, &SchemaDiffDialog::loadDatabases);
    connect(m_base, &QComboBox::currentIndexChanged, this, &SchemaDiffDialog::compare);
    connect(m_database, &QComboBox::currentIndexChanged, this, &SchemaDiffDialog::compare);
    loadDatabases();
    resize(1000, 640);
}

void SchemaDiffDialog::loadDatabases()
{
    m_status->setText(tr("Loading the databases…"));
    m_databasesReply = m_client->branchDatabases(m_projectId, m_branch->currentData().toString());
    connect(m_databasesReply.get(), &Neon::Reply::finished, this, [this, r = m_databasesReply.get()] {
        if (!r->ok())
            return m_status->setText(tr("The databases could not be listed: %1").arg(r->error().toUserText()));
        const QString previous = m_database->currentText();
        const QSignalBlocker block(m_database);
        m_database->clear();
        for (const Neon::Database& d : r->value())
            m_database->addItem(d.name);
        m_database->setCurrentIndex(std::max(0, m_database->findText(previous)));
        compare();
    });
}

void SchemaDiffDialog::compare()
{
    if (m_database->currentText().isEmpty())
        return;
    m_status->setText(tr("Comparing…"));
    Neon::CompareSchemaQuery query;
    query.databaseName = m_database->currentText();
    query.baseBranchId = m_base->currentData().toString();
    m_diffReply = m_client->compareSchema(m_projectId, m_branch->currentData().toString(), query);
    connect(m_diffReply.get(), &Neon::Reply::finished, this, [this, r = m_diffReply.get()] {
        if (!r->ok()) {
            m_status->setText(tr("The schemas could not be compared: %1").arg(r->error().toUserText()));
            return;
        }
        m_diff = r->value().diff;
        m_status->setText(m_diff.isEmpty() ? tr("The schemas of %1 and %2 in %3 are the same.")
                                                 .arg(m_base->currentText(), m_branch->currentText(), m_database->currentText())
                                           : tr("%1 (−) against %2 (+), database %3")
                                                 .arg(m_base->currentText(), m_branch->currentText(), m_database->currentText()));
        m_unified->setPlainText(labelled(m_diff, m_base->currentText(), m_branch->currentText()));
        m_leftLabel->setText(tr("%1 (−), %2").arg(m_base->currentText(), m_database->currentText()));
        m_rightLabel->setText(tr("%1 (+), %2").arg(m_branch->currentText(), m_database->currentText()));
        const auto [left, right] = sideBySide(m_diff);
        m_left->setPlainText(left);
        m_right->setPlainText(right);
        Q_EMIT compared();
    });
}

QString SchemaDiffDialog::unifiedText() const
{
    return m_unified->toPlainText();
}

QString SchemaDiffDialog::leftText() const
{
    return m_left->toPlainText();
}

QString SchemaDiffDialog::rightText() const
{
    return m_right->toPlainText();
}

void SchemaDiffDialog::saveTo(const QString& path, std::function<void(bool, const QString&)> done)
{
    auto write = [path, done](const QString& text) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return done(false, file.errorString());
        done(true, {});
    };
    if (!path.endsWith(".sql"_L1))
        return write(unifiedText());
    Neon::SchemaQuery query;
    query.databaseName = m_database->currentText();
    m_schemaReply = m_client->branchSchema(m_projectId, m_branch->currentData().toString(), query);
    connect(m_schemaReply.get(), &Neon::Reply::finished, this, [r = m_schemaReply.get(), write, done] {
        if (!r->ok())
            return done(false, r->error().toUserText());
        write(r->value().sql);
    });
}

QString SchemaDiffDialog::labelled(const QString& unifiedDiff, const QString& baseName, const QString& branchName)
{
    QStringList lines = unifiedDiff.split(QLatin1Char('\n'));
    static const QRegularExpression table(u"^[-+ ](?:CREATE|ALTER) (?:UNLOGGED )?TABLE (?:ONLY )?(?:IF NOT EXISTS )?([^ (]+)"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString& line = lines[i];
        if (line.startsWith("--- a/"_L1))
            line = u"--- "_s + baseName + u"/"_s + line.mid(6);
        else if (line.startsWith("+++ b/"_L1))
            line = u"+++ "_s + branchName + u"/"_s + line.mid(6);
        else if (line.startsWith("@@ "_L1) && line.indexOf("@@"_L1, 3) == line.size() - 2) {
            // No statement named: the first table the hunk's own lines speak of.
            for (qsizetype j = i + 1; j < lines.size() && !lines.at(j).startsWith("@@"_L1); ++j) {
                if (const QRegularExpressionMatch m = table.match(lines.at(j)); m.hasMatch()) {
                    line += u" TABLE "_s + m.captured(1);
                    break;
                }
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

std::pair<QString, QString> SchemaDiffDialog::sideBySide(const QString& unifiedDiff)
{
    QStringList left, right, removed, added;
    auto flush = [&] {
        const qsizetype rows = std::max(removed.size(), added.size());
        for (qsizetype i = 0; i < rows; ++i) {
            left.append(i < removed.size() ? u"-"_s + removed.at(i) : QString());
            right.append(i < added.size() ? u"+"_s + added.at(i) : QString());
        }
        removed.clear();
        added.clear();
    };
    for (const QString& line : unifiedDiff.split(QLatin1Char('\n'))) {
        if (line.startsWith("---"_L1) || line.startsWith("+++"_L1))
            continue; // the file headers: the combos say which side is which
        if (line.startsWith(QLatin1Char('-'))) {
            removed.append(line.mid(1));
        } else if (line.startsWith(QLatin1Char('+'))) {
            added.append(line.mid(1));
        } else {
            flush();
            left.append(line);
            right.append(line);
        }
    }
    flush();
    return {left.join(QLatin1Char('\n')), right.join(QLatin1Char('\n'))};
}

} // namespace Ui
