validRow:{[r] d:r where r<>0; (count d)=count distinct d}
board:(5 3 0 0 7 0 0 0 0;6 0 0 1 9 5 0 0 0;0 9 8 0 0 0 0 6 0)
show validRow each board
show all validRow each flip board
