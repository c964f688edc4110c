revWords:{" " sv reverse w where 0<count each w:" " vs trim x}
show revWords "  hello   world  "
