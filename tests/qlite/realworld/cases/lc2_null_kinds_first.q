/ first of an empty list is the null of its type
firstOr:{[x] first x}
result:firstOr[0#0i];
show result;
result:firstOr[0#0f];
show result;
result:firstOr[""];
show result;
result:firstOr[0#`];
show result;
result:firstOr[0#0b];
show result;
result:max 0#0i;
show result;
result:min 0#0i;
show result;
result:firstOr[`long$()];
show result;
result:1 0N 3i;
show result;
