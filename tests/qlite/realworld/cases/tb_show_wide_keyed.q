\c 20 30
kt:([sym:`aaa`bbb]description:("first long description";"second long description");v:1 2)
show kt
