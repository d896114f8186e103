#include "synthetic/SyntheticMeasures.h"
