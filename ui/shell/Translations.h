#pragma once

class QCoreApplication;

namespace pacewise::ui {

// Installs Pacewise's strings for the system language (English when there is none for it; the
// English file holds the plural forms) and Qt's own strings for its built-in dialogs.
void installTranslators(QCoreApplication& app);

} // namespace pacewise::ui
