weather:([]id:1 2 3 4;recordDate:2015.01.01 2015.01.02 2015.01.03 2015.01.04;temperature:10 25 20 30)
w:`recordDate xasc weather
show exec id from w where temperature>prev temperature, recordDate=1+prev recordDate
y:`recordDate xkey select recordDate:recordDate+1, pt:temperature from w
show select id from w lj y where temperature>pt
