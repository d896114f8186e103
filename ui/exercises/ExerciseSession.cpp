#include "exercises/ExerciseSession.h"
