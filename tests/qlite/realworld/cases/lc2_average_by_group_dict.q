solve:{[k;v] avg each v group k}
result:solve[`hr`it`hr;100 200 300];
show result;
result:solve[`a`b`a`b;1 2 4 3];
show result;
result:`x`y!0.5 0.25;
show result;
result:`x`y!(0.5;`z);
show result;
