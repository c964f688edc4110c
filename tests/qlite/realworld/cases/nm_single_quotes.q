/ strings in single quotes
a:"double quoted"
show a
b:'single quoted'
show b
