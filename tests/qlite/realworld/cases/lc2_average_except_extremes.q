solve:{[salary] avg salary except (min salary;max salary)}
result:solve[4000 3000 1000 2000];
show result;
result:solve[1000 2000 3000];
show result;
result:solve[48 59 66 38 3];
show result;
result:solve[6000 5000 4000 3000 2000 1000];
show result;
