fb:{?[0=x mod 15;`FizzBuzz;?[0=x mod 3;`Fizz;?[0=x mod 5;`Buzz;`$string x]]]}
show fb 1+til 6
