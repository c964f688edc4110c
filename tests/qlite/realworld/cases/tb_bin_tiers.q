tiers:0 100 500 1000
names:`bronze`silver`gold`platinum
amt:50 100 499 750 5000
show tiers bin amt
show names tiers bin amt
t:([]amt)
show update tier:names tiers bin amt from t
