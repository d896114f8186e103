// Placeholder: filled in by issue 7.
#include "FaultVfs.h"
