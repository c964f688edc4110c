m:("eedadn";"drvtee";"eandsr";"raavrd";"atevrs";"tsrnev";"sdttsa";"rasrtv";"nssdts";"ntnada";"svetve";"tesnvt";"vntsnd";"vrdear";"dvrsen";"enarar")
most:{k:asc distinct x; first k idesc (count each group x) k}
least:{k:asc distinct x; first k iasc (count each group x) k}
-1 most each flip m;
-1 least each flip m;
