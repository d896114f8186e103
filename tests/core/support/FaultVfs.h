#pragma once
// Placeholder: filled in by issue 7.
