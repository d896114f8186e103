#pragma once

#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

// Catch prints QString and QStringList as text in failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value) {
        return "[\"" + value.join(QStringLiteral("\", \"")).toStdString() + "\"]";
    }
};
} // namespace Catch
