// SPDX-License-Identifier: MIT
// Original and masked values side by side: changed cells marked, unmasked ones untouched.
#include "testsupport.h"

#include <models/maskpreviewmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::MaskPreviewModel;

class TestMaskPreviewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sideBySide();
};

void TestMaskPreviewModel::sideBySide()
{
    MaskPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QHash<QString, QVariant>> rows;
    for (int i = 0; i < 20; ++i)
        rows.append({{u"id"_s, i}, {u"email"_s, u"person%1@clinic.org"_s.arg(i)}, {u"city"_s, u"Leeds"_s}, {u"note"_s, QVariant()}});
    model.setSample({u"id"_s, u"email"_s, u"city"_s, u"note"_s}, rows);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"email (masked)"_s);
    QCOMPARE(model.changedCellCount(), 0); // no rules yet

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRules({{u"db"_s, u"public"_s, u"patients"_s, u"email"_s, u"anon.dummy_safe_email()"_s, {}},
                    {u"db"_s, u"public"_s, u"patients"_s, u"note"_s, u"anon.dummy_catchphrase()"_s, {}}},
                   9);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.maskedCellCount(), 40);
    QCOMPARE(model.changedCellCount(), 20); // every email; the note is left to Neon
    for (int r = 0; r < 20; ++r) {
        QVERIFY(model.index(r, 3).data(MaskPreviewModel::ChangedRole).toBool());
        QVERIFY(model.index(r, 3).data().toString().endsWith(u"@example.com"_s));
        QCOMPARE(model.index(r, 2).data().toString(), u"person%1@clinic.org"_s.arg(r)); // the original beside it
        QVERIFY(!model.index(r, 5).data(MaskPreviewModel::ChangedRole).toBool()); // city: no rule
        QCOMPARE(model.index(r, 5).data().toString(), u"Leeds"_s);
        QCOMPARE(model.index(r, 7).data().toString(), u"computed on Neon"_s);
        QVERIFY(model.index(r, 7).data(MaskPreviewModel::OnNeonRole).toBool());
        QCOMPARE(model.index(r, 6).data().toString(), u"NULL"_s);
    }
    // The same seed gives the same preview.
    const QString first = model.index(0, 3).data().toString();
    model.setRules({{u"db"_s, u"public"_s, u"patients"_s, u"email"_s, u"anon.dummy_safe_email()"_s, {}}}, 9);
    QCOMPARE(model.index(0, 3).data().toString(), first);
}

CANOPY_TEST_GUILESS_MAIN(TestMaskPreviewModel)
#include "tst_maskpreviewmodel.moc"
