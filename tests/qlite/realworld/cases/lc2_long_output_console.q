/ the console cuts a line at 80 columns and a display at 25 rows
solve:{[n] 1+til n}
fizz:{{$[0=x mod 15;`FizzBuzz;0=x mod 3;`Fizz;0=x mod 5;`Buzz;`$string x]} each 1+til x}
result:solve[40];
show result;
result:solve[10];
show result;
result:string fizz 30;
show result;
