lenLast:{count last " " vs trim x}
show lenLast "Hello World"
show lenLast "   fly me   to   the moon  "
