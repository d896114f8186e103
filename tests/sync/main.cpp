#include "CatchRunner.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

// One QCoreApplication for the whole run: QStandardPaths and the diary catalogue expect it.
int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PacewiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pacewise-sync-tests"));
    return pacewise::test::runCatch(argc, argv);
}
