// SPDX-License-Identifier: MIT
#pragma once

// The one way a Canopy test program starts. QStandardPaths' test mode sends settings, caches,
// snapshots and credential files to the test locations (~/.qttest/…), never to the settings of
// the person running the tests. It has to be on before anything reads a path, including the
// members and the constructor of the test object, so a line in initTestCase() is too late, and
// too easy to forget. tests/CMakeLists.txt refuses to configure a test whose source does not use
// one of these macros.

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

/// Unqualified on purpose: Q_COREAPP_STARTUP_FUNCTION pastes the name into new identifiers.
inline void canopyEnableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Q_COREAPP_STARTUP_FUNCTION runs when the application object is constructed, which QTEST_MAIN
// does before it makes the test object. Public API only, and QTEST_MAIN keeps choosing the
// application class (QApplication when the test links Qt Widgets).

/// QTEST_MAIN with QStandardPaths' test mode on.
#define CANOPY_TEST_MAIN(TestObject) \
    Q_COREAPP_STARTUP_FUNCTION(canopyEnableTestMode) \
    QTEST_MAIN(TestObject)

/// QTEST_GUILESS_MAIN (a QCoreApplication only) with QStandardPaths' test mode on.
#define CANOPY_TEST_GUILESS_MAIN(TestObject) \
    Q_COREAPP_STARTUP_FUNCTION(canopyEnableTestMode) \
    QTEST_GUILESS_MAIN(TestObject)
