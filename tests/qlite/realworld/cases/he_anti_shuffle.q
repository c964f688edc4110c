antiShuffle:{" " sv asc each " " vs x}
show antiShuffle "Hello World!!!"
