// CSV import (core/diary/DiaryCsv::read): a file the patient picks, possibly edited by hand in
// a spreadsheet. Every row that is accepted must pass the diary's own validation (the import
// promises to keep only rows the diary would take), and must survive the way back: the accepted
// entries written out and read again are all accepted.
#include "FuzzSupport.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryValidation.h"

#include <QBuffer>

using namespace pacewise;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const diary::DiaryCatalogue& catalogue = diary::DiaryCatalogue::current();
    QByteArray input = fuzz::bytes(data, size);
    fuzz::expectOnlyErrors([&] {
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        const diary::DiaryCsv::Import imported = diary::DiaryCsv::read(in, catalogue);
        if (imported.entries.empty())
            return;
        for (const diary::DiaryEntry& entry : imported.entries)
            if (!diary::DiaryValidation::validate(entry, catalogue).empty())
                fuzz::finding("the import accepted a row the diary's validation refuses");
        QByteArray written;
        QBuffer out(&written);
        out.open(QIODevice::WriteOnly);
        diary::DiaryCsv::write(imported.entries, out);
        out.close();
        out.open(QIODevice::ReadOnly);
        const diary::DiaryCsv::Import again = diary::DiaryCsv::read(out, catalogue);
        if (!again.rejected.empty() || again.entries.size() != imported.entries.size())
            fuzz::finding("entries the import accepted do not read back from their own CSV");
    });
    return 0;
}
