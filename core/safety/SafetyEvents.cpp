#include "safety/SafetyEvents.h"
