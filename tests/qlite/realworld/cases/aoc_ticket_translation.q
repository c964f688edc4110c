rules:("class: 1-3 or 5-7";"row: 6-11 or 33-44";"seat: 13-40 or 45-50")
near:("7,3,47";"40,4,50";"55,2,20";"38,6,12")
rg:{"J"$"-" vs/: " or " vs last ": " vs x} each rules
R:raze rg
show R
v:raze {"J"$"," vs x} each near
ok:{any x within/: R}
show v where not ok each v
show sum v where not ok each v
valid:near where {all ok each "J"$"," vs x} each near
show count valid
-1 valid;
