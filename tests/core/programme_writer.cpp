// Test peer for "a module left mid-lesson resumes at the same page, after a kill too": opens a
// profile, then opens the pages of module "first" of the programme in PROGRAMME_DIR (the small
// test programme: a/0, a/1, b/0) round and round, printing "opened <n>" only after the n-th
// openPage returned (n counts from 0; page n is the (n % 3)-th of that list). The test kills this
// process with SIGKILL at an arbitrary moment.
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

using namespace pacewise;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR PROGRAMME_DIR < passphrase\n", argv[0]);
        return 64;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    try {
        auto profile = store::Profile::open(QString::fromLocal8Bit(argv[1]),
                                            QString::fromStdString(passphrase));
        const programme::Programme content =
            programme::Programme::load(QStringLiteral("en"), QString::fromLocal8Bit(argv[2]));
        if (!content.problems().isEmpty() || !content.module(QStringLiteral("first"))) {
            std::fprintf(stderr, "programme_writer: the test programme did not load\n");
            return 70;
        }
        programme::ProgrammeProgress progress(profile->database(), content);
        const std::pair<const char*, int> pages[] = {{"a", 0}, {"a", 1}, {"b", 0}};
        for (long n = 0;; ++n) {
            const auto& [lesson, page] = pages[n % 3];
            progress.openPage(QStringLiteral("first"), QLatin1String(lesson), page);
            std::printf("opened %ld\n", n);
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "programme_writer: %s\n", e.what());
        return 1;
    }
}
