s:"ecl:gry pid:860033327 eyr:2020 hcl:#fffffd\nbyr:1937 iyr:2017 cid:147 hgt:183cm\n\niyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884\nhcl:#cfa07d byr:1929\n\nhcl:#ae17e1 iyr:2013\neyr:2024\necl:brn pid:760753108 byr:1931\nhgt:179cm\n\nhcl:#cfa07d eyr:2025 pid:166559648\niyr:2011 ecl:brn hgt:59in"
pp:{f:":" vs' " " vs ssr[x;"\n";" "]; (`$f[;0])!f[;1]} each "\n\n" vs s
req:`byr`iyr`eyr`hgt`hcl`ecl`pid
show count pp
show {all req in key x} each pp
show sum {all req in key x} each pp
V:`byr`hgt`hcl`ecl`pid!(
  {(x like "[0-9][0-9][0-9][0-9]") and ("J"$x) within 1920 2002};
  {$[x like "1[5-9][0-9]cm";("J"$-2_x) within 150 193;x like "[5-7][0-9]in";("J"$-2_x) within 59 76;0b]};
  {x like "#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]"};
  {(`$x) in `amb`blu`brn`gry`grn`hzl`oth};
  {(9=count x) and all x in .Q.n})
show V[`byr] each ("2002";"2003")
show V[`hgt] each ("60in";"190cm";"190in";"190")
show V[`hcl] each ("#123abc";"#123abz";"123abc")
show V[`ecl] each ("brn";"wat")
show V[`pid] each ("000000001";"0123456789")
show pp[2]`hgt`hcl
