cinema:([]id:1 2 3 4 5;movie:`War`Science`irish`Ice_song`House_card;description:("great 3D";"fiction";"boring";"Fantacy";"Interesting");rating:8.9 8.5 6.2 8.6 9.1)
show `rating xdesc select from cinema where 1=id mod 2, not description like "boring"
