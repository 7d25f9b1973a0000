#ifndef CYCLEPLAN_CYAML_SHIM_H
#define CYCLEPLAN_CYAML_SHIM_H
#include <yaml.h>
#endif
