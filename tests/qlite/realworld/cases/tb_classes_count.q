c:([]student:`A`B`C`D`E`F`G`H`I;class:`Math`English`Math`Biology`Math`Computer`Math`Math`Math)
show select class from (0!select n:count i by class from c) where n>=5
show exec class from (0!select n:count i by class from c) where n>=5
