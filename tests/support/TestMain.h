// The tests of one label (unit, integration, gui) are one executable; each Qt Test class registers itself
// with STATION_TEST_MAIN or STATION_TEST_GUILESS_MAIN (instead of QTEST_MAIN / QTEST_GUILESS_MAIN) and
// ctest runs one class per process: `station_unit_tests TestKdfa [Qt Test options]`. The application
// object is the one QTEST_MAIN would create for the class (tests/support/TestMain.cpp).
#pragma once

#include <QTest>

namespace tps::test {

enum class AppKind { Core, Gui };
using TestClassRunner = int (*)(int argc, char** argv);

// Records a test class under its name; returns true so that it can initialise a static.
bool registerTestClass(const char* name, AppKind app, TestClassRunner run);

} // namespace tps::test

#define STATION_TEST_REGISTER_(TestObject, kind)                                                             \
    namespace {                                                                                              \
    int stationRun##TestObject(int argc, char** argv)                                                        \
    {                                                                                                        \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }                                                                                                        \
    const bool stationRegistered##TestObject =                                                               \
        ::tps::test::registerTestClass(#TestObject, kind, &stationRun##TestObject);                          \
    }

// A test class that needs a QApplication (QGuiApplication without QtWidgets), as QTEST_MAIN gives.
#define STATION_TEST_MAIN(TestObject) STATION_TEST_REGISTER_(TestObject, ::tps::test::AppKind::Gui)
// A test class that needs only a QCoreApplication, as QTEST_GUILESS_MAIN gives.
#define STATION_TEST_GUILESS_MAIN(TestObject) STATION_TEST_REGISTER_(TestObject, ::tps::test::AppKind::Core)
