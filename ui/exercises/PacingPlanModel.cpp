#include "exercises/PacingPlanModel.h"
