#include "fhir/MeasureResources.h"
