isArm:{d:10 vs x; x=sum d xexp count d}
show isArm each 153 370 123
show where isArm each til 500
