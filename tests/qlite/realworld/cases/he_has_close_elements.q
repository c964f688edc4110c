hasClose:{[nums;t]
  n:count nums;
  d:abs nums -/: nums;
  any raze (d<t) and not (til n)=/:til n}
show hasClose[1.0 2.0 3.0;0.5]
show hasClose[1.0 2.8 3.0 4.0 5.0 2.0;0.3]
