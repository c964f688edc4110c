avgSal:{avg x except (min x;max x)}
show avgSal 4000 3000 1000 2000
show avgSal 1000 2000 3000
