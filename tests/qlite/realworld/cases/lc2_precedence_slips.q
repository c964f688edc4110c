/ q evaluates right to left: these are the answers q gives, right or not
sumSquaresMinus:{[x] sum x*x-1}
correct:{[x] (sum x*x)-1}
belowMean:{[x] sum x<avg x}
area:{[w;h] 2*w+h}
result:sumSquaresMinus[1 2 3];
show result;
result:correct[1 2 3];
show result;
result:belowMean[1 2 3 10];
show result;
result:area[3;4];
show result;
result:2*3+4;
show result;
