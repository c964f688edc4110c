g:("............";"........0...";".....0......";".......0....";"....0.......";"......A.....";"............";"............";"........A...";".........A..";"............";"............")
R:count g; C:count first g
P:raze {[r] r,/:where g[r]<>"."} each til R
F:g ./: P
show F
pr:{p where (<>/) each p:raze x,/:\:x}
inb:{x where all each (x>=0) and x<\:(R;C)}
an:inb raze {[ix] {(2*P x 1)-P x 0} each pr ix} each value group F
show count distinct an
an2:inb raze {[ix] raze {b:P x 1; b+/:(til R)*\:b-P x 0} each pr ix} each value group F
show count distinct an2
