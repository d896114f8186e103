// CSV import (core/diary/DiaryCsv::read): a file the patient picks, possibly edited by hand in
// a spreadsheet. Every row that is accepted must pass the diary's own validation again (the
// import promises to keep only rows the diary would take), and must survive the way back: write
// the accepted entries and read them again, every one accepted.
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
