t:([]name:`ann`bob;sc:(80 90;70 75 85))
show update avgsc:avg each sc from t
show select name, best:max each sc from t
f:{[r] (string r`name),": ",string sum r`sc}
-1 f each t;
