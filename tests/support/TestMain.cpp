// main() of a label's test executable: runs the one test class named by the first argument, inside the
// application object QTEST_MAIN or QTEST_GUILESS_MAIN would have created for it. Compiled into each
// label's executable (not the support library), so that QT_WIDGETS_LIB / QT_GUI_LIB say what it links.
#include "TestMain.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#endif

namespace tps::test {

namespace {
struct Entry
{
    AppKind app;
    TestClassRunner run;
};

std::map<std::string, Entry>& registry()
{
    static std::map<std::string, Entry> classes;
    return classes;
}

std::unique_ptr<QCoreApplication> makeApplication(AppKind app, int& argc, char** argv)
{
    if (app == AppKind::Core)
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(QT_WIDGETS_LIB)
    auto gui = std::make_unique<QApplication>(argc, argv);
    gui->setAttribute(Qt::AA_Use96Dpi, true);
    return gui;
#elif defined(QT_GUI_LIB)
    auto gui = std::make_unique<QGuiApplication>(argc, argv);
    gui->setAttribute(Qt::AA_Use96Dpi, true);
    return gui;
#else
    return std::make_unique<QCoreApplication>(argc, argv);
#endif
}

int usage(const char* program)
{
    std::fprintf(stderr, "usage: %s TEST_CLASS [Qt Test options]\ntest classes:", program);
    for (const auto& [name, entry] : registry())
        std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
}
} // namespace

bool registerTestClass(const char* name, AppKind app, TestClassRunner run)
{
    if (!registry().emplace(name, Entry{app, run}).second) {
        std::fprintf(stderr, "two test classes are named %s\n", name);
        std::abort();
    }
    return true;
}

} // namespace tps::test

int main(int argc, char** argv)
{
    using namespace tps::test;
    if (argc < 2 || argv[1][0] == '-')
        return usage(argv[0]);
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) {
        std::fprintf(stderr, "%s: no test class %s\n", argv[0], argv[1]);
        return usage(argv[0]);
    }
    // Qt Test sees the program name and the options after the class name.
    for (int i = 1; i + 1 < argc; ++i)
        argv[i] = argv[i + 1];
    --argc;
    argv[argc] = nullptr;
    const auto app = makeApplication(found->second.app, argc, argv);
    return found->second.run(argc, argv);
}
