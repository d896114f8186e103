#include "measures/Scoring.h"
