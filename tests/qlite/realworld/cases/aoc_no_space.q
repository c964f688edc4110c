t:("$ cd /";"$ ls";"dir a";"14848514 b.txt";"8504156 c.dat";"dir d";"$ cd a";"$ ls";"dir e";"29116 f";"2557 g";"62596 h.lst";"$ cd e";"$ ls";"584 i";"$ cd ..";"$ cd ..";"$ cd d";"$ ls";"4060174 j";"8033020 d.log";"5626152 d.ext";"7214296 k")
cwd:(); files:()
proc:{w:" " vs x;
  if[x like "$ cd *"; cwd::$[w[2]~"..";-1_cwd;cwd,enlist w 2]];
  if[x like "[0-9]*"; files::files,enlist (`${"/" sv x} each (1+til count cwd)#\:cwd;"J"$w 0)]}
proc each t;
dirs:distinct raze files[;0]
tot:dirs!{[d] sum files[;1] where d in/: files[;0]} each dirs
show tot
v:value tot
show sum v where v<=100000
need:30000000-70000000-tot`$"/"
show min v where v>=need
