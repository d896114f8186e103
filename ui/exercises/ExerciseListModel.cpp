#include "exercises/ExerciseListModel.h"
