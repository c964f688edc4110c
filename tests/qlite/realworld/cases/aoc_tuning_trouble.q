p:("mjqjpqmgbljsphdztnvjfqwrcgsmlb";"bvwbjplbgvbhsrlpgdmjqwftvncz";"nppdvjthqldpwncqszvftbrmjlhg";"nznrnfrfntjfmvfwmzdfjlvtqnbhcprsg";"zcfzfwzzqfrljwzlrfnpqdbhtmscgvjw")
marker:{[n;s] n+first where n=count each distinct each s (til count[s]-n-1)+\:til n}
show marker[4] each p
show marker[14] each p
