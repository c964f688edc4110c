show {x=/:x} til 3
show "j"$(til 3)=/:til 3
