#include "measures/Schedule.h"
