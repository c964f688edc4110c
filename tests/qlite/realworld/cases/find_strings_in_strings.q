words:("apple";"kiwi";"fig")
show words?("fig";"apple";"plum")
show words?"kiwi"
show ("kiwi";"fig") in words
show "fig" in words
