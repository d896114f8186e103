#include "crypto/OpenSslError.h"

#include "error/Error.h"

#include <QCoreApplication>
#include <openssl/err.h>

namespace pacewise::crypto {

void throwOpenSslError(const char* operation) {
    QString detail = QString::fromLatin1(operation);
    while (unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        detail += QLatin1String(": ") + QString::fromLatin1(text);
    }
    throw Error(ErrorCode::Crypto,
                QCoreApplication::translate("pacewise::crypto",
                                            "The encryption library failed. Nothing was changed; "
                                            "please try again, and report it if it happens again."),
                detail);
}

} // namespace pacewise::crypto
