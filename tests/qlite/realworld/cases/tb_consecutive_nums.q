logs:([]id:1+til 7;num:1 1 1 2 1 2 2)
show distinct exec num from logs where num=prev num, num=prev prev num
show select ConsecutiveNums:distinct num from logs where num=prev num,num=next num
show exec distinct num from logs where (num=prev num)&num=prev prev num
