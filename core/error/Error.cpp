#include "error/Error.h"

namespace pacewise {

Error::Error(ErrorCode code, QString message, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_what((m_detail.isEmpty() ? m_message
                                 : m_message + QLatin1String(" (") + m_detail + QLatin1Char(')'))
                 .toUtf8()) {}

} // namespace pacewise
