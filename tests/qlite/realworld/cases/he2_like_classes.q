/ string checks with like: character classes inside * patterns
hasDigit:{x like "*[0-9]*"}
show hasDigit each ("abc";"a1c";enlist "2";"")
startsUpper:{x like "[A-Z]*"}
show startsUpper each ("Hello";"hello";enlist "H")
endsDigit:{x like "*[0-9]"}
show endsDigit each ("abc1";"1abc")
phone:{x like "[0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]"}
show phone each ("555-1234";"5551234";"55-12345")
show not "hello" like "*[0-9]*"
show ("apple";"b4nana";"cherry") like "*[0-9]*"
show `a1`bb like "*[0-9]*"
show "x-y" like "*[^a-z]*"
