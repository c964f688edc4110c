trips:([]id:1+til 6;status:`completed`cancelled_by_driver`completed`completed`cancelled_by_client`completed;day:2013.10.01 2013.10.01 2013.10.01 2013.10.02 2013.10.02 2013.10.03)
r:select rate:(sum status<>`completed)%count i by Day:day from trips
show r
show update rate:0.01*floor 0.5+100*rate from r
