maxDepth:{max sums (x="(")-x=")"}
show maxDepth each " " vs "(()()) ((())) () ((())()())"
