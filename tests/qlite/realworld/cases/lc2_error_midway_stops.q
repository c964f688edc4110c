/ kdb+ stops loading a script at its first error (the rest of the tests never run)
good:{[s] sum "J"$/:s}
bad:{[s] sum s-"0"}
result:good["123"];
show result;
result:bad["123"];
show result;
result:good["45"];
show result;
