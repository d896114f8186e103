// Test peer for "save-and-resume survives a kill": opens a profile, resumes the PHQ-9 draft (or
// starts one) and answers the items not yet answered, one saveProgress per item, printing
// "saved <linkId>" only after each returned. Once all nine are in it saves the same draft again
// and again ("resaved"), so a kill can also land in the middle of a save that changes nothing.
// The test kills this process with SIGKILL at an arbitrary moment.
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

using namespace pacewise;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR < passphrase\n", argv[0]);
        return 64;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    try {
        auto profile = store::Profile::open(QString::fromLocal8Bit(argv[1]),
                                            QString::fromStdString(passphrase));
        const measures::MeasureLibrary library = measures::MeasureLibrary::loadBundled();
        const measures::Measure* phq9 = library.find(QStringLiteral("phq-9"));
        if (!phq9) {
            std::fprintf(stderr, "measure_writer: PHQ-9 is not bundled\n");
            return 70;
        }
        measures::MeasureStore store(profile->database(), library);
        measures::Response response = store.startOrResume(phq9->id);
        std::printf("resumed %s %d\n",
                    response.currentLinkId.isEmpty() ? "-" : qPrintable(response.currentLinkId),
                    int(response.answers.size()));
        std::fflush(stdout);
        for (int n = 1; n <= 9; ++n) {
            const QString linkId = QString::number(n);
            if (response.answers.contains(linkId))
                continue;
            const measures::Item* item = phq9->questionnaire.find(linkId);
            const double ordinal = n == 9 ? 0 : n % 3;
            for (const measures::AnswerOption& option : item->options)
                if (option.ordinal == ordinal)
                    response.answers[linkId] = measures::Answer::ofCoding(option.coding);
            response.currentLinkId = QString::number(n + 1);
            store.saveProgress(response);
            std::printf("saved %d\n", n);
            std::fflush(stdout);
        }
        for (;;) {
            store.saveProgress(response);
            std::printf("resaved\n");
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "measure_writer: %s\n", e.what());
        return 1;
    }
}
