/ print as in Python
-1 "hello";
print("hello")
-1 "world";
