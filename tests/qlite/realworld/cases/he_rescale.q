rescale:{(x-min x)%(max x)-min x}
show rescale 1.0 2.0 3.0 4.0 5.0
