show `before
\
show `after
