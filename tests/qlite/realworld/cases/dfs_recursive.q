g:`a`b`c`d!(`b`c;`d;`d;`symbol$())
visited:`symbol$()
dfs:{[n] if[n in visited; :()]; visited::visited,n; dfs each g n;}
dfs `a
show visited
