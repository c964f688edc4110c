person:([]personId:1 2;lastName:`Wang`Alice;firstName:`Allen`Bob)
address:([]addressId:1 2;personId:2 3;city:`NewYorkCity`Leetcode;state:`NewYork`California)
show select firstName,lastName,city,state from person lj `personId xkey address
