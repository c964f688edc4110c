romanToInt:{[s]
  v:"IVXLCDM"!1 5 10 50 100 500 1000;
  n:v s;
  sum n*-1 1@n>=1_n,0}
show romanToInt "III"
show romanToInt "LVIII"
show romanToInt "MCMXCIV"
