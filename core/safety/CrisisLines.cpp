#include "safety/CrisisLines.h"
