show sum "aAAbbbb" in "aA"
