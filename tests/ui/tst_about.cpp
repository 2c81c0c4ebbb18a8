// SPDX-License-Identifier: MIT
// The About box says which Canopy, which Qt (run and built with) and which highlighter.
#include "testsupport.h"

#include <ui/about.h>
#include <ui/codehighlighting.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestAbout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysVersionQtAndHighlighter()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        const QString text = Ui::aboutText();
        QVERIFY(text.contains(u"Canopy 9.8.7"_s));
        QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
        if (Ui::CodeHighlighting::engine() == "KSyntaxHighlighting"_L1)
            QVERIFY(text.contains(u"KSyntaxHighlighting"_s) && !text.contains(u"built-in"_s));
        else
            QVERIFY(text.contains(u"built-in highlighter"_s));
        QVERIFY(text.contains(u"MIT License"_s));
    }
};

CANOPY_TEST_MAIN(TestAbout)
#include "tst_about.moc"
