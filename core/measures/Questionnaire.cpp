#include "measures/Questionnaire.h"
