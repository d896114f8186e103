#pragma once

// The programme the engine's tests run on: the three small modules in small/en/modules (module 1
// "first": lessons a (2 pages) and b (1 page), at least 7 days, required homework "breathe" of
// the relaxation exercise twice within 7 days and optional "walk" within 5; module 2 "second":
// one page, required homework "record" of the thought record within 3 days; module 3 "third":
// two pages, no homework), the fixture practices, and the REAL exercise definitions from
// resources/programme/en/exercises, put together in a temporary folder and loaded.
#include "programme/Programme.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace pacewise::test {

inline const QString kProgrammeFixtures =
    QDir::cleanPath(QStringLiteral(PACEWISE_GOLDEN_DIR "/../programme-fixtures"));

// Copies every file of `from` (recursively) into `to`.
inline void copyTree(const QString& from, const QString& to) {
    const QDir source(from);
    REQUIRE(QDir().mkpath(to));
    for (const QString& name : source.entryList(QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), to + QLatin1Char('/') + name));
    for (const QString& name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copyTree(source.filePath(name), to + QLatin1Char('/') + name);
}

struct SmallProgrammeDir {
    QTemporaryDir dir;
    SmallProgrammeDir() {
        REQUIRE(dir.isValid());
        copyTree(kProgrammeFixtures + QStringLiteral("/small"), dir.path());
        copyTree(QStringLiteral(PACEWISE_PROGRAMME_DIR "/en/exercises"),
                 dir.filePath(QStringLiteral("en/exercises")));
    }
    QString path() const { return dir.path(); }
    programme::Programme load(const QString& locale = QStringLiteral("en")) const {
        return programme::Programme::load(locale, dir.path());
    }
};

} // namespace pacewise::test
