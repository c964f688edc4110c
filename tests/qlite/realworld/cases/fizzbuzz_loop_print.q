i:1
while[i<=5;
  $[0=i mod 15;-1 "FizzBuzz";0=i mod 3;-1 "Fizz";0=i mod 5;-1 "Buzz";-1 string i];
  i+:1]
