solve:{[s] e:maxs (last each group s) s; deltas 1+where e=til count s}
result:solve["ababcbacadefegdehijhklij"];
show result;
result:solve["eccbbbbdec"];
show result;
result:(last each group "abca");
show result;
