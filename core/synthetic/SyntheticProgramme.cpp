#include "synthetic/SyntheticProgramme.h"
