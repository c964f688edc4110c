sxor:{"01" x<>y}
show sxor["010";"110"]
