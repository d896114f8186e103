#include "exercises/FlareUpPlanDocument.h"
