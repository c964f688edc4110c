g:("467..114..";"...*......";"..35..633.";"......#...";"617*......";".....+.58.";"..592.....";"......755.";"...$.*....";".664.598..")
R:count g; C:count first g
G:(enlist p),({".",x,"."} each g),enlist p:(C+2)#"."
nums:raze {[r] s:g r; d:s in .Q.n; st:where d>prev d; en:where d>next d;
  {[r;s;a;b] (r;a;b;"J"$s a+til 1+b-a)}[r;s]'[st;en]} each til R
show nums[;3]
part:{[n] sub:G[n[0]+til 3;n[1]+til 3+n[2]-n 1]; any not (raze sub) in ".",.Q.n}
show sum nums[;3] where part each nums
stars:raze {[r] r,/:where g[r]="*"} each til R
adj:{[n;s] (n[0] within s[0]+-1 1) and s[1] within n[1 2]+-1 1}
ratio:{v:nums[;3] where adj[;x] each nums; $[2=count v;prd v;0]}
show ratio each stars
show sum ratio each stars
