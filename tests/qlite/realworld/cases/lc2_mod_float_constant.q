/ 1e9+7 is a float: the answer comes back as a float
MOD:1e9+7;
climb:{[n] a:1; b:1; do[n-1; c:(a+b) mod MOD; a:b; b:c]; b}
climbL:{[n] a:1; b:1; do[n-1; c:(a+b) mod 1000000007; a:b; b:c]; b}
result:climb[5];
show result;
result:climbL[5];
show result;
result:MOD;
show result;
result:climbL[100];
show result;
