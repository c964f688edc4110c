ok:{[x] d:x where x<>"."; (count d)=count distinct d}
solve:{[b]
  rows:all ok each b;
  cols:all ok each flip b;
  boxes:all ok each raze each raze (0 3 6) {[b;r;c] b[r+til 3;c+til 3]}[b]/:\: 0 3 6;
  rows and cols and boxes}
board:("53..7....";"6..195...";".98....6.";"8...6...3";"4..8.3..1";"7...2...6";".6....28.";"...419..5";"....8..79");
result:solve[board];
show result;
bad:@[board;0;{"8",1_x}];
result:solve[bad];
show result;
result:board[0 1 2;0 1 2];
show result;
