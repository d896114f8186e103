#include "CatchRunner.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

// One QCoreApplication for the whole run: QProcess and QStandardPaths expect it.
int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PacewiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pacewise-core-tests"));
    return pacewise::test::runCatch(argc, argv);
}
