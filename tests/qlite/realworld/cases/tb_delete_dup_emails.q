p:([]id:1 2 3;email:`$("john@example.com";"bob@example.com";"john@example.com"))
show select from p where id=(min;id) fby email
show delete from p where id<>(min;id) fby email
