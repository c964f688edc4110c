cfg:`db`port!(`host`name!(`localhost;`prod);5000)
show cfg`port
show cfg[`db;`host]
show cfg[`db]`name
