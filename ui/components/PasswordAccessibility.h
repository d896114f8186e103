#pragma once

namespace pacewise::ui {

// Makes every Qt Quick text input in echo mode Password (or PasswordEchoOnEdit, NoEcho) keep its
// content from assistive technology, as Qt Widgets' QLineEdit does: its accessible value and the
// text its text interface hands out are the mask ("••••••", one per character; nothing for
// NoEcho), never what was typed. Qt 6.4's own interface for a TextInput returns the `text`
// property whatever the echo mode, so any accessibility client (a screen reader, or any program
// the desktop's accessibility bus lets in) could read a passphrase out of the field. Everything
// else - name, role, states, actions, position in the tree - is Qt's.
//
// Call once, before the first QML item is made: QAccessible keeps the interface it first made for
// an item, and Qt makes one as soon as an item's Accessible properties are set.
void installPasswordAccessibility();

} // namespace pacewise::ui
