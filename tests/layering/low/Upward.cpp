// Layering fixture: a file of the lower library that includes the higher one, which it must not.
#include "high/High.h"

int lowValue()
{
    return highValue();
}
