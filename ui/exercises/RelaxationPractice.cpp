#include "exercises/RelaxationPractice.h"
