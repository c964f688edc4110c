uniquePaths:{[m;n]
  row:n#1;
  do[m-1; row:sums row];
  last row}
show uniquePaths[3;7]
show uniquePaths[3;2]
