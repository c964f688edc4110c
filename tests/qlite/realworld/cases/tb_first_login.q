act:([]player_id:1 1 2 3 3;device_id:2 2 3 1 4;event_date:2016.03.01 2016.05.02 2017.06.25 2016.03.02 2018.07.03;games_played:5 6 1 0 5)
show select first_login:min event_date by player_id from act
show select player_id,device_id from act where event_date=(min;event_date) fby player_id
