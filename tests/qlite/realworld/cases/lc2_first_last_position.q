solve:{[nums;target] w:where nums=target; $[count w; (first w;last w); -1 -1]}
result:solve[5 7 7 8 8 10;8];
show result;
result:solve[5 7 7 8 8 10;6];
show result;
result:solve[`long$();0];
show result;
