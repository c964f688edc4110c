w:("banana";"apple";"cherry")
show asc w
show w iasc count each w
show w idesc w
