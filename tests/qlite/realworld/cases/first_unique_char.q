firstUniq:{[s] c:count each group s; u:where 1=c; $[count u; s?first u; -1]}
show firstUniq "leetcode"
show firstUniq "loveleetcode"
show firstUniq "aabb"
