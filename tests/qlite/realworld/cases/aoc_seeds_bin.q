s:"seeds: 79 14 55 13\n\nseed-to-soil map:\n50 98 2\n52 50 48\n\nsoil-to-fertilizer map:\n0 15 37\n37 52 2\n39 0 15\n\nfertilizer-to-water map:\n49 53 8\n0 11 42\n42 0 7\n57 7 4\n\nwater-to-light map:\n88 18 7\n18 25 70\n\nlight-to-temperature map:\n45 77 23\n81 45 19\n68 64 13\n\ntemperature-to-humidity map:\n0 69 1\n1 0 69\n\nhumidity-to-location map:\n60 56 37\n56 93 4"
b:"\n\n" vs s
seeds:"J"$" " vs last ": " vs first b
maps:{m:{"J"$" " vs x} each 1_"\n" vs x; m iasc m[;1]} each 1_b
show count maps
mp:{[m;x] s:m[;1]; i:s bin x; $[i<0;x;x<s[i]+m[i;2];m[i;0]+x-s i;x]}
loc:{{mp[y;x]}/[x;maps]}
show {mp[maps 0;x]} each seeds
show loc each seeds
show min loc each seeds
