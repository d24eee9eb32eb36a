#include "changenotifier.h"
