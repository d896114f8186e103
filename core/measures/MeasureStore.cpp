#include "measures/MeasureStore.h"
