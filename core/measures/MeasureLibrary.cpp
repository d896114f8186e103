#include "measures/MeasureLibrary.h"
