.pragma library
.import Pacewise.TestSupport 1.0 as Support

// The checks every journey makes on each screen it reaches: every visible control has an
// accessible name, no text is under 16 px, none is cut off and nothing sticks out on the right.
// Qt's layouts settle over a few frames after a page appears, a section opens or a message
// appears under a field (more under load): wait up to two seconds for the layout audits to come
// out clean, then judge, so that what stays wrong fails with its list and what was only
// mid-layout does not.
function expectReadable(testCase, root, what) {
    const settled = () => Support.LayoutAudit.overflowing(root).length === 0
                          && Support.LayoutAudit.truncatedText(root).length === 0
    for (let waited = 0; waited < 2000 && !settled(); waited += 50)
        testCase.wait(50)
    testCase.compare(Support.AccessibilityAudit.unnamedControls(root), [],
                     "controls without an accessible name on " + what)
    testCase.compare(Support.LayoutAudit.smallText(root, 16), [], "text under 16 px on " + what)
    testCase.compare(Support.LayoutAudit.truncatedText(root), [], "cut-off text on " + what)
    testCase.compare(Support.LayoutAudit.overflowing(root), [], "clipped on the right on " + what)
}
